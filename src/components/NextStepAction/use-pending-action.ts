'use client'
import { useEffect, useRef, useState } from 'react'
import { rejectionMessage } from '../../internal/rejection'

export interface PendingAction<Action> {
  /** The action whose promise is pending, or null. */
  pending: Action | null
  /** The last failure's message (the rejection's own, else `fallback`) and the action it was for; cleared by the next run. */
  error: { message: string; action: Action } | null
  /** Runs `handler`; false (and nothing runs) while an earlier run is pending. */
  run: (handler: () => unknown, action: Action) => boolean
}

/**
 * One run at a time of an app's handler that may return a promise. The guard is a ref, not state:
 * two clicks in one task both see stale state (as the 2FA form's submit). After an unmount the
 * settled promise changes nothing (no state update on a component that is gone).
 */
export function usePendingAction<Action>(fallback: string): PendingAction<Action> {
  const [pending, setPending] = useState<Action | null>(null)
  const [error, setError] = useState<{ message: string; action: Action } | null>(null)
  const inFlight = useRef(false)
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  function fail(reason: unknown, action: Action) {
    if (mounted.current) setError({ message: rejectionMessage(reason) ?? fallback, action })
  }

  function run(handler: () => unknown, action: Action): boolean {
    if (inFlight.current) return false
    setError(null)
    let result: unknown
    try {
      result = handler()
    } catch (reason) {
      fail(reason, action) // a handler that throws at once fails the same way as one that rejects
      return true
    }
    if (!isThenable(result)) return true
    inFlight.current = true
    setPending(action)
    Promise.resolve(result)
      .catch((reason: unknown) => fail(reason, action))
      .finally(() => {
        inFlight.current = false
        if (mounted.current) setPending(null)
      })
    return true
  }

  return { pending, error, run }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
}
