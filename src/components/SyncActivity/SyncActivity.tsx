'use client'
import { clsx } from 'clsx'
import { forwardRef, useMemo, useRef, useState, type ComponentPropsWithoutRef, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react'
import { flushSync } from 'react-dom'
import { syncActivity, type ActivityDay } from '../../core/activity'
import type { TimeInput } from '../../core/read'
import { focusDropped, focusStaysWithin } from '../../internal/focus'
import { ActiveTooltip, useLazyTooltips } from '../../internal/LazyTooltip'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { rovingKeyTarget } from '../PipelineProgress/keyboard'
import { useIsomorphicLayoutEffect } from '../TwoFactorBanner/use-isomorphic-layout-effect'
import { defaultActivityMessages } from './messages'
import { dayParts, dayText, summaryText, type ActivityMessages } from './texts'

export interface SyncActivityProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The connection's sync runs, `{ at, status }` or `{ at, outcome }`, with an optional `duration`
   * in ms (`at`: Date, ISO string or epoch ms), in any order. Unreadable entries are skipped.
   */
  runs: readonly unknown[]
  /** The present (Date, ISO string or epoch ms): the last bar is the day it falls on. */
  now: TimeInput
  /**
   * How many days, one bar each, today last. A whole number from 1 to 366; others are clamped
   * (with a development warning).
   * @default 30
   */
  days?: number
  /**
   * The IANA zone whose calendar days the bars are. Never the reader's own zone by default: the
   * server and the browser must draw the same days (hydration).
   * @default the provider's `timeZone`, else 'UTC'
   */
  timeZone?: string
  /** Read before the summary in the accessible name ("Xero: sync activity, 28 of 30 days…"), so that a table's rows differ. */
  label?: string
  /**
   * `compact`: narrow bars and no visible summary line (it stays the accessible name and each
   * bar's tooltip says the rest), for a table cell.
   * @default 'default'
   */
  density?: 'default' | 'compact'
}

/**
 * A connection's sync activity, one bar per day as Statuspage draws uptime: the bar's height and
 * shape say the day's outcome as well as its colour (a failed day is a full-height "!", a day
 * without syncs a thin tick), and a summary line says how many days went without a failure.
 *
 * One tab stop, like the stepper (WAI-ARIA APG roving tabindex, the stepper's keyboard model):
 * Tab reaches the latest day (or the one last focused); arrow keys, Home and End move between
 * days, mirrored in RTL. The bars are a `group` named by the summary; the day that is the tab stop
 * is an `img` named by its text ("Dec 1, 2026: Failed, 3 syncs, 1 failure, 4 minutes in total"),
 * which is what a screen reader says as focus lands on it. The other days carry no role or name:
 * a 90-day row in a 1,000-row table builds one day's words, not 90 (the name moves with focus).
 */
export const SyncActivity = forwardRef<HTMLDivElement, SyncActivityProps>(function SyncActivity(
  { runs, now, days, timeZone, label, density = 'default', className, ...rest },
  ref,
) {
  const kit = useStatusKit()
  const texts = useLiveDashboardMessages('activity', defaultActivityMessages)
  const zone = timeZone ?? kit.timeZone ?? 'UTC'
  const activity = useMemo(() => syncActivity(runs, { now, days, timeZone: zone }), [runs, now, days, zone])
  const list = activity.days
  const summary = summaryText(activity, texts, kit.locale)
  // The tab stop by date, and the bars keyed by date: a new `now` past midnight or another `days`
  // keeps focus on the day the user chose, never on the bar that now stands in its place.
  const [focused, setFocused] = useState<string | null>(null)
  const chosen = focused === null ? -1 : list.findIndex((day) => day.date === focused)
  const tabStop = chosen >= 0 ? chosen : list.length - 1
  const [active, activate, forget] = useLazyTooltips((trigger) => (indexIn(trigger) >= 0 ? indexIn(trigger) : undefined))
  const activeDay = active ? list[active.key] : undefined
  const group = useRef<HTMLDivElement>(null)
  // Whether a day has focus: removing the focused day fires no blur that says so (see below).
  const focusIn = useRef(false)
  // Fewer days under focus (a "90 days / 30 days" switch, or midnight passing the first day) remove
  // the focused bar, which drops focus to the page (WCAG 2.4.3): it goes to the tab stop, today.
  useIsomorphicLayoutEffect(() => {
    if (focusIn.current && focusDropped(document)) (group.current?.children[tabStop] as HTMLElement | undefined)?.focus()
  }, [list[0]?.date, list.length])

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    focusIn.current = true
    activate(event)
    const index = indexIn(event.target)
    if (index >= 0 && index !== tabStop) setFocused(list[index]!.date)
  }
  // A day under the pointer becomes focusable (tabindex -1, not a tab stop) before the lazy
  // tooltip looks for its trigger, which is the nearest element with a tabindex; a click then
  // focuses it, which makes it the tab stop. Set here, not rendered on every day: 89 attributes
  // fewer per row of 90 (a 1,000-row table writes 89,000 fewer).
  const onPointer = (event: PointerEvent<HTMLDivElement>) => {
    const day = event.target as HTMLElement
    if (indexIn(day) >= 0 && !day.hasAttribute('tabindex')) day.tabIndex = -1
    activate(event)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = rovingKeyTarget(event, indexIn(event.target as Element), list.length)
    if (next === null) return
    // The next day becomes the tab stop, with its role and name, before focus lands on it: a
    // screen reader reads what is there when focus arrives.
    flushSync(() => setFocused(list[next]!.date))
    ;(event.currentTarget.children[next] as HTMLElement | undefined)?.focus()
  }
  return (
    <div {...rest} ref={ref} className={clsx('sk-activity', className)} data-density={density}>
      <div
        className="sk-activity__days"
        ref={group}
        role="group"
        aria-label={label?.trim() ? `${label}, ${summary}` : summary}
        onPointerOver={onPointer}
        onPointerDown={onPointer}
        onFocus={onFocus}
        onBlur={(event) => (focusIn.current = focusStaysWithin(event))}
        onKeyDown={onKeyDown}
      >
        {list.map((day, index) =>
          index === tabStop ? (
            <span key={day.date} data-outcome={day.outcome} tabIndex={0} role="img" aria-label={dayText(day, texts, kit.locale)} />
          ) : (
            // A bare span, as cheap as a floor's: it gets its tabindex when used (onPointer).
            <span key={day.date} data-outcome={day.outcome} />
          ),
        )}
      </div>
      {density === 'default' && (
        // The group's name already says it: shown, not read twice.
        <p className="sk-activity__summary" aria-hidden="true">
          {summary}
        </p>
      )}
      {activeDay && active && (
        <ActiveTooltip key={active.key} activation={active} onTriggerGone={forget} content={<DayTooltip day={activeDay} texts={texts} locale={kit.locale} />} />
      )}
    </div>
  )
})

/** The position of a day among the days, or -1 for anything else. */
function indexIn(element: Element): number {
  const parent = element.parentElement
  return parent?.classList.contains('sk-activity__days') ? Array.prototype.indexOf.call(parent.children, element) : -1
}

/** The day's outcome, date, and for a day with syncs: how many, how many failed, how long they took. */
function DayTooltip({ day, texts, locale }: { day: ActivityDay; texts: ActivityMessages; locale: string }) {
  const { date, outcome, details } = dayParts(day, texts, locale)
  return (
    <>
      <span className="sk-tooltip__eyebrow">{outcome}</span>
      <span className="sk-tooltip__title">{date}</span>
      {details && (
        <ul className="sk-tooltip__list">
          <li className="sk-tooltip__list-item">{details.syncs}</li>
          <li className="sk-tooltip__list-item">{details.failures}</li>
          {details.duration !== null && <li className="sk-tooltip__list-item">{details.duration}</li>}
        </ul>
      )}
    </>
  )
}
