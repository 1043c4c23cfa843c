import { connectionOutcome } from '../core/health'
import type { ConnectionOutcome } from '../core/outcome'
import { describeValue, warnOnce } from './dev-warning'

/** What is remembered of one connection: its last seen outcome, and the diff that last saw it. */
export interface SeenConnection {
  outcome: ConnectionOutcome
  /** The `pass` of the diff that last saw this id: a second sighting in the same pass is a duplicate. */
  pass: number
}

/**
 * The last seen outcome per connection id, across commits. Ids that leave the items are kept:
 * a connection filtered out and back in with another outcome did change since it was last seen.
 */
export interface SeenConnections {
  readonly byId: Map<unknown, SeenConnection>
  /** Counts the diffs; starts at 0. */
  pass: number
  /**
   * The last diff's keys and entries by position. A poll keeps its order, so each id is found
   * where it was: one comparison instead of a Map lookup, which hashes every fresh id string
   * (half the cost of diffing 10,000 unchanged items).
   */
  readonly keys: unknown[]
  readonly entries: SeenConnection[]
}

export interface ConnectionChange {
  readonly id: unknown
  /** The outcome last seen before this commit. */
  readonly from: ConnectionOutcome
  readonly outcome: ConnectionOutcome
  readonly subject: string | undefined
}

/**
 * The key an id is remembered by: a number and its string ("1" and 1) are one connection, since
 * APIs give the same id as either (a list endpoint's number, a websocket patch's string).
 */
export function connectionKey(id: unknown): unknown {
  return typeof id === 'number' || typeof id === 'bigint' ? String(id) : id
}

export function createSeenConnections(): SeenConnections {
  return { byId: new Map(), pass: 0, keys: [], entries: [] }
}

/** Outcomes of bare status codes (the common item `{ id, name, status }`), worked out once per code. */
const statusOutcomes = new Map<unknown, ConnectionOutcome>()
const NO_CHANGES: readonly ConnectionChange[] = []

/**
 * Diffs `items` (as `summarizeConnections` takes them) against the last seen outcome per id, in
 * one pass, and remembers the new outcomes in `seen`. Returns the real changes; React-free.
 *
 * - An id seen for the first time is not news (page load, next page, a new filter).
 * - The same id twice in `items` is one connection: the first wins, with one development warning.
 * - An item without an id (`getId` gives `undefined` or `null`, or throws) is skipped, with one warning.
 *
 * The no-change path allocates nothing per item: a bare status code's outcome comes from a cache,
 * and `getSubject` is only asked for a changed item.
 */
export function diffConnections<Item>(
  seen: SeenConnections,
  items: readonly Item[],
  getId: (item: Item) => unknown,
  getSubject: (item: Item) => string | undefined,
  /** Told each id seen for the first time, with its outcome: the baseline other lists can share. */
  onFirstSight?: (id: unknown, outcome: ConnectionOutcome) => void,
): readonly ConnectionChange[] {
  if (!Array.isArray(items)) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce(`useConnectionAnnouncements expects an array of items, got ${describeValue(items)}. Nothing is announced.`)
    return NO_CHANGES
  }
  const pass = ++seen.pass
  let changes: ConnectionChange[] | undefined
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item
    const id = readId(getId, item)
    if (id === undefined || id === null) {
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce('useConnectionAnnouncements: an item has no id (getId gave undefined or null). Its changes are not announced; give getId a stable id.')
      continue
    }
    const outcome = outcomeOf(item)
    const key = connectionKey(id)
    const inPlace = seen.keys[index] === key
    const last = inPlace ? seen.entries[index] : seen.byId.get(key)
    if (last === undefined) {
      const entry = { outcome, pass }
      seen.byId.set(key, entry)
      seen.keys[index] = key
      seen.entries[index] = entry
      onFirstSight?.(id, outcome)
      continue
    }
    if (!inPlace) {
      seen.keys[index] = key
      seen.entries[index] = last
    }
    if (last.pass === pass) {
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce(`useConnectionAnnouncements: the id ${describeValue(id)} is given twice. One id is one connection: the first item with it is announced.`)
      continue
    }
    last.pass = pass
    if (last.outcome === outcome) continue
    ;(changes ??= []).push({ id, from: last.outcome, outcome, subject: readSubject(getSubject, item) })
    last.outcome = outcome
  }
  // A shorter list leaves no stale positions behind.
  seen.keys.length = seen.entries.length = items.length
  return changes ?? NO_CHANGES
}

function outcomeOf(item: unknown): ConnectionOutcome {
  // `{ status }` without a credential, or a bare code: cached per code. Anything else: worked out.
  const status = typeof item === 'object' && item !== null ? readStatusOnly(item) : item
  if (status === NOT_STATUS_ONLY || (typeof status !== 'number' && typeof status !== 'string')) return connectionOutcome(item)
  let outcome = statusOutcomes.get(status)
  if (outcome === undefined) {
    outcome = connectionOutcome(status)
    // Bounded: codes come from a short catalog, but a feed of junk strings must not grow it.
    if (statusOutcomes.size > 1000) statusOutcomes.clear()
    statusOutcomes.set(status, outcome)
  }
  return outcome
}

const NOT_STATUS_ONLY = Symbol('not status only')

function readStatusOnly(item: object): unknown {
  try {
    const record = item as { status?: unknown; credential?: unknown }
    return record.credential === undefined ? record.status : NOT_STATUS_ONLY
  } catch {
    return NOT_STATUS_ONLY // a hostile Proxy: connectionOutcome reads it safely
  }
}

function readId<Item>(getId: (item: Item) => unknown, item: Item): unknown {
  try {
    return getId(item)
  } catch {
    return undefined
  }
}

function readSubject<Item>(getSubject: (item: Item) => string | undefined, item: Item): string | undefined {
  try {
    const subject = getSubject(item)
    return typeof subject === 'string' && subject !== '' ? subject : undefined
  } catch {
    return undefined
  }
}
