'use client'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { mergeMessages } from '../core/messages'
import { defaultStatusKitMessages, type PartialStatusKitMessages, type StatusKitMessages } from './ui-messages'

export interface StatusKitContextValue {
  messages: StatusKitMessages
  locale: string
  tooltipDelay: number
}

const defaultContext: StatusKitContextValue = { messages: defaultStatusKitMessages, locale: 'en', tooltipDelay: 0 }
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
  children?: ReactNode
}

/**
 * Optional: translations and shared settings for every statuskit component below it. Components
 * work without it, in English.
 */
export function StatusKitProvider({ messages, locale = 'en', tooltipDelay = 0, children }: StatusKitProviderProps) {
  // Catalogs are compared by content, not identity: `messages={{ ... }}` written inline is a new
  // but equal object on every render, and must not re-render every component below. The content
  // key is computed once per new object (a few microseconds for a partial catalog).
  const key = useMemo(() => catalogKey(messages), [messages])
  // Keyed on `key` alone: it stands for the content of `messages`.
  const merged = useMemo(() => (messages ? mergeMessages(defaultStatusKitMessages, messages) : defaultStatusKitMessages), [key])
  const value = useMemo<StatusKitContextValue>(() => ({ messages: merged, locale, tooltipDelay }), [merged, locale, tooltipDelay])
  return <StatusKitContext.Provider value={value}>{children}</StatusKitContext.Provider>
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

/** The provider's settings, or the English defaults without one. */
export function useStatusKit(): StatusKitContextValue {
  return useContext(StatusKitContext)
}
