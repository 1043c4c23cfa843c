'use client'
import { clsx } from 'clsx'
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { credentialUiState, type CredentialUiState } from '../../core/credential-state'
import { warnOnce } from '../../internal/dev-warning'
import { ActiveTooltip, lazyTriggerProps, useLazyTooltip } from '../../internal/LazyTooltip'
import { ancestorFocusRef } from '../../internal/ancestor-focus'
import { passThroughProps } from '../../internal/own-props'
import { asSentence } from '../../internal/sentence'
import { useStatusKit } from '../../provider/StatusKitProvider'

export interface CredentialStatePillProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The credential object as the API sends it: `{ state: { index, max, title, message }, collector: { state } }`.
   * Malformed objects render a neutral "Status unavailable" pill.
   */
  credential: unknown
  /**
   * `sm` for dense tables, `md` elsewhere. (`data-size="sm"` marks the small one.)
   * @default 'md'
   */
  size?: 'sm' | 'md'
  /** Replaces the label (beats the provider's messages). */
  label?: string
  /** The tooltip: `false` turns it off, a node replaces the default content. */
  tooltip?: false | ReactNode
  /**
   * Whether the pill is a tab stop for its tooltip. `false` in a grid whose cells own focus: no tab
   * stop, and the tooltip opens when the focused cell (the nearest focusable ancestor) contains it.
   * @default true (or the provider's `focusable`)
   */
  focusable?: boolean
  /** Replaces the "Coming soon" tooltip text (spec: "This collector is currently under development..."). */
  comingSoonMessage?: string
  /**
   * @deprecated Does nothing: pills no longer announce their changes (what was heard depended on
   * what was mounted). Announce from the data with `useConnectionAnnouncements(items)`. Kept until 0.3.0.
   */
  subject?: string
}

/** The pill's own props: every other prop is passed on to its span. */
const OWN_PROPS = new Set(['credential', 'size', 'label', 'tooltip', 'comingSoonMessage', 'subject', 'focusable', 'className'] as const)

/** The spec's recommended UI label for a credential ("Coming soon", "2FA required", "Active"...), with its tone. */
export const CredentialStatePill = forwardRef<HTMLSpanElement, CredentialStatePillProps>(function CredentialStatePill(props, ref) {
  const { credential, size, label, tooltip, comingSoonMessage, subject, focusable: ownFocusable, className } = props
  const rest = passThroughProps(props, OWN_PROPS)
  const { messages, focusable: kitFocusable } = useStatusKit()
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && subject !== undefined) warnOnce('CredentialStatePill: `subject` is deprecated and does nothing: pills no longer announce changes. Use useConnectionAnnouncements(items) (kept until 0.3.0).')
  const focusable = ownFocusable ?? kitFocusable
  const [active, activate] = useLazyTooltip()
  const ui = credentialUiState(credential, { messages })
  const hasTooltip = tooltip !== false
  const classes = className === undefined ? 'sk-pill' : clsx('sk-pill', className)
  const dataSize = size === 'sm' ? size : undefined
  // As in StatusBadge: the common pill written out, the general form for everything else.
  const pill =
    hasTooltip && focusable && rest === null ? (
      <span ref={ref} className={classes} data-tone={ui.tone} data-kind={ui.kind} data-size={dataSize} tabIndex={0} onPointerEnter={activate} onPointerDown={activate} onFocus={activate}>
        {label ?? ui.label}
      </span>
    ) : (
      <span
        {...rest}
        ref={hasTooltip && !focusable ? ancestorFocusRef(activate, ref) : ref}
        className={classes}
        data-tone={ui.tone}
        data-kind={ui.kind}
        data-size={dataSize}
        {...(hasTooltip && lazyTriggerProps(rest ?? {}, activate, focusable))}
      >
        {label ?? ui.label}
      </span>
    )
  if (!(hasTooltip && active)) return pill
  return (
    <>
      {pill}
      <ActiveTooltip activation={active} describedBy={rest?.['aria-describedby']} onTriggerGone={() => activate(null)} content={tooltip ?? <CredentialTooltip ui={ui} comingSoonMessage={comingSoonMessage} />} />
    </>
  )
})

/** Coming soon explains itself; every other state shows the API's own title and message. */
function CredentialTooltip({ ui, comingSoonMessage }: { ui: CredentialUiState; comingSoonMessage: string | undefined }) {
  if (ui.kind === 'coming-soon') {
    return <span className="sk-tooltip__body">{asSentence(comingSoonMessage ?? ui.explanation)}</span>
  }
  // API strings are rendered as React text: never parsed as HTML.
  return (
    <>
      <span className="sk-tooltip__title">{ui.title ?? ui.stateName ?? ui.label}</span>
      <span className="sk-tooltip__body">{asSentence(ui.message ?? ui.explanation)}</span>
    </>
  )
}
