'use client'
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { focusDropped } from '../../internal/focus'

/**
 * Keeps focus in the stepper when the focused step leaves it (WCAG 2.4.3): the optional
 * Deduplication step goes once a poll moves the status past it (21 -> 13), and the browser then
 * drops focus to the page, so that the next Tab starts from the top. Focus moves to the stepper's
 * new tab stop instead, and a screen reader reads that step as focus lands on it.
 *
 * Returns the list's ref and one ref for every step's trigger. React detaches a removed node's
 * ref before it takes the node out of the page (React 18 and 19), so the trigger still has focus
 * when its ref is called with null: that is when to note the loss. The move waits for the effect,
 * when the new tab stop carries tabindex="0"; a passive effect, since a layout effect warns in a
 * React 18 server render. Focus the user took elsewhere meanwhile is left alone.
 */
export function useFocusKeeper(): [RefObject<HTMLOListElement | null>, (trigger: HTMLElement | null) => void] {
  const listRef = useRef<HTMLOListElement | null>(null)
  const lost = useRef(false)
  const triggerRef = useCallback((trigger: HTMLElement | null) => {
    const list = listRef.current
    if (trigger === null && list?.contains(list.ownerDocument.activeElement)) lost.current = true
  }, [])
  useEffect(() => {
    if (!lost.current) return
    lost.current = false
    const list = listRef.current
    if (!list || !focusDropped(list.ownerDocument)) return
    list.querySelector<HTMLElement>('.sk-pipeline__trigger[tabindex="0"]')?.focus()
  })
  return [listRef, triggerRef]
}
