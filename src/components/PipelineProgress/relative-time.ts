import { describeValue, warnOnce } from '../../internal/dev-warning'

/** Reads a Date, an ISO string or epoch milliseconds; anything else, or an invalid date, is `null`. */
export function toTime(value: unknown): number | null {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : NaN
  return Number.isFinite(time) ? time : null
}

/**
 * A time the caller gave (`now`, a stage's timestamp): a bad one is no time, with one development
 * warning, never an exception (Intl.RelativeTimeFormat throws on NaN).
 */
export function readCallerTime(value: unknown, prop: string): number | null {
  const time = toTime(value)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && time === null && value !== undefined) {
    warnOnce(`Invalid ${prop} ${value instanceof Date ? "(an invalid Date)" : describeValue(value)}: expected a Date, an ISO 8601 string or epoch milliseconds; it is ignored.`)
  }
  return time
}
