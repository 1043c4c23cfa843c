/** Reads `value[key]` from anything: `undefined` for non-objects, throwing getters and Proxies. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

/** Reads a Date, an ISO string or epoch milliseconds; anything else, or an invalid date, is `null`. */
export function toEpochMs(value: unknown): number | null {
  try {
    const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : NaN
    return Number.isFinite(time) ? time : null
  } catch {
    return null // a revoked Proxy throws even on instanceof
  }
}
