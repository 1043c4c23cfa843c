'use client'
import { clsx } from 'clsx'
import { forwardRef, useEffect, useId, useLayoutEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { credentialUiState } from '../../core/credential-state'
import { formatMessage } from '../../core/messages'
import { useStatusKit } from '../../provider/StatusKitProvider'
import { TwoFactorCodeForm } from './TwoFactorCodeForm'

export interface TwoFactorBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The credential object as the API sends it. The banner shows only for state index 3 (code required) and 4 (verifying). */
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
  // The usual flow removes the form under the user's focus (3 -> 4 after a submit): focus moves to
  // the status text, which now says "Verifying your code…", and back to the code field when the
  // credential needs a code again (4 -> 3), instead of dropping to <body>.
  useIsomorphicLayoutEffect(() => {
    if (formLeftWithFocus.current) {
      formLeftWithFocus.current = false
      status.current?.focus()
    } else if (!verifying && status.current && document.activeElement === status.current) {
      codeInput.current?.focus()
    }
  }, [verifying])
  if (ui.kind !== 'two-factor-required' && !verifying) return null
  const title = ui.title ?? ui.stateName ?? ui.label
  const Heading = `h${headingLevel === 3 || headingLevel === 4 || headingLevel === 5 || headingLevel === 6 ? headingLevel : 2}` as const
  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('sk-banner', className)}
      data-tone={verifying ? 'progress' : 'warning'}
      data-busy={verifying || undefined}
      // No aria-busy here: it would hold back the live region's "Verifying your code…" announcement.
      aria-labelledby={titleId}
    >
      {/* Polite: announced when it appears or changes, without moving focus. */}
      <div ref={status} className="sk-banner__text" role="status" tabIndex={-1}>
        <Heading id={titleId} className="sk-banner__title">{title}</Heading>
        {/* The hint: the code field points at it (aria-describedby), as in GOV.UK's one-time-code pattern. */}
        <p id={hintId} className="sk-banner__message">{verifying ? messages.ui.twoFactorVerifying : (ui.message ?? ui.explanation)}</p>
      </div>
      {!verifying && onSubmitCode && (
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
