'use client'
import { useId, useRef, useState, type FormEvent } from 'react'
import type { StatusKitMessages } from '../../provider/ui-messages'

interface TwoFactorCodeFormProps {
  onSubmitCode: (code: string) => Promise<unknown> | void
  messages: StatusKitMessages
}

/** One field for the code: an empty code or a rejected submit shows its error, and the typed code stays. */
export function TwoFactorCodeForm({ onSubmitCode, messages }: TwoFactorCodeFormProps) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const trimmed = code.trim()
    if (trimmed === '') {
      setError(messages.ui.twoFactorEmptyCode)
      input.current?.focus()
      return
    }
    setError(null)
    setBusy(true)
    try {
      await onSubmitCode(trimmed)
    } catch (reason) {
      setError(reason instanceof Error && reason.message ? reason.message : messages.ui.twoFactorSubmitFailed)
      input.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="sk-banner__form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
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
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" className="sk-banner__submit" aria-disabled={busy || undefined} data-busy={busy || undefined}>
          {busy ? messages.ui.twoFactorVerifying : messages.ui.twoFactorSubmit}
        </button>
      </div>
      {error !== null && (
        <p id={errorId} className="sk-banner__error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
