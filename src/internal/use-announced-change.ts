'use client'
import { useEffect, useRef } from 'react'
import type { ConnectionOutcome } from '../core/outcome'
import type { Announcer } from './announcer'

/**
 * Reports a change of `value` (a status code, a credential kind) to the provider's announcer, not
 * its first render: a page load is not news. The outcome is worked out only when the value changed.
 */
export function useAnnouncedChange(announcer: Announcer | null, value: unknown, outcome: () => ConnectionOutcome, subject: string | undefined): void {
  const previous = useRef(value)
  useEffect(() => {
    if (Object.is(previous.current, value)) return
    previous.current = value
    announcer?.report(previous, outcome(), subject)
    // Only a new value is news; outcome and subject follow from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, announcer])
}
