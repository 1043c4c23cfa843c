import { describeValue, warnOnce } from '../internal/dev-warning'
import { defaultMessages, formatMessage, type CoreMessages } from './messages'
import type { Tone } from './tone'

/** spec: "Status Numbering in the system". 1, 3-5, 10 and 24 are not statuses. */
export const CONNECTION_STATUS_CODES = [2, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26] as const
export type ConnectionStatusCode = (typeof CONNECTION_STATUS_CODES)[number]

/** The pipeline's stages, in the order a connection walks them. */
export const STAGES = ['authorization', 'loading', 'deduplication', 'structuring', 'processing', 'synced'] as const
export type StageId = (typeof STAGES)[number]

/** spec: "The Processing stage consists of the following substages". */
export const PROCESSING_SUBSTAGES = ['monitoring', 'forecasting', 'insights', 'benchmarking', 'historical-data-cleaning'] as const
export type ProcessingSubstageId = (typeof PROCESSING_SUBSTAGES)[number]

/** What the user should do next. */
export type ConnectionAction = 'reconnect' | 'retry'

/**
 * How a status moves its stage in the pipeline:
 * `active` the stage is running, `completed` it just finished (the next one is current),
 * `error` it stopped with an error, `warning` it stopped and needs the user, `waiting` it is
 * running but waits on someone else, `synced` everything is done, `disconnected` nothing runs.
 */
export type StageEffect = 'active' | 'completed' | 'error' | 'warning' | 'waiting' | 'synced' | 'disconnected'

export interface ConnectionStatusMeta {
  stage: StageId | null
  effect: StageEffect
  tone: Tone
  action: ConnectionAction | null
}

const meta = (stage: StageId | null, effect: StageEffect, tone: Tone, action: ConnectionAction | null = null): ConnectionStatusMeta =>
  ({ stage, effect, tone, action })

/**
 * Behaviour of every status. Typed as a full `Record`, so a code without metadata fails to compile.
 * Tones: danger for the five errors, warning where the pipeline stopped and the user can act
 * (8, 20, 23), success only once synced, progress while the pipeline moves (even right after a
 * stage completed, since the next one starts at once).
 */
export const CONNECTION_STATUSES = {
  6: meta('authorization', 'active', 'progress'),
  7: meta('authorization', 'error', 'danger', 'reconnect'),
  8: meta('authorization', 'warning', 'warning', 'reconnect'),
  9: meta('authorization', 'completed', 'progress'),
  20: meta('authorization', 'warning', 'warning', 'reconnect'),
  2: meta('loading', 'active', 'progress'),
  11: meta('loading', 'error', 'danger', 'retry'),
  12: meta('loading', 'completed', 'progress'),
  23: meta('loading', 'warning', 'warning', 'retry'),
  25: meta('loading', 'waiting', 'info'),
  21: meta('deduplication', 'active', 'progress'),
  22: meta('deduplication', 'error', 'danger', 'retry'),
  13: meta('structuring', 'active', 'progress'),
  14: meta('structuring', 'error', 'danger', 'retry'),
  15: meta('structuring', 'completed', 'progress'),
  16: meta('processing', 'active', 'progress'),
  17: meta('processing', 'error', 'danger', 'retry'),
  18: meta('processing', 'completed', 'progress'),
  19: meta('synced', 'synced', 'success'),
  26: meta(null, 'disconnected', 'neutral', 'reconnect'),
} as const satisfies Record<ConnectionStatusCode, ConnectionStatusMeta>

/** The texts of a status; `messages.ts` holds one for every code. */
export interface ConnectionStatusText {
  name: string
  label: string
  description: string
}

/** Frozen: results are cached and shared between callers (see describeConnectionStatus). */
export interface ConnectionStatusInfo {
  /** The code as a number when the input held one (`"14"` gives 14), otherwise `null`. */
  readonly code: number | null
  /** Whether the code is one of the spec's statuses. */
  readonly known: boolean
  /** The spec's name, as written there (`null` for an unknown code). */
  readonly name: string | null
  /** The user-facing label: the spec's name in sentence case with its typos mended. */
  readonly label: string
  /** The spec's description of the status. */
  readonly description: string
  readonly stage: StageId | null
  readonly effect: StageEffect | null
  readonly tone: Tone
  readonly action: ConnectionAction | null
}

export interface CoreOptions {
  /** The texts to use; the provider passes its merged catalog. Defaults to English. */
  messages?: CoreMessages
}

/** True for the spec's status codes, and nothing else. */
export function isConnectionStatusCode(value: unknown): value is ConnectionStatusCode {
  return typeof value === 'number' && Object.prototype.hasOwnProperty.call(CONNECTION_STATUSES, value)
}

/** Reads a status code from a number or a string holding an integer ("14", " 14 "). */
export function parseStatusCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value)) return Number(value)
  return null
}

/** Unknown codes are cached too (a dashboard repeats them), but only this many per catalog. */
const MAX_CACHED_CODES = 200
/** Per catalog, since the texts differ; weakly, so a provider's merged catalog can be collected. */
const infoCache = new WeakMap<CoreMessages, Map<number | null, ConnectionStatusInfo>>()

/**
 * Everything a UI needs to show a data connection status. Total: any input gets an answer. An
 * unknown code gets a neutral "unknown" answer (with a development warning), never a known label.
 *
 * Memoized for dashboards that render thousands of rows: the answer depends only on the parsed
 * code and the catalog, so every call with the same pair returns the same frozen object.
 */
export function describeConnectionStatus(code: unknown, options: CoreOptions = {}): Readonly<ConnectionStatusInfo> {
  const messages = options?.messages ?? defaultMessages
  const parsed = parseStatusCode(code)
  // Before the cache, so that a cached answer can never swallow a warning (warnOnce dedupes).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && !isConnectionStatusCode(parsed)) {
    warnOnce(`Unknown data connection status ${describeValue(code)}: expected one of ${CONNECTION_STATUS_CODES.join(', ')}. Rendered as an unknown status.`)
  }
  let byCode = infoCache.get(messages)
  if (!byCode) infoCache.set(messages, (byCode = new Map()))
  let info = byCode.get(parsed)
  if (!info) {
    if (byCode.size >= MAX_CACHED_CODES) byCode.clear() // only unknown codes can get it this far
    info = Object.freeze(describe(parsed, messages))
    byCode.set(parsed, info)
  }
  return info
}

function describe(parsed: number | null, messages: CoreMessages): ConnectionStatusInfo {
  if (isConnectionStatusCode(parsed)) {
    const { stage, effect, tone, action } = CONNECTION_STATUSES[parsed]
    const text = messages.connectionStatuses[parsed]
    return { code: parsed, known: true, name: defaultMessages.connectionStatuses[parsed].name, label: text.label, description: text.description, stage, effect, tone, action }
  }
  return {
    code: parsed,
    known: false,
    name: null,
    label: parsed === null ? messages.unknownStatus.label : formatMessage(messages.unknownStatus.labelWithCode, { code: parsed }),
    description: messages.unknownStatus.description,
    stage: null,
    effect: null,
    tone: 'neutral',
    action: null,
  }
}
