/** Reads `value[key]` from anything: `undefined` for non-objects, throwing getters and Proxies. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

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
