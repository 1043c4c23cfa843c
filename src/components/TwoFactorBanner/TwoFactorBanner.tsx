'use client'
import { clsx } from 'clsx'
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { credentialUiState } from '../../core/credential-state'
import { useStatusKit } from '../../provider/StatusKitProvider'
import { TwoFactorCodeForm } from './TwoFactorCodeForm'

export interface TwoFactorBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The credential object as the API sends it. The banner shows only for state index 3 (code required) and 4 (verifying). */
  credential: unknown
  /** Shows a built-in code form; called with the trimmed code. A rejection's message is shown and the typed code kept. */
  onSubmitCode?: (code: string) => Promise<unknown> | void
  /** Your own call to action (a link or button), shown under the message. */
  action?: ReactNode
  /** Shows a dismiss button. Without it the banner cannot be dismissed. */
  onDismiss?: () => void
}

/**
 * Asks the user for a two-factor code when a credential needs one (spec: index 3, "2FA code
 * required") and shows the verification while it runs (index 4). Renders nothing otherwise.
 */
export const TwoFactorBanner = forwardRef<HTMLElement, TwoFactorBannerProps>(function TwoFactorBanner(
  { credential, onSubmitCode, action, onDismiss, className, ...rest },
  ref,
) {
  const { messages } = useStatusKit()
  const titleId = useId()
  const ui = credentialUiState(credential, { messages })
  const verifying = ui.kind === 'connecting' && ui.index === 4
  if (ui.kind !== 'two-factor-required' && !verifying) return null
  const title = ui.title ?? ui.stateName ?? ui.label
  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('sk-banner', className)}
      data-tone={verifying ? 'progress' : 'warning'}
      data-busy={verifying || undefined}
      // No aria-busy here: it would hold back the live region's "Verifying your code..." announcement.
      aria-labelledby={titleId}
    >
      {/* Polite: announced when it appears or changes, without moving focus. */}
      <div className="sk-banner__text" role="status">
        <p id={titleId} className="sk-banner__title">{title}</p>
        <p className="sk-banner__message">{verifying ? messages.ui.twoFactorVerifying : (ui.message ?? ui.explanation)}</p>
      </div>
      {!verifying && onSubmitCode && <TwoFactorCodeForm onSubmitCode={onSubmitCode} messages={messages} />}
      {action && <div className="sk-banner__action">{action}</div>}
      {onDismiss && (
        <button type="button" className="sk-banner__dismiss" aria-label={messages.ui.dismiss} onClick={onDismiss}>
          <span className="sk-icon" aria-hidden="true" />
        </button>
      )}
    </section>
  )
})
