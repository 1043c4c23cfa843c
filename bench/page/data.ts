/**
 * The rows every candidate renders, and the precomputed lookups the floors use. A floor is the
 * physical limit: its labels and classes are looked up in tables built once, outside the timings.
 */
import {
  CONNECTION_STATUS_CODES,
  connectionPipeline,
  credentialUiState,
  describeConnectionStatus,
  type ApiCredential,
  type ConnectionStatusCode,
  type StepState,
} from '../../src/core'

export interface Rows {
  codes: readonly ConnectionStatusCode[]
  credentials: readonly ApiCredential[]
  /** One status event a minute, row i's code at minute i: a connection's history, for StatusHistory. */
  events: readonly HistoryEvent[]
}

export interface HistoryEvent {
  status: ConnectionStatusCode
  at: number
  /** The history floor's texts, formatted outside the timings (as the floors' labels are). */
  iso: string
  absolute: string
  relative: string
}

const HISTORY_START = Date.UTC(2026, 0, 1)
/** The history's `now`: one minute after the last of 5,000 events, so nothing counts as stalled by surprise. */
export const historyNow = (n: number) => HISTORY_START + n * 60_000

/**
 * Six credentials of six different UI kinds (coming soon, error, scheduled, connecting, 2FA,
 * active): shifting the cycle by one changes the label of every pill.
 */
export const CREDENTIALS: readonly ApiCredential[] = [
  { state: { index: 1, max: 7, title: null, message: null }, collector: { state: 'planned' } },
  { state: { index: -2, max: 7, title: 'Wrong password', message: 'Reconnect the app.' }, collector: { state: 'active' } },
  { state: { index: 0, max: 7, title: 'Scheduled', message: 'Starts soon.' }, collector: { state: 'active' } },
  { state: { index: 1, max: 7, title: 'Connecting', message: 'Signing in.' }, collector: { state: 'active' } },
  { state: { index: 3, max: 7, title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' }, collector: { state: 'active' } },
  { state: { index: 5, max: 7, title: 'Active', message: 'Collecting data.' }, collector: { state: 'active' } },
]

/** Row i gets code number i + shift of the catalog: with shift 1 every row's status changes. */
export function makeRows(n: number, shift: number): Rows {
  const codes = Array.from({ length: n }, (_, i) => CONNECTION_STATUS_CODES[(i + shift) % CONNECTION_STATUS_CODES.length]!)
  const credentials = Array.from({ length: n }, (_, i) => CREDENTIALS[(i + shift) % CREDENTIALS.length]!)
  const now = historyNow(n)
  const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
  const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
  const events = codes.map((status, i) => {
    const at = HISTORY_START + i * 60_000
    return { status, at, iso: new Date(at).toISOString(), absolute: absolute.format(at), relative: relative.format(Math.round((at - now) / 60_000), 'minute') }
  })
  return { codes, credentials, events }
}

const byCode = <T,>(f: (code: ConnectionStatusCode) => T): Record<number, T> =>
  Object.fromEntries(CONNECTION_STATUS_CODES.map((code) => [code, f(code)]))

/** The floor badge's class and text per code. */
export const FLOOR_BADGE_CLASS = byCode((code) => `floor-badge floor-badge--${describeConnectionStatus(code).tone}`)
export const FLOOR_BADGE_LABEL = byCode((code) => describeConnectionStatus(code).label)
export const BADGE_DESCRIPTION = byCode((code) => describeConnectionStatus(code).description)

/** The pill floor's class and text, per credential object (the six above). */
export const FLOOR_PILL = new Map(CREDENTIALS.map((credential) => {
  const ui = credentialUiState(credential)
  return [credential, { className: `floor-badge floor-badge--${ui.tone}`, label: ui.label }] as const
}))

/** The pipeline floor: one bare dot per step of the core's pipeline, its class by state. */
export const FLOOR_DOTS: Record<number, readonly string[]> = byCode((code) =>
  connectionPipeline(code).map((step) => `floor-dot floor-dot--${step.state satisfies StepState}`))
