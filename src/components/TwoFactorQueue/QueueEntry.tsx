'use client'
import { useId, useMemo, useRef, useState } from 'react'
import { focusDropped, focusStaysWithin } from '../../internal/focus'
import type { ProvidedMessages } from '../../provider/ui-messages'
import { TwoFactorCodeForm } from '../TwoFactorBanner/TwoFactorCodeForm'
import { useCodeSubmission } from '../TwoFactorBanner/use-code-submission'
import { useIsomorphicLayoutEffect } from '../TwoFactorBanner/use-isomorphic-layout-effect'
import type { QueueEntryData } from './read-items'

interface QueueEntryProps {
  entry: QueueEntryData
  onSubmitCode: ((id: string, code: string) => Promise<unknown> | void) | undefined
  messages: ProvidedMessages
  /** Registers the entry's button, for the queue to move focus to when a neighbour leaves. */
  toggleRef: (element: HTMLButtonElement | null) => void
}

/**
 * One credential of the queue: a disclosure button named for the connection (WAI-ARIA disclosure:
 * focus stays on the button) that opens its own code form. The entry keeps its code, error and
 * pending request while it is listed (the form itself goes at 4, as in the banner).
 */
export function QueueEntry({ entry, onSubmitCode, messages, toggleRef }: QueueEntryProps) {
  const { id, subject, ui, phase } = entry
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const hintId = useId()
  const stateId = useId()
  const toggle = useRef<HTMLButtonElement | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const focusInside = useRef(false)
  const submit = useMemo(() => onSubmitCode && ((code: string) => onSubmitCode(id, code)), [onSubmitCode, id])
  // Always in its round: the entry unmounts when its credential leaves 3 and 4.
  const submission = useCodeSubmission(submit, messages, input, true)
  useEntryFocus(phase, focusInside, toggle, input)

  return (
    <li
      className="sk-tfa-queue__entry"
      data-entry-id={id}
      data-phase={phase}
      onFocus={() => (focusInside.current = true)}
      onBlur={(event) => (focusInside.current = focusStaysWithin(event))}
    >
      <button
        ref={(element) => {
          toggle.current = element
          toggleRef(element)
        }}
        type="button"
        className="sk-tfa-queue__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-describedby={phase === 'verifying' ? stateId : undefined}
        onClick={() => setOpen(!open)}
      >
        {subject}
      </button>
      {phase === 'verifying' && (
        <span id={stateId} className="sk-tfa-queue__state">
          {messages.ui.twoFactorVerifying}
        </span>
      )}
      {open && (
        <div id={panelId} className="sk-tfa-queue__panel">
          {/* The API's message ("sent to ***@gmail.com") describes the field, as in the banner. */}
          <p id={hintId} className="sk-banner__message">{ui.message ?? ui.explanation}</p>
          {phase === 'code' && onSubmitCode && <TwoFactorCodeForm submission={submission} messages={messages} hintId={hintId} inputRef={input} subject={subject} />}
        </div>
      )}
    </li>
  )
}

/**
 * Focus never drops from an entry: its form goes at 3 -> 4, so focus in it moves to the entry's
 * button; back at 3, focus on that button returns to the field (where a rejection is shown).
 */
function useEntryFocus(
  phase: QueueEntryData['phase'],
  focusInside: { current: boolean },
  toggle: { current: HTMLElement | null },
  input: { current: HTMLElement | null },
) {
  const previous = useRef(phase)
  useIsomorphicLayoutEffect(() => {
    const returned = previous.current === 'verifying' && phase === 'code'
    previous.current = phase
    const dropped = focusInside.current && focusDropped(document)
    if (input.current && (dropped || (returned && document.activeElement === toggle.current))) input.current.focus()
    else if (dropped) toggle.current?.focus()
  }, [phase])
}
