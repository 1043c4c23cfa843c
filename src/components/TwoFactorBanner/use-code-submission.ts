'use client'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { rejectionMessage } from '../../internal/rejection'
import type { ProvidedMessages } from '../../provider/ui-messages'

/** The code form's state, kept by the banner: the form unmounts at index 4, its request does not. */
export interface CodeSubmission {
  code: string
  setCode: (code: string) => void
  /** The empty-code or rejection message; shown whenever the form is. */
  error: string | null
  /** A submit's promise is pending. */
  busy: boolean
  submit: () => void
}

/**
 * The code as `onSubmitCode` receives it: what one-time-code autofill and pasting bring is
 * normalised (full-width digits to ASCII, every space removed: "123 456" -> "123456"); letters
 * and other characters are kept as typed ("abc" stays "abc"): the API decides what a valid code is.
 */
export function normalizeCode(typed: string): string {
  return typed.normalize('NFKC').replace(/\s+/g, '')
}

/**
 * Submits the code once at a time, and keeps what the user should see next time the form shows:
 * the typed code and a rejection that arrived while the credential was at 4 (issue 19: 13).
 * `inRound` is false once the credential has left 3 and 4: that round's code and error are
 * forgotten, and a late answer to its request changes nothing.
 */
export function useCodeSubmission(
  onSubmitCode: ((code: string) => Promise<unknown> | void) | undefined,
  messages: ProvidedMessages,
  input: RefObject<HTMLInputElement | null>,
  inRound: boolean,
): CodeSubmission {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Synchronous guards: state is stale until the next render, and two requestSubmit() in one task
  // would both pass a `busy` check.
  const inFlight = useRef(false)
  const round = useRef(0)

  useEffect(() => {
    if (inRound) return
    round.current++
    inFlight.current = false
    setCode('')
    setError(null)
    setBusy(false)
  }, [inRound])

  async function submit() {
    if (inFlight.current || !onSubmitCode) return
    const normalized = normalizeCode(code)
    if (normalized === '') {
      setError(messages.ui.twoFactorEmptyCode)
      input.current?.focus()
      return
    }
    const mine = round.current
    inFlight.current = true
    setError(null)
    setBusy(true)
    try {
      await onSubmitCode(normalized)
      if (mine === round.current) setCode('') // a one-time code is spent once sent
    } catch (reason) {
      if (mine === round.current) {
        setError(rejectionMessage(reason) ?? messages.ui.twoFactorSubmitFailed)
        input.current?.focus() // null while the form is away: the banner moves focus when it returns
      }
    } finally {
      if (mine === round.current) {
        inFlight.current = false
        setBusy(false)
      }
    }
  }

  return { code, setCode, error, busy, submit }
}
