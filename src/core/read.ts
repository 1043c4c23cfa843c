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

/**
 * Reads a Date, an ISO string or epoch milliseconds; anything else, an invalid date, or a number
 * no Date can hold (epoch nanoseconds, say) is `null`: such a time could not be shown, and
 * `toISOString()` throws on it.
 */
export function toEpochMs(value: unknown): number | null {
  try {
    const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : NaN
    return Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? time : null
  } catch {
    return null // a revoked Proxy throws even on instanceof
  }
}
