'use client'
import { clsx } from 'clsx'
import { forwardRef, useId, useMemo, useState, type ComponentPropsWithoutRef } from 'react'
import type { StageId } from '../../core/connection-status'
import { connectionTimeline, toEpochMs, type TimelineStage } from '../../core/health'
import { formatMessage } from '../../core/messages'
import { formatDateTime, formatDuration, formatRelative } from '../../internal/format'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { StatusBadge } from '../StatusBadge'
import { defaultHistoryMessages } from './messages'

export interface StatusHistoryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The connection's status events, `{ status, at }` (`at`: Date, ISO string or epoch ms), in any order. Unreadable entries are skipped. */
  events: readonly unknown[]
  /** The present (Date, ISO string or epoch ms): relative times, the running stage's duration and stall detection count from it. */
  now: Date | string | number
  /**
   * Milliseconds without a new status after which an active stage is stalled: one number, or per
   * stage. @default DEFAULT_STALL_AFTER (15 minutes for authorization, 30 to 60 for the rest)
   */
  stallAfter?: number | Partial<Record<StageId, number>>
  /**
   * How many of the latest events to show before "Show all".
   * @default 10
   */
  limit?: number
  /** The list's accessible name. @default messages.history.label ("Status history") */
  label?: string
}

/** A connection's status history as a timeline: each event's badge and time, stage durations, the failure, and a stall warning. */
export const StatusHistory = forwardRef<HTMLDivElement, StatusHistoryProps>(function StatusHistory(
  { events, now, stallAfter, limit = 10, label, className, ...rest },
  ref,
) {
  const { messages, locale } = useStatusKit()
  const history = useLiveDashboardMessages('history', defaultHistoryMessages)
  const [showAll, setShowAll] = useState(false)
  const listId = useId()
  const timeline = useMemo(() => connectionTimeline(events, { now, stallAfter, messages }), [events, now, stallAfter, messages])
  const nowMs = timeline.stalled ? timeline.stalled.since + timeline.stalled.for : toEpochMs(now)
  const hidden = showAll ? 0 : Math.max(0, timeline.events.length - Math.max(0, limit))
  const stageByFirstEvent = new Map<number, TimelineStage>(timeline.stages.map((stage) => [stage.firstEvent, stage]))
  const stageLabel = (stage: TimelineStage) =>
    formatMessage(stage.ongoing ? history.stageOngoing : history.stageDuration, {
      stage: messages.stages[stage.stage!].label,
      duration: formatDuration(stage.duration, locale),
    })
  return (
    <div {...rest} ref={ref} className={clsx('sk-history', className)}>
      {timeline.events.length > Math.max(0, limit) && (
        <button type="button" className="sk-history__toggle" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
          {formatMessage(showAll ? history.showLatest : history.showAll, { count: showAll ? limit : timeline.events.length })}
        </button>
      )}
      {timeline.events.length === 0 ? (
        <p className="sk-history__empty">{history.empty}</p>
      ) : (
        <ol id={listId} className="sk-history__list" aria-label={label ?? history.label}>
          {timeline.events.slice(hidden).map((event, offset) => {
            const index = hidden + offset
            const stage = stageByFirstEvent.get(index)
            const isFailure = event === timeline.failure
            return (
              // By position: new events append at the end, so earlier rows keep their keys.
              <li key={index} className="sk-history__event" data-tone={event.status.tone} data-failed={isFailure || undefined}>
                {stage && stage.stage && stage.stage !== 'synced' && <span className="sk-history__stage">{stageLabel(stage)}</span>}
                <span className="sk-history__status">
                  <StatusBadge status={event.status.code} size="sm" />
                  {isFailure && <strong className="sk-history__failed">{history.failedHere}</strong>}
                </span>
                <span className="sk-history__time">
                  <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at, locale)}</time>
                  {nowMs !== null && <span> · {formatRelative(event.at, nowMs, locale)}</span>}
                </span>
              </li>
            )
          })}
          {timeline.stalled && (
            <li className="sk-history__stalled" data-tone="warning">
              <strong>{formatMessage(history.stalled, { duration: formatDuration(timeline.stalled.for, locale) })}</strong>{' '}
              <span>{formatMessage(history.stalledDetail, { time: formatDateTime(timeline.stalled.since, locale) })}</span>
            </li>
          )}
        </ol>
      )}
    </div>
  )
})
