import { field, toEpochMs } from './read'

/**
 * How fresh a connection's data is against its sync interval (issue 22, part 2).
 *
 * - `on-time`: synced within `lateAfter` intervals.
 * - `late`: more than `lateAfter` intervals (default 1) since the last sync.
 * - `overdue`: more than `overdueAfter` intervals (default 2) since the last sync.
 * - `never`: no last sync at all (`lastSyncedAt` null, undefined or '').
 * - `unknown`: something needed could not be read (a `now`, a `lastSyncedAt` or an interval).
 */
export type SyncFreshnessState = 'on-time' | 'late' | 'overdue' | 'never' | 'unknown'

/**
 * The defaults are Airbyte's documented connection statuses (docs/cloud/managing-airbyte-cloud/
 * review-connection-status.md in airbytehq/airbyte): "Delayed" when a connection "has not loaded
 * data within the scheduled replication frequency" (more than 1 hour for an hourly sync), "Error"
 * when "more than two times" the frequency. Its webapp compares strictly
 * (`lastSuccessfulSync < now - units * multiplier`), so exactly one interval is still on time,
 * as here. (The webapp's own experiment flags default both multipliers to 2; we follow the
 * documented 1x / 2x, which is also what the issue asks.)
 */
export const DEFAULT_FRESHNESS_THRESHOLDS = { lateAfter: 1, overdueAfter: 2 } as const

export interface SyncFreshnessInput {
  /** The last successful sync: Date, ISO string or epoch ms. Missing (null, undefined, '') is `never`. */
  lastSyncedAt?: unknown
  /** The sync interval in milliseconds: a finite number above 0, else the state is `unknown`. */
  interval: unknown
  /**
   * The present. The core never reads the clock. A `now` before `lastSyncedAt` (a client clock
   * behind the server's) counts as the sync's own time: just synced, as connectionTimeline clamps.
   */
  now: unknown
  /** When the scheduler says the next sync runs, if it says so; else `lastSyncedAt + interval`. */
  nextSyncAt?: unknown
  /** Intervals without a sync after which the data is late (strictly more than). @default 1 */
  lateAfter?: unknown
  /** Intervals without a sync after which the data is overdue (strictly more than). @default 2 */
  overdueAfter?: unknown
}

export interface SyncFreshness {
  readonly state: SyncFreshnessState
  /** The last sync (epoch ms), or `null` when there was none or it could not be read. */
  readonly since: number | null
  /**
   * The next sync (epoch ms): `nextSyncAt` when readable, else `since + interval`; `null` when
   * neither is known. It may lie before `now`: a sync that is due and has not run. That alone
   * does not make the data late: only the time since the last sync does (a scheduler a few
   * seconds behind must not flip a dashboard to late); the component words it "next sync due".
   */
  readonly nextAt: number | null
}

/** A threshold: a finite multiple of at least 0, else the default. */
function multiple(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback
}

/** A sync interval: a finite number of milliseconds above 0, else `null`. */
export function readInterval(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null
}

/** An object whose fields can be asked for: not a primitive, not a revoked Proxy. */
function isReadable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  try {
    Reflect.has(value, 'lastSyncedAt') // throws on a revoked Proxy
    return true
  } catch {
    return false
  }
}

/** Missing, as opposed to given but unreadable: no sync has happened. */
const isMissing = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Whether a connection's data is on time, late or overdue against its sync interval. Total: any
 * input gives a result, never an exception (objects with throwing getters included).
 */
export function syncFreshness(input: SyncFreshnessInput): SyncFreshness {
  if (!isReadable(input)) return { state: 'unknown', since: null, nextAt: null }
  const lastSyncedAt = field(input, 'lastSyncedAt')
  const interval = readInterval(field(input, 'interval'))
  const now = toEpochMs(field(input, 'now'))
  const since = toEpochMs(lastSyncedAt)
  const givenNext = toEpochMs(field(input, 'nextSyncAt'))
  // Read back through toEpochMs: a sum past the largest Date is no time (toISOString would throw on it).
  const nextAt = givenNext ?? (since !== null && interval !== null ? toEpochMs(since + interval) : null)
  // Never synced is a fact whatever the clock says.
  if (isMissing(lastSyncedAt)) return { state: 'never', since: null, nextAt }
  if (now === null || since === null || interval === null) return { state: 'unknown', since, nextAt }
  const lateAfter = multiple(field(input, 'lateAfter'), DEFAULT_FRESHNESS_THRESHOLDS.lateAfter)
  const overdueAfter = multiple(field(input, 'overdueAfter'), DEFAULT_FRESHNESS_THRESHOLDS.overdueAfter)
  const elapsed = Math.max(0, now - since)
  // Overdue is checked first, so an `overdueAfter` below `lateAfter` still gives overdue (never a
  // state that goes back to late as time passes).
  const state = elapsed > overdueAfter * interval ? 'overdue' : elapsed > lateAfter * interval ? 'late' : 'on-time'
  return { state, since, nextAt }
}
