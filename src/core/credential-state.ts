import { describeValue, warnOnce } from '../internal/dev-warning'
import type { CoreOptions } from './connection-status'
import { defaultMessages } from './messages'
import { field } from './read'
import type { Tone } from './tone'

/** spec: "Credential State": `state.index` is a number from -2 to 7. */
export const CREDENTIAL_STATE_INDEXES = [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7] as const
export type CredentialStateIndex = (typeof CREDENTIAL_STATE_INDEXES)[number]

/** spec: "Collector State": "planned", "development", "active", etc. (the list is open). */
export const COLLECTOR_STATES = ['planned', 'development', 'active'] as const
export type CollectorState = (typeof COLLECTOR_STATES)[number]

/** The credential object as the API sends it. Every field may be missing or malformed. */
export interface ApiCredential {
  state?: { index?: number | string | null; max?: number; title?: string | null; message?: string | null } | null
  collector?: { state?: string | null } | null
}

/** The rows of the spec's Recommended UI Mapping, plus `unknown` for input it does not cover. */
export type CredentialUiKind = 'coming-soon' | 'error' | 'scheduled' | 'connecting' | 'two-factor-required' | 'active' | 'unknown'

export const CREDENTIAL_UI_TONES = {
  'coming-soon': 'neutral',
  error: 'danger',
  scheduled: 'info',
  connecting: 'progress',
  'two-factor-required': 'warning',
  active: 'success',
  unknown: 'neutral',
} as const satisfies Record<CredentialUiKind, Tone>

export interface CredentialUiState {
  kind: CredentialUiKind
  /** The Suggested UI Label of the spec's mapping (or "Status unavailable"). */
  label: string
  tone: Tone
  /** The state index, when it is an integer in -2..7; otherwise `null`. */
  index: CredentialStateIndex | null
  /** The spec's name of the state index ("2FA code required"). */
  stateName: string | null
  /** The API's `state.title`, passed through as text. */
  title: string | null
  /** The API's `state.message`, passed through as text. */
  message: string | null
  /** The collector state, trimmed and lower-cased ("Planned " gives "planned"). */
  collectorState: string | null
  /** Tooltip text: the mapping's explanation ("coming soon" gets the spec's message). */
  explanation: string
}

/** Reads an index from an integer, or a string holding one ("3"); anything else is `null`. */
export function parseCredentialIndex(value: unknown): CredentialStateIndex | null {
  const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value
  return (CREDENTIAL_STATE_INDEXES as readonly unknown[]).includes(number) ? (number as CredentialStateIndex) : null
}

/** spec: the mapping's conditions, for an index that is known to be valid. */
export function credentialKindForIndex(index: CredentialStateIndex): Exclude<CredentialUiKind, 'coming-soon' | 'unknown'> {
  if (index < 0) return 'error'
  if (index === 0) return 'scheduled'
  if (index === 3) return 'two-factor-required'
  if (index >= 5) return 'active'
  return 'connecting' // 1, 2 and 4
}

/**
 * spec: "Recommended UI Mapping". The collector state is checked first: a planned collector is
 * "Coming soon" whatever the index says. Total: malformed input gives `kind: 'unknown'`.
 */
export function credentialUiState(credential: unknown, options: CoreOptions = {}): CredentialUiState {
  const messages = options?.messages ?? defaultMessages
  const state = field(credential, 'state')
  const collectorState = normalizeCollectorState(field(field(credential, 'collector'), 'state'))
  const index = parseCredentialIndex(field(state, 'index'))
  const kind: CredentialUiKind = collectorState === 'planned' ? 'coming-soon' : index === null ? 'unknown' : credentialKindForIndex(index)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnAboutMalformed(credential, index, kind, collectorState)
  return {
    kind,
    label: messages.credentialUi[kind].label,
    tone: CREDENTIAL_UI_TONES[kind],
    index,
    stateName: index === null ? null : messages.credentialStates[index].name,
    title: text(field(state, 'title')),
    message: text(field(state, 'message')),
    collectorState,
    // The mapping explains -1 and -2 in one sentence; users see the half that applies to them.
    explanation: index === -2 && kind === 'error' ? messages.credentialUi.error.reconnectExplanation : messages.credentialUi[kind].explanation,
  }
}

/** Says what is wrong with the input, once per distinct credential. Development only (see dev-warning.ts). */
function warnAboutMalformed(credential: unknown, index: CredentialStateIndex | null, kind: CredentialUiKind, collectorState: string | null): void {
  const problems = [
    index === null && kind === 'unknown' && `state index ${describeValue(field(field(credential, 'state'), 'index'))} is not an integer from -2 to 7`,
    !isKnownCollectorState(collectorState) && `collector state ${describeValue(field(field(credential, 'collector'), 'state'))} is not one of ${COLLECTOR_STATES.join(', ')} (treated as not planned)`,
  ].filter(Boolean)
  if (problems.length > 0) warnOnce(`Malformed credential ${describeValue(credential)}: ${problems.join('; ')}.`)
}

function isKnownCollectorState(value: string | null): value is CollectorState {
  return (COLLECTOR_STATES as readonly (string | null)[]).includes(value)
}

function normalizeCollectorState(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}
