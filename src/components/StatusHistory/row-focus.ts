'use client'
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'
import { focusDropped, focusStaysWithin } from '../../internal/focus'
import { rovingKeyTarget } from '../PipelineProgress/keyboard'

/** The rows of a history list, in order (the stall warning is no row). */
const ROW = ':scope > .sk-history__event'
const rowsOf = (list: HTMLOListElement) => list.querySelectorAll<HTMLElement>(ROW)
const badgeOf = (row: Element | undefined) => row?.querySelector<HTMLElement>('.sk-badge') ?? null
const keyOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.sk-history__event')?.dataset.key : undefined) ?? null

/**
 * The history's keyboard model (WAI-ARIA APG roving tabindex, as the stepper's): the list is one
 * tab stop, on the row last focused (at first the latest event), and arrow keys, Home and End move
 * between rows. Rows are named by their event's key, so the tab stop follows its event when events
 * arrive. Focus is never dropped to the page: the focused row stays shown while it has focus (see
 * StatusHistory), and when its event leaves the feed, focus moves to the list's tab stop.
 */
export function useRowFocus(listRef: RefObject<HTMLOListElement | null>, enabled: boolean) {
  /** The row that has focus, `null` while focus is elsewhere. */
  const [focused, setFocused] = useState<string | null>(null)
  /** The row last focused: the tab stop while it is shown. */
  const [tabStop, setTabStop] = useState<string | null>(null)
  /** A row to focus once rendered (the first one "Show earlier" revealed). */
  const pending = useRef<string | null>(null)

  // A passive effect, not a layout one: that warns in a React 18 server render (issue 19, item 16).
  useEffect(() => {
    const list = listRef.current
    if (!enabled || !list) return
    if (pending.current !== null) {
      badgeOf(list.querySelector(`${ROW}[data-key="${pending.current}"]`) ?? undefined)?.focus()
      pending.current = null
    } else if (focused !== null && focusDropped(list.ownerDocument)) {
      // The focused row unmounted (its event left the feed): the list's tab stop takes focus.
      list.querySelector<HTMLElement>(`${ROW} .sk-badge[tabindex="0"]`)?.focus()
    }
  })

  return {
    focused,
    tabStop,
    /** Focus this row after the next render. */
    focusAfterRender: (key: string) => void (pending.current = key),
    onFocus: (event: FocusEvent) => {
      const key = keyOf(event.target)
      setFocused(key)
      if (key !== null) setTabStop(key)
    },
    onBlur: (event: FocusEvent) => {
      // A row that still has focus (the window lost it) must stay shown: a poll meanwhile would hide it.
      if (!focusStaysWithin(event)) setFocused(null)
    },
    onKeyDown: (event: KeyboardEvent<HTMLOListElement>) => {
      if (!enabled) return
      const rows = [...rowsOf(event.currentTarget)]
      const next = rovingKeyTarget(event, rows.findIndex((row) => row.contains(event.target as Node)), rows.length)
      if (next === null) return
      badgeOf(rows[next])?.focus()
    },
  }
}
