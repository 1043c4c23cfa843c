import { describeConnectionStatus, type ConnectionAction, type CoreOptions } from '../../core/connection-status'
import { credentialUiState, type CredentialUiState } from '../../core/credential-state'
import type { Tone } from '../../core/tone'

/** What the user can do next: the connection's actions, and the credential's 2FA code. */
export type NextStepActionId = ConnectionAction | 'enter-code'

export interface NextStep {
  action: NextStepActionId
  /** The tone of the status it comes from, so the control matches the badge beside it. */
  tone: Tone
}

/**
 * The next step for a connection status and/or a credential: the status's when it has one (the
 * core's `action`), else the credential's. `null` when there is none, or the input is bad (the
 * core has then warned once about it).
 */
export function nextStepOf(status: unknown, credential: unknown, options: CoreOptions): NextStep | null {
  if (status !== undefined) {
    const info = describeConnectionStatus(status, options)
    if (info.action) return { action: info.action, tone: info.tone }
  }
  if (credential === undefined) return null
  const ui = credentialUiState(credential, options)
  const action = credentialAction(ui)
  return action && { action, tone: ui.tone }
}

/**
 * spec: the mapping's Error row explains index -1 ("An error occurred") and -2 ("reconnection
 * needed"): -2 is the connection's reconnect, -1 its retry; "2FA required" waits for the code.
 * Every other row is running, done, scheduled or coming soon: nothing to do.
 */
function credentialAction(ui: CredentialUiState): NextStepActionId | null {
  if (ui.kind === 'two-factor-required') return 'enter-code'
  if (ui.kind !== 'error') return null
  return ui.index === -2 ? 'reconnect' : 'retry'
}
