'use client'
import { useId, type RefObject } from 'react'
import { formatMessage } from '../../core/messages'
import { VisuallyHidden } from '../../internal/VisuallyHidden'
import type { ProvidedMessages } from '../../provider/ui-messages'
import type { CodeSubmission } from './use-code-submission'

interface TwoFactorCodeFormProps {
  /** The code, error and pending request: the banner keeps them while the form is away (index 4). */
  submission: CodeSubmission
  messages: ProvidedMessages
  /** The banner's message ("sent to ***@gmail.com"), which describes the field. */
  hintId: string
  /** The code input, for the banner to return focus to. */
  inputRef: RefObject<HTMLInputElement | null>
  /** The connection ("Xero"): the field's label and the button's name say it; null: today's texts. */
  subject?: string | null
}

/**
 * One field for the code: an empty code or a rejected submit shows its error and keeps the typed
 * code; a successful submit clears it (a one-time code is spent once sent). No effects: it renders
 * the same on the server (React 18 warns about a layout effect there) and in the browser.
 */
export function TwoFactorCodeForm({ submission, messages, hintId, inputRef, subject = null }: TwoFactorCodeFormProps) {
  const { code, setCode, error, busy, submit } = submission
  const inputId = useId()
  const errorId = useId()
  // A screen reader user moving by form fields meets the label and the button without the heading.
  const named = subject === null ? null : { subject }

  return (
    <form
      className="sk-banner__form"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      noValidate
      aria-busy={busy || undefined}
    >
      <label className="sk-banner__label" htmlFor={inputId}>
        {named ? formatMessage(messages.ui.twoFactorSubject.codeLabel, named) : messages.ui.twoFactorCodeLabel}
      </label>
      <div className="sk-banner__row">
        <input
          ref={inputRef}
          id={inputId}
          className="sk-banner__input"
          name="code"
          type="text"
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          // Read-only rather than disabled while busy, so that focus stays where it is.
          readOnly={busy}
          aria-invalid={error !== null || undefined}
          aria-describedby={error !== null ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => setCode(event.target.value)}
        />
        {/* Busy, the label stays (hidden) to hold the button's width and a spinner shows in its
            place; the accessible name says what happens. */}
        <button
          type="submit"
          className="sk-banner__submit"
          // The visible "Verify" stays, and starts the name (label in name, WCAG 2.5.3); busy, the
          // hidden "Verifying your code…" names it.
          aria-label={named && !busy ? formatMessage(messages.ui.twoFactorSubject.submit, named) : undefined}
          aria-disabled={busy || undefined}
          data-busy={busy || undefined}
        >
          <span className="sk-banner__submit-label" aria-hidden={busy || undefined}>{messages.ui.twoFactorSubmit}</span>
          {busy && (
            <>
              <span className="sk-banner__spinner" aria-hidden="true" />
              <VisuallyHidden>{messages.ui.twoFactorVerifying}</VisuallyHidden>
            </>
          )}
        </button>
      </div>
      {error !== null && (
        <p id={errorId} className="sk-banner__error" role="alert">
          {/* GOV.UK: the prefix tells screen-reader users this is an error, not a hint. */}
          <VisuallyHidden>{messages.ui.errorPrefix}</VisuallyHidden> {error}
        </p>
      )}
    </form>
  )
}
