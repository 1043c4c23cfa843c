import { describeValue, warnOnce } from '../internal/dev-warning'
import { describeConnectionStatus, STAGES, type ConnectionStatusInfo, type CoreOptions, type StageId } from './connection-status'

import { credentialUiState } from './credential-state'
import { field, toEpochMs } from './read'
import { CONNECTION_OUTCOMES, credentialOutcome, statusOutcome, type ConnectionOutcome } from './outcome'

/**
 * When an item has both a status and a credential, the more urgent outcome wins (a synced
 * connection whose collector needs a 2FA code needs attention). Unknown ranks above the calm
 * outcomes: what we cannot read, we do not call fine. Disconnected is idle: anything moving or
 * wrong beside it says more (a loading connection with a coming-soon collector is in progress).
 */
export const URGENCY: Record<ConnectionOutcome, number> = { failed: 5, 'needs-attention': 4, unknown: 3, 'in-progress': 2, disconnected: 1, synced: 0 }

/**
 * An item of a dashboard: a status code (`19`, `"19"`), or an object with a `status` code and/or
 * a `credential` as the API sends it. Other fields (id, name) are kept for the caller.
 */
export type ConnectionItem = unknown

export interface ConnectionGroup<Item = ConnectionItem> {
  readonly outcome: ConnectionOutcome
  readonly count: number
  /** The caller's own items, in input order: filter a table with them. */
  readonly items: readonly Item[]
}

export interface ConnectionSummary<Item = ConnectionItem> {
  readonly total: number
  /** Always all six outcomes, in `CONNECTION_OUTCOMES` order; counts add up to `total`. */
  readonly groups: readonly ConnectionGroup<Item>[]
}

/** The outcome of one item (see `summarizeConnections`). Total: anything unreadable is `unknown`. */
export function connectionOutcome(item: ConnectionItem): ConnectionOutcome {
  if (typeof item === 'number' || typeof item === 'string') return statusOutcome(describeConnectionStatus(item))
  const status = field(item, 'status')
  const credential = field(item, 'credential')
  const outcomes: ConnectionOutcome[] = []
  if (status !== undefined) outcomes.push(statusOutcome(describeConnectionStatus(status)))
  if (credential !== undefined) {
    outcomes.push(credentialOutcome(credentialUiState(credential)))
  }
  return outcomes.reduce<ConnectionOutcome>((worst, outcome) => (URGENCY[outcome] > URGENCY[worst] ? outcome : worst), outcomes.length ? 'synced' : 'unknown')
}

/**
 * Counts a dashboard's connections by outcome. Total: a non-array gives an empty summary (with a
 * development warning); every element, however malformed, lands in exactly one group.
 */
export function summarizeConnections<Item = ConnectionItem>(items: readonly Item[]): ConnectionSummary<Item> {
  const read = readArray<Item>(items)
  const list: readonly Item[] = read ?? []
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && read === null) {
    warnOnce(`summarizeConnections expects an array of items, got ${describeValue(items)}. Summarised as no connections.`)
  }
  const buckets = new Map<ConnectionOutcome, Item[]>(CONNECTION_OUTCOMES.map((outcome) => [outcome, []]))
  for (const item of list) buckets.get(connectionOutcome(item))!.push(item)
  return {
    total: list.length,
    groups: CONNECTION_OUTCOMES.map((outcome) => {
      const grouped = buckets.get(outcome)!
      return { outcome, count: grouped.length, items: grouped }
    }),
  }
}

// ---- timeline ----

const MINUTE = 60_000

/**
 * How long a stage may go without a new status before we call it stalled, in milliseconds.
 * Authorization is a person at a login page: 15 minutes without a step means they left (the
 * server's own verdict, status 20, comes later). The server-side stages move data, so their
 * limits are looser, scaled to how much they move: loading fetches the app's whole history
 * (and may wait for a webhook, status 25), processing runs five substages, deduplication and
 * structuring work on data already loaded. Callers with real measurements pass their own.
 */
export const DEFAULT_STALL_AFTER = {
  authorization: 15 * MINUTE,
  loading: 60 * MINUTE,
  deduplication: 30 * MINUTE,
  structuring: 30 * MINUTE,
  processing: 60 * MINUTE,
  synced: Infinity, // final: never stalled
} as const satisfies Record<StageId, number>

export interface TimelineOptions extends CoreOptions {
  /**
   * The present, as a Date, an ISO string or epoch milliseconds. The core never reads the clock.
   * A `now` before the latest event (a client clock behind the server's) counts as that event's time.
   */
  now: unknown
  /** Milliseconds without a new status before an active stage is stalled: one number, or per stage. */
  stallAfter?: number | Partial<Record<StageId, number>>
}

export interface TimelineEvent {
  readonly status: ConnectionStatusInfo
  /** Epoch milliseconds. */
  readonly at: number
  /** The stage the status belongs to (`null` for disconnected and unknown codes). */
  readonly stage: StageId | null
  /** True for the error statuses (7, 11, 14, 17, 22). */
  readonly failed: boolean
}

export interface TimelineStage {
  readonly stage: StageId | null
  readonly start: number
  /** The next stage's start; for the last stage `now` while it is active, its last event when final. */
  readonly end: number
  /** `end - start`, never negative. */
  readonly duration: number
  /** True for the last stage while its status is still active (its duration keeps growing). */
  readonly ongoing: boolean
  readonly failed: boolean
  /** Index of the stage's first event in `events`. */
  readonly firstEvent: number
}

export interface ConnectionTimeline {
  /** Oldest first (ties in pipeline order); exact duplicates (same status, same time) removed. */
  readonly events: readonly TimelineEvent[]
  /** Runs of consecutive events in the same stage. */
  readonly stages: readonly TimelineStage[]
  /** The latest error event, or `null`. A later event may show that the connection recovered. */
  readonly failure: TimelineEvent | null
  /** `false`, or since when (the last event) and for how long no new status came. */
  readonly stalled: false | { readonly since: number; readonly for: number }
  /** How many entries were dropped as unreadable: not objects, or without a readable `at` (duplicates are not counted). */
  readonly ignored: number
}

/** A copy of an array, or `null` for anything else, hostile Proxies included. */
export function readArray<T>(value: unknown): T[] | null {
  try {
    return Array.isArray(value) ? Array.from(value as T[]) : null
  } catch {
    return null
  }
}

/** Effects whose stage is still expected to move on by itself. Errors and warnings have stopped: they say so themselves. */
const MOVING = new Set(['active', 'completed', 'waiting'])

function stallLimit(stage: StageId, stallAfter: TimelineOptions['stallAfter']): number {
  const given = typeof stallAfter === 'number' ? stallAfter : field(stallAfter, stage)
  return typeof given === 'number' && given >= 0 ? given : DEFAULT_STALL_AFTER[stage]
}

/**
 * The history of one connection from its status events (`{ status, at }`, in any order: events
 * at the same time are ordered by their place in the pipeline, so a newest-first feed reads the
 * same as an oldest-first one). Total:
 * entries that are not objects or have no readable time are dropped and counted in `ignored`;
 * unknown codes stay (shown as unknown, in no stage); an unreadable `now` is taken as the last
 * event's time, so nothing is stalled (with a development warning).
 */
export function connectionTimeline(events: unknown, options: TimelineOptions): ConnectionTimeline {
  const given = readArray<unknown>(events)
  const input: unknown[] = given ?? []
  const readNow = toEpochMs(field(options, 'now'))
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (given === null) warnOnce(`connectionTimeline expects an array of { status, at } events, got ${describeValue(events)}.`)
    if (readNow === null) warnOnce(`connectionTimeline needs options.now (a Date, ISO string or epoch ms), got ${describeValue(field(options, 'now'))}. Nothing is reported as stalled.`)
  }
  const messages = field(options, 'messages') as CoreOptions['messages']
  const seen = new Set<string>()
  const read: TimelineEvent[] = []
  let ignored = 0
  for (const entry of input) {
    const at = toEpochMs(field(entry, 'at'))
    if (at === null) {
      ignored++
      continue
    }
    const status = describeConnectionStatus(field(entry, 'status'), { messages })
    const key = `${status.code}@${at}`
    if (seen.has(key)) continue
    seen.add(key)
    read.push({ status, at, stage: status.stage, failed: status.effect === 'error' })
  }
  // Events tied to the second (a feed's resolution) go in pipeline order, so that the answer does
  // not depend on the feed's order (history endpoints answer newest-first); a stable sort leaves
  // only a true tie (same stage and step) to the caller's order.
  read.sort((a, b) => a.at - b.at || pipelinePosition(a) - pipelinePosition(b))
  const last = read[read.length - 1]
  // A `now` before the latest event is a clock behind the server's: the latest event proves the
  // present is at least that late, so nothing is "in 3 seconds" and no duration shrinks.
  const now = last ? Math.max(readNow ?? last.at, last.at) : (readNow ?? 0)
  const lastIsMoving = last !== undefined && MOVING.has(last.status.effect ?? '')

  const stages: TimelineStage[] = []
  read.forEach((event, index) => {
    const open = stages[stages.length - 1]
    if (open && open.stage === event.stage) {
      if (event.failed) stages[stages.length - 1] = { ...open, failed: true }
      return
    }
    if (open) stages[stages.length - 1] = closed(open, event.at, false)
    stages.push({ stage: event.stage, start: event.at, end: event.at, duration: 0, ongoing: false, failed: event.failed, firstEvent: index })
  })
  const current = stages[stages.length - 1]
  if (current && last) stages[stages.length - 1] = closed(current, lastIsMoving ? now : last.at, lastIsMoving)

  let failure: TimelineEvent | null = null
  for (const event of read) if (event.failed) failure = event
  const quiet = last ? now - last.at : 0
  const stalled = last && lastIsMoving && last.stage && quiet > stallLimit(last.stage, field(options, 'stallAfter') as TimelineOptions['stallAfter'])
    ? { since: last.at, for: quiet }
    : false
  return { events: read, stages, failure, stalled, ignored }
}

/** Where a status sits in the pipeline: its stage, then starting (active, waiting) before ending. Stageless ones (disconnected, unknown) last. */
function pipelinePosition(event: TimelineEvent): number {
  const stage = event.stage === null ? STAGES.length : STAGES.indexOf(event.stage)
  return stage * 3 + (event.status.effect === 'active' ? 0 : event.status.effect === 'waiting' ? 1 : 2)
}

function closed(stage: TimelineStage, end: number, ongoing: boolean): TimelineStage {
  const safeEnd = Math.max(end, stage.start)
  return { ...stage, end: safeEnd, duration: safeEnd - stage.start, ongoing }
}
