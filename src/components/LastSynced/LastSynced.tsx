'use client'
import { clsx } from 'clsx'
import { forwardRef, useMemo, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { readInterval, syncFreshness, type SyncFreshness } from '../../core/freshness'
import { formatMessage } from '../../core/messages'
import { toEpochMs, type TimeInput } from '../../core/read'
import { describeValue, warnOnce } from '../../internal/dev-warning'
import { formatDateTime, formatDuration, formatRelative, formatUntil } from '../../internal/format'
import { useDisplayTimeZone } from '../../internal/time-zone'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { useNow } from './clock'
import { defaultFreshnessMessages } from './messages'

export interface LastSyncedProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The last successful sync (Date, ISO string or epoch ms). `null` or missing: "Never synced". */
  at: TimeInput | null | undefined
  /** The sync interval in milliseconds (`15 * 60_000`). Not a number above 0: no late or overdue verdict (with a development warning). */
  interval: number
  /**
   * The present (Date, ISO string or epoch ms). A live dashboard passes the `now` it already has,
   * so that every row counts from the same moment. Without it, one clock shared by every
   * LastSynced on the page (a tick every 30 s, one timer in all) counts; on the server and while
   * hydrating the absolute time is shown instead of "5 minutes ago".
   */
  now?: TimeInput
  /** When the scheduler says the next sync runs. @default at + interval */
  nextSyncAt?: TimeInput | null
  /** Intervals without a sync after which it is "Late" (strictly more than). @default 1 */
  lateAfter?: number
  /** Intervals without a sync after which it is "Overdue" (strictly more than). @default 2 */
  overdueAfter?: number
  /**
   * `compact` for a table cell: one line, the absolute time in the time element's `title`.
   * `default` adds a second line with the absolute time and the interval.
   * @default 'default'
   */
  density?: 'default' | 'compact'
}

/**
 * How fresh a connection's data is: "Synced 5 minutes ago · next in 10 minutes", and "Late" or
 * "Overdue" in words and icon when no sync came for more than one or two intervals
 * (`syncFreshness`). Plain markup, no tooltip and no tab stop: a column of 10,000 rows costs what
 * its text costs.
 */
export const LastSynced = forwardRef<HTMLSpanElement, LastSyncedProps>(function LastSynced(
  { at, interval, now, nextSyncAt, lateAfter, overdueAfter, density = 'default', className, ...rest },
  ref,
) {
  const { locale } = useStatusKit()
  const timeZone = useDisplayTimeZone()
  const text = useLiveDashboardMessages('freshness', defaultFreshnessMessages)
  const present = useNow(now)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') checkInput(at, interval, now)
  const freshness = useMemo(
    () => syncFreshness({ lastSyncedAt: at, interval, now: present, nextSyncAt, lateAfter, overdueAfter }),
    [at, interval, present, nextSyncAt, lateAfter, overdueAfter],
  )
  const nowMs = toEpochMs(present)
  const compact = density === 'compact'
  const { state, since } = freshness
  const absolute = since === null ? null : formatDateTime(since, locale, timeZone)
  const flagged = state === 'late' || state === 'overdue'
  return (
    <span {...rest} ref={ref} className={clsx('sk-last-synced', className)} data-state={state} data-density={compact ? 'compact' : undefined}>
      <span className="sk-last-synced__line">
        {flagged && <span className="sk-icon sk-last-synced__icon" aria-hidden="true" />}
        {flagged && <strong className="sk-last-synced__state">{text[state]}</strong>}
        {flagged && ' · '}
        {since === null ? (
          state === 'never' ? text.never : text.unknown
        ) : (
          around(
            text.synced,
            <time dateTime={new Date(since).toISOString()} title={compact ? absolute! : undefined}>
              {nowMs === null ? absolute : formatRelative(since, nowMs, locale)}
            </time>,
          )
        )}
        {nextPart(freshness, nowMs, text, locale)}
      </span>
      {!compact && absolute !== null && (
        <span className="sk-last-synced__detail">
          {absolute}
          {readInterval(interval) !== null && ` · ${formatMessage(text.interval, { interval: formatDuration(interval, locale) })}`}
        </span>
      )}
    </span>
  )
})

/** " · next in 10 minutes", or " · next sync due" once its time has passed; nothing without a present or a next sync. */
function nextPart({ state, nextAt }: SyncFreshness, nowMs: number | null, text: typeof defaultFreshnessMessages, locale: string): string | null {
  if (nextAt === null || nowMs === null || state === 'unknown') return null
  // Under a second to go reads as due: "in 0 seconds" says nothing.
  return ` · ${nextAt - nowMs < 1000 ? text.due : formatMessage(text.next, { time: formatUntil(nextAt, nowMs, locale) })}`
}

/** A template with one `{time}` placeholder filled with an element. */
function around(template: string, node: ReactNode): ReactNode {
  const [before = '', after = ''] = template.split('{time}')
  return (
    <>
      {before}
      {node}
      {after}
    </>
  )
}

/** One development warning per distinct bad value: a time that cannot be read, an interval that is no interval. */
function checkInput(at: unknown, interval: unknown, now: unknown): void {
  if (at !== undefined && at !== null && at !== '' && toEpochMs(at) === null) {
    warnOnce(`LastSynced at ${describeValue(at)} is not a time (a Date, an ISO string or epoch milliseconds). Shown as "Last sync unknown".`)
  }
  // Epoch seconds (Airbyte's API) read as ms are January 1970: every row "Overdue, 56 years ago".
  // One message for all values: a table of 10,000 rows has 10,000 of them.
  if (typeof at === 'number' && at > 0 && at < 1e11) {
    warnOnce('LastSynced `at` is a number before March 1973 in milliseconds: epoch seconds? Pass seconds * 1000.')
  }
  if (readInterval(interval) === null) {
    warnOnce(`LastSynced interval ${describeValue(interval)} is not a number of milliseconds above 0. No late or overdue verdict is shown.`)
  } else if ((interval as number) < 60_000) {
    // No scheduler syncs more than once a minute: 900 is 15 minutes in seconds, read as 0.9 s.
    warnOnce(`LastSynced interval ${describeValue(interval)} is under a minute in milliseconds: seconds? Pass seconds * 1000.`)
  }
  if (now !== undefined && toEpochMs(now) === null) {
    warnOnce(`LastSynced now ${describeValue(now)} is not a time (a Date, an ISO string or epoch milliseconds). Relative times are not shown.`)
  }
}
