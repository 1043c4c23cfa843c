import type { ConnectionStatusInfo } from './connection-status'
import type { CredentialUiState } from './credential-state'
import type { Tone } from './tone'

/** What a dashboard user asks of a connection: is it fine, moving, waiting on me, broken, off? */
export const CONNECTION_OUTCOMES = ['synced', 'in-progress', 'needs-attention', 'failed', 'disconnected', 'unknown'] as const
export type ConnectionOutcome = (typeof CONNECTION_OUTCOMES)[number]

/**
 * The outcome of a tone: one table for status codes and credentials alike, so the summary can
 * never disagree with the badge or pill beside it.
 *
 * | tone     | outcome         | status codes (catalog)          | credential kinds (spec mapping) |
 * |----------|-----------------|---------------------------------|---------------------------------|
 * | success  | synced          | 19                              | active                          |
 * | progress | in-progress     | 2, 6, 9, 12, 13, 15, 16, 18, 21 | connecting                      |
 * | info     | in-progress     | 25 (waiting for webhook)        | scheduled                       |
 * | warning  | needs-attention | 8, 20, 23                       | two-factor-required             |
 * | danger   | failed          | 7, 11, 14, 17, 22               | error                           |
 * | neutral  | disconnected    | 26 (effect `disconnected`)      | coming-soon (nothing collects)  |
 * | neutral  | unknown         | any code outside the spec       | unreadable credential           |
 *
 * Neutral is the one tone that needs a second look: something we recognise that is idle
 * (`disconnected`), or something we cannot read (`unknown`, never counted as fine).
 */
export const OUTCOME_BY_TONE = {
  success: 'synced',
  progress: 'in-progress',
  info: 'in-progress',
  warning: 'needs-attention',
  danger: 'failed',
  neutral: 'disconnected',
} as const satisfies Record<Tone, ConnectionOutcome>

/** The tone each outcome is shown in, the way back from the table above (badges and summary agree). */
export const OUTCOME_TONES = {
  synced: 'success',
  'in-progress': 'progress',
  'needs-attention': 'warning',
  failed: 'danger',
  disconnected: 'neutral',
  unknown: 'neutral',
} as const satisfies Record<ConnectionOutcome, Tone>

/** The outcome of a described status (`describeConnectionStatus`): its tone's, unknown codes `unknown`. */
export function statusOutcome(info: ConnectionStatusInfo): ConnectionOutcome {
  return info.known ? OUTCOME_BY_TONE[info.tone] : 'unknown'
}

/** The outcome of a credential's UI state (`credentialUiState`): its tone's, unreadable ones `unknown`. */
export function credentialOutcome(ui: Pick<CredentialUiState, 'kind' | 'tone'>): ConnectionOutcome {
  return ui.kind === 'unknown' ? 'unknown' : OUTCOME_BY_TONE[ui.tone]
}
