// The consumer app's own page (copied into both suites by run-suites.mjs): its connections in a
// table, one row each with the status badge and the invoice-collection pill, and above it the 2FA
// banner of each credential that waits for a code (the banner renders nothing for the others).
import { CredentialStatePill, StatusBadge, TwoFactorBanner } from '@statuskit/react'

export interface Connection {
  id: string
  app: string
  /** The API's status code. */
  status: number
  /** The API's credential object. */
  credential: unknown
}

export interface ConnectionsPageProps {
  connections: Connection[]
  /** Sends a 2FA code for one connection; rejects when the API refuses it. */
  verifyCode: (connectionId: string, code: string) => Promise<void>
}

export function ConnectionsPage({ connections, verifyCode }: ConnectionsPageProps) {
  return (
    <main>
      <h1>Connections</h1>
      {connections.map((connection) => (
        <TwoFactorBanner key={connection.id} credential={connection.credential} onSubmitCode={(code) => verifyCode(connection.id, code)} />
      ))}
      <table>
        <caption>Connected apps</caption>
        <thead>
          <tr>
            <th scope="col">App</th>
            <th scope="col">Status</th>
            <th scope="col">Invoice collection</th>
          </tr>
        </thead>
        <tbody>
          {connections.map((connection) => (
            <tr key={connection.id}>
              <th scope="row">{connection.app}</th>
              <td>
                <StatusBadge status={connection.status} size="sm" />
              </td>
              <td>
                <CredentialStatePill credential={connection.credential} size="sm" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

/** What the API sends: three connections, one of whose credentials waits for a 2FA code. */
export const CONNECTIONS: Connection[] = [
  { id: 'c1', app: 'Xero', status: 14, credential: { state: { index: 7, max: 7, title: 'Connected', message: 'Invoices are collected daily' }, collector: { state: 'active' } } },
  { id: 'c2', app: 'Stripe', status: 26, credential: { state: { index: 0 }, collector: { state: 'planned' } } },
  {
    id: 'c3',
    app: 'Amazon Seller Central',
    status: 6,
    credential: { state: { index: 3, max: 7, title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' }, collector: { state: 'active' } },
  },
]
