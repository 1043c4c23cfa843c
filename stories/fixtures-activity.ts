/**
 * Sync runs for the SyncActivity stories, the dashboard's activity column and the benchmark:
 * deterministic (a seeded generator, no clock, no Math.random), so that screenshots and measured
 * runs see the same data every time.
 */

/** The moment the fixtures count back from: the same `now` for every story and screenshot. */
export const ACTIVITY_NOW = '2026-12-02T10:00:00Z'

const DAY = 86_400_000

export interface ActivityFixtureOptions {
  /** How many days back to generate. @default 30 */
  days?: number
  /** Syncs per day. @default 4 */
  perDay?: number
  /** The chance a sync fails (0 to 1). @default 0.03 */
  failureRate?: number
  /** The chance a sync ends needing attention (8: deauthorized). @default 0.01 */
  attentionRate?: number
  /** The chance a day has no syncs (the connection paused). @default 0.05 */
  idleRate?: number
  /** The present. @default ACTIVITY_NOW */
  now?: string
}

/** A small seeded generator (mulberry32): the same seed, the same runs. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seed from any text (a connection's id), so that each connection has its own history. */
export function seedOf(text: string): number {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return hash >>> 0
}

/**
 * A connection's sync runs over the last `days` days, newest first as history endpoints send
 * them: `{ at, status, duration }`, status 19 (synced), or 14/17 (structuring or processing error)
 * for a failure, or now and then 8 (deauthorized: needs attention).
 */
export function activityRuns(seed: number | string, options: ActivityFixtureOptions = {}) {
  const { days = 30, perDay = 4, failureRate = 0.03, attentionRate = 0.01, idleRate = 0.05, now = ACTIVITY_NOW } = options
  const next = random(typeof seed === 'string' ? seedOf(seed) : seed)
  const end = Date.parse(now)
  const today = Math.floor(end / DAY) * DAY
  const runs: { at: string; status: number; duration: number }[] = []
  for (let day = 0; day < days; day++) {
    if (next() < idleRate) continue
    for (let run = 0; run < perDay; run++) {
      const at = today - day * DAY + Math.floor(((run + next()) / perDay) * DAY)
      if (at > end) continue
      const roll = next()
      const status = roll < failureRate ? (roll < failureRate / 2 ? 14 : 17) : roll < failureRate + attentionRate ? 8 : 19
      runs.push({ at: new Date(at).toISOString(), status, duration: Math.floor(30_000 + next() * 270_000) })
    }
  }
  return runs
}

/** The runs of every connection of a dashboard, by id: what an app would fetch once per page. */
export function activityByConnection(ids: readonly string[], options: ActivityFixtureOptions = {}) {
  return Object.fromEntries(ids.map((id) => [id, activityRuns(id, options)]))
}
