/**
 * Issue 21: StatusBadge and CredentialStatePill without the announcer hook, made leaner one step
 * at a time (`npm run bench -- --variants`), each against its markup in a one-line component;
 * the shipped components are the last step (Q3: the common form written out).
 * Every variant keeps the whole public API (ref, className, pass-through props, size, label,
 * tooltip, focusable) and the same lazy tooltip on the same events.
 */
import { clsx } from 'clsx'
import { forwardRef, type ReactNode } from 'react'
import type { CredentialStatePillProps, StatusBadgeProps } from '../../src'
import { credentialUiState, describeConnectionStatus } from '../../src/core'
import { ActiveTooltip, lazyTriggerProps, useLazyTooltip } from '../../src/internal/LazyTooltip'
import { ancestorFocusRef } from '../../src/internal/ancestor-focus'
import { passThroughProps } from '../../src/internal/own-props'
import { useStatusKit } from '../../src/provider/StatusKitProvider'
import type { Candidate } from './candidates'

const BADGE_OWN = new Set(['status', 'size', 'label', 'tooltip', 'subject', 'focusable', 'className'] as const)
const NONE = {}

/** Q0: StatusBadge once the announcer hook had left it (f791111), before issue 21's render work: a copy. */
const Q0 = forwardRef<HTMLSpanElement, StatusBadgeProps>(function Q0({ status, size = 'md', label, tooltip, subject: _s, focusable: ownFocusable, className, ...rest }, ref) {
  const { messages, focusable: kitFocusable } = useStatusKit()
  const focusable = ownFocusable ?? kitFocusable
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={hasTooltip && !focusable ? ancestorFocusRef(activate, ref) : ref} className={clsx('sk-badge', className)} data-tone={info.tone}
        data-status={info.known ? info.code : 'unknown'} data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate, focusable))}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} describedBy={rest['aria-describedby']} onTriggerGone={() => activate(null)} content={tooltip ?? info.description} />}
    </>
  )
})

/** PQ0: CredentialStatePill at f791111, the same way. */
const PQ0 = forwardRef<HTMLSpanElement, CredentialStatePillProps>(function PQ0({ credential, size = 'md', label, tooltip, comingSoonMessage: _m, subject: _s, focusable: ownFocusable, className, ...rest }, ref) {
  const { messages, focusable: kitFocusable } = useStatusKit()
  const focusable = ownFocusable ?? kitFocusable
  const [active, activate] = useLazyTooltip()
  const ui = credentialUiState(credential, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={hasTooltip && !focusable ? ancestorFocusRef(activate, ref) : ref} className={clsx('sk-pill', className)} data-tone={ui.tone}
        data-kind={ui.kind} data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate, focusable))}>
        {label ?? ui.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} describedBy={rest['aria-describedby']} onTriggerGone={() => activate(null)} content={tooltip ?? ui.explanation} />}
    </>
  )
})

/** Q1: StatusBadge, returning the span alone until the tooltip is used (one child, not a two-slot fragment). */
const Q1 = forwardRef<HTMLSpanElement, StatusBadgeProps>(function Q1({ status, size = 'md', label, tooltip, subject: _s, focusable: ownFocusable, className, ...rest }, ref) {
  const { messages, focusable: kitFocusable } = useStatusKit()
  const focusable = ownFocusable ?? kitFocusable
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  const badge = (
    <span {...rest} ref={hasTooltip && !focusable ? ancestorFocusRef(activate, ref) : ref} className={clsx('sk-badge', className)} data-tone={info.tone}
      data-status={info.known ? info.code : 'unknown'} data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate, focusable))}>
      {label ?? info.label}
    </span>
  )
  if (!(hasTooltip && active)) return badge
  return <>{badge}<ActiveTooltip activation={active} describedBy={rest['aria-describedby']} onTriggerGone={() => activate(null)} content={tooltip ?? info.description} /></>
})

/** Q2: Q1 without the object rest when only own props are given, and no clsx call without a className. */
const Q2 = forwardRef<HTMLSpanElement, StatusBadgeProps>(function Q2(props, ref) {
  const { status, size, label, tooltip, focusable: ownFocusable, className } = props
  const rest = passThroughProps(props, BADGE_OWN)
  const { messages, focusable: kitFocusable } = useStatusKit()
  const focusable = ownFocusable ?? kitFocusable
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  const badge = (
    <span {...rest} ref={hasTooltip && !focusable ? ancestorFocusRef(activate, ref) : ref} className={className === undefined ? 'sk-badge' : clsx('sk-badge', className)} data-tone={info.tone}
      data-status={info.known ? info.code : 'unknown'} data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest ?? NONE, activate, focusable))}>
      {label ?? info.label}
    </span>
  )
  if (!(hasTooltip && active)) return badge
  return <>{badge}<ActiveTooltip activation={active} describedBy={rest?.['aria-describedby']} onTriggerGone={() => activate(null)} content={tooltip ?? info.description} /></>
})

const badge = (name: string, Badge: (props: StatusBadgeProps) => ReactNode): Candidate => ({
  name,
  floor: 'StatusBadge one-line floor',
  itemSelector: '.sk-badge',
  render: ({ codes }) => <>{codes.map((code, i) => <Badge key={i} status={code} />)}</>,
})
const pill = (name: string, Pill: (props: CredentialStatePillProps) => ReactNode): Candidate => ({
  name,
  floor: 'CredentialStatePill one-line floor',
  itemSelector: '.sk-pill',
  render: ({ credentials }) => <>{credentials.map((credential, i) => <Pill key={i} credential={credential} />)}</>,
})

/** StatusBadge and CredentialStatePill themselves are Q2 plus their common form written out (Q3). */
export const leanVariants: Candidate[] = [
  badge('Q0: StatusBadge without the announcer hook, before issue 21 (copy)', Q0),
  badge('Q1: Q0, the span alone until the tooltip is used', Q1),
  badge('Q2: Q1, no rest copy and no clsx when not needed', Q2),
  pill('PQ0: CredentialStatePill without the announcer hook, before issue 21 (copy)', PQ0),
]
