import { toEpochMs } from '../../core/read'
import { describeValue, warnOnce } from '../../internal/dev-warning'

/**
 * A time the caller gave (`now`, a stage's timestamp): a bad one is no time, with one development
 * warning, never an exception (Intl.RelativeTimeFormat throws on NaN).
 */
export function readCallerTime(value: unknown, prop: string): number | null {
  const time = toEpochMs(value)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && time === null && value !== undefined) {
    warnOnce(`Invalid ${prop} ${value instanceof Date ? "(an invalid Date)" : describeValue(value)}: expected a Date, an ISO 8601 string or epoch milliseconds; it is ignored.`)
  }
  return time
}
