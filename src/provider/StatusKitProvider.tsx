'use client'
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { mergeMessages } from '../core/messages'
import { describeValue, warnOnce } from '../internal/dev-warning'
import { createAnnouncer, DEFAULT_ANNOUNCED_OUTCOMES, type AnnouncementOptions, type Announcer, type AnnouncerSettings } from '../internal/announcer'
import { defaultProvidedMessages, type LiveDashboardSection, type PartialStatusKitMessages, type ProvidedMessages, type UiMessages } from './ui-messages'

export interface StatusKitContextValue {
  /** The merged catalog; the live-dashboard sections only as overridden (`useLiveDashboardMessages` completes them). */
  messages: ProvidedMessages
  locale: string
  tooltipDelay: number
  /** The provider's change announcer; `null` without a provider (no live region to speak in). */
  announcer: Announcer | null
  /**
   * Speaks the app's own sentence ("Filter applied: 3 connections.") in the provider's live
   * region, batched with the status news of the same interval. Without a provider, or with
   * `announcements={false}`, it does nothing (without a provider: one development warning).
   */
  announce: (message: string) => void
  /** Whether badges, pills and compact steppers are tab stops (`focusable` prop default). */
  focusable: boolean
  /** The IANA zone absolute times are shown in; `undefined`: the reader's own, once hydrated. */
  timeZone: string | undefined
}

/** Milliseconds a sentence stays in the live region: long enough for a queued polite announcement. */
const CLEAR_SPOKEN_AFTER = 7000

const defaultContext: StatusKitContextValue = { messages: defaultProvidedMessages, locale: 'en', tooltipDelay: 0, announcer: null, announce: announceWithoutProvider, focusable: true, timeZone: undefined }
const StatusKitContext = createContext<StatusKitContextValue>(defaultContext)

export interface StatusKitProviderProps {
  /** Texts to replace: any part of the message catalog (labels, descriptions, tooltips, screen-reader text). */
  messages?: PartialStatusKitMessages
  /**
   * BCP 47 locale for dates and relative times ("3 minutes ago").
   * @default 'en'
   */
  locale?: string
  /**
   * Milliseconds from pointer enter to tooltip open once a tooltip has been used. The first hover
   * of a trigger always opens at once.
   * @default 0
   */
  tooltipDelay?: number
  /**
   * One polite live region (WCAG 4.1.3) for the status changes `useConnectionAnnouncements`
   * reports from the app's data, and for the app's own sentences (`useStatusKit().announce`),
   * batched into one sentence per second ("3 connections need attention"). On by default: a
   * change a sighted user sees must reach a screen-reader user too, and only failed, needs
   * attention and synced are spoken. `false` turns it off (when the app announces itself).
   * @default {}
   */
  announcements?: false | AnnouncementOptions
  /**
   * Whether badges, pills and compact steppers below are tab stops. `false` for grids whose cells
   * own focus (WAI-ARIA grid pattern): no tab stop, and the tooltip opens when the focused cell
   * contains the trigger. Each component's own `focusable` prop wins.
   * @default true
   */
  focusable?: boolean
  /**
   * The IANA time zone ("Europe/Berlin", "UTC") absolute times are shown in, with the zone's name
   * ("Nov 25, 2026, 10:00 AM CET"). Without it, times are shown in the reader's own zone; a page
   * rendered on the server shows them in UTC (named) until it has hydrated, since the server
   * cannot know the reader's zone and the HTML must match on both sides. Give it when the server
   * knows the zone (a user setting) to render the final text on the server.
   * @default undefined (the reader's zone)
   */
  timeZone?: string
  children?: ReactNode
}

/**
 * Optional: translations and shared settings for every statuskit component below it. Components
 * work without it, in English.
 */
export function StatusKitProvider({ messages, locale = 'en', tooltipDelay = 0, announcements = {}, focusable = true, timeZone, children }: StatusKitProviderProps) {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && timeZone !== undefined) checkTimeZone(timeZone)
  // Catalogs are compared by content, not identity: `messages={{ ... }}` written inline is a new
  // but equal object on every render, and must not re-render every component below. The content
  // key is computed once per new object (a few microseconds for a partial catalog).
  const key = useMemo(() => catalogKey(messages), [messages])
  // Keyed on `key` alone: it stands for the content of `messages`.
  const merged = useMemo(() => (messages ? provideMessages(messages) : defaultProvidedMessages), [key])
  const [spoken, setSpoken] = useState('')
  // The announcer lives as long as the provider and reads its settings when it speaks.
  const settings = useRef<AnnouncerSettings>(null!)
  settings.current = {
    enabled: announcements !== false,
    outcomes: (announcements && announcements.outcomes) || DEFAULT_ANNOUNCED_OUTCOMES,
    delay: announcements ? (announcements.delay ?? 1000) : 1000,
    messages: merged,
    locale,
    speak: (message) => {
      // The same sentence twice in a row is still news: a changed text node makes the region speak.
      setSpoken((previous) => (previous === message ? `${message}\u00a0` : message))
      if (announcements) announcements.onAnnounce?.(message)
    },
  }
  // Gone from the page, it speaks no more: a child's cleanup runs after this one's (a route change
  // saying "Filter cleared."), and would otherwise be spoken and logged for a page that is gone.
  // True from the first render: children's mount effects run before the provider's.
  const mounted = useRef(true)
  const [announcer] = useState(() => createAnnouncer(() => (mounted.current ? settings.current : { ...settings.current, enabled: false })))
  useEffect(() => {
    mounted.current = true // StrictMode's second mount
    return () => {
      mounted.current = false
      announcer.cancel()
    }
  }, [announcer])
  // Turned off, nothing pending may be spoken later, and the region must not come back with the
  // last sentence in it: a screen reader would read old news as new.
  const enabled = announcements !== false
  if (!enabled && spoken !== '') setSpoken('')
  useEffect(() => {
    if (!enabled) announcer.cancel()
  }, [enabled, announcer])
  // Spoken news is emptied after a while (as React Aria's announcer does): a screen reader that
  // reads the page later must not find "Xero failed." once Xero is retrying quietly. Removing
  // text is not spoken (aria-relevant defaults to additions and text).
  useEffect(() => {
    if (spoken === '') return
    const timer = setTimeout(() => setSpoken(''), CLEAR_SPOKEN_AFTER)
    return () => clearTimeout(timer)
  }, [spoken])
  const value = useMemo<StatusKitContextValue>(
    () => ({ messages: merged, locale, tooltipDelay, announcer, announce: announcer.say, focusable, timeZone }),
    [merged, locale, tooltipDelay, announcer, focusable, timeZone],
  )
  return (
    <StatusKitContext.Provider value={value}>
      {children}
      {announcements !== false && (
        <div className="sk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {spoken}
        </div>
      )}
    </StatusKitContext.Provider>
  )
}

/**
 * The consumer's texts over the shared defaults. The live-dashboard sections have no defaults
 * here (they ship with their components): the overrides pass through as given, and
 * `useLiveDashboardMessages` lays them over the component's defaults.
 */
function provideMessages(overrides: PartialStatusKitMessages): ProvidedMessages {
  const { outcomes, summary, history, freshness, nextStep, twoFactorQueue, activity } = overrides
  return { ...mergeMessages(defaultProvidedMessages, overrides), outcomes, summary, history, freshness, nextStep, twoFactorQueue, activity }
}

/**
 * What identifies a catalog's content: its JSON (texts are strings). A catalog JSON cannot write
 * (a cycle, a BigInt) is its own key: compared by identity, as before.
 */
function catalogKey(messages: PartialStatusKitMessages | undefined): unknown {
  if (messages === undefined) return undefined
  try {
    return JSON.stringify(messages)
  } catch {
    return messages
  }
}

/** Without a provider there is no live region: one warning, however many sentences (`_message` unused). */
function announceWithoutProvider(_message: string): void {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce('announce() was called without a StatusKitProvider: there is no live region to speak in. Nothing was announced.')
}

/** One development warning for a zone Intl does not know (times are then shown in UTC, named). */
function checkTimeZone(timeZone: unknown): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timeZone as string })
  } catch {
    warnOnce(`StatusKitProvider timeZone ${describeValue(timeZone)} is not an IANA time zone ("Europe/Berlin", "UTC"). Times are shown in UTC.`)
  }
}

/** The provider's settings, or the English defaults without one. */
export function useStatusKit(): StatusKitContextValue {
  return useContext(StatusKitContext)
}

/**
 * A live-dashboard section of the catalog, complete: the component's English `defaults` with the
 * provider's overrides of that section laid over them.
 */
export function useLiveDashboardMessages<Section extends LiveDashboardSection>(section: Section, defaults: UiMessages[Section]): UiMessages[Section] {
  const overrides = useContext(StatusKitContext).messages[section]
  return useMemo(() => (overrides ? mergeMessages(defaults, overrides) : defaults), [overrides, defaults])
}
