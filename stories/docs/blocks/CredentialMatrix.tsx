import { CredentialStatePill, useStatusKit } from '../../../src'
import { COLLECTOR_STATES, CREDENTIAL_STATE_INDEXES, credentialUiState } from '../../../src/core'

/** A collector state the spec does not know: the core treats it as "not planned" (and warns). */
export const UNKNOWN_COLLECTOR = 'retired'
/** Columns: the spec's collector states, the live one first, then one it does not know. */
const COLLECTORS = [...[...COLLECTOR_STATES].reverse(), UNKNOWN_COLLECTOR]

/**
 * The spec's Recommended UI Mapping as a matrix, generated from the core: every state index
 * (CREDENTIAL_STATE_INDEXES) across every collector state (COLLECTOR_STATES) plus an unknown one.
 * Each cell is the live pill and the label `credentialUiState` gives for that pair.
 */
export function CredentialMatrix() {
  const { messages } = useStatusKit()
  return (
    <div className="sk-docs-block sb-unstyled">
      <table className="sk-docs-table">
        <caption>Credential pill by state index and collector state</caption>
        <thead>
          <tr>
            <th scope="col">Index</th>
            <th scope="col">State (spec)</th>
            {COLLECTORS.map((collector) => (
              <th scope="col" key={collector}>
                <code>{collector}</code>
                {collector === UNKNOWN_COLLECTOR ? ' (unknown)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CREDENTIAL_STATE_INDEXES.map((index) => (
            <tr key={index}>
              <th scope="row">{index}</th>
              <td>{messages.credentialStates[index].name}</td>
              {COLLECTORS.map((collector) => {
                const credential = { state: { index }, collector: { state: collector } }
                const ui = credentialUiState(credential, { messages })
                return (
                  <td key={collector}>
                    <div className="sk-docs-cell">
                      <CredentialStatePill credential={credential} size="sm" />
                      <span className="sk-docs-muted">
                        {ui.label} · <code>{ui.tone}</code>
                      </span>
                    </div>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
