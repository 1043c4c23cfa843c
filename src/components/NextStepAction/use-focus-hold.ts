'use client'
import { useState, type FocusEvent } from 'react'
import { focusStaysWithin } from '../../internal/focus'

/**
 * The step a focused control shows, held until focus leaves: when the status moves on to one with
 * no step (a reconnect that worked), the control must not unmount under focus, which would drop
 * focus to the page (WCAG 2.4.3), as ConnectionHealthSummary keeps a focused count.
 */
export function useFocusHold<Step>(current: Step | null) {
  const [held, setHeld] = useState<Step | null>(null)
  return {
    held,
    onFocus: () => setHeld(current),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      // The window losing focus blurs the control but leaves it the active element: keep it.
      if (!focusStaysWithin(event)) setHeld(null)
    },
  }
}
