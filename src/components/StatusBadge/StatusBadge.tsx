'use client'
import { clsx } from 'clsx'
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { describeConnectionStatus, type ConnectionStatusInfo } from '../../core/connection-status'
import { formatMessage } from '../../core/messages'
import { warnOnce } from '../../internal/dev-warning'
import type { ProvidedMessages } from '../../provider/ui-messages'
import { ActiveTooltip, lazyTriggerProps, useLazyTooltip } from '../../internal/LazyTooltip'
import { ancestorFocusRef } from '../../internal/ancestor-focus'
import { passThroughProps } from '../../internal/own-props'
import { asSentence } from '../../internal/sentence'
import { useStatusKit } from '../../provider/StatusKitProvider'

export interface StatusBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The data connection status code from the API (2, 6, 7, ... 26). Anything else renders a neutral "Unknown status" badge. */
  status: unknown
  /**
   * `sm` for dense tables, `md` elsewhere. (`data-size="sm"` marks the small one.)
   * @default 'md'
   */
  size?: 'sm' | 'md'
  /** Replaces the label (beats the provider's messages). */
  label?: string
  /**
   * The tooltip: `false` turns it off, a node replaces the default content (stage, description
   * and next step).
   */
  tooltip?: false | ReactNode
  /**
   * @deprecated Does nothing: badges no longer announce their changes (what was heard depended on
   * what was mounted). Announce from the data with `useConnectionAnnouncements(items)`, whose
   * `getSubject` names the connection. Kept until 0.3.0.
   */
  subject?: string
  /**
   * Whether the badge is a tab stop for its tooltip. `false` in a grid whose cells own focus: no tab
   * stop, and the tooltip opens when the focused cell (the nearest focusable ancestor) contains it.
   * @default true (or the provider's `focusable`)
   */
  focusable?: boolean
}

/** The badge's own props: every other prop is passed on to its span. */
const OWN_PROPS = new Set(['status', 'size', 'label', 'tooltip', 'subject', 'focusable', 'className'] as const)

/** Icon and label for a data connection status, with a tooltip that explains it. */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(props, ref) {
  const { status, size, label, tooltip, subject, focusable: ownFocusable, className } = props
  const rest = passThroughProps(props, OWN_PROPS)
  const { messages, focusable: kitFocusable } = useStatusKit()
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && subject !== undefined) warnOnce('StatusBadge: `subject` is deprecated and does nothing: badges no longer announce changes. Use useConnectionAnnouncements(items) (kept until 0.3.0).')
  const focusable = ownFocusable ?? kitFocusable
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  const classes = className === undefined ? 'sk-badge' : clsx('sk-badge', className)
  const code = info.known ? info.code : 'unknown'
  // Only the non-default size is marked: one attribute fewer on thousands of badges.
  const dataSize = size === 'sm' ? size : undefined
  // The common badge (a tab stop with its tooltip, nothing passed on) is written out: the same
  // small props object on every render, `activate` itself as the handler, no spread. It commits
  // what the general form below commits for the same props (bench/RESULTS.md, issue 21).
  const badge =
    hasTooltip && focusable && rest === null ? (
      <span ref={ref} className={classes} data-tone={info.tone} data-status={code} data-size={dataSize} tabIndex={0} onPointerEnter={activate} onPointerDown={activate} onFocus={activate}>
        {label ?? info.label}
      </span>
    ) : (
      <span
        {...rest}
        ref={hasTooltip && !focusable ? ancestorFocusRef(activate, ref) : ref}
        className={classes}
        data-tone={info.tone}
        data-status={code}
        data-size={dataSize}
        {...(hasTooltip && lazyTriggerProps(rest ?? {}, activate, focusable))}
      >
        {label ?? info.label}
      </span>
    )
  // The tooltip's slot appears once the tooltip is used; until then the span is the only child
  // (React keeps the same span when it becomes the first of two: focus stays on it).
  if (!(hasTooltip && active)) return badge
  return (
    <>
      {badge}
      <ActiveTooltip activation={active} describedBy={rest?.['aria-describedby']} onTriggerGone={() => activate(null)} content={tooltip ?? <StatusTooltip info={info} messages={messages} />} />
    </>
  )
})

/** The default tooltip content: stage, label, description and next step (StatusHistory's rows show it too). */
export function StatusTooltip({ info, messages }: { info: ConnectionStatusInfo; messages: ProvidedMessages }) {
  return (
    <>
      {info.stage && (
        <span className="sk-tooltip__eyebrow">
          {formatMessage(messages.ui.stagePrefix, { stage: messages.stages[info.stage].label })}
        </span>
      )}
      <span className="sk-tooltip__title">{info.label}</span>
      <span className="sk-tooltip__body">{asSentence(info.description)}</span>
      {info.action && (
        <span className="sk-tooltip__action">{asSentence(formatMessage(messages.ui.nextStep, { action: messages.actions[info.action] }))}</span>
      )}
    </>
  )
}
