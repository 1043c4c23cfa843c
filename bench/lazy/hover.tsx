/**
 * The first hover in a dashboard as shipped (issue 21): 40 badges from src, whose tooltip module
 * loads on demand (src/internal/tooltip-loader.ts). bench/lazy-tooltip.mjs hovers one and times
 * the hover (the pointerover event's time stamp) to the tooltip positioned on screen, cold (the
 * idle prefetch disabled, so the hover's own pointer move starts the import) and prefetched.
 */
import { createRoot } from 'react-dom/client'
import { StatusBadge, StatusKitProvider } from '../../src'

declare global {
  interface Window {
    /** Resolves to ms from the first pointerover on a badge to its tooltip laid out on screen. */
    hoverToTooltip: Promise<number>
  }
}

const STATUSES = [14, 16, 26, 13, 19, 17, 2, 9]

window.hoverToTooltip = new Promise((resolve) => {
  document.addEventListener(
    'pointerover',
    (event) => {
      const start = event.timeStamp
      const poll = () => {
        const tooltip = document.querySelector('.sk-tooltip')
        const box = tooltip?.getBoundingClientRect()
        // Radix renders the content off screen until floating-ui has placed it.
        if (box && box.width > 0 && box.bottom > 0 && box.top < innerHeight) resolve(performance.now() - start)
        else requestAnimationFrame(poll)
      }
      poll()
    },
    { capture: true, once: true },
  )
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
