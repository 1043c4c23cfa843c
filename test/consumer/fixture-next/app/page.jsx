// A Server Component page: no 'use client' here. The components are client components from the
// package; the core runs on the server.
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusHistory, TwoFactorBanner } from '@statuskit/react'
import { describeConnectionStatus } from '@statuskit/react/core'
import { submitCode } from './actions'
import { HydrationMarker } from './hydration-marker'

const twoFactor = {
  state: { index: 3, max: 7, title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' },
  collector: { state: 'active' },
}
/**
 * A history feed as an API sends it (newest first, ISO strings and epoch ms), passed from the
 * server to a client component. Its absolute times differ between zones: "6:30 AM" in UTC, where
 * run-next.mjs runs the server, "1:30 AM" in New York, where it hydrates the page.
 */
const HISTORY = [
  { status: 19, at: '2026-01-15T11:40:00Z' },
  { status: 16, at: Date.parse('2026-01-15T09:10:00Z') },
  { status: 2, at: '2026-01-15T06:30:00Z' },
]

export default function Page() {
  const info = describeConnectionStatus(14)
  return (
    <main>
      <h1 data-testid="server-heading">{`Server says: ${info.label}`}</h1>
      <StatusBadge status={14} data-testid="badge" />
      <PipelineProgress status={16} substages={{ forecasting: 'error' }} data-testid="pipeline" />
      <CredentialStatePill credential={{ state: { index: 0 }, collector: { state: 'planned' } }} data-testid="pill" />
      <TwoFactorBanner credential={twoFactor} onSubmitCode={submitCode} data-testid="banner" />
      <StatusHistory events={HISTORY} now="2026-01-15T12:00:00Z" data-testid="history" />
      <HydrationMarker />
    </main>
  )
}
