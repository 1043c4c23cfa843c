/**
 * The story's data (not part of the recipe): 10,000 connections made from a seed, so that every
 * run shows the same table, and updates that change 50 of them at a time, as a polling dashboard
 * receives them.
 */
import type { ApiCredential } from '../../src'
import type { Connection } from './connections-grid'

const APPS = ['Xero', 'QuickBooks Online', 'Shopify', 'Stripe', 'Amazon Seller Central', 'DATEV', 'HubSpot', 'Sage', 'Zoho Books', 'FreshBooks']
// Mostly synced, some moving, a few failed or waiting on the customer: a real fleet's spread.
const STATUSES = [19, 19, 19, 19, 19, 19, 19, 19, 16, 13, 2, 6, 9, 12, 15, 18, 25, 23, 8, 20, 14, 7, 11, 17, 22, 21, 26]
const CREDENTIALS: ApiCredential[] = [
  { state: { index: 7 }, collector: { state: 'active' } },
  { state: { index: 6 }, collector: { state: 'active' } },
  { state: { index: 5 }, collector: { state: 'active' } },
  { state: { index: 0 }, collector: { state: 'active' } },
  { state: { index: 2 }, collector: { state: 'active' } },
  { state: { index: 5 }, collector: { state: 'planned' } },
  // A failed collector on a synced connection: failed by outcome, green by the status's tone.
  { state: { index: -2, title: 'Wrong password', message: 'The portal rejected the saved password.' }, collector: { state: 'active' } },
  { state: { index: 3, title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' }, collector: { state: 'active' } },
]

/** A small seeded generator (mulberry32): the same numbers on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!

export function makeConnections(count: number, seed = 1): Connection[] {
  const random = seeded(seed)
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    app: `${APPS[i % APPS.length]} · customer ${String(Math.floor(i / APPS.length) + 1).padStart(4, '0')}`,
    status: pick(STATUSES, random),
    credential: pick(CREDENTIALS, random),
  }))
}

/** The next poll: `changes` connections, from `from` on (wrapping) or picked at random, get a new status. */
export function nextPoll(connections: Connection[], random: () => number, changes = 50, from?: number): Connection[] {
  const next = connections.slice()
  for (let k = 0; k < Math.min(changes, next.length); k++) {
    const i = from === undefined ? Math.floor(random() * next.length) : (from + k) % next.length
    const current = next[i]!
    let status = pick(STATUSES, random)
    while (status === current.status) status = pick(STATUSES, random)
    next[i] = { ...current, status }
  }
  return next
}

// The sync path a connection takes, and where each other status branches off it.
const PATH = [6, 9, 2, 12, 13, 15, 16, 18, 19]
const BRANCH: Record<number, number> = { 7: 0, 8: 0, 20: 0, 11: 2, 23: 2, 25: 2, 14: 4, 17: 6, 21: 7, 22: 7, 26: 8 }

/** A connection's history: the sync path up to its current status, one event every 4 minutes, the last at `now` less 2 minutes. */
export function historyOf(connection: Connection, now: number): Array<{ status: number; at: number }> {
  const onPath = PATH.indexOf(connection.status)
  const codes = onPath >= 0 ? PATH.slice(0, onPath + 1) : [...PATH.slice(0, (BRANCH[connection.status] ?? 0) + 1), connection.status]
  const last = now - 2 * 60_000
  return codes.map((status, i) => ({ status, at: last - (codes.length - 1 - i) * 4 * 60_000 }))
}
