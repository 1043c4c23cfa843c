'use client'
import { clsx } from 'clsx'
import { forwardRef, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react'
import { formatMessage } from '../../core/messages'
import { focusDropped, focusStaysWithin } from '../../internal/focus'
import { formatCount } from '../../internal/format'
import { useLiveDashboardMessages, useStatusKit } from '../../provider/StatusKitProvider'
import { useIsomorphicLayoutEffect } from '../TwoFactorBanner/use-isomorphic-layout-effect'
import { defaultTwoFactorQueueMessages } from './messages'
import { QueueEntry } from './QueueEntry'
import { readItems, type TwoFactorQueueItem } from './read-items'
import { useQueueChanges } from './use-queue-changes'

export interface TwoFactorQueueProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * Every credential that may need a code, as `{ id, subject, credential }`: those at index 3 and
   * 4 are listed, in your order; the rest are not. Pass your whole list on every poll: an entry
   * whose credential moved on says how it ended ("Xero: code verified.").
   */
  items: readonly TwoFactorQueueItem[]
  /**
   * Shows a code form in each entry; called with the entry's `id` and the code without spaces.
   * A rejection's message is shown in that entry, the code kept, as in `TwoFactorBanner`.
   */
  onSubmitCode?: (id: string, code: string) => Promise<unknown> | void
  /**
   * How many entries show before "Show all": a few to act on, not hundreds of tab stops.
   * @default 5
   */
  limit?: number
  /**
   * The heading level of the queue's title, to fit the page's outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}

/**
 * One banner for many credentials that need a 2FA code (a dashboard had 284): its heading counts
 * them and names the region, each entry opens its own form, and a cap keeps the list short. Focus
 * that was in an entry that leaves moves to the entry now in its place (else the one before, else
 * the status text), and the polite status says what became of it and how many are left.
 */
export const TwoFactorQueue = forwardRef<HTMLElement, TwoFactorQueueProps>(function TwoFactorQueue(
  { items, onSubmitCode, limit = 5, headingLevel = 2, className, ...rest },
  ref,
) {
  const { messages, locale } = useStatusKit()
  const texts = useLiveDashboardMessages('twoFactorQueue', defaultTwoFactorQueueMessages)
  const titleId = useId()
  const read = useMemo(() => readItems(items, messages), [items, messages])
  const { listed } = read
  const [showAll, setShowAll] = useState(false)
  const status = useRef<HTMLDivElement>(null)
  const toggles = useRef(new Map<string, HTMLButtonElement>())
  // Whether focus is in the queue, and in which entry: removing the focused element fires no blur
  // that reaches React, so both still say where focus was when it dropped to <body>.
  const focusInside = useRef(false)
  const focusedId = useRef<string | null>(null)
  const reveal = useRef<number | null>(null)
  const { note, held } = useQueueChanges(items, read, () => focusInside.current, texts, messages)
  const cap = typeof limit === 'number' && limit >= 1 ? Math.floor(limit) : 5
  const shown = showAll ? listed : listed.slice(0, cap)
  const ids = shown.map((entry) => entry.id)
  useFocusAfterLeaving(ids, shown.length < listed.length, focusInside, focusedId, toggles, status)
  useIsomorphicLayoutEffect(() => {
    if (reveal.current === null) return
    toggles.current.get(listed[reveal.current]?.id ?? '')?.focus()
    reveal.current = null
  }, [showAll])

  if (listed.length === 0 && !held) return null
  const title = listed.length === 0 ? texts.empty : formatCount(texts.title, listed.length, locale)
  const Heading = `h${headingLevel === 3 || headingLevel === 4 || headingLevel === 5 || headingLevel === 6 ? headingLevel : 2}` as const
  return (
    <section
      {...rest}
      ref={ref}
      className={clsx('sk-banner', 'sk-tfa-queue', className)}
      data-tone={listed.length === 0 ? 'success' : 'warning'}
      data-confirming={listed.length === 0 || undefined}
      aria-labelledby={titleId}
      onFocus={(event) => {
        focusInside.current = true
        focusedId.current = event.target.closest<HTMLElement>('[data-entry-id]')?.dataset.entryId ?? null
        rest.onFocus?.(event)
      }}
      onBlur={(event) => {
        focusInside.current = focusStaysWithin(event)
        rest.onBlur?.(event)
      }}
    >
      {/* Polite: the count and what became of the entry that left are announced without moving focus. */}
      <div ref={status} className="sk-banner__text" role="status" tabIndex={-1}>
        <Heading id={titleId} className="sk-banner__title">{title}</Heading>
        <p className="sk-banner__message">{note ?? texts.message}</p>
      </div>
      {shown.length > 0 && (
        <ul className="sk-tfa-queue__list">
          {shown.map((entry) => (
            <QueueEntry
              key={entry.id}
              entry={entry}
              onSubmitCode={onSubmitCode}
              messages={messages}
              toggleRef={(element) => (element ? toggles.current.set(entry.id, element) : toggles.current.delete(entry.id))}
            />
          ))}
        </ul>
      )}
      {shown.length < listed.length && (
        <button
          type="button"
          className="sk-tfa-queue__more"
          onClick={() => {
            reveal.current = shown.length // focus goes to the first entry it reveals
            setShowAll(true)
          }}
        >
          {formatMessage(texts.showAll, { count: new Intl.NumberFormat(locale).format(listed.length) })}
        </button>
      )}
    </section>
  )
})

/**
 * Focus never drops to <body> from the queue (WCAG 2.4.3): when the entry that held it leaves, it
 * moves to the entry now in its place, else the one before it (the last left), else the status
 * text, which says what happened. Focus elsewhere in the page is left alone.
 */
function useFocusAfterLeaving(
  ids: string[],
  more: boolean,
  focusInside: { current: boolean },
  focusedId: { current: string | null },
  toggles: { current: Map<string, HTMLButtonElement> },
  status: { current: HTMLElement | null },
) {
  const previous = useRef(ids)
  // "Show all" goes too when the list shrinks to the cap: focus on it would drop (to the status).
  const key = `${ids.join('\u0000')}\u0000${more}`
  useIsomorphicLayoutEffect(() => {
    const before = previous.current
    previous.current = ids
    if (!focusInside.current || !focusDropped(document)) return
    const gone = focusedId.current === null ? -1 : before.indexOf(focusedId.current)
    const still = (id: string) => ids.includes(id)
    const next = gone < 0 ? undefined : (before.slice(gone + 1).find(still) ?? before.slice(0, gone).reverse().find(still))
    const target = (next === undefined ? undefined : toggles.current.get(next)) ?? status.current
    target?.focus()
  }, [key])
}
