'use client'
import { clsx } from 'clsx'
import { forwardRef, useEffect, useId, useLayoutEffect, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { credentialUiState } from '../../core/credential-state'
import { formatMessage } from '../../core/messages'
import { useStatusKit } from '../../provider/StatusKitProvider'
import { TwoFactorCodeForm } from './TwoFactorCodeForm'

export interface TwoFactorBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * The credential object as the API sends it. The banner shows for state index 3 (code required)
   * and 4 (verifying); when a verification that holds the user's focus succeeds (4 -> 5..7), it
   * stays to confirm it ("Code verified."), with focus on that text, until dismissed or the state
   * moves on.
   */
  credential: unknown
  /**
   * Shows a built-in code form; called with the code without spaces ("123 456" -> "123456"). A
   * rejection's message (an Error's, a `{ message }`'s or a string) is shown and the typed code
   * kept; after a successful submit the field is cleared.
   */
  onSubmitCode?: (code: string) => Promise<unknown> | void
  /** Your own call to action (a link or button), shown under the message. */
  action?: ReactNode
  /** Shows a dismiss button, named for the banner it dismisses. Without it the banner cannot be dismissed. */
  onDismiss?: () => void
  /**
   * The heading level of the banner's title, to fit the page's outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}

/**
 * Asks the user for a two-factor code when a credential needs one (spec: index 3, "2FA code
 * required") and shows the verification while it runs (index 4). Renders nothing otherwise.
 */
export const TwoFactorBanner = forwardRef<HTMLElement, TwoFactorBannerProps>(function TwoFactorBanner(
  { credential, onSubmitCode, action, onDismiss, headingLevel = 2, className, ...rest },
  ref,
) {
  const { messages } = useStatusKit()
  const titleId = useId()
  const hintId = useId()
  const ui = credentialUiState(credential, { messages })
  const verifying = ui.kind === 'connecting' && ui.index === 4
  const status = useRef<HTMLDivElement>(null)
  const codeInput = useRef<HTMLInputElement>(null)
  const formLeftWithFocus = useRef(false)
  // Whether focus is inside the banner, kept up to date by its focus events: read when the
  // credential leaves 4, to decide whether the banner stays to confirm (otherwise focus would drop
  // to <body> with the banner).
  const focusInside = useRef(false)
  const [wasVerifying, setWasVerifying] = useState(verifying)
  const [confirming, setConfirming] = useState(false)
  // Derived from the previous render's state (React's pattern for "when a prop changes"): a
  // verification that the user is following succeeded.
  if (wasVerifying !== verifying) {
    setWasVerifying(verifying)
    setConfirming(wasVerifying && ui.kind === 'active' && focusInside.current)
  } else if (confirming && ui.kind !== 'active') {
    setConfirming(false)
  }
  // The usual flow removes the form under the user's focus (3 -> 4 after a submit): focus moves to
  // the status text, which now says "Verifying your code…", and back to the code field when the
  // credential needs a code again (4 -> 3), instead of dropping to <body>. The confirmation (4 -> 5)
  // takes focus only from the user who followed the verification: focus on the status text, or on
  // <body> because what held it vanished. On the dismiss button or the action it stays (issue 10):
  // the status text is announced anyway.
  useIsomorphicLayoutEffect(() => {
    const active = document.activeElement
    if (confirming ? active === document.body || active === status.current : formLeftWithFocus.current) {
      formLeftWithFocus.current = false
      status.current?.focus()
    } else if (!verifying && active === status.current) {
      codeInput.current?.focus()
    }
  }, [verifying, confirming])
  if (ui.kind !== 'two-factor-required' && !verifying && !confirming) return null
  const title = ui.title ?? ui.stateName ?? ui.label
  const Heading = `h${headingLevel === 3 || headingLevel === 4 || headingLevel === 5 || headingLevel === 6 ? headingLevel : 2}` as const
  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('sk-banner', className)}
      data-tone={confirming ? 'success' : verifying ? 'progress' : 'warning'}
      data-confirming={confirming || undefined}
      data-busy={verifying || undefined}
      // No aria-busy here: it would hold back the live region's "Verifying your code…" announcement.
      aria-labelledby={titleId}
      onFocus={(event) => {
        focusInside.current = true
        rest.onFocus?.(event)
      }}
      onBlur={(event) => {
        focusInside.current = event.currentTarget.contains(event.relatedTarget as Node | null)
        rest.onBlur?.(event)
      }}
    >
      {/* Polite: announced when it appears or changes, without moving focus. */}
      <div ref={status} className="sk-banner__text" role="status" tabIndex={-1}>
        <Heading id={titleId} className="sk-banner__title">{title}</Heading>
        {/* The hint: the code field points at it (aria-describedby), as in GOV.UK's one-time-code pattern. */}
        <p id={hintId} className="sk-banner__message">{confirming ? messages.ui.twoFactorVerified : verifying ? messages.ui.twoFactorVerifying : (ui.message ?? ui.explanation)}</p>
      </div>
      {!verifying && !confirming && onSubmitCode && (
        <TwoFactorCodeForm
          onSubmitCode={onSubmitCode}
          messages={messages}
          hintId={hintId}
          inputRef={codeInput}
          onRemovedWithFocus={() => (formLeftWithFocus.current = true)}
        />
      )}
      {action && <div className="sk-banner__action">{action}</div>}
      {onDismiss && (
        <button type="button" className="sk-banner__dismiss" aria-label={formatMessage(messages.ui.dismiss, { title })} onClick={onDismiss}>
          <span className="sk-icon" aria-hidden="true" />
        </button>
      )}
    </section>
  )
})

/** A layout effect in the browser; on the server (where effects never run) React 18 warns about one. */
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect
