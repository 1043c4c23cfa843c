'use client'
import { useEffect, useRef, useState } from 'react'
import { createSeenConnections, diffConnections } from '../internal/connection-diff'
import { warnOnce } from '../internal/dev-warning'
import { useStatusKit } from './StatusKitProvider'

export interface ConnectionAnnouncementOptions<Item> {
  /**
   * A connection's stable identity: the same connection in every poll, whichever row or page
   * shows it. Not an array index: rows reused for other connections would be heard as changes.
   * @default (item) => item.id
   */
  getId?: (item: Item) => unknown
  /**
   * The connection's name in the sentence ("Xero failed."). Without one, changes are counted
   * ("2 connections failed.").
   * @default (item) => item.name
   */
  getSubject?: (item: Item) => string | undefined
}

const defaultGetId = (item: unknown): unknown => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined)
const defaultGetSubject = (item: unknown): string | undefined => {
  const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined
  return typeof name === 'string' ? name : undefined
}

/**
 * Announces the status changes of a dashboard's connections in the provider's live region, from
 * the data: pass every connection the page knows of (`items` as `summarizeConnections` takes
 * them), not only the rows on screen, so that a change in a row scrolled out of a virtualized
 * table is heard. Each commit is compared with the last seen outcome per id: an id seen for the
 * first time is not news, the same id shown twice is one connection, and a change undone within
 * the batch interval is not spoken. Call it once per list, inside a `StatusKitProvider`.
 */
export function useConnectionAnnouncements<Item>(items: readonly Item[], options: ConnectionAnnouncementOptions<Item> = {}): void {
  const { announcer } = useStatusKit()
  // Kept across commits (and StrictMode's second effect run): the baseline must never be lost.
  const [seen] = useState(createSeenConnections)
  // Inline functions are a new identity each render: the latest is read when the items change.
  const accessors = useRef(options)
  accessors.current = options
  useEffect(() => {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && announcer === null) {
      warnOnce('useConnectionAnnouncements is used without a StatusKitProvider: there is no live region to speak in. Nothing is announced.')
    }
    const { getId = defaultGetId, getSubject = defaultGetSubject } = accessors.current
    // Diffed even when nothing can be spoken, so that turning announcements back on does not
    // report what changed meanwhile as news.
    const changes = diffConnections(seen, items, getId, getSubject, announcer?.notice)
    if (announcer) for (const change of changes) announcer.report(change.id, change.from, change.outcome, change.subject)
    // After every commit, not only when `items` is a new array: a store that mutates its array in
    // place (MobX, a mutable cache) re-renders with the same reference. The diff of an unchanged
    // list allocates nothing (10,000 items within 2 ms).
  })
}
