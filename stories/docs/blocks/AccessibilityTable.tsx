import data from '../accessibility-tree.json'

interface FocusedNode {
  role: string
  name: string
  description: string
  states: Record<string, unknown>
}
interface Step {
  key: string
  focused: FocusedNode | null
  tooltip: string | null
}
interface ComponentRecord {
  component: string
  story: string
  tree: string
  steps: Step[]
}

const records = data.components as ComponentRecord[]

/** Roughly what a screen reader says for a focused node: name, role, states, then the description. */
function spoken(node: FocusedNode | null): string {
  if (!node) return 'focus leaves the component'
  const states = Object.entries(node.states)
    .filter(([, value]) => value !== false && value !== 'false' && value !== '')
    .map(([state, value]) => (value === true || value === 'true' ? state : `${state}: ${String(value)}`))
  return [node.name && `"${node.name}"`, node.role, ...states].filter(Boolean).join(', ') + (node.description ? `. Description: "${node.description}"` : '')
}

/**
 * The keyboard model and what assistive technology gets, per component, rendered from
 * accessibility-tree.json: recorded by scripts/accessibility-tree.mjs from the accessibility tree of
 * the pinned Chromium, not written by hand.
 */
export function AccessibilityTable() {
  if (records.length === 0) return <p>No recording yet: run `node scripts/accessibility-tree.mjs`.</p>
  return (
    <div className="sk-docs-block sb-unstyled">
      {records.map((record) => (
        <table className="sk-docs-table" key={record.component}>
          <caption>
            {record.component} <span className="sk-docs-muted">(story {record.story})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Focus on (accessibility tree: name, role, states, description)</th>
              <th scope="col">Tooltip open</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">at rest</th>
              <td colSpan={2}>
                <pre className="sk-docs-tree">{record.tree}</pre>
              </td>
            </tr>
            {record.steps.map((step, index) => (
              <tr key={index}>
                <th scope="row">
                  <kbd>{step.key}</kbd>
                </th>
                <td>{spoken(step.focused)}</td>
                <td>{step.tooltip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  )
}
