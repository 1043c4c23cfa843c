// @vitest-environment node
/** diffConnections (issue 21): the React-free diff behind useConnectionAnnouncements. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSeenConnections, diffConnections } from '../../src/internal/connection-diff'

interface Item {
  id: unknown
  name?: string
  status?: unknown
  credential?: unknown
}
const getId = (item: Item) => item.id
const connections = (n: number, status: unknown): Item[] => Array.from({ length: n }, (_, i) => ({ id: i, name: `App ${i}`, status }))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('diffConnections', () => {
  it('finds each id wherever the next poll puts it: shifted, reversed, shortened, grown, duplicated in place', () => {
    // The diff looks first where an id was last time; every other order must give the same answer.
    const feed = (ids: number[], changed: number | null) => ids.map((id) => ({ id, name: `App ${id}`, status: id === changed ? 8 : 19 }))
    const seen = createSeenConnections()
    const name = (item: Item) => item.name
    diffConnections(seen, feed([1, 2, 3, 4, 5], null), getId, name)
    expect(diffConnections(seen, feed([0, 1, 2, 3, 4, 5], 3), getId, name).map((c) => c.id)).toEqual([3]) // a new row on top
    expect(diffConnections(seen, feed([5, 4, 3, 2, 1, 0], null), getId, name).map((c) => [c.id, c.outcome])).toEqual([[3, 'synced']]) // newest-first
    expect(diffConnections(seen, feed([5, 4], 5), getId, name).map((c) => c.id)).toEqual([5]) // filtered down
    // Back to the full list: 3's last seen outcome is synced, 5 failed; only 5's recovery and 2's failure are news.
    expect(diffConnections(seen, feed([5, 4, 3, 2, 1, 0], 2), getId, name).map((c) => [c.id, c.outcome])).toEqual([[5, 'synced'], [2, 'needs-attention']])
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    // The same id twice, in the positions it had: still one connection.
    expect(diffConnections(seen, feed([5, 5, 3, 2, 1, 0], null), getId, name).map((c) => c.id)).toEqual([2])
    expect(diffConnections(seen, feed([5, 5, 3, 2, 1, 0], 5), getId, name).map((c) => c.id)).toEqual([5])
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1)
  })

  it('takes the first sight of each id as the baseline, not as changes', () => {
    const seen = createSeenConnections()
    expect(diffConnections(seen, connections(100, 17), getId, (item) => item.name)).toEqual([])
    expect(seen.byId.size).toBe(100)
  })

  it('returns nothing, and asks no subject, for 10,000 unchanged items given as new objects', () => {
    const seen = createSeenConnections()
    const getSubject = vi.fn((item: Item) => item.name)
    const first = diffConnections(seen, connections(10_000, 19), getId, getSubject)
    const again = diffConnections(seen, connections(10_000, 19), getId, getSubject)
    expect(again).toHaveLength(0)
    expect(again).toBe(first) // one shared empty result: nothing allocated for "no news"
    expect(getSubject).not.toHaveBeenCalled()
  })

  it('reports each changed outcome once with where it came from, and remembers it', () => {
    const seen = createSeenConnections()
    diffConnections(seen, connections(1000, 16), getId, (item) => item.name)
    const changes = diffConnections(seen, connections(1000, 17), getId, (item) => item.name)
    expect(changes).toHaveLength(1000)
    expect(changes[7]).toEqual({ id: 7, from: 'in-progress', outcome: 'failed', subject: 'App 7' })
    // A status within the same outcome (17 -> 14, both failed) is not news.
    expect(diffConnections(seen, connections(1000, 14), getId, (item) => item.name)).toEqual([])
  })

  it('reads a credential beside the status, the more urgent outcome winning', () => {
    const seen = createSeenConnections()
    const item = (index: number): Item => ({ id: 'd', name: 'DATEV', status: 19, credential: { state: { index, max: 7 }, collector: { state: 'active' } } })
    diffConnections(seen, [item(2)], getId, (i) => i.name)
    expect(diffConnections(seen, [item(3)], getId, (i) => i.name)).toEqual([{ id: 'd', from: 'in-progress', outcome: 'needs-attention', subject: 'DATEV' }]) // connecting, then 2FA required
  })

  it('never throws: a throwing getId or getSubject, a hostile Proxy, an empty subject', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const seen = createSeenConnections()
    const hostile = new Proxy({}, { get: () => { throw new Error('no') } }) as Item
    const items = (status: number): Item[] => [{ id: 'a', name: '', status }, hostile, { id: 'boom', status }]
    const id = (item: Item) => {
      if (item.id === 'boom') throw new Error('no id')
      return item.id
    }
    const subject = (item: Item) => {
      if (item.name === undefined) throw new Error('no name')
      return item.name
    }
    expect(() => diffConnections(seen, items(19), id, subject)).not.toThrow()
    expect(diffConnections(seen, items(17), id, subject)).toEqual([{ id: 'a', from: 'synced', outcome: 'failed', subject: undefined }])
  })
})
