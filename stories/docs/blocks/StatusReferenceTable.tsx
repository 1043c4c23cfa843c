import { PipelineProgress, StatusBadge, useStatusKit } from '../../../src'
import { CONNECTION_STATUS_CODES, describeConnectionStatus } from '../../../src/core'

/**
 * Every connection status of the core's catalog, one row each, in code order. Nothing here is
 * typed by hand: a code added to CONNECTION_STATUS_CODES appears with its texts and live components.
 * Texts follow the provider (the Locale toolbar); the spec's name stays as the spec writes it.
 */
export function StatusReferenceTable() {
  const { messages } = useStatusKit()
  const codes = [...CONNECTION_STATUS_CODES].sort((a, b) => a - b)
  return (
    <div className="sk-docs-block sb-unstyled">
      <table className="sk-docs-table">
        <caption>Connection statuses ({codes.length} codes)</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Label and spec name</th>
            <th scope="col">Tone</th>
            <th scope="col">Stage</th>
            <th scope="col">Next step</th>
            <th scope="col">Description (spec)</th>
            <th scope="col">Badge and compact stepper</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => {
            const info = describeConnectionStatus(code, { messages })
            return (
              <tr key={code} id={`status-${code}`}>
                <th scope="row">{code}</th>
                <td>
                  <div className="sk-docs-cell">
                    <span>{info.label}</span>
                    <span className="sk-docs-muted">spec: {info.name}</span>
                  </div>
                </td>
                <td>
                  <code>{info.tone}</code>
                </td>
                <td>{info.stage ? messages.stages[info.stage].label : '—'}</td>
                <td>{info.action ? messages.actions[info.action] : '—'}</td>
                <td>{info.description}</td>
                <td className="sk-docs-nowrap">
                  <div className="sk-docs-cell">
                    <StatusBadge status={code} size="sm" />
                    <PipelineProgress status={code} density="compact" label={`${code} ${info.label}: pipeline`} />
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
