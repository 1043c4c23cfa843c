/**
 * The benchmark page. It renders nothing by itself: the harness (bench/run.mjs) drives it through
 * `window.bench`, one measurement per call, so that Playwright can interleave candidates and move
 * the real mouse between calls.
 */
import { flushSync } from 'react-dom'
import type { ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { otherCandidates, type Candidate } from './candidates'
import { makeRows, type Rows } from './data'
import { badgeRenderVariants } from './badge-variants'
import { diffCost } from './diff-cost'
import { leanVariants } from './lean-variants'
import { parentUpdates } from './messages'
import { ourCandidates } from './ours'
import { pipelineVariants, variantCandidates } from './variants'
// Our stylesheet applies to the whole page (floors included), so layout work is alike for all.
import '../../src/styles/index.css'
import './page.css'

const withVariants = new URLSearchParams(location.search).has('variants')
const candidates = new Map<string, Candidate>(
  [...otherCandidates, ...ourCandidates, ...(withVariants ? [...leanVariants, ...variantCandidates, ...badgeRenderVariants, ...pipelineVariants] : [])].map((c) => [c.name, c]),
)

interface Mounted {
  candidate: Candidate
  container: HTMLElement
  root: Root
  next: Rows
}

let mounted: Mounted | null = null
let prepared: (Mounted & { element: ReactElement }) | null = null
let pendingUpdate: { before: string; element: ReactElement } | null = null
let pendingTooltip: Promise<TooltipTiming | null> | null = null

export interface MountTiming {
  /** `flushSync(render)`: render and commit. */
  ms: number
  /** The forced style and layout right after the commit. */
  layoutMs: number
  /** How many `itemSelector` elements rendered (the harness checks it equals N). */
  count: number
}

export interface TooltipTiming {
  /** From the first pointer event to the moment a `[role=tooltip]` is in the document. */
  inDomMs: number
  /** ... to the next animation frame, whose paint shows it. */
  visibleMs: number
}

/**
 * Every candidate's rows go in one fresh element, as in a real table or list. Without it React
 * places each of the N root children on its own, searching siblings for each (getHostSibling), a
 * quadratic cost that swamps the candidates at N = 5,000 and flatters every ratio.
 */
function list(rows: ReactElement): ReactElement {
  return <div className="bench-list">{rows}</div>
}

function gc(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

function itemFingerprint(m: Mounted): string {
  return Array.from(m.container.querySelectorAll(m.candidate.itemSelector)).slice(0, 3).map((el) => el.outerHTML).join('')
}

const api = {
  names: (): Array<{ name: string; floor: string | null; markupOf: string | null; tooltip: boolean; keyboard: boolean }> =>
    [...candidates.values()].map((c) => ({
      name: c.name,
      floor: c.floor ?? null,
      markupOf: c.markupOf ?? null,
      tooltip: c.hoverSelector !== undefined,
      keyboard: c.keyboard ?? false,
    })),

  /** The HTML two candidates commit for the same n rows: a markup floor must equal its component's. */
  committedHtml(names: string[], n: number): string[] {
    return names.map((name) => {
      const container = document.createElement('div')
      const root = createRoot(container)
      flushSync(() => root.render(list(candidates.get(name)!.render(makeRows(n, 0)))))
      const html = container.innerHTML
      root.unmount()
      return html
    })
  },

  /**
   * Everything a mount needs but the mount itself: rows, a fresh container (`hidden`: under
   * display: none, so that no style, layout or paint follows and a CPU-time reading around `mount`
   * holds the commit alone), a root, the element; then a garbage collection.
   */
  prepare(name: string, n: number, hidden = false): void {
    if (mounted || prepared) throw new Error('still mounted')
    const candidate = candidates.get(name)
    if (!candidate) throw new Error(`no candidate ${name}`)
    const container = document.createElement('div')
    container.className = 'bench-rows'
    container.hidden = hidden
    document.getElementById('stage')!.append(container)
    prepared = { candidate, container, root: createRoot(container), element: list(candidate.render(makeRows(n, 0))), next: makeRows(n, 1) }
    gc()
  },

  /** Mounts what `prepare` made; `layout: false` skips the forced layout (for CPU profiles). */
  mount(layout = true): MountTiming {
    const { candidate, container, root, element, next } = prepared!
    prepared = null
    const t0 = performance.now()
    flushSync(() => root.render(element))
    const t1 = performance.now()
    if (layout) void container.offsetHeight
    const t2 = performance.now()
    mounted = { candidate, container, root, next }
    return { ms: t1 - t0, layoutMs: t2 - t1, count: container.querySelectorAll(candidate.itemSelector).length }
  },

  prepareUpdate(): void {
    const m = mounted!
    pendingUpdate = { before: itemFingerprint(m), element: list(m.candidate.render(m.next)) }
    gc()
  },

  /** Re-renders with every row's status changed; `changed` checks that the DOM followed. */
  update(layout = true): { ms: number; layoutMs: number; changed: boolean } {
    const m = mounted!
    const { before, element } = pendingUpdate!
    pendingUpdate = null
    const t0 = performance.now()
    flushSync(() => m.root.render(element))
    const t1 = performance.now()
    if (layout) void m.container.offsetHeight
    const t2 = performance.now()
    return { ms: t1 - t0, layoutMs: t2 - t1, changed: itemFingerprint(m) !== before }
  },

  /** Centre of the element to hover (the fourth row's, always in view), in CSS pixels. */
  hoverPoint(): { x: number; y: number } | null {
    const m = mounted!
    if (!m.candidate.hoverSelector) return null
    const el = m.container.querySelectorAll(m.candidate.hoverSelector)[3] ?? m.container.querySelector(m.candidate.hoverSelector)
    if (!el) return null
    const rect = el.getBoundingClientRect()
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  },

  /**
   * Focuses the element just before the rows, so that the next Tab lands on the first row's first
   * tab stop (a trigger that has never been used).
   */
  focusBeforeRows(): void {
    document.getElementById('before-stage')!.focus()
  },

  /**
   * Starts watching for the first `pointerover` (or `focusin`) and for a tooltip; call before the
   * mouse moves or the key is pressed.
   */
  armTooltip(timeoutMs: number, startEvent: 'pointerover' | 'focusin' = 'pointerover'): void {
    pendingTooltip = new Promise((resolve) => {
      let start = Number.NaN
      let done = false
      const finish = (value: TooltipTiming | null) => {
        if (done) return
        done = true
        document.removeEventListener(startEvent, onPointer, true)
        observer.disconnect()
        clearTimeout(timer)
        resolve(value)
      }
      const check = () => {
        if (done || Number.isNaN(start) || !document.querySelector('[role="tooltip"]')) return
        const inDom = performance.now()
        observer.disconnect()
        requestAnimationFrame(() => {
          const visible = performance.now()
          const tooltip = document.querySelector('[role="tooltip"]')
          finish(tooltip && tooltip.getClientRects().length > 0 ? { inDomMs: inDom - start, visibleMs: visible - start } : null)
        })
      }
      const onPointer = () => {
        if (Number.isNaN(start)) start = performance.now()
        queueMicrotask(check) // in case the tooltip appeared synchronously
      }
      const observer = new MutationObserver(check)
      observer.observe(document.body, { childList: true, subtree: true })
      document.addEventListener(startEvent, onPointer, true)
      const timer = setTimeout(() => finish(null), timeoutMs)
    })
  },

  tooltipResult: (): Promise<TooltipTiming | null> => pendingTooltip ?? Promise.resolve(null),

  /** Inline vs hoisted provider messages under parent re-renders (bench/messages.mjs). */
  parentUpdates,

  /** Issue 21: the announcements diff on 10,000 items (bench/page/diff-cost.ts). */
  ...diffCost,

  tooltipOpen: (): boolean => document.querySelector('[role="tooltip"]') !== null,

  /** Unmounts and removes the container; returns how many tooltips the unmount left behind. */
  unmount(): { leftover: number } {
    const m = mounted!
    m.root.unmount()
    m.container.remove()
    mounted = null
    return { leftover: document.querySelectorAll('[role="tooltip"]').length }
  },
}

declare global {
  interface Window {
    bench: typeof api
  }
}
window.bench = api
document.documentElement.dataset.ready = 'true'
