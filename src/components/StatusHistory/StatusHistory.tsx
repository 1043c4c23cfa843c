'use client'
import { clsx } from 'clsx'
import { forwardRef, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react'
import type { StageId } from '../../core/connection-status'
import { connectionTimeline } from '../../core/health'
import { toEpochMs } from '../../core/read'
import { formatMessage } from '../../core/messages'
import { formatDateTime, formatDuration } from '../../internal/format'
import { ActiveTooltip, useLazyTooltips, type ActivationEvent } from '../../internal/LazyTooltip'
import { ancestorFocusRef } from '../../internal/ancestor-focus'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { StatusTooltip } from '../StatusBadge/StatusBadge'
import { eventRows } from './event-rows'
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

/**
 * A connection's status history as a timeline: each event's badge and time, stage durations, the
 * failure, and a stall warning.
 *
 * The rows are plain markup, not a StatusBadge each: a past event never changes, so it has nothing
 * to announce (and must not: a late event shifting the rows is not news), and one tooltip state
 * for the whole list, with one delegated handler on it, serves every badge (as the stepper does).
 */
export const StatusHistory = forwardRef<HTMLDivElement, StatusHistoryProps>(function StatusHistory(
  { events, now, stallAfter, limit = 10, label, className, ...rest },
  ref,
) {
  const { messages, locale, focusable } = useStatusKit()
  const history = useLiveDashboardMessages('history', defaultHistoryMessages)
  const [showAll, setShowAll] = useState(false)
  const listId = useId()
  const timeline = useMemo(() => connectionTimeline(events, { now, stallAfter, messages }), [events, now, stallAfter, messages])
  const nowMs = timeline.stalled ? timeline.stalled.since + timeline.stalled.for : toEpochMs(now)
  const shown = Math.max(0, limit)
  const hasToggle = timeline.events.length > shown
  const hidden = showAll ? 0 : Math.max(0, timeline.events.length - shown)
  // An event's tooltip key is its index in the timeline, stable while new events append.
  const [active, activate, forget] = useLazyTooltips((trigger) => {
    const position = positionInList(trigger)
    return position < 0 ? undefined : hidden + position
  })
  const firstBadgeRef = useFocusOwnerActivation(activate)
  // The rows are kept while only the tooltip state changes: a hover re-renders no row.
  const rows = useMemo(
    () => eventRows(timeline, { hidden, nowMs, messages, history, locale, firstBadgeRef: focusable ? undefined : firstBadgeRef }),
    [timeline, hidden, nowMs, messages, history, locale, focusable, firstBadgeRef],
  )
  const activeEvent = active && timeline.events[active.key]
  return (
    <div {...rest} ref={ref} className={clsx('sk-history', className)}>
      {hasToggle && (
        <button type="button" className="sk-history__toggle" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
          {formatMessage(showAll ? history.showLatest : history.showAll, { count: showAll ? limit : timeline.events.length })}
        </button>
      )}
      {timeline.events.length === 0 ? (
        <p className="sk-history__empty">{history.empty}</p>
      ) : (
        <ol
          // Only the toggle refers to the list.
          id={hasToggle ? listId : undefined}
          className="sk-history__list"
          aria-label={label ?? history.label}
          onPointerOver={activate}
          onFocus={activate}
          onPointerDown={activate}
        >
          {rows}
          {timeline.stalled && (
            <li className="sk-history__stalled" data-tone="warning">
              <strong>{formatMessage(history.stalled, { duration: formatDuration(timeline.stalled.for, locale) })}</strong>{' '}
              <span>{formatMessage(history.stalledDetail, { time: formatDateTime(timeline.stalled.since, locale) })}</span>
            </li>
          )}
        </ol>
      )}
      {activeEvent && (
        <ActiveTooltip key={active.key} activation={active} onTriggerGone={forget} content={<StatusTooltip info={activeEvent.status} messages={messages} />} />
      )}
    </div>
  )
})

/** The position of a badge's row among the list's rows; -1 outside a row. */
function positionInList(trigger: Element): number {
  const row = trigger.closest('.sk-history__event')
  return row?.parentElement ? Array.prototype.indexOf.call(row.parentElement.children, row) : -1
}

/**
 * Under `StatusKitProvider focusable={false}` the badges are no tab stops, and a focused ancestor
 * (a grid cell) opens the first trigger inside it (ancestor-focus.ts), as for a StatusBadge: the
 * first row's badge. That focus arrives as a bare `{ type, target }`; it is handed to the list's
 * handler as the list's own focus event would be. One ref for the component's life, reading the
 * handler of the latest render.
 */
function useFocusOwnerActivation(activate: (event: ActivationEvent) => void) {
  const latest = useRef(activate)
  latest.current = activate
  const [ref] = useState(() =>
    ancestorFocusRef((event) => {
      const target = event.target as HTMLElement
      latest.current({ type: event.type, target, currentTarget: target.closest('ol') } as unknown as ActivationEvent)
    }, undefined),
  )
  return ref
}
