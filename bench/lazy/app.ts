/**
 * The lazy-tooltip experiment's page (bench/lazy-tooltip.mjs): the app has React and React DOM
 * (every consumer does) and loads the tooltip module (Radix, Floating UI, our ActiveTooltip) only
 * when asked; with `?prefetch` it asks as soon as the browser is idle, as the proposal would.
 */
import 'react'
import 'react-dom/client'

const loadTooltip = () => import('./tooltip')

declare global {
  interface Window {
    timeTooltipImport: () => Promise<number>
    /** With `?prefetch`: resolves when the prefetched module is ready, to its time since navigation start. */
    prefetched: Promise<number> | null
  }
}

window.prefetched = new URLSearchParams(location.search).has('prefetch')
  ? new Promise((resolve) => requestIdleCallback(() => resolve(loadTooltip().then(() => performance.now()))))
  : null

/** What the first hover would wait for: the tooltip module fetched, parsed and evaluated. */
window.timeTooltipImport = async () => {
  const start = performance.now()
  await loadTooltip()
  return performance.now() - start
}
document.documentElement.dataset.ready = 'true'
