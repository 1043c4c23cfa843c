'use client'
import { useId, useLayoutEffect, useRef, useState, type FormEvent, type RefObject } from 'react'
import { VisuallyHidden } from '../../internal/VisuallyHidden'
import type { ProvidedMessages } from '../../provider/ui-messages'

interface TwoFactorCodeFormProps {
  onSubmitCode: (code: string) => Promise<unknown> | void
  messages: ProvidedMessages
  /** The banner's message ("sent to ***@gmail.com"), which describes the field. */
  hintId: string
  /** The code input, for the banner to return focus to. */
  inputRef: RefObject<HTMLInputElement | null>
  /** Called when the form leaves the page while it holds focus (the credential moved on to 4). */
  onRemovedWithFocus: () => void
}

/**
 * The code as `onSubmitCode` receives it: what one-time-code autofill and pasting bring is
 * normalised (full-width digits to ASCII, every space removed: "123 456" -> "123456"); letters
 * and other characters are kept as typed ("abc" stays "abc"): the API decides what a valid code is.
 */
export function normalizeCode(typed: string): string {
  return typed.normalize('NFKC').replace(/\s+/g, '')
}

/** A rejection's message: an Error's or a `{ message }`'s, or a string; null when it has none. */
function rejectionMessage(reason: unknown): string | null {
  const message = typeof reason === 'string' ? reason : typeof reason === 'object' && reason !== null && 'message' in reason ? reason.message : null
  return typeof message === 'string' && message.trim() !== '' ? message : null
}

/**
 * One field for the code: an empty code or a rejected submit shows its error and keeps the typed
 * code; a successful submit clears it (a one-time code is spent once sent).
 */
export function TwoFactorCodeForm({ onSubmitCode, messages, hintId, inputRef: input, onRemovedWithFocus }: TwoFactorCodeFormProps) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  const inputId = useId()
  const errorId = useId()
  const removedWithFocus = useRef(onRemovedWithFocus)
  removedWithFocus.current = onRemovedWithFocus

  // A layout effect's cleanup runs before React removes the form's elements: focus is still inside.
  useLayoutEffect(() => {
    const element = form.current
    return () => {
      if (element?.contains(document.activeElement)) removedWithFocus.current()
    }
  }, [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const normalized = normalizeCode(code)
    if (normalized === '') {
      setError(messages.ui.twoFactorEmptyCode)
      input.current?.focus()
      return
    }
    setError(null)
    setBusy(true)
    try {
      await onSubmitCode(normalized)
      setCode('')
    } catch (reason) {
      setError(rejectionMessage(reason) ?? messages.ui.twoFactorSubmitFailed)
      input.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form ref={form} className="sk-banner__form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <label className="sk-banner__label" htmlFor={inputId}>
        {messages.ui.twoFactorCodeLabel}
      </label>
      <div className="sk-banner__row">
        <input
          ref={input}
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
        <button type="submit" className="sk-banner__submit" aria-disabled={busy || undefined} data-busy={busy || undefined}>
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
