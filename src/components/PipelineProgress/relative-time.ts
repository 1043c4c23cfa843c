import { describeValue, warnOnce } from '../../internal/dev-warning'

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

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

/** "3 minutes ago" in the given locale, in the largest unit that fits. */
export function formatRelativeTime(time: number, now: number, locale: string): string {
  const seconds = Math.round((time - now) / 1000)
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1]
  return relativeTimeFormat(locale).format(Math.round(seconds / size), unit)
}

function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }) // an invalid locale tag
  }
}
