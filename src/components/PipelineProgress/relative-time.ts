const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/** Reads a Date or an ISO string; anything else, or an invalid date, is `null`. */
export function toTime(value: unknown): number | null {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isFinite(time) ? time : null
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
