import { CONNECTION_STATUS_CODES, type ApiCredential, type ConnectionStatusCode } from '../../src/core'
import { ConnectionHealthSummary, CredentialStatePill, PipelineProgress, StatusBadge, StatusHistory } from '../../src'
import type { Candidate } from './candidates'
import type { Rows } from './data'
import { CREDENTIALS, FLOOR_BADGE_LABEL, historyNow } from './data'
import { inline, markupOf, type Markup } from './markup-floor'

// Each component's markup floor, per row kind: what the component commits, read back once.
const BADGE_MARKUP = new Map(CONNECTION_STATUS_CODES.map((code) => [code, markupOf(<StatusBadge status={code} />)]))
const PILL_MARKUP = new Map(CREDENTIALS.map((credential) => [credential, markupOf(<CredentialStatePill credential={credential} />)]))
const PIPELINE_MARKUP = new Map(CONNECTION_STATUS_CODES.map((code) => [code, markupOf(<PipelineProgress status={code} density="compact" />)]))

/**
 * Issue 21's floors: the same markup written in a one-line component, as an app would write its
 * own badge (`({ status }) => <span ...>{label}</span>`, values looked up in tables built once).
 * The component boundary is in the floor: a component cannot do with less.
 */
function StatusBadgeMarkup({ status }: { status: ConnectionStatusCode }) {
  return inline(BADGE_MARKUP.get(status)!)
}
function CredentialStatePillMarkup({ credential }: { credential: ApiCredential }) {
  return inline(PILL_MARKUP.get(credential)!)
}

/**
 * The markup floors (exactly the elements and attributes each component renders, inline: no
 * component, hook or context; the targets' 1x) and our components with default props (tooltips
 * on), no provider: what a dashboard writes first.
 */
export const ourCandidates: Candidate[] = [
  {
    name: 'StatusBadge markup floor',
    floor: 'bare span (badge)',
    markupOf: 'StatusBadge',
    itemSelector: '.sk-badge',
    render: ({ codes }) => <>{codes.map((code, i) => inline(BADGE_MARKUP.get(code)!, i))}</>,
  },
  {
    name: 'StatusBadge one-line floor',
    floor: 'StatusBadge markup floor',
    markupOf: 'StatusBadge',
    itemSelector: '.sk-badge',
    render: ({ codes }) => <>{codes.map((code, i) => <StatusBadgeMarkup key={i} status={code} />)}</>,
  },
  {
    name: 'StatusBadge',
    floor: 'StatusBadge one-line floor',
    itemSelector: '.sk-badge',
    hoverSelector: '.sk-badge',
    keyboard: true,
    render: ({ codes }) => <>{codes.map((code, i) => <StatusBadge key={i} status={code} />)}</>,
  },
  {
    name: 'CredentialStatePill markup floor',
    floor: 'bare span (pill)',
    markupOf: 'CredentialStatePill',
    itemSelector: '.sk-pill',
    render: ({ credentials }) => <>{credentials.map((credential, i) => inline(PILL_MARKUP.get(credential)!, i))}</>,
  },
  {
    name: 'CredentialStatePill one-line floor',
    floor: 'CredentialStatePill markup floor',
    markupOf: 'CredentialStatePill',
    itemSelector: '.sk-pill',
    render: ({ credentials }) => <>{credentials.map((credential, i) => <CredentialStatePillMarkup key={i} credential={credential} />)}</>,
  },
  {
    name: 'CredentialStatePill',
    floor: 'CredentialStatePill one-line floor',
    itemSelector: '.sk-pill',
    hoverSelector: '.sk-pill',
    keyboard: true,
    render: ({ credentials }) => <>{credentials.map((credential, i) => <CredentialStatePill key={i} credential={credential} />)}</>,
  },
  {
    name: 'PipelineProgress compact markup floor',
    floor: 'bare dots (pipeline)',
    markupOf: 'PipelineProgress compact',
    itemSelector: '.sk-pipeline',
    render: ({ codes }) => <>{codes.map((code, i) => inline(PIPELINE_MARKUP.get(code)!, i))}</>,
  },
  {
    name: 'PipelineProgress compact',
    floor: 'PipelineProgress compact markup floor',
    itemSelector: '.sk-pipeline',
    // The first focusable element of a stepper: a dot (or the stepper's one trigger).
    hoverSelector: '.sk-pipeline [tabindex]',
    keyboard: true,
    render: ({ codes }) => <>{codes.map((code, i) => <PipelineProgress key={i} status={code} density="compact" />)}</>,
  },
  {
    // The summary above the same bare list as its floor: what the summary adds to a dashboard.
    name: 'ConnectionHealthSummary + list',
    floor: 'summary floor (bare list)',
    itemSelector: '.floor-row',
    render: ({ codes }) => (
      <>
        <ConnectionHealthSummary items={codes} />
        <ul>{codes.map((code, i) => <li key={i} className="floor-row">{FLOOR_BADGE_LABEL[code]}</li>)}</ul>
      </>
    ),
  },
  {
    // For information: the history's own markup (stage durations, wrappers, badge attributes),
    // inline, over the same bare ol. What the markup costs by itself, before any component work.
    name: 'StatusHistory markup floor',
    floor: 'history floor (bare ol, same texts)',
    markupOf: 'StatusHistory',
    itemSelector: '.sk-history__event',
    render: ({ events }) => inline(historyMarkup(events)),
  },
  {
    // All events shown (limit={Infinity}): the "history of N events", not the latest 10.
    name: 'StatusHistory',
    floor: 'history floor (bare ol, same texts)',
    itemSelector: '.sk-history__event',
    hoverSelector: '.sk-history__event .sk-badge',
    keyboard: true,
    render: ({ events }) => historyOf(events),
  },
]

function historyOf(events: Rows['events']) {
  return <StatusHistory events={events} now={historyNow(events.length)} limit={Infinity} />
}

/** The history's markup per events array, read back once (outside the timings: in `prepare`). */
const HISTORY_MARKUP = new WeakMap<Rows['events'], Markup>()
function historyMarkup(events: Rows['events']): Markup {
  let markup = HISTORY_MARKUP.get(events)
  if (!markup) HISTORY_MARKUP.set(events, (markup = markupOf(historyOf(events))))
  return markup
}

/** Per event, the stage duration and failure texts the history shows on its row, if any. */
export function historyTexts(events: Rows['events']): Array<{ stage?: string; failed?: string }> {
  const root = historyMarkup(events)
  const list = root.children.find((child): child is Markup => typeof child !== 'string' && child.tag === 'ol')!
  const rows = list.children.filter((child): child is Markup => typeof child !== 'string' && child.props.className === 'sk-history__event')
  return rows.map((row) => ({ stage: textOf(row, 'sk-history__stage'), failed: textOf(row, 'sk-history__failed') }))
}

/** The text of the first element with `className` in `markup`. */
function textOf(markup: Markup, className: string): string | undefined {
  for (const child of markup.children) {
    if (typeof child === 'string') continue
    if (child.props.className === className) return child.children.join('')
    const found = textOf(child, className)
    if (found !== undefined) return found
  }
  return undefined
}
