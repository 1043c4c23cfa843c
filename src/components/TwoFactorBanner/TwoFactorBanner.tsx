'use client'
import { clsx } from 'clsx'
import { forwardRef, useId, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { credentialUiState } from '../../core/credential-state'
import { formatMessage } from '../../core/messages'
import { focusDropped, focusStaysWithin } from '../../internal/focus'
import { useStatusKit } from '../../provider/StatusKitProvider'
import { TwoFactorCodeForm } from './TwoFactorCodeForm'
import { bannerTitle, readSubject } from './subject'
import { useBannerPhase, type BannerPhase } from './use-banner-phase'
import { useCodeSubmission } from './use-code-submission'
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect'

export interface TwoFactorBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * The credential object as the API sends it. The banner shows for state index 3 (code required)
   * and 4 (verifying). When the credential leaves them while the user is in the banner, it stays
   * to say how they ended ("Code verified." for 5..7, the API's title and message otherwise, such
   * as -1's failure), with focus on that text, and goes with the first new status after focus has
   * left it.
   */
  credential: unknown
  /**
   * Shows a built-in code form; called with the code without spaces ("123 456" -> "123456"). A
   * rejection's message (an Error's, a `{ message }`'s or a string) is shown and the typed code
   * kept, also when it arrives while the credential is at 4 (shown when the form is back at 3);
   * after a successful submit the field is cleared.
   */
  onSubmitCode?: (code: string) => Promise<unknown> | void
  /** Your own call to action (a link or button), shown under the message while a code is asked for or checked. */
  action?: ReactNode
  /** Shows a dismiss button, named for the banner it dismisses. Without it the banner cannot be dismissed. */
  onDismiss?: () => void
  /**
   * The heading level of the banner's title, to fit the page's outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /**
   * The connection the code is for ("Xero"): the heading, and with it the region's name, says it
   * ("Xero needs a 2FA code"), and so do the code field's label and the submit button's name, so
   * that two banners on a page can be told apart. Without it the API's title shows.
   */
  subject?: string
}

const TONES = { code: 'warning', verifying: 'progress', verified: 'success' } as const

/**
 * Asks the user for a two-factor code when a credential needs one (spec: index 3, "2FA code
 * required") and shows the verification while it runs (index 4). Renders nothing otherwise, except
 * to tell the user who was working in it how the verification ended.
 */
export const TwoFactorBanner = forwardRef<HTMLElement, TwoFactorBannerProps>(function TwoFactorBanner(
  { credential, onSubmitCode, action, onDismiss, headingLevel = 2, subject: subjectProp, className, ...rest },
  ref,
) {
  const { messages } = useStatusKit()
  const titleId = useId()
  const hintId = useId()
  const ui = credentialUiState(credential, { messages })
  const status = useRef<HTMLDivElement>(null)
  const codeInput = useRef<HTMLInputElement>(null)
  // Whether focus is inside the banner, kept up to date by its focus events. Removing the focused
  // element fires no blur that reaches React: it stays true when focus drops to <body> from here.
  const focusInside = useRef(false)
  const phase = useBannerPhase(ui, () => focusInside.current)
  const submission = useCodeSubmission(onSubmitCode, messages, codeInput, phase === 'code' || phase === 'verifying')
  useFocusKept(phase, focusInside, status, codeInput)
  if (phase === null) return null
  const subject = readSubject(subjectProp, 'TwoFactorBanner')
  const title = bannerTitle(ui, phase, subject, messages)
  const message = phase === 'verified' ? messages.ui.twoFactorVerified : phase === 'verifying' ? messages.ui.twoFactorVerifying : (ui.message ?? ui.explanation)
  const Heading = `h${headingLevel === 3 || headingLevel === 4 || headingLevel === 5 || headingLevel === 6 ? headingLevel : 2}` as const
  const ended = phase === 'verified' || phase === 'outcome'
  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('sk-banner', className)}
      data-tone={phase === 'outcome' ? ui.tone : TONES[phase]}
      data-confirming={phase === 'verified' || undefined}
      data-busy={phase === 'verifying' || undefined}
      // No aria-busy here: it would hold back the live region's "Verifying your code…" announcement.
      aria-labelledby={titleId}
      onFocus={(event) => {
        focusInside.current = true
        rest.onFocus?.(event)
      }}
      onBlur={(event) => {
        // The window losing focus (the user switched to their mail for the code) leaves the user in the banner.
        focusInside.current = focusStaysWithin(event)
        rest.onBlur?.(event)
      }}
    >
      {/* Polite: announced when it appears or changes, without moving focus. The one element that
          every phase keeps, so focus can rest on it when what held focus goes. */}
      <div ref={status} className="sk-banner__text" role="status" tabIndex={-1}>
        <Heading id={titleId} className="sk-banner__title">{title}</Heading>
        {/* The hint: the code field points at it (aria-describedby), as in GOV.UK's one-time-code pattern. */}
        <p id={hintId} className="sk-banner__message">{message}</p>
      </div>
      {phase === 'code' && onSubmitCode && <TwoFactorCodeForm submission={submission} messages={messages} hintId={hintId} inputRef={codeInput} subject={subject} />}
      {/* "Didn't get a code?" means nothing once the code is verified or the attempt is over. */}
      {action && !ended && <div className="sk-banner__action">{action}</div>}
      {onDismiss && (
        <button type="button" className="sk-banner__dismiss" aria-label={formatMessage(messages.ui.dismiss, { title })} onClick={onDismiss}>
          <span className="sk-icon" aria-hidden="true" />
        </button>
      )}
    </section>
  )
})

/**
 * Focus never drops to <body> from the banner (WCAG 2.4.3). When a phase change removes what held
 * focus (the form at 3 -> 4, the action once verified), focus moves to the status text, which now
 * says what happened; back at 3, focus on the status text moves on to the code field. Focus that
 * is elsewhere in the page, or on what stays (the dismiss button), is left alone.
 */
function useFocusKept(
  phase: BannerPhase,
  focusInside: { current: boolean },
  status: { current: HTMLElement | null },
  codeInput: { current: HTMLElement | null },
) {
  useIsomorphicLayoutEffect(() => {
    const dropped = focusInside.current && focusDropped(document)
    if (phase === 'code' && codeInput.current && (dropped || document.activeElement === status.current)) codeInput.current.focus()
    else if (dropped) status.current?.focus()
  }, [phase])
}
