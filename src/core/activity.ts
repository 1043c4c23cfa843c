import { describeValue, warnOnce } from '../internal/dev-warning'
import { connectionOutcome, readArray, URGENCY } from './health'
import { CONNECTION_OUTCOMES, type ConnectionOutcome } from './outcome'
import { field, toEpochMs, type TimeInput } from './read'

/** One sync run as an API reports it: when, and how it ended (a status code or an outcome). */
export interface SyncRun {
  /** When the run happened (started or ended: the day it falls on is what counts). */
  at: TimeInput
  /** The data connection status code the run ended with (`19`, `14`): read as `connectionOutcome` reads it. */
  status?: unknown
  /** Or the outcome itself (`'failed'`); wins over `status` when both are given. */
  outcome?: ConnectionOutcome
  /** How long the run took, in milliseconds. */
  duration?: number
}

/** A day's outcome: the worst of its runs', or `'none'` for a day without runs (never "fine"). */
export type DayOutcome = ConnectionOutcome | 'none'

export interface ActivityDay {
  /** The calendar date, `YYYY-MM-DD`, in the activity's time zone. */
  readonly date: string
  /** Epoch ms of that date's midnight in UTC: format it with `timeZone: 'UTC'` to print the date. */
  readonly day: number
  readonly outcome: DayOutcome
  readonly runs: number
  /** Runs whose outcome is `failed`. */
  readonly failures: number
  /** The runs' durations added up, in ms (runs without a readable duration add nothing). */
  readonly duration: number
}

export interface ActivitySummary {
  /** One entry per day, oldest first, today last; `days` entries (none when no `now` can be read). */
  readonly days: readonly ActivityDay[]
  /** The IANA zone the days are counted in. */
  readonly timeZone: string
  /** Runs inside the window (the per-day `runs` add up to it). */
  readonly runs: number
  readonly failures: number
  /** Days in the window without a failed run (days without runs count: nothing failed on them). */
  readonly daysWithoutFailure: number
  /** The latest failed run in the window (epoch ms) and how many calendar days before today it fell, or `null`. */
  readonly lastFailure: { readonly at: number; readonly daysAgo: number } | null
  /** Entries dropped as unreadable: not objects, or no readable `at`. */
  readonly ignored: number
  /** Readable runs outside the window (before its first day or after today). */
  readonly outside: number
}

export interface SyncActivityOptions {
  /** The present (Date, ISO string or epoch ms): today is the day it falls on. The core never reads the clock. */
  now: unknown
  /** How many days, today included. A whole number from 1 to 366; others are clamped (30 when unreadable). @default 30 */
  days?: unknown
  /**
   * The IANA zone whose calendar days the runs are counted in. @default 'UTC': the same days on
   * the server and in every reader's browser (a page hydrates without a mismatch), where the
   * reader's own zone would move runs near midnight to another day on each side.
   */
  timeZone?: unknown
}

export const DEFAULT_ACTIVITY_DAYS = 30
/** A year and a day: a leap year's 366 calendar days. More would be thousands of bars per row. */
export const MAX_ACTIVITY_DAYS = 366
const DAY = 86_400_000

/** The worst first: the same ranking as `summarizeConnections`, with "no runs" below every outcome. */
const RANK: Record<DayOutcome, number> = { ...URGENCY, none: -1 }

const OUTCOMES = new Set<unknown>(CONNECTION_OUTCOMES)

/**
 * Buckets sync runs per calendar day over the last `days` days (today included), each day with
 * its worst outcome, its counts and total duration, plus the summary figures. Total: bad entries
 * are counted in `ignored`; an unreadable `days` is 30, others are clamped to 1..366; an unknown
 * zone is UTC; an unreadable `now` counts from the latest run, and with no runs either there are
 * no days (each with a development warning).
 */
export function syncActivity(runs: unknown, options: SyncActivityOptions): ActivitySummary {
  const given = readArray<unknown>(runs)
  const count = readDays(field(options, 'days'))
  const timeZone = readZone(field(options, 'timeZone'))
  const dayOf = dayIndexer(timeZone)
  const input = given ?? []
  const givenNow = toEpochMs(field(options, 'now'))
  // Without a readable `now`, the latest run proves the present is at least that late.
  const now = givenNow ?? latestRun(input)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (given === null) warnOnce(`syncActivity expects an array of { at, status } runs, got ${describeValue(runs)}.`)
    if (givenNow === null) warnOnce(`syncActivity needs options.now (a Date, ISO string or epoch ms), got ${describeValue(field(options, 'now'))}. ${now === null ? 'No days are shown.' : 'Days count from the latest run.'}`)
  }
  // No present and no readable run: every entry is unreadable.
  if (now === null) return { days: [], timeZone, runs: 0, failures: 0, daysWithoutFailure: 0, lastFailure: null, ignored: input.length, outside: 0 }

  const today = dayOf(now)
  const first = today - count + 1
  const days = Array.from({ length: count }, (_, index) => ({ date: isoDate(first + index), day: (first + index) * DAY, outcome: 'none' as DayOutcome, runs: 0, failures: 0, duration: 0 }))
  let lastFailure: number | null = null
  let ignored = 0
  let outside = 0
  // One pass, no copy per run: a 90-day table of 1,000 connections reads hundreds of thousands.
  for (const entry of input) {
    const at = toEpochMs(field(entry, 'at'))
    if (at === null) {
      ignored++
      continue
    }
    const bucket = days[dayOf(at) - first]
    if (!bucket) {
      outside++
      // Epoch seconds read as ms fall in January 1970: every run outside, "No syncs" with no hint why.
      if (at > 0 && at < 1e11 && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
        warnOnce('syncActivity: a run `at` falls before March 1973 in milliseconds: epoch seconds? Pass seconds * 1000.')
      }
      continue
    }
    const outcome = runOutcome(entry)
    bucket.runs++
    bucket.duration += readDuration(field(entry, 'duration'))
    if (RANK[outcome] > RANK[bucket.outcome]) bucket.outcome = outcome
    if (outcome === 'failed') {
      bucket.failures++
      if (lastFailure === null || at > lastFailure) lastFailure = at
    }
  }
  return {
    days,
    timeZone,
    runs: input.length - ignored - outside,
    failures: days.reduce((sum, bucket) => sum + bucket.failures, 0),
    daysWithoutFailure: days.filter((bucket) => bucket.failures === 0).length,
    lastFailure: lastFailure === null ? null : { at: lastFailure, daysAgo: today - dayOf(lastFailure) },
    ignored,
    outside,
  }
}

/**
 * A status code's outcome, read once per code: a 90-day table of 1,000 connections reads hundreds
 * of thousands of runs, and they share a handful of codes.
 */
const STATUS_OUTCOMES = new Map<unknown, ConnectionOutcome>()

/** A run's outcome: its `outcome` when it is one, else its `status` read as a connection's (unknown when neither reads). */
function runOutcome(entry: unknown): ConnectionOutcome {
  const outcome = field(entry, 'outcome')
  if (OUTCOMES.has(outcome)) return outcome as ConnectionOutcome
  const status = field(entry, 'status')
  // A code (19, "19") reads as connectionOutcome reads it; anything else is no code: unknown.
  if (typeof status !== 'number' && typeof status !== 'string') return 'unknown'
  let known = STATUS_OUTCOMES.get(status)
  if (known === undefined) {
    known = connectionOutcome(status)
    if (STATUS_OUTCOMES.size < 1000) STATUS_OUTCOMES.set(status, known) // bounded: fuzzed input cannot grow it
  }
  return known
}

/** The latest readable `at` of the runs, or null. */
function latestRun(input: readonly unknown[]): number | null {
  let latest: number | null = null
  for (const entry of input) {
    const at = toEpochMs(field(entry, 'at'))
    if (at !== null && (latest === null || at > latest)) latest = at
  }
  return latest
}

/**
 * "2026-12-01" for a day number (days since 1970-01-01), by arithmetic (Hinnant's civil-from-days):
 * `toISOString()` per day was the slowest step of a 1,000-row table.
 */
function isoDate(dayNumber: number): string {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, '0')
  return `${year < 0 ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

function readDuration(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0
}

/** The number of days as the component's prop takes it, clamped into 1..366, with a warning when changed. */
export function readDays(value: unknown): number {
  if (value === undefined) return DEFAULT_ACTIVITY_DAYS
  const number = typeof value === 'number' && !Number.isNaN(value) ? Math.floor(value) : DEFAULT_ACTIVITY_DAYS
  const days = Math.min(Math.max(number, 1), MAX_ACTIVITY_DAYS)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && days !== value) {
    warnOnce(`syncActivity days must be a whole number from 1 to ${MAX_ACTIVITY_DAYS}, got ${describeValue(value)}. Showing ${days} ${days === 1 ? 'day' : 'days'}.`)
  }
  return days
}

/** The zone as Intl resolves it ("utc" is "UTC"), or UTC for anything Intl does not know. */
function readZone(value: unknown): string {
  if (value === undefined || value === 'UTC') return 'UTC'
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value as string }).resolvedOptions().timeZone
  } catch {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      warnOnce(`syncActivity timeZone ${describeValue(value)} is not an IANA time zone ("Europe/Berlin", "UTC"). Days are counted in UTC.`)
    }
    return 'UTC'
  }
}

const indexers = new Map<string, (time: number) => number>()

/**
 * The calendar day a time falls on in a zone, as whole days since 1970-01-01. UTC is arithmetic;
 * another zone asks Intl for the date there (one cached formatter per zone).
 */
function dayIndexer(timeZone: string): (time: number) => number {
  if (timeZone === 'UTC') return (time) => Math.floor(time / DAY)
  let indexer = indexers.get(timeZone)
  if (!indexer) {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', era: 'short' })
    indexer = (time) => {
      const parts: Record<string, string> = {}
      for (const part of format.formatToParts(time)) parts[part.type] = part.value
      const year = Number(parts.year) * (parts.era === 'BC' ? -1 : 1) + (parts.era === 'BC' ? 1 : 0)
      // setUTCFullYear, not Date.UTC: Date.UTC reads years 0 to 99 as 1900 to 1999.
      return Math.floor(new Date(0).setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day)) / DAY)
    }
    indexers.set(timeZone, indexer)
  }
  return indexer
}
