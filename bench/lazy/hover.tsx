/**
 * The first hover in a dashboard as shipped (issue 21): 40 badges from src, whose tooltip module
 * loads on demand (src/internal/tooltip-loader.ts). bench/lazy-tooltip.mjs hovers one and times
 * the hover (the pointerover event's time stamp) to the tooltip positioned on screen, cold (the
 * idle prefetch disabled, so the hover's own pointer move starts the import) and prefetched.
 */
import { createRoot } from 'react-dom/client'
import { StatusBadge, StatusKitProvider } from '../../src'

interface HoverTiming {
  /** To the moment a [role=tooltip] entered the document (no frame yet). */
  inDomMs: number
  /** To the animation frame after a [role=tooltip] entered the document, as bench/run.mjs times a tooltip. */
  visibleMs: number
  /** To the first animation frame with the tooltip laid out on screen (floating-ui has placed it). */
  positionedMs: number
}

declare global {
  interface Window {
    /** Times from the first pointerover on a badge (its handler, as bench/run.mjs) to its tooltip. */
    hoverToTooltip: Promise<HoverTiming>
  }
}

const STATUSES = [14, 16, 26, 13, 19, 17, 2, 9]

window.hoverToTooltip = new Promise((resolve) => {
  let start = Number.NaN
  let visibleMs = Number.NaN
  let inDomMs = Number.NaN
  // As bench/run.mjs: the animation frame after a [role=tooltip] entered the document.
  const observer = new MutationObserver(() => {
    if (Number.isNaN(start) || !document.querySelector('[role="tooltip"]')) return
    observer.disconnect()
    inDomMs = performance.now() - start
    requestAnimationFrame(() => (visibleMs = performance.now() - start))
  })
  observer.observe(document.body, { childList: true, subtree: true })
  // Then the first frame with the content placed: Radix keeps it off screen until floating-ui has.
  const poll = () => {
    const box = document.querySelector('.sk-tooltip')?.getBoundingClientRect()
    if (!Number.isNaN(visibleMs) && box && box.width > 0 && box.bottom > 0 && box.top < innerHeight) resolve({ inDomMs, visibleMs, positionedMs: performance.now() - start })
    else requestAnimationFrame(poll)
  }
  const onPointer = () => {
    start = performance.now()
    poll()
  }
  document.addEventListener('pointerover', onPointer, { capture: true, once: true })
})

createRoot(document.getElementById('root')!).render(
  <StatusKitProvider>
    <main style={{ padding: 48, display: 'grid', gridTemplateColumns: 'repeat(4, max-content)', gap: 12 }}>
      {Array.from({ length: 40 }, (_, i) => (
        <StatusBadge key={i} status={STATUSES[i % STATUSES.length]} data-testid={`badge-${i}`} />
      ))}
    </main>
  </StatusKitProvider>,
)
requestAnimationFrame(() => (document.documentElement.dataset.ready = 'true'))
