import type { ComponentType } from 'react'
import { warnOnce } from './dev-warning'
import type { ActiveTooltipProps, TooltipActivation } from './LazyTooltip'

/*
 * The tooltip stack (our ActiveTooltip, Radix Tooltip, floating-ui) is a separate module that a
 * page loads on demand: a dashboard's initial JavaScript does not carry it (issue 21). The first
 * trigger to render schedules a prefetch for when the page is idle, and the page's first pointer
 * move, press or key press starts it at once: a pointer or a Tab reaches a badge after that, so the
 * module is usually there before the first tooltip is asked for (bench/RESULTS.md, "Bytes before
 * first use"). Once loaded, tooltips open synchronously, as before.
 */

export type TooltipComponent = ComponentType<ActiveTooltipProps>

let loaded: TooltipComponent | null = null
let loading: Promise<TooltipComponent | null> | null = null

/**
 * Activations that must mount closed: their tooltip has opened once (a later mount for the same
 * activation, the tooltip turned off and on again or a step that came back, waits for the next
 * hover, focus or tap), or the pointer or focus left before the module arrived.
 */
export const settled = new WeakSet<TooltipActivation<unknown>>()

/** The tooltip component if its module is loaded: then a tooltip opens in the same render. */
export const loadedTooltip = (): TooltipComponent | null => loaded

/**
 * Loads the tooltip module once; resolves to null if it cannot be loaded (a failed chunk request):
 * no tooltip then, and no error thrown into the app. The next call tries again.
 */
export function loadTooltip(): Promise<TooltipComponent | null> {
  loading ??= import('./ActiveTooltip').then(
    (module) => (loaded = module.ActiveTooltip),
    (error: unknown) => {
      loading = null
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce(`the tooltip module failed to load, so no tooltip opens: ${String(error)}`)
      return null
    },
  )
  return loading
}

const EARLY_EVENTS = ['pointermove', 'pointerdown', 'keydown'] as const
let scheduled = false

/**
 * Called while a trigger renders (a flag test: no effect per badge, see bench/RESULTS.md). In a
 * browser, the first call asks for the module when the page is idle or at the first pointer move,
 * press or key press, whichever comes first. Never on the server.
 */
export function prefetchTooltip(): void {
  if (scheduled || loaded || typeof window === 'undefined') return
  scheduled = true
  const start = () => {
    for (const type of EARLY_EVENTS) window.removeEventListener(type, start, true)
    void loadTooltip()
  }
  for (const type of EARLY_EVENTS) window.addEventListener(type, start, { capture: true, passive: true })
  // Idle callbacks wait while the page is busy: a second at most. Safari has none: a timer.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 })
  else setTimeout(start, 200)
}
