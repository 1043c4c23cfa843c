/** Reads `value[key]` from anything: `undefined` for non-objects, throwing getters and Proxies. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

/**
 * A time as the components' props take it (`now`, `timestamps`): a `Date`, an ISO 8601 string
 * (`'2026-01-01T00:00:00Z'`) or epoch milliseconds (`1767225600000`), the forms APIs and apps
 * hand over. One type for every prop that takes a time, so that none accepts fewer forms than
 * another; an invalid value is ignored at run time (toEpochMs), never an exception.
 */
export type TimeInput = Date | string | number

/** The largest distance from the epoch a Date can hold (ECMAScript: 100,000,000 days). */
const MAX_TIME = 8.64e15

/** An ISO date-time with no `Z` and no offset ("2026-11-25T10:00:00", "2026-11-25 10:00"). */
const NAIVE_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/

/**
 * A date-time without an offset is read as UTC, as a date alone already is. `Date.parse` reads it
 * in the zone the code runs in, so a server in UTC and a browser in New York would read the same
 * API value as two moments five hours apart (and hydration would fail on it).
 */
function parseTime(text: string): number {
  const naive = NAIVE_DATE_TIME.exec(text.trim())
  return Date.parse(naive ? `${naive[1]}T${naive[2]}Z` : text)
}

/**
 * Reads a Date, an ISO string (one without an offset as UTC) or epoch milliseconds; anything else,
 * an invalid date, or a number no Date can hold (epoch nanoseconds, say) is `null`: such a time
 * could not be shown, and `toISOString()` throws on it.
 */
export function toEpochMs(value: unknown): number | null {
  try {
    const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? parseTime(value) : typeof value === 'number' ? value : NaN
    return Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? time : null
  } catch {
    return null // a revoked Proxy throws even on instanceof
  }
}
