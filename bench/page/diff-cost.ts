/**
 * Issue 21's diff cost: what `useConnectionAnnouncements` does on each commit, the pure diff of
 * the new items against the last outcome seen per id (src/internal/connection-diff.ts), timed
 * alone. Items are `{ id, name, status }` as `summarizeConnections` takes them, fresh objects on
 * every diff, as a poll or a socket message gives them; statuses cycle through the catalog.
 */
import { CONNECTION_STATUS_CODES, connectionOutcome, type ConnectionStatusCode } from '../../src/core'
import { createSeenConnections, diffConnections, type SeenConnections } from '../../src/internal/connection-diff'

interface Item {
  id: string
  name: string
  status: ConnectionStatusCode
}

const getId = (item: Item) => item.id
const getSubject = (item: Item) => item.name

/** Per code, the next code in the catalog with another outcome: a change the diff must report. */
const CHANGED: Record<number, ConnectionStatusCode> = Object.fromEntries(
  CONNECTION_STATUS_CODES.map((code, i) => {
    const rotated = [...CONNECTION_STATUS_CODES.slice(i + 1), ...CONNECTION_STATUS_CODES.slice(0, i)]
    return [code, rotated.find((other) => connectionOutcome(other) !== connectionOutcome(code))!]
  }),
)

/** n items; `changes` of them, spread evenly, with a status of another outcome. */
function itemsOf(n: number, changes: number): Item[] {
  const every = changes > 0 ? Math.floor(n / changes) : Infinity
  return Array.from({ length: n }, (_, i) => {
    const base = CONNECTION_STATUS_CODES[i % CONNECTION_STATUS_CODES.length]!
    const changed = i % every === 0 && i / every < changes
    return { id: `connection-${i}`, name: `Connection ${i}`, status: changed ? CHANGED[base]! : base }
  })
}

let prepared: { seen: SeenConnections; next: Item[] } | null = null

export const diffCost = {
  diffName: (): string => 'diffConnections in src/internal/connection-diff.ts, getId item.id, getSubject item.name',

  /** A diff state that has seen `n` items (the baseline), and the next commit's fresh items; then a GC. */
  diffPrepare(n: number, changes: number): void {
    const seen = createSeenConnections()
    diffConnections(seen, itemsOf(n, 0), getId, getSubject)
    prepared = { seen, next: itemsOf(n, changes) }
    ;(globalThis as { gc?: () => void }).gc?.()
  },

  /** One diff, timed; `reported` is how many changes it found (the harness checks it). */
  diffRun(): { ms: number; reported: number } {
    const { seen, next } = prepared!
    prepared = null
    const t0 = performance.now()
    const changes = diffConnections(seen, next, getId, getSubject)
    const ms = performance.now() - t0
    return { ms, reported: changes.length }
  },
}
