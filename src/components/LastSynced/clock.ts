'use client'
import { useSyncExternalStore } from 'react'

/**
 * The present for LastSynced when the app passes no `now`: one shared clock for every instance.
 * A dashboard of 10,000 rows gets one timer, not 10,000: it runs while any LastSynced without a
 * `now` is mounted and re-renders them together on each tick. Its reading is the time rounded down
 * to the tick, a pure function of the clock, so two reads within a tick agree (as
 * useSyncExternalStore requires) and no state needs keeping. On the server and while hydrating
 * there is no present (`null`): the server cannot know when the page is read, so the component
 * shows the absolute time until hydration has finished, and server and browser HTML agree.
 */
export const CLOCK_TICK = 30_000

const listeners = new Set<() => void>()
let timer: ReturnType<typeof setTimeout> | undefined

function schedule() {
  timer = setTimeout(() => {
    for (const listener of listeners) listener()
    schedule()
  }, CLOCK_TICK - (Date.now() % CLOCK_TICK))
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (listeners.size === 1) schedule()
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) clearTimeout(timer)
  }
}

const readClock = () => Math.floor(Date.now() / CLOCK_TICK) * CLOCK_TICK
const noClock = () => null
const noSubscription = () => () => {}

/** `now` as given; without one, the shared clock (`null` on the server and while hydrating). */
export function useNow<T>(now: T | undefined): T | number | null {
  const given = now !== undefined
  const clock = useSyncExternalStore(given ? noSubscription : subscribe, given ? noClock : readClock, noClock)
  return given ? now : clock
}
