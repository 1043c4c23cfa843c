// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONNECTION_OUTCOMES,
  CONNECTION_STATUS_CODES,
  CONNECTION_STATUSES,
  DEFAULT_STALL_AFTER,
  STAGES,
  connectionOutcome,
  connectionTimeline,
  summarizeConnections,
  type ConnectionOutcome,
} from '../../src/core'
import { silenceWarnings } from './helpers'

silenceWarnings()

const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true })
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
const code = fc.constantFrom(...CONNECTION_STATUS_CODES)
const item = fc.oneof(
  anything,
  code,
  fc.record({ status: fc.oneof(code, anything), credential: fc.record({ state: fc.record({ index: fc.integer({ min: -3, max: 8 }) }), collector: fc.record({ state: fc.constantFrom('active', 'planned', 'x') }) }) }, { requiredKeys: [] }),
)
const T0 = Date.UTC(2026, 10, 25, 9, 0)
const MIN = 60_000
const event = fc.record({ status: fc.oneof(code, anything), at: fc.oneof(fc.integer({ min: T0, max: T0 + 600 * MIN }), anything) })

describe('summarizeConnections', () => {
  it('puts every item in exactly one group, for any input: counts add up to the total', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const summary = summarizeConnections(items)
        expect(summary.total).toBe(items.length)
        expect(summary.groups.map((g) => g.outcome)).toEqual(CONNECTION_OUTCOMES)
        expect(summary.groups.reduce((sum, g) => sum + g.count, 0)).toBe(items.length)
        for (const group of summary.groups) {
          expect(group.items).toHaveLength(group.count)
          for (const grouped of group.items) expect(connectionOutcome(grouped)).toBe(group.outcome)
        }
      }),
    )
  })

  it('answers anything that is not an array with an empty summary, never a throw', () => {
    for (const input of [undefined, null, 42, 'abc', {}, new Proxy([], { get: () => { throw new Error('trap') } }), revoked()]) {
      const summary = summarizeConnections(input as never)
      expect(summary.total).toBe(0)
      expect(summary.groups.every((g) => g.count === 0)).toBe(true)
    }
    fc.assert(fc.property(anything, (input) => void summarizeConnections(input as never)))
  })

  it.each([
    [19, 'synced'],
    [16, 'in-progress'],
    [25, 'in-progress'],
    [23, 'needs-attention'],
    [8, 'needs-attention'],
    [14, 'failed'],
    [26, 'disconnected'],
    [99, 'unknown'],
    ['abc', 'unknown'],
  ] as const)('status %s is %s', (status, outcome) => {
    expect(connectionOutcome(status)).toBe(outcome)
    expect(connectionOutcome({ status })).toBe(outcome)
  })

  it('derives every status outcome from the catalog tone (success synced, warning attention, danger failed)', () => {
    const expected: Record<string, ConnectionOutcome> = { success: 'synced', progress: 'in-progress', info: 'in-progress', warning: 'needs-attention', danger: 'failed', neutral: 'disconnected' }
    for (const code of CONNECTION_STATUS_CODES) expect(connectionOutcome(code)).toBe(expected[CONNECTION_STATUSES[code].tone])
  })

  it('takes the more urgent of status and credential', () => {
    const twoFactor = { state: { index: 3 }, collector: { state: 'active' } }
    const active = { state: { index: 6 }, collector: { state: 'active' } }
    expect(connectionOutcome({ status: 19, credential: twoFactor })).toBe('needs-attention')
    expect(connectionOutcome({ status: 19, credential: active })).toBe('synced')
    expect(connectionOutcome({ status: 14, credential: twoFactor })).toBe('failed')
    expect(connectionOutcome({ credential: { state: { index: -1 } } })).toBe('failed')
    expect(connectionOutcome({ credential: { state: { index: 1 }, collector: { state: 'planned' } } })).toBe('disconnected')
    expect(connectionOutcome({ status: 2, credential: { state: { index: 1 }, collector: { state: 'planned' } } })).toBe('in-progress')
    expect(connectionOutcome({ status: 26, credential: active })).toBe('disconnected')
    expect(connectionOutcome({ status: 19, credential: 'garbage' })).toBe('unknown')
    expect(connectionOutcome({ name: 'no status, no credential' })).toBe('unknown')
  })

  it('keeps the caller’s items in their groups, in input order', () => {
    const xero = { id: 'xero', status: 14 }
    const stripe = { id: 'stripe', status: 17 }
    const shop = { id: 'shop', status: 19 }
    const summary = summarizeConnections([xero, shop, stripe])
    expect(summary.groups.find((g) => g.outcome === 'failed')?.items).toEqual([xero, stripe])
  })
})

describe('connectionTimeline', () => {
  it('orders any events, drops unreadable ones, and never gives a negative duration', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.oneof(fc.integer({ min: T0 - 60 * MIN, max: T0 + 900 * MIN }), anything), (events, now) => {
        const timeline = connectionTimeline(events, { now })
        const times = timeline.events.map((e) => e.at)
        expect(times).toEqual([...times].sort((a, b) => a - b))
        expect(timeline.events.length + timeline.ignored).toBeLessThanOrEqual(events.length)
        for (const stage of timeline.stages) {
          expect(stage.duration).toBeGreaterThanOrEqual(0)
          expect(stage.end).toBeGreaterThanOrEqual(stage.start)
        }
        if (timeline.stalled) expect(timeline.stalled.for).toBeGreaterThan(0)
        // every event belongs to exactly one stage run, in order
        const starts = timeline.stages.map((s) => s.firstEvent)
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
        if (timeline.events.length > 0) expect(starts[0]).toBe(0)
      }),
    )
  })

  it('survives anything as events or options', () => {
    fc.assert(fc.property(anything, anything, (events, options) => void connectionTimeline(events, options as never)))
    expect(connectionTimeline(revoked(), revoked() as never).events).toEqual([])
  })

  it('removes exact duplicates but keeps the same status at another time', () => {
    const timeline = connectionTimeline(
      [{ status: 2, at: T0 }, { status: 2, at: new Date(T0) }, { status: 2, at: T0 + MIN }, { status: 'x' }, null, { status: 2, at: 'yesterday' }],
      { now: T0 + 2 * MIN },
    )
    expect(timeline.events.map((e) => e.at)).toEqual([T0, T0 + MIN])
    expect(timeline.ignored).toBe(3)
  })

  it('measures each stage from its first event to the next stage, and the last active one to now', () => {
    const timeline = connectionTimeline(
      [{ status: 12, at: T0 + 20 * MIN }, { status: 6, at: T0 }, { status: 9, at: T0 + 2 * MIN }, { status: 2, at: T0 + 3 * MIN }, { status: 13, at: T0 + 25 * MIN }],
      { now: T0 + 31 * MIN },
    )
    expect(timeline.stages.map((s) => [s.stage, s.duration / MIN, s.ongoing])).toEqual([
      ['authorization', 3, false],
      ['loading', 22, false],
      ['structuring', 6, true],
    ])
    expect(timeline.stalled).toBe(false)
  })

  it('points at the failure', () => {
    const timeline = connectionTimeline([{ status: 6, at: T0 }, { status: 9, at: T0 + MIN }, { status: 2, at: T0 + 2 * MIN }, { status: 11, at: T0 + 9 * MIN }], { now: T0 + 5 * 60 * MIN })
    expect(timeline.failure?.status.code).toBe(11)
    expect(timeline.failure?.stage).toBe('loading')
    expect(timeline.stages.at(-1)).toMatchObject({ stage: 'loading', failed: true, ongoing: false, duration: 7 * MIN })
    expect(timeline.stalled).toBe(false) // an error has stopped: it says so itself
  })

  it('calls an active stage stalled exactly after its threshold, not at it', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 6, 9, 12, 13, 15, 16, 18, 21, 25), fc.integer({ min: 0, max: 10 * 60 * MIN }), fc.integer({ min: -1000, max: 1000 }), (status, limit, offset) => {
        const at = T0
        const timeline = connectionTimeline([{ status, at }], { now: at + limit + offset, stallAfter: limit })
        if (offset > 0) expect(timeline.stalled).toEqual({ since: at, for: limit + offset })
        else expect(timeline.stalled).toBe(false)
        // and exactly at the edge, whatever offset was drawn
        expect(connectionTimeline([{ status, at }], { now: at + limit, stallAfter: limit }).stalled).toBe(false)
        expect(connectionTimeline([{ status, at }], { now: at + limit + 1, stallAfter: limit }).stalled).toEqual({ since: at, for: limit + 1 })
      }),
    )
  })

  it('uses the per-stage defaults (15 minutes for authorization, an hour for loading)', () => {
    expect(connectionTimeline([{ status: 6, at: T0 }], { now: T0 + DEFAULT_STALL_AFTER.authorization }).stalled).toBe(false)
    expect(connectionTimeline([{ status: 6, at: T0 }], { now: T0 + 16 * MIN }).stalled).toEqual({ since: T0, for: 16 * MIN })
    expect(connectionTimeline([{ status: 2, at: T0 }], { now: T0 + 59 * MIN }).stalled).toBe(false)
    expect(connectionTimeline([{ status: 2, at: T0 }], { now: T0 + 2 * 60 * MIN, stallAfter: { loading: 3 * 60 * MIN } }).stalled).toBe(false)
    for (const stage of STAGES) expect(DEFAULT_STALL_AFTER[stage]).toBeGreaterThan(0)
  })

  it('never calls a final state stalled, however long ago', () => {
    fc.assert(
      fc.property(fc.constantFrom(19, 26), fc.integer({ min: 0, max: 1e12 }), (status, quiet) => {
        expect(connectionTimeline([{ status: 2, at: T0 - MIN }, { status, at: T0 }], { now: T0 + quiet, stallAfter: 0 }).stalled).toBe(false)
      }),
    )
  })

  it('reads no clock: without a readable now nothing is stalled', () => {
    expect(connectionTimeline([{ status: 2, at: T0 }], { now: undefined }).stalled).toBe(false)
    expect(connectionTimeline([{ status: 2, at: T0 }], { now: new Date(T0 + 2 * 60 * MIN).toISOString() }).stalled).toEqual({ since: T0, for: 2 * 60 * MIN })
  })
})

describe('connectionTimeline with the feeds a real API sends (issue 19)', () => {
  const t = (hh: number, mm: number) => Date.UTC(2026, 10, 25, hh, mm)

  it('orders events tied to the second by their pipeline position, whatever the input order: a newest-first feed that ends synced is not stalled', () => {
    const newestFirst = [{ status: 19, at: t(10, 5) }, { status: 18, at: t(10, 5) }, { status: 16, at: t(10, 0) }]
    for (const events of [newestFirst, [...newestFirst].reverse(), [newestFirst[1], newestFirst[2], newestFirst[0]]]) {
      const timeline = connectionTimeline(events, { now: t(12, 0) })
      expect(timeline.events.map((e) => e.status.code)).toEqual([16, 18, 19])
      expect(timeline.stalled).toBe(false)
      expect(timeline.stages.at(-1)).toMatchObject({ stage: 'synced', ongoing: false })
    }
  })

  it('resolves any tie the same way for any input order (by pipeline position, then input order)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: code, at: fc.constantFrom(T0, T0 + 1000) }), { maxLength: 12 }), (events) => {
        const reversed = connectionTimeline([...events].reverse(), { now: T0 + MIN })
        const forward = connectionTimeline(events, { now: T0 + MIN })
        // Exact duplicates aside, two statuses at one time in one stage position are the only order left to the input.
        const positions = (timeline: typeof forward) => timeline.events.map((e) => `${e.at}:${e.stage}:${e.status.effect === 'active' ? 0 : 1}`)
        expect(positions(reversed)).toEqual(positions(forward))
        expect(reversed.stalled).toEqual(forward.stalled)
      }),
    )
  })

  it('treats a finite time outside the Date range (epoch nanoseconds) as unreadable', () => {
    const timeline = connectionTimeline([{ status: 2, at: 1768039200000 * 1e6 }, { status: 6, at: -9e15 }, { status: 9, at: t(9, 0) }], { now: t(10, 0) })
    expect(timeline.events.map((e) => e.status.code)).toEqual([9])
    expect(timeline.ignored).toBe(2)
  })

  it('takes a now before the latest event (a client clock a few seconds behind) as that event’s time: no negative or shrunken durations', () => {
    const events = [{ status: 6, at: t(9, 0) }, { status: 9, at: t(9, 1) }, { status: 2, at: t(9, 2) }, { status: 25, at: t(9, 5) }]
    const timeline = connectionTimeline(events, { now: t(9, 5) - 3000 })
    expect(timeline.stages.map((s) => [s.stage, s.duration])).toEqual([['authorization', 2 * MIN], ['loading', 3 * MIN]])
    expect(timeline.stages.at(-1)).toMatchObject({ end: t(9, 5), ongoing: true })
    expect(timeline.stalled).toBe(false)
  })
})
