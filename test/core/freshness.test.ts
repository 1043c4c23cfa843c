// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_FRESHNESS_THRESHOLDS, syncFreshness, type SyncFreshnessState } from '../../src/core'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const SYNCED = Date.parse('2026-11-25T09:00:00Z')

const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true })
const hostile = fc.constantFrom<unknown>(
  new Proxy({}, { get: () => { throw new Error('trap') } }),
  Object.defineProperty({}, 'lastSyncedAt', { get: () => { throw new Error('getter') }, enumerable: true }),
  new Date(NaN),
)
const timeLike = fc.oneof(anything, hostile, fc.integer(), fc.double(), fc.date({ noInvalidDate: false }), fc.string(), fc.constant('2026-11-25T09:00:00Z'))
const STATES: readonly SyncFreshnessState[] = ['on-time', 'late', 'overdue', 'never', 'unknown']
const RANK: Record<SyncFreshnessState, number> = { 'on-time': 0, late: 1, overdue: 2, never: -1, unknown: -1 }

describe('syncFreshness', () => {
  it('is on time within one interval, late after it and overdue after two (Airbyte: Delayed after 1x, Error after 2x)', () => {
    const at = (elapsed: number) => syncFreshness({ lastSyncedAt: SYNCED, interval: HOUR, now: SYNCED + elapsed }).state
    expect(at(5 * MINUTE)).toBe('on-time')
    expect(at(HOUR + MINUTE)).toBe('late')
    expect(at(2 * HOUR + MINUTE)).toBe('overdue')
  })

  it('counts exactly one interval as on time and exactly two as late (strictly more than, as Airbyte compares)', () => {
    const at = (elapsed: number) => syncFreshness({ lastSyncedAt: SYNCED, interval: HOUR, now: SYNCED + elapsed }).state
    expect([at(HOUR), at(HOUR + 1)]).toEqual(['on-time', 'late'])
    expect([at(2 * HOUR), at(2 * HOUR + 1)]).toEqual(['late', 'overdue'])
  })

  it('takes the thresholds as multiples of the interval', () => {
    const at = (elapsed: number) => syncFreshness({ lastSyncedAt: SYNCED, interval: HOUR, now: SYNCED + elapsed, lateAfter: 1.5, overdueAfter: 3 }).state
    expect([at(1.5 * HOUR), at(1.5 * HOUR + 1), at(3 * HOUR), at(3 * HOUR + 1)]).toEqual(['on-time', 'late', 'late', 'overdue'])
  })

  it('reads the times as the API sends them: ISO strings, naive ISO as UTC, Dates and epoch ms', () => {
    const result = syncFreshness({ lastSyncedAt: '2026-11-25T09:00:00', interval: HOUR, now: new Date(SYNCED + 10 * MINUTE), nextSyncAt: '2026-11-25T09:30:00Z' })
    expect(result).toEqual({ state: 'on-time', since: SYNCED, nextAt: SYNCED + 30 * MINUTE })
  })

  it('gives the next sync as one interval after the last when the scheduler does not say', () => {
    expect(syncFreshness({ lastSyncedAt: SYNCED, interval: HOUR, now: SYNCED }).nextAt).toBe(SYNCED + HOUR)
  })

  it('is never for a connection that has not synced yet, with the scheduled next sync', () => {
    expect(syncFreshness({ lastSyncedAt: null, interval: HOUR, now: SYNCED, nextSyncAt: SYNCED + MINUTE })).toEqual({ state: 'never', since: null, nextAt: SYNCED + MINUTE })
    expect(syncFreshness({ interval: HOUR, now: SYNCED }).state).toBe('never')
    expect(syncFreshness({ lastSyncedAt: '', interval: HOUR, now: SYNCED }).state).toBe('never')
  })

  it('is unknown, keeping the last sync, when the interval is not a positive finite number', () => {
    for (const interval of [0, -HOUR, NaN, Infinity, '3600000', undefined]) {
      expect(syncFreshness({ lastSyncedAt: SYNCED, interval, now: SYNCED })).toEqual({ state: 'unknown', since: SYNCED, nextAt: null })
    }
  })

  it('is unknown for an unreadable last sync or now (epoch nanoseconds, garbage)', () => {
    expect(syncFreshness({ lastSyncedAt: SYNCED * 1e6, interval: HOUR, now: SYNCED }).state).toBe('unknown')
    expect(syncFreshness({ lastSyncedAt: 'yesterday', interval: HOUR, now: SYNCED }).state).toBe('unknown')
    expect(syncFreshness({ lastSyncedAt: SYNCED, interval: HOUR, now: 'soon' }).state).toBe('unknown')
  })

  it('treats a now before the last sync (a client clock behind the server) as just synced', () => {
    expect(syncFreshness({ lastSyncedAt: SYNCED, interval: MINUTE, now: SYNCED - 10 * HOUR }).state).toBe('on-time')
  })

  it('keeps a next sync that is already past, without calling the data late for it alone', () => {
    const result = syncFreshness({ lastSyncedAt: SYNCED, interval: HOUR, now: SYNCED + 40 * MINUTE, nextSyncAt: SYNCED + 30 * MINUTE })
    expect(result).toEqual({ state: 'on-time', since: SYNCED, nextAt: SYNCED + 30 * MINUTE })
  })

  it('falls back to the defaults for unusable thresholds', () => {
    expect(DEFAULT_FRESHNESS_THRESHOLDS).toEqual({ lateAfter: 1, overdueAfter: 2 })
    const at = (elapsed: number) => syncFreshness({ lastSyncedAt: SYNCED, interval: HOUR, now: SYNCED + elapsed, lateAfter: NaN, overdueAfter: -1 }).state
    expect([at(HOUR + 1), at(2 * HOUR + 1)]).toEqual(['late', 'overdue'])
  })

  it('never throws, on any input at all', () => {
    fc.assert(
      fc.property(fc.oneof(anything, hostile, fc.record({ lastSyncedAt: timeLike, interval: fc.oneof(anything, fc.double()), now: timeLike, nextSyncAt: timeLike, lateAfter: anything, overdueAfter: anything }, { requiredKeys: [] })), (input) => {
        const result = syncFreshness(input as never)
        expect(STATES).toContain(result.state)
        for (const time of [result.since, result.nextAt]) if (time !== null) expect(() => new Date(time).toISOString()).not.toThrow()
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on revoked proxies (kept out of fast-check, which probes its values with `in`)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(syncFreshness(proxy as never).state).toBe('unknown')
    expect(syncFreshness({ lastSyncedAt: proxy, interval: proxy, now: proxy, nextSyncAt: proxy, lateAfter: proxy }).state).toBe('unknown')
  })

  it('is late exactly when more than lateAfter intervals passed, and overdue past overdueAfter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 * 86_400_000 }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.integer({ min: 0, max: 400 * 86_400_000 }), (interval, lateAfter, overdueAfter, elapsed) => {
        const { state } = syncFreshness({ lastSyncedAt: SYNCED, interval, now: SYNCED + elapsed, lateAfter, overdueAfter })
        expect(state).toBe(elapsed > overdueAfter * interval ? 'overdue' : elapsed > lateAfter * interval ? 'late' : 'on-time')
      }),
    )
  })

  it('only ever gets worse as now moves on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 86_400_000 }), fc.array(fc.integer({ min: -86_400_000, max: 10 * 86_400_000 }), { minLength: 2, maxLength: 8 }), fc.option(fc.double({ min: 0, max: 5, noNaN: true })), (interval, offsets, lateAfter) => {
        const ranks = offsets.sort((a, b) => a - b).map((offset) => RANK[syncFreshness({ lastSyncedAt: SYNCED, interval, now: SYNCED + offset, lateAfter: lateAfter ?? undefined }).state])
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      }),
    )
  })
})
