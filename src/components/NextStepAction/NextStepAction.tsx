'use client'
import { clsx } from 'clsx'
import { forwardRef, useCallback, useId, useRef, type FocusEvent, type HTMLAttributes, type MouseEvent, type Ref } from 'react'
import { formatMessage } from '../../core/messages'
import { setRef } from '../../internal/ancestor-focus'
import { warnOnce } from '../../internal/dev-warning'
import { focusDropped, focusStaysWithin } from '../../internal/focus'
import { VisuallyHidden } from '../../internal/VisuallyHidden'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { useIsomorphicLayoutEffect } from '../TwoFactorBanner/use-isomorphic-layout-effect'
import { defaultNextStepMessages } from './messages'
import { nextStepOf, type NextStep, type NextStepActionId } from './next-step'
import { useFocusHold } from './use-focus-hold'
import { usePendingAction } from './use-pending-action'

/** Where each step leads, when it is a page of the app: a map, or a function of the step. */
export type NextStepHrefs = Partial<Record<NextStepActionId, string>> | ((action: NextStepActionId) => string | undefined)

export interface NextStepActionProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The data connection status code from the API (2, 6, 7, ... 26): 7, 8, 20 and 26 reconnect; 11, 14, 17, 22 and 23 try again. */
  status?: unknown
  /**
   * The credential object from the API, as CredentialStatePill takes it: index -2 reconnects, -1
   * tries again, 3 enters the 2FA code. With `status` too, the status's step comes first.
   */
  credential?: unknown
  /** What the step is for ("Stripe"): part of the accessible name ("Reconnect Stripe"). */
  subject: string
  /**
   * Called with the step on click. Return a promise to show progress until it settles (the
   * control keeps its width and focus, and ignores clicks meanwhile); a rejection's message (or a
   * generic one) is shown and announced beside it. With a link, call `event.preventDefault()` to
   * route it yourself.
   */
  onAction?: (action: NextStepActionId, event: MouseEvent<HTMLElement>) => unknown
  /** Renders a link (`<a href>`) instead of a button for the steps that have one. */
  hrefs?: NextStepHrefs
  /**
   * `sm` for dense tables, `md` elsewhere: the badge's heights.
   * @default 'md'
   */
  size?: 'sm' | 'md'
}

/**
 * The next step for a connection or a credential as a button ("Reconnect", "Try again", "Enter
 * code"), or a link where the app gives one. Renders nothing (`null`) when there is no step
 * (synced, in progress) or the input is bad, so that an actions column stays empty there; a
 * focused control whose step goes away stays, inert, until focus leaves.
 * `ref` and unknown props reach the button or link.
 */
export const NextStepAction = forwardRef<HTMLElement, NextStepActionProps>(function NextStepAction(
  { status, credential, subject, onAction, hrefs, size = 'md', className, onClick, onFocus, onBlur, ...rest },
  ref,
) {
  const { messages } = useStatusKit()
  const texts = useLiveDashboardMessages('nextStep', defaultNextStepMessages)
  const { pending, error, run } = usePendingAction<NextStep>(texts.failed)
  const errorId = useId()
  const control = useRef<HTMLElement | null>(null)
  const focusIn = useRef(false)
  const checkedRef = useCallback((element: HTMLElement | null) => {
    control.current = element
    setRef(ref, element)
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && element?.parentElement?.closest('.sk-badge, .sk-pill')) {
      warnOnce('NextStepAction inside a badge or pill: a control nested in a status lozenge is two tab stops in one and hides the step from the row. Put it beside the badge.')
    }
  }, [ref])

  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && status === undefined && credential === undefined) {
    warnOnce('NextStepAction needs a `status` or a `credential`. Rendered nothing.')
  }
  // A step that turns from a button into a link (or back) under focus is a new element: the old
  // one's removal drops focus to the page (WCAG 2.4.3), so it goes to the new one. Every render,
  // not on a dependency: cheap (a ref test) and the element kind is only known below.
  useIsomorphicLayoutEffect(() => {
    if (focusIn.current && focusDropped(document)) control.current?.focus()
  })
  const found = nextStepOf(status, credential, { messages })
  const hold = useFocusHold(pending ?? found)
  // While its promise is pending, or it has focus, the control stays even if the status has moved
  // on; a held step with nothing pending is done: it only waits for focus to leave.
  const step = pending ?? found ?? hold.held
  if (!step) return null
  const done = pending === null && found === null

  const { action } = step
  const href = linkTarget(typeof hrefs === 'function' ? hrefs(action) : hrefs?.[action])
  const label = texts.labels[action]
  const name = typeof subject === 'string' && subject.trim() !== '' ? formatMessage(texts.names[action], { subject }) : label
  const busy = pending !== null
  const inert = busy || done
  // A failure belongs to its step: once the status asks for another, its message would mislead.
  const failure = error !== null && error.action.action === action ? error.message : null
  const describedBy = clsx(rest['aria-describedby'], failure !== null && errorId) || undefined
  const handleClick = (event: MouseEvent<HTMLElement>) => {
    onClick?.(event)
    // A link followed twice while pending would navigate twice; a done step must not run again.
    if (done || !run(() => onAction?.(action, event), step)) event.preventDefault()
  }
  const shared = {
    ...rest,
    ref: checkedRef as Ref<never>,
    className: clsx('sk-next-step', className),
    'data-tone': step.tone,
    'data-action': action,
    'data-size': size === 'sm' ? size : undefined,
    'aria-label': name,
    'aria-describedby': describedBy,
    // Not `disabled`: a disabled button drops focus to the page. Announced as busy and dimmed.
    'aria-busy': busy || undefined,
    'aria-disabled': inert || undefined,
    onClick: handleClick,
    onFocus: (event: FocusEvent<HTMLElement>) => {
      onFocus?.(event)
      focusIn.current = true
      hold.onFocus()
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      onBlur?.(event)
      focusIn.current = focusStaysWithin(event)
      hold.onBlur(event)
    },
    children: (
      <>
        <span className="sk-next-step__label">{label}</span>
        {busy && <span className="sk-next-step__spinner" aria-hidden="true" />}
      </>
    ),
  }
  return (
    <>
      {href !== undefined ? <a {...shared} href={href} /> : <button type="button" {...shared} />}
      {failure !== null && (
        <span id={errorId} className="sk-next-step__error" role="alert">
          <VisuallyHidden>{messages.ui.errorPrefix}</VisuallyHidden> {failure}
        </span>
      )}
    </>
  )
})

/** React's own test for a `javascript:` URL (it swaps one for a URL that throws when followed). */
const SCRIPT_URL = /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i

/**
 * The href to link to, or undefined for a button: no page (null, '' or not a string, as a lookup
 * with `?? null` gives) and a `javascript:` URL, which React blocks, would be a dead link; as a
 * button the step still runs `onAction`.
 */
function linkTarget(href: unknown): string | undefined {
  if (typeof href !== 'string' || href.trim() === '') return undefined
  if (!SCRIPT_URL.test(href)) return href
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnOnce('NextStepAction: a javascript: href is no link (React blocks it). Rendered a button: handle the step in onAction.')
  }
  return undefined
}
