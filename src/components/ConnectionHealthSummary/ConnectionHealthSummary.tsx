'use client'
import { clsx } from 'clsx'
import { forwardRef, useMemo, useState, type ComponentPropsWithoutRef, type FocusEvent } from 'react'
import { summarizeConnections } from '../../core/health'
import { OUTCOME_TONES, type ConnectionOutcome } from '../../core/outcome'
import { focusStaysWithin } from '../../internal/focus'
import { formatCount } from '../../internal/format'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { defaultOutcomeMessages, defaultSummaryMessages } from './messages'

export interface ConnectionHealthSummaryProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'children' | 'onSelect'> {
  /** The dashboard's connections, as `summarizeConnections` takes them: status codes, or objects with `status` and/or `credential`. */
  items: readonly unknown[]
  /**
   * Makes each count a toggle button that filters: called with the outcome pressed, or `null`
   * when the selected one is pressed again.
   */
  onSelect?: (outcome: ConnectionOutcome | null) => void
  /**
   * The outcome the caller filters by (its button is pressed). With `onSelect`, its button stays
   * shown when its count falls to zero ("0 failed", pressed), so that the filter can be undone.
   */
  selected?: ConnectionOutcome | null
  /**
   * `compact` for toolbars and table headers.
   * @default 'default'
   */
  density?: 'default' | 'compact'
  /**
   * Show outcomes with no connection ("0 failed"): reassuring on a status page, noise in a toolbar.
   * @default false
   */
  showZero?: boolean
  /** The list's accessible name. @default messages.summary.label ("Connection health") */
  label?: string
}

/** "12 synced, 2 need attention, 1 failed": the dashboard's connections counted by outcome, optionally as filters. */
export const ConnectionHealthSummary = forwardRef<HTMLUListElement, ConnectionHealthSummaryProps>(function ConnectionHealthSummary(
  { items, onSelect, selected = null, density = 'default', showZero = false, label, className, ...rest },
  ref,
) {
  const { locale } = useStatusKit()
  const outcomeTexts = useLiveDashboardMessages('outcomes', defaultOutcomeMessages)
  const summaryTexts = useLiveDashboardMessages('summary', defaultSummaryMessages)
  const summary = useMemo(() => summarizeConnections(items), [items])
  // The outcome whose button has focus. A button never unmounts under focus (WCAG 2.4.3: focus
  // would drop to the page): a focused count that falls to zero, or a zero count just un-pressed,
  // stays until focus moves on.
  const [focused, setFocused] = useState<ConnectionOutcome | null>(null)
  const onBlur = (event: FocusEvent<HTMLButtonElement>) => {
    // The window losing focus blurs the button but leaves it the active element: keep it.
    if (!focusStaysWithin(event)) setFocused(null)
  }
  // A zero count is noise, except the filter in use (the user must be able to undo it) and the
  // button under focus.
  const isShown = ({ outcome, count }: { outcome: ConnectionOutcome; count: number }) =>
    showZero || count > 0 || (onSelect !== undefined && (outcome === selected || outcome === focused))
  return (
    <ul {...rest} ref={ref} className={clsx('sk-summary', className)} aria-label={label ?? summaryTexts.label} data-density={density === 'compact' ? density : undefined}>
      {summary.groups
        .filter(isShown)
        .map(({ outcome, count }) => {
          const text = formatCount(outcomeTexts[outcome], count, locale)
          const common = { className: 'sk-summary__count', 'data-tone': OUTCOME_TONES[outcome], 'data-outcome': outcome } as const
          return (
            <li key={outcome} className="sk-summary__item">
              {onSelect ? (
                <button
                  {...common}
                  type="button"
                  aria-pressed={selected === outcome}
                  onClick={() => onSelect(selected === outcome ? null : outcome)}
                  onFocus={() => setFocused(outcome)}
                  onBlur={onBlur}
                >
                  {text}
                </button>
              ) : (
                <span {...common}>{text}</span>
              )}
            </li>
          )
        })}
    </ul>
  )
})
