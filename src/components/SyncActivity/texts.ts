import type { ActivityDay, ActivitySummary } from '../../core/activity'
import { formatMessage } from '../../core/messages'
import { cached, formatCount, formatDuration } from '../../internal/format'
import type { defaultActivityMessages } from './messages'

export type ActivityMessages = typeof defaultActivityMessages

/*
 * The activity's words. Built only for what is read: the summary once per activity, a day's text
 * only for the day that is the tab stop or shows its tooltip (a 90-day row builds one, not 90).
 */

/**
 * "28 of 30 days without a failure; last failure 3 days ago": the summary line and the activity's
 * accessible name. The last failure counts calendar days ("yesterday", not "20 hours ago"), from
 * the activity's `now`, so that the server and the browser write the same words.
 */
export function summaryText(activity: ActivitySummary, texts: ActivityMessages, locale: string): string {
  const count = activity.days.length
  if (count === 0) return texts.unavailable
  if (activity.runs === 0) return formatCount(texts.noRuns, count, locale)
  const summary = formatMessage(formatCount(texts.summary, count, locale), { free: formatCount({ one: '{count}', other: '{count}' }, activity.daysWithoutFailure, locale) })
  if (!activity.lastFailure) return summary
  const time = cached('relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }), locale).format(-activity.lastFailure.daysAgo, 'day')
  return formatMessage(texts.lastFailure, { summary, time })
}

/** "Dec 1, 2026": the calendar date a day stands for (its midnight in UTC, formatted in UTC). */
export function dayDate(day: ActivityDay, locale: string): string {
  return cached('date-utc', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }), locale).format(day.day)
}

/** A day's parts in words: its outcome, and for a day with syncs their count, failures and total duration. */
export function dayParts(day: ActivityDay, texts: ActivityMessages, locale: string) {
  const details =
    day.runs === 0
      ? null
      : {
          syncs: formatCount(texts.syncs, day.runs, locale),
          failures: formatCount(texts.failures, day.failures, locale),
          // No run gave a duration (most APIs send none): unknown, not "0 seconds in total".
          duration: day.duration > 0 ? formatMessage(texts.duration, { duration: formatDuration(day.duration, locale) }) : null,
        }
  return { date: dayDate(day, locale), outcome: texts.outcomes[day.outcome], details }
}

/** "Dec 1, 2026: Failed, 3 syncs, 1 failure, 4 minutes in total": what a screen reader hears on a day. */
export function dayText(day: ActivityDay, texts: ActivityMessages, locale: string): string {
  const { date, outcome, details } = dayParts(day, texts, locale)
  const text = formatMessage(texts.day, { date, outcome })
  if (!details) return text
  const { duration, ...counts } = details
  // Without a duration, the template without it and the separator before it ("{failures}, {duration}").
  return duration === null ? formatMessage(texts.dayDetails.replace(/[\s,،;]*\{duration\}/, ''), { day: text, ...counts }) : formatMessage(texts.dayDetails, { day: text, ...counts, duration })
}
