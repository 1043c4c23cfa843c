'use client'
import { clsx } from 'clsx'
import { forwardRef, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react'
import type { StageId } from '../../core/connection-status'
import { connectionTimeline, type TimelineEvent } from '../../core/health'
import { toEpochMs } from '../../core/read'
import { formatMessage } from '../../core/messages'
import { formatCount, formatDateTime, formatDuration } from '../../internal/format'
import { describeValue, warnOnce } from '../../internal/dev-warning'
import { useDisplayTimeZone } from '../../internal/time-zone'
import { ActiveTooltip, useLazyTooltips, type ActivationEvent } from '../../internal/LazyTooltip'
import { ancestorFocusRef } from '../../internal/ancestor-focus'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { StatusTooltip } from '../StatusBadge/StatusBadge'
import { eventRows } from './event-rows'
import { useRowFocus } from './row-focus'
import { defaultHistoryMessages } from './messages'

export interface StatusHistoryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The connection's status events, `{ status, at }` (`at`: Date, ISO string or epoch ms), in any order. Unreadable entries are skipped. */
  events: readonly unknown[]
  /**
   * The present (Date, ISO string or epoch ms): relative times, the running stage's duration and
   * stall detection count from it. A `now` before the latest event (a clock behind the server's)
   * counts as that event's time.
   */
  now: Date | string | number
  /**
   * Milliseconds without a new status after which an active stage is stalled: one number, or per
   * stage. @default DEFAULT_STALL_AFTER (15 minutes for authorization, 30 to 60 for the rest)
   */
  stallAfter?: number | Partial<Record<StageId, number>>
  /**
   * How many of the latest events to show; "Show earlier" reveals 50 more at a time. A whole number
   * of at least 1, or `Infinity` for all; anything else is the default (with a development warning).
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
  { events, now, stallAfter, limit, label, className, ...rest },
  ref,
) {
  const { messages, locale, focusable } = useStatusKit()
  const timeZone = useDisplayTimeZone()
  const history = useLiveDashboardMessages('history', defaultHistoryMessages)
  const latest = readLimit(limit)
  /** How many earlier events "Show earlier" has revealed beyond the latest `limit`. */
  const [revealed, setRevealed] = useState(0)
  const listId = useId()
  const listRef = useRef<HTMLOListElement>(null)
  const focus = useRowFocus(listRef, focusable)
  const timeline = useMemo(() => connectionTimeline(events, { now, stallAfter, messages }), [events, now, stallAfter, messages])
  const keys = useMemo(() => timeline.events.map(eventKey), [timeline])
  // The present as the timeline counts it (a clock behind the latest event is taken as that event's
  // time), so that relative times and stage durations agree.
  const readNow = toEpochMs(now)
  const nowMs = readNow === null ? null : Math.max(readNow, timeline.events.at(-1)?.at ?? readNow)
  const total = timeline.events.length
  const collapsed = Math.max(0, total - latest - revealed)
  // A new event must not take away the row that has focus: it stays shown while it is focused.
  const focusedIndex = focus.focused === null ? -1 : keys.indexOf(focus.focused)
  const hidden = focusedIndex >= 0 ? Math.min(collapsed, focusedIndex) : collapsed
  const tabStopIndex = focusable ? tabStopOf(keys, focus.tabStop, hidden) : -1
  // An event's tooltip key is its event's key, as its row's: a late event arriving before it (or one
  // leaving the feed) shifts every index, and the open tooltip would then describe another event.
  const [active, activate, forget] = useLazyTooltips((trigger) => trigger.closest<HTMLElement>('.sk-history__event')?.dataset.key)
  const firstBadgeRef = useFocusOwnerActivation(activate)
  // The rows are kept while only the tooltip state changes: a hover re-renders no row.
  const rows = useMemo(
    () => eventRows(timeline, { keys, hidden, nowMs, messages, history, locale, timeZone, tabStopIndex, firstBadgeRef: focusable ? undefined : firstBadgeRef }),
    [timeline, keys, hidden, nowMs, messages, history, locale, timeZone, tabStopIndex, focusable, firstBadgeRef],
  )
  const showEarlier = () => {
    // Pages of PAGE earlier events; the last page reveals the rest. Focus goes to the first new row.
    const next = collapsed <= PAGE ? total : revealed + PAGE
    setRevealed(next)
    focus.focusAfterRender(keys[Math.max(0, total - latest - next)]!)
  }
  const activeEvent = active && timeline.events[keys.indexOf(active.key)]
  return (
    <div {...rest} ref={ref} className={clsx('sk-history', className)}>
      {total > latest && (
        <button
          type="button"
          className="sk-history__toggle"
          aria-expanded={collapsed === 0}
          aria-controls={listId}
          onClick={collapsed === 0 ? () => setRevealed(0) : showEarlier}
        >
          {collapsed === 0
            ? formatMessage(history.showLatest, { count: latest })
            : collapsed <= PAGE
              ? formatMessage(history.showAll, { count: total })
              : formatCount(history.showEarlier, PAGE, locale)}
        </button>
      )}
      {total === 0 ? (
        <p className="sk-history__empty">{history.empty}</p>
      ) : (
        <ol
          ref={listRef}
          // Only the toggle refers to the list.
          id={total > latest ? listId : undefined}
          className="sk-history__list"
          aria-label={label ?? history.label}
          onPointerOver={activate}
          onFocus={(event) => {
            activate(event)
            focus.onFocus(event)
          }}
          onBlur={focus.onBlur}
          onKeyDown={focus.onKeyDown}
          onPointerDown={activate}
        >
          {rows}
          {timeline.stalled && (
            <li className="sk-history__stalled" data-tone="warning">
              <strong>{formatMessage(history.stalled, { duration: formatDuration(timeline.stalled.for, locale) })}</strong>{' '}
              <span>{formatMessage(history.stalledDetail, { time: formatDateTime(timeline.stalled.since, locale, timeZone) })}</span>
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

/** "Show earlier" reveals this many events at a time: a history of thousands stays a short list, and one tab stop. */
const PAGE = 50
const DEFAULT_LIMIT = 10

/** A whole number of events of at least 1 (or Infinity: no limit); anything else is the default, with one development warning. */
function readLimit(limit: unknown): number {
  if (limit === undefined) return DEFAULT_LIMIT
  if (limit === Infinity || (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1)) return limit
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnOnce(`StatusHistory limit ${describeValue(limit)} is not a whole number of events of at least 1: the latest ${DEFAULT_LIMIT} are shown.`)
  }
  return DEFAULT_LIMIT
}

/** What names an event's row: its status and time (the timeline removes exact duplicates, so it is unique). */
const eventKey = (event: TimelineEvent) => `${event.status.code}@${event.at}`

/** The row that is the list's tab stop: the one last focused while it is shown, else the latest. */
function tabStopOf(keys: readonly string[], tabStop: string | null, hidden: number): number {
  const index = tabStop === null ? -1 : keys.indexOf(tabStop)
  return index >= hidden ? index : keys.length - 1
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
