'use client'
import { useState } from 'react'
import { formatMessage } from '../../core/messages'
import type { ProvidedMessages } from '../../provider/ui-messages'
import type { defaultTwoFactorQueueMessages } from './messages'
import type { QueueEntryData, ReadItems } from './read-items'

type QueueTexts = typeof defaultTwoFactorQueueMessages

/** What became of an entry that left: verified (5..7), the API's title for it, or gone from your list. */
function leftSentence(id: string, subject: string, all: ReadItems['all'], texts: QueueTexts, messages: ProvidedMessages): string {
  const now = all.get(id)
  if (!now) return formatMessage(texts.left, { subject })
  if (now.ui.kind === 'active') return formatMessage(texts.verified, { subject })
  return formatMessage(messages.ui.twoFactorSubject.status, { subject, title: now.ui.title ?? now.ui.stateName ?? now.ui.label })
}

/**
 * The queue's note and whether it stays empty. When one entry leaves, the note says what became
 * of it (in the live region, with the new count); several at once, the count alone says it. When
 * the last leaves while the user is in the queue, it stays ("No connection needs a 2FA code now.")
 * and goes with the first new `items` after focus has left it: never on a timer or on the blur
 * itself, which could take it away under the pointer (the banner's rule, issue 19: 12).
 */
export function useQueueChanges(
  items: unknown,
  { listed, all }: ReadItems,
  userIsInQueue: () => boolean,
  texts: QueueTexts,
  messages: ProvidedMessages,
): { note: string | null; held: boolean } {
  const key = listed.map((entry) => entry.id).join('\u0000')
  const [previous, setPrevious] = useState<{ key: string; items: unknown; listed: QueueEntryData[] }>({ key, items, listed })
  const [note, setNote] = useState<string | null>(null)
  const [held, setHeld] = useState(false)
  // Derived from the previous render's props (React's pattern for "when a prop changes").
  if (previous.key !== key || previous.items !== items) {
    if (previous.key !== key) {
      const ids = new Set(listed.map((entry) => entry.id))
      const gone = previous.listed.filter((entry) => !ids.has(entry.id))
      if (gone.length > 0) setNote(gone.length === 1 ? leftSentence(gone[0]!.id, gone[0]!.subject, all, texts, messages) : null)
    }
    setHeld(listed.length === 0 && (previous.listed.length > 0 || held) && userIsInQueue())
    setPrevious({ key, items, listed })
  }
  return { note, held: listed.length === 0 && held }
}
