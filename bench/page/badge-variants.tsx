/**
 * StatusBadge's render path, one change at a time (`npm run bench -- --variants`): S0 is a copy of
 * the component as shipped before issue 13, each next variant removes one thing the profile named
 * (clsx, the props spreads, the object rest, forwardRef). All measured against the markup floor.
 * Tooltips stay on: every variant activates the same lazy tooltip on the same events.
 */
import { clsx } from 'clsx'
import { forwardRef, useEffect, useLayoutEffect, useRef, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react'
import { describeConnectionStatus } from '../../src/core'
import { ActiveTooltip, lazyTriggerProps, useLazyTooltip } from '../../src/internal/LazyTooltip'
import { statusOutcome, type ConnectionOutcome } from '../../src/core/outcome'
import { useStatusKit } from '../../src/provider/StatusKitProvider'
import type { Candidate } from './candidates'

/**
 * Issue 15's per-badge announcer hook, as it was shipped until issue 21 took it out of the badges
 * (src/internal/use-announced-change.ts): kept here so that S10-S12 keep measuring what it cost.
 */
interface Reporter {
  report(key: object, outcome: ConnectionOutcome, subject: string | undefined): void
}
function useAnnouncedChange(announcer: unknown, value: unknown, outcome: () => ConnectionOutcome, subject: string | undefined): void {
  const previous = useRef(value)
  useEffect(() => {
    if (Object.is(previous.current, value)) return
    previous.current = value
    ;(announcer as Reporter | null | undefined)?.report(previous, outcome(), subject)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, announcer])
}

interface Props extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  status: unknown
  size?: 'sm' | 'md'
  label?: string
  tooltip?: false | ReactNode
}

/** S0: as shipped: forwardRef, object rest, clsx, three JSX spreads, lazyTriggerProps' object. */
const S0 = forwardRef<HTMLSpanElement, Props>(function S0({ status, size = 'md', label, tooltip, className, ...rest }, ref) {
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={ref} className={clsx('sk-badge', className)} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate))}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
})

/** S1: S0 with the class joined by hand instead of clsx. */
const S1 = forwardRef<HTMLSpanElement, Props>(function S1({ status, size = 'md', label, tooltip, className, ...rest }, ref) {
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={ref} className={className ? `sk-badge ${className}` : 'sk-badge'} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate))}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
})

/** S2: S0 with the trigger props written as props (no lazyTriggerProps object, one spread). */
const S2 = forwardRef<HTMLSpanElement, Props>(function S2({ status, size = 'md', label, tooltip, className, ...rest }, ref) {
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={ref} className={clsx('sk-badge', className)} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined}
        tabIndex={hasTooltip ? (rest.tabIndex ?? 0) : rest.tabIndex}
        onPointerEnter={hasTooltip ? withOwn(rest.onPointerEnter, activate) : rest.onPointerEnter}
        onPointerDown={hasTooltip ? withOwn(rest.onPointerDown, activate) : rest.onPointerDown}
        onFocus={hasTooltip ? withOwn(rest.onFocus, activate) : rest.onFocus}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
})
function withOwn<E>(own: ((event: E) => void) | undefined, ours: (event: E) => void): (event: E) => void {
  return own ? (event) => (own(event), ours(event)) : ours
}

/** S3: S0 as a plain function component with `ref` as a prop (React 19 only: no forwardRef). */
function S3({ status, size = 'md', label, tooltip, className, ...rest }: Props & { ref?: Ref<HTMLSpanElement> }) {
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} className={clsx('sk-badge', className)} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate))}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
}

/** S4: S0 without the object rest in the common case (only our own props given: nothing to pass on). */
const OWN = new Set(['status', 'size', 'label', 'tooltip', 'className'])
function restOf(props: Props): Omit<Props, 'status'> | null {
  for (const key in props) {
    if (!OWN.has(key)) {
      const { status: _s, size: _z, label: _l, tooltip: _t, className: _c, ...rest } = props
      return rest
    }
  }
  return null
}
const S4 = forwardRef<HTMLSpanElement, Props>(function S4(props, ref) {
  const { status, size = 'md', label, tooltip, className } = props
  const rest = restOf(props)
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={ref} className={clsx('sk-badge', className)} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest ?? {}, activate))}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest?.['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
})

/** S5: S1 + S2 + S4 together, still forwardRef (React 18). */
const S5 = forwardRef<HTMLSpanElement, Props>(function S5(props, ref) {
  const { status, size, label, tooltip, className } = props
  const rest = restOf(props)
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={ref} className={className ? `sk-badge ${className}` : 'sk-badge'} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined}
        tabIndex={hasTooltip ? (rest?.tabIndex ?? 0) : rest?.tabIndex}
        onPointerEnter={hasTooltip ? withOwn(rest?.onPointerEnter, activate) : rest?.onPointerEnter}
        onPointerDown={hasTooltip ? withOwn(rest?.onPointerDown, activate) : rest?.onPointerDown}
        onFocus={hasTooltip ? withOwn(rest?.onFocus, activate) : rest?.onFocus}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest?.['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
})

/** S6: S5 without forwardRef (React 19 only). */
function S6(props: Props & { ref?: Ref<HTMLSpanElement> }) {
  const { status, size, label, tooltip, className } = props
  const rest = restOf(props)
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} className={className ? `sk-badge ${className}` : 'sk-badge'} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined}
        tabIndex={hasTooltip ? (rest?.tabIndex ?? 0) : rest?.tabIndex}
        onPointerEnter={hasTooltip ? withOwn(rest?.onPointerEnter, activate) : rest?.onPointerEnter}
        onPointerDown={hasTooltip ? withOwn(rest?.onPointerDown, activate) : rest?.onPointerDown}
        onFocus={hasTooltip ? withOwn(rest?.onFocus, activate) : rest?.onFocus}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest?.['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
}

/** S7: S6 without the fragment and the tooltip slot: the component at its barest (no tooltip, for reference). */
function S7({ status }: { status: unknown }) {
  const { messages } = useStatusKit()
  const [, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  return (
    <span className="sk-badge" data-tone={info.tone} data-status={info.known ? info.code : 'unknown'} tabIndex={0} onPointerEnter={activate} onPointerDown={activate} onFocus={activate}>
      {info.label}
    </span>
  )
}

/** S8: S0, but the span is returned alone until the tooltip is used (one child, not a two-slot array). */
const S8 = forwardRef<HTMLSpanElement, Props>(function S8({ status, size = 'md', label, tooltip, className, ...rest }, ref) {
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  const badge = (
    <span {...rest} ref={ref} className={clsx('sk-badge', className)} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
      data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate))}>
      {label ?? info.label}
    </span>
  )
  if (!(hasTooltip && active)) return badge
  return <>{badge}<ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest['aria-describedby']} content={tooltip ?? info.description} /></>
})

/** S9: S8 with S5's props handling (no object rest, no clsx, trigger props written out). */
const S9 = forwardRef<HTMLSpanElement, Props>(function S9(props, ref) {
  const { status, size, label, tooltip, className } = props
  const rest = restOf(props)
  const { messages } = useStatusKit()
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const hasTooltip = tooltip !== false
  const badge = (
    <span {...rest} ref={ref} className={className ? `sk-badge ${className}` : 'sk-badge'} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
      data-size={size === 'sm' ? size : undefined}
      tabIndex={hasTooltip ? (rest?.tabIndex ?? 0) : rest?.tabIndex}
      onPointerEnter={hasTooltip ? withOwn(rest?.onPointerEnter, activate) : rest?.onPointerEnter}
      onPointerDown={hasTooltip ? withOwn(rest?.onPointerDown, activate) : rest?.onPointerDown}
      onFocus={hasTooltip ? withOwn(rest?.onFocus, activate) : rest?.onFocus}>
      {label ?? info.label}
    </span>
  )
  if (!(hasTooltip && active)) return badge
  return <>{badge}<ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest?.['aria-describedby']} content={tooltip ?? info.description} /></>
})

/**
 * S10: S0 with the change announcer's hook (issue 15), which every shipped badge runs: one passive
 * effect per badge that compares the code with the last one it saw. S0-S9 were measured before it.
 */
const S10 = forwardRef<HTMLSpanElement, Props>(function S10({ status, size = 'md', label, tooltip, className, ...rest }, ref) {
  const { messages, announcer } = useStatusKit() as ReturnType<typeof useStatusKit> & { announcer?: unknown }
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  useAnnouncedChange(announcer, info.known ? info.code : 'unknown', () => statusOutcome(info), undefined)
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={ref} className={clsx('sk-badge', className)} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate))}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
})

/** S11: S7 with the announcer's hook: the barest badge that still reports its changes. */
function S11({ status }: { status: unknown }) {
  const { messages, announcer } = useStatusKit() as ReturnType<typeof useStatusKit> & { announcer?: unknown }
  const [, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  useAnnouncedChange(announcer, info.known ? info.code : 'unknown', () => statusOutcome(info), undefined)
  return (
    <span className="sk-badge" data-tone={info.tone} data-status={info.known ? info.code : 'unknown'} tabIndex={0} onPointerEnter={activate} onPointerDown={activate} onFocus={activate}>
      {info.label}
    </span>
  )
}

/** S12: S10 with the announcer's change check in a layout effect instead of a passive one. */
const S12 = forwardRef<HTMLSpanElement, Props>(function S12({ status, size = 'md', label, tooltip, className, ...rest }, ref) {
  const { messages, announcer } = useStatusKit() as ReturnType<typeof useStatusKit> & { announcer?: unknown }
  const [active, activate] = useLazyTooltip()
  const info = describeConnectionStatus(status, { messages })
  const value = info.known ? info.code : 'unknown'
  const previous = useRef<unknown>(value)
  useLayoutEffect(() => {
    if (Object.is(previous.current, value)) return
    previous.current = value
    ;(announcer as Reporter | null | undefined)?.report(previous, statusOutcome(info), undefined)
  }, [value, announcer])
  const hasTooltip = tooltip !== false
  return (
    <>
      <span {...rest} ref={ref} className={clsx('sk-badge', className)} data-tone={info.tone} data-status={info.known ? info.code : 'unknown'}
        data-size={size === 'sm' ? size : undefined} {...(hasTooltip && lazyTriggerProps(rest, activate))}>
        {label ?? info.label}
      </span>
      {hasTooltip && active && <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} describedBy={rest['aria-describedby']} content={tooltip ?? info.description} />}
    </>
  )
})

const variant = (name: string, Badge: (props: { status: unknown }) => ReactNode): Candidate => ({
  name,
  floor: 'StatusBadge one-line floor',
  itemSelector: '.sk-badge',
  render: ({ codes }) => <>{codes.map((code, i) => <Badge key={i} status={code} />)}</>,
})

export const badgeRenderVariants: Candidate[] = [
  variant('S0: as shipped before issue 13 (copy)', S0),
  variant('S1: S0 without clsx', S1),
  variant('S2: S0 with trigger props written out (one spread)', S2),
  variant('S3: S0 without forwardRef (React 19 only)', S3),
  variant('S4: S0 without the object rest (only own props given)', S4),
  variant('S5: S1 + S2 + S4, forwardRef kept', S5),
  variant('S6: S5 without forwardRef (React 19 only)', S6),
  variant('S7: hook + context + describe + 3 handlers, nothing else', S7),
  variant('S8: S0 returning the span alone until the tooltip is used', S8),
  variant('S9: S8 + S5 (no rest, no clsx, props written out), forwardRef kept', S9),
  variant('S10: S0 + the announcer hook (as shipped since issue 15)', S10),
  variant('S11: S7 + the announcer hook', S11),
  variant('S12: S10 with a layout effect', S12),
]
