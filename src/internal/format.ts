import { formatMessage } from '../core/messages'

/** Intl objects are costly to build; a dashboard asks for the same few locales over and over. */
type Formatter = Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat
const cache = new Map<string, Formatter>()

/** The one cache of Intl objects for every component's texts: `key` names the options. */
export function cached<T extends Formatter>(key: string, make: (locale: string) => T, locale: string): T {
  let value = cache.get(`${key}|${locale}`) as T | undefined
  if (!value) {
    try {
      value = make(locale)
    } catch {
      value = make('en') // an invalid locale tag
    }
    cache.set(`${key}|${locale}`, value)
  }
  return value
}

/** A `{ one, other }` message for `count`, with the count formatted in the locale ("1,000"). */
export function formatCount(templates: { one: string; other: string }, count: number, locale: string): string {
  const category = cached('plural', (l) => new Intl.PluralRules(l), locale).select(count)
  return formatMessage(category === 'one' ? templates.one : templates.other, { count: cached('number', (l) => new Intl.NumberFormat(l), locale).format(count) })
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const

/** "2 hours", "12 minutes", "2 Stunden": the largest unit that fits, rounded, in the locale's words. */
export function formatDuration(ms: number, locale: string): string {
  const [unit, size] = UNITS.find(([, size]) => ms >= size) ?? UNITS[3]
  const format = cached(`duration-${unit}`, (l) => new Intl.NumberFormat(l, { style: 'unit', unit, unitDisplay: 'long' }), locale) as Intl.NumberFormat
  return format.format(Math.round(ms / size))
}

/**
 * Date and time, medium and short, in the locale: "Nov 25, 2026, 9:00 AM". With a `timeZone` (IANA,
 * "America/New_York") the time is shown in that zone and names it ("Nov 25, 2026, 4:00 AM EST"):
 * a time not in the reader's own zone says which zone it is in. An unknown zone (an empty string too)
 * is shown as UTC: never the zone the code happens to run in, which differs between server and browser.
 */
export function formatDateTime(time: number, locale: string, timeZone?: string): string {
  const zone = timeZone !== undefined && cached(`zone-${timeZone}`, (l) => zoneFormat(l, timeZone), locale)
  const zoned = zone ? zone.resolvedOptions().timeZone : undefined
  const text = (cached(`datetime-${zoned}`, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short', timeZone: zoned }), locale) as Intl.DateTimeFormat).format(time)
  return zone ? `${text} ${zone.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value ?? zoned}` : text
}

/** The zone's short name in the locale ("EST", "GMT-5"); dateStyle cannot be combined with timeZoneName. */
function zoneFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
  } catch {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', timeZoneName: 'short' })
  }
}

const RELATIVE_UNITS = [['year', 31_536_000_000], ['month', 2_592_000_000], ['week', 604_800_000], ...UNITS] as const

/**
 * "3 minutes ago" in the locale, in the largest unit that fits, from a cached formatter: the
 * stepper's tooltips and the status history word past times alike. Rounded to whole seconds first, so
 * that 59.6 seconds is "1 minute ago", not "60 seconds ago".
 */
export function formatRelative(time: number, now: number, locale: string): string {
  // A time after `now` is the past seen by a clock behind the server's: "now", never "in 3 seconds".
  const ms = Math.min(0, Math.round((time - now) / 1000) * 1000)
  const [unit, size] = RELATIVE_UNITS.find(([, size]) => Math.abs(ms) >= size) ?? UNITS[3]
  return cached('relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }), locale).format(Math.round(ms / size), unit)
}

/**
 * "in 10 minutes" in the locale: a time after `now`, in the largest unit that fits (LastSynced's
 * next sync). Always numeric: "in 1 day", never "tomorrow", which would not read after "next".
 */
export function formatUntil(time: number, now: number, locale: string): string {
  const ms = Math.max(0, Math.round((time - now) / 1000) * 1000)
  const [unit, size] = RELATIVE_UNITS.find(([, size]) => ms >= size) ?? UNITS[3]
  return cached('until', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'always' }), locale).format(Math.round(ms / size), unit)
}
