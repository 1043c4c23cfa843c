'use client'
import { useSyncExternalStore } from 'react'
import { useStatusKit } from '../provider/StatusKitProvider'

const subscribe = () => () => {}
const onClient = () => true
const onServer = () => false

/**
 * The zone to show absolute times in, so that server HTML and hydration agree (issue 19): the
 * provider's `timeZone` when given (the same text on both sides); otherwise UTC, named, on the
 * server and while hydrating (the server cannot know the reader's zone), then the reader's own zone
 * once hydrated (React renders again after hydration when the server snapshot differs). A page
 * rendered only in the browser shows the reader's zone from the first render.
 */
export function useDisplayTimeZone(): string | undefined {
  const { timeZone } = useStatusKit()
  const hydrated = useSyncExternalStore(subscribe, onClient, onServer)
  return timeZone ?? (hydrated ? undefined : 'UTC')
}
