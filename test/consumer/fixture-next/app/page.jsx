// A Server Component page: no 'use client' here. The components are client components from the
// package; the core runs on the server.
import { CredentialStatePill, PipelineProgress, StatusBadge, TwoFactorBanner } from '@statuskit/react'
import { describeConnectionStatus } from '@statuskit/react/core'
import { submitCode } from './actions'

const twoFactor = {
  state: { index: 3, max: 7, title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' },
  collector: { state: 'active' },
}

export default function Page() {
  const info = describeConnectionStatus(14)
  return (
    <main>
      <h1 data-testid="server-heading">{`Server says: ${info.label}`}</h1>
      <StatusBadge status={14} data-testid="badge" />
      <PipelineProgress status={16} substages={{ forecasting: 'error' }} data-testid="pipeline" />
      <CredentialStatePill credential={{ state: { index: 0 }, collector: { state: 'planned' } }} data-testid="pill" />
      <TwoFactorBanner credential={twoFactor} onSubmitCode={submitCode} data-testid="banner" />
    </main>
  )
}
