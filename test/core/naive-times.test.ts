// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { connectionTimeline } from '../../src/core'
import { toEpochMs } from '../../src/core/read'

const zone = process.env.TZ
afterEach(() => {
  process.env.TZ = zone
})

describe('a date-time without an offset (a naive isoformat() from the API)', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Kolkata'])('is read as UTC whatever the zone the code runs in (%s), so server and browser agree', (tz) => {
    process.env.TZ = tz
    const expected = Date.UTC(2026, 10, 25, 10, 0)
    expect(toEpochMs('2026-11-25T10:00:00')).toBe(expected)
    expect(toEpochMs('2026-11-25 10:00:00')).toBe(expected)
    expect(toEpochMs('2026-11-25T10:00')).toBe(expected)
    expect(toEpochMs('2026-11-25T10:00:00.250')).toBe(expected + 250)
    expect(connectionTimeline([{ status: 2, at: '2026-11-25T10:00:00' }], { now: '2026-11-25T10:05:00' }).stages[0]!.duration).toBe(5 * 60_000)
  })

  it('keeps an explicit offset or Z as written', () => {
    process.env.TZ = 'America/New_York'
    expect(toEpochMs('2026-11-25T10:00:00+01:00')).toBe(Date.UTC(2026, 10, 25, 9, 0))
    expect(toEpochMs('2026-11-25T10:00:00Z')).toBe(Date.UTC(2026, 10, 25, 10, 0))
    expect(toEpochMs('2026-11-25')).toBe(Date.UTC(2026, 10, 25))
  })
})
