// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { MAX_ACTIVITY_DAYS, syncActivity, type ConnectionOutcome, type DayOutcome } from '../../src/core'
import { silenceWarnings } from './helpers'

silenceWarnings()

const NOW = Date.parse('2026-12-02T10:00:00Z')
const DAY = 86_400_000

/** The worst first, as summarizeConnections ranks them; "no runs" below all. */
const RANK: DayOutcome[] = ['none', 'synced', 'disconnected', 'in-progress', 'unknown', 'needs-attention', 'failed']
const outcomes = fc.constantFrom<ConnectionOutcome>('synced', 'in-progress', 'needs-attention', 'failed', 'disconnected', 'unknown')

/** Runs an API could send: a time near now in any of the three forms, a status code or an outcome, a duration. */
const run = fc.record(
  {
    at: fc.oneof(
      fc.integer({ min: NOW - 40 * DAY, max: NOW + 2 * DAY }),
      fc.integer({ min: NOW - 40 * DAY, max: NOW }).map((ms) => new Date(ms).toISOString()),
      fc.integer({ min: NOW - 40 * DAY, max: NOW }).map((ms) => new Date(ms)),
    ),
    status: fc.constantFrom(19, 14, 8, 2, 26, 99, '17'),
    outcome: outcomes,
    duration: fc.oneof(fc.nat({ max: 3_600_000 }), fc.constant(Number.NaN), fc.constant(-5)),
  },
  { requiredKeys: ['at'] },
)
const junk = fc.oneof(fc.anything(), fc.record({ at: fc.constantFrom('yesterday', Number.NaN, 1e20, null) }))
const runs = fc.array(fc.oneof(run, run, junk), { maxLength: 80 })
const days = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 2.5, '30', undefined))
const zone = fc.constantFrom(undefined, 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Not/AZone', 42)

/** toISOString's date, its six-digit years ("+010000", "-000001") written as plain numbers, at least four digits. */
const isoDatePart = (time: number) => new Date(time).toISOString().split('T')[0]!.replace(/^\+?(-?)0*(\d{4,})/, '$1$2')

// 100 cases each, some in time zones (Intl per run): generous on a loaded machine.
describe('syncActivity (properties)', { timeout: 60_000 }, () => {
  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (input, options) => void syncActivity(input, options as never)))
    fc.assert(fc.property(runs, fc.anything(), days, zone, (input, now, count, timeZone) => void syncActivity(input, { now, days: count, timeZone })))
  })

  it('has as many days as asked, clamped to 1..366, oldest first and one day apart', () => {
    fc.assert(
      fc.property(runs, days, zone, (input, count, timeZone) => {
        const { days: result } = syncActivity(input, { now: NOW, days: count, timeZone })
        expect(result.length).toBeGreaterThanOrEqual(1)
        expect(result.length).toBeLessThanOrEqual(MAX_ACTIVITY_DAYS)
        if (typeof count === 'number' && count >= 1 && count <= MAX_ACTIVITY_DAYS) expect(result.length).toBe(Math.floor(count))
        result.forEach((day, index) => index > 0 && expect(day.day - result[index - 1]!.day).toBe(DAY))
        for (const day of result) expect(day.date).toBe(new Date(day.day).toISOString().slice(0, 10))
      }),
    )
  })

  it('counts add up: the days hold every readable run inside the window, and the rest is outside or ignored', () => {
    fc.assert(
      fc.property(runs, days, zone, (input, count, timeZone) => {
        const activity = syncActivity(input, { now: NOW, days: count, timeZone })
        const sum = (key: 'runs' | 'failures' | 'duration') => activity.days.reduce((total, day) => total + day[key], 0)
        expect(sum('runs')).toBe(activity.runs)
        expect(sum('failures')).toBe(activity.failures)
        expect(activity.runs + activity.outside + activity.ignored).toBe(input.length)
        expect(activity.daysWithoutFailure).toBe(activity.days.filter((day) => day.failures === 0).length)
        for (const day of activity.days) {
          expect(day.failures).toBeLessThanOrEqual(day.runs)
          expect(day.outcome === 'none').toBe(day.runs === 0)
          expect(day.duration).toBeGreaterThanOrEqual(0)
        }
      }),
    )
  })

  it('gives each day its worst outcome', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ offset: fc.nat({ max: 9 * DAY }), outcome: outcomes })), (list) => {
        const input = list.map(({ offset, outcome }) => ({ at: NOW - offset, outcome }))
        const activity = syncActivity(input, { now: NOW, days: 10 })
        for (const day of activity.days) {
          const mine = input.filter((entry) => new Date(entry.at).toISOString().slice(0, 10) === day.date).map((entry) => entry.outcome)
          const worst = mine.reduce<DayOutcome>((a, b) => (RANK.indexOf(b) > RANK.indexOf(a) ? b : a), 'none')
          expect(day.outcome).toBe(worst)
        }
      }),
    )
  })

  it('does not depend on the order of the runs', () => {
    fc.assert(
      fc.property(runs, zone, fc.integer(), (input, timeZone, seed) => {
        const shuffled = [...input]
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = Math.abs(seed + i * 7919) % (i + 1)
          ;[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]
        }
        expect(syncActivity(shuffled, { now: NOW, days: 30, timeZone })).toEqual(syncActivity(input, { now: NOW, days: 30, timeZone }))
      }),
    )
  })
})

describe('syncActivity (examples)', () => {
  it('buckets a feed of runs per UTC day with counts, durations and the last failure', () => {
    const activity = syncActivity(
      [
        { at: '2026-12-02T08:00:00Z', status: 19, duration: 60_000 },
        { at: '2026-12-01T23:30:00Z', status: 14, duration: 120_000 },
        { at: '2026-12-01T03:00:00Z', status: 19, duration: 30_000 },
        { at: '2026-11-29T12:00:00Z', outcome: 'failed' },
        { at: 'not a time', status: 19 },
        { at: '2026-10-01T00:00:00Z', status: 19 },
      ],
      { now: NOW, days: 7 },
    )
    expect(activity.days.map((day) => day.date)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'])
    expect(activity.days.map((day) => day.outcome)).toEqual(['none', 'none', 'none', 'failed', 'none', 'failed', 'synced'])
    expect(activity.days[5]).toMatchObject({ runs: 2, failures: 1, duration: 150_000 })
    expect(activity).toMatchObject({ runs: 4, failures: 2, daysWithoutFailure: 5, ignored: 1, outside: 1 })
    expect(activity.lastFailure).toEqual({ at: Date.parse('2026-12-01T23:30:00Z'), daysAgo: 1 })
  })

  it('counts the days of the zone it is given: 23:30 UTC is the next day in Kolkata', () => {
    const input = [{ at: '2026-12-01T23:30:00Z', status: 14 }]
    expect(syncActivity(input, { now: NOW, days: 2 }).days.map((day) => day.outcome)).toEqual(['failed', 'none'])
    expect(syncActivity(input, { now: NOW, days: 2, timeZone: 'Asia/Kolkata' }).days.map((day) => day.outcome)).toEqual(['none', 'failed'])
  })

  it('tells a day without runs from a day that synced', () => {
    const { days: result } = syncActivity([{ at: NOW, status: 19 }], { now: NOW, days: 2 })
    expect(result.map((day) => day.outcome)).toEqual(['none', 'synced'])
  })

  it('clamps a bad number of days and warns once', () => {
    const warn = vi.mocked(console.warn)
    expect(syncActivity([], { now: NOW, days: -17 }).days).toHaveLength(1)
    expect(syncActivity([], { now: NOW, days: 1e9 }).days).toHaveLength(MAX_ACTIVITY_DAYS)
    expect(syncActivity([], { now: NOW, days: Number.NaN }).days).toHaveLength(30)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('days must be a whole number from 1 to 366, got -17. Showing 1 day.'))
    syncActivity([], { now: NOW, days: -17 })
    expect(warn.mock.calls.filter(([text]) => String(text).includes('got -17'))).toHaveLength(1)
  })

  it('writes the date of any day a Date can hold, as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15 + 400 * DAY, max: 8.64e15 }), (now) => {
        for (const day of syncActivity([], { now, days: 3 }).days) expect(day.date).toBe(isoDatePart(day.day))
      }),
    )
  })

  it('counts from the latest run when now is unreadable, and shows no days with no runs either', () => {
    expect(syncActivity([{ at: NOW, status: 19 }], { now: 'soon', days: 3 }).days.at(-1)).toMatchObject({ date: '2026-12-02', outcome: 'synced' })
    expect(syncActivity([], { now: undefined, days: 3 }).days).toEqual([])
  })
})
