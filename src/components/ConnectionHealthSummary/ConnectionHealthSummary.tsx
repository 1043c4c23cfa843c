'use client'
import { clsx } from 'clsx'
import { forwardRef, useMemo, type ComponentPropsWithoutRef } from 'react'
import { summarizeConnections } from '../../core/health'
import { OUTCOME_TONES, type ConnectionOutcome } from '../../core/outcome'
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
  /** The outcome the caller filters by (its button is pressed). */
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
  return (
    <ul {...rest} ref={ref} className={clsx('sk-summary', className)} aria-label={label ?? summaryTexts.label} data-density={density === 'compact' ? density : undefined}>
      {summary.groups
        .filter((group) => showZero || group.count > 0)
        .map(({ outcome, count }) => {
          const text = formatCount(outcomeTexts[outcome], count, locale)
          const common = { className: 'sk-summary__count', 'data-tone': OUTCOME_TONES[outcome], 'data-outcome': outcome } as const
          return (
            <li key={outcome} className="sk-summary__item">
              {onSelect ? (
                <button {...common} type="button" aria-pressed={selected === outcome} onClick={() => onSelect(selected === outcome ? null : outcome)}>
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
