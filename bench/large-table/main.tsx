/**
 * The large-table benchmark page (issue 20, item 2). It renders nothing by itself: the harness
 * (bench/large-table.mjs) drives it through `window.largeTable`, one measurement per call, and
 * reads CPU time over CDP around each call.
 *
 * Two kinds, the same data: `statuskit` is the Recipes page's dashboard as the story runs it
 * (stories/LargeTable, under a StatusKitProvider as an app has one), `plain` the same grid with
 * plain spans (plain.tsx).
 */
import { useState, type Dispatch, type SetStateAction } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { StatusKitProvider } from '../../src'
import { ConnectionsDashboard } from '../../stories/LargeTable/connections-dashboard'
import type { Connection } from '../../stories/LargeTable/connections-grid'
import { historyOf, makeConnections, nextPoll, seeded } from '../../stories/LargeTable/live-connections'
import { connectionColumns } from '../../stories/LargeTable/connection-columns'
import { PlainDashboard, plainColumns } from './plain'
import '../../src/styles/index.css'
import '../page/page.css'
import './page.css'

/**
 * `statuskit` and `plain` are the comparison; the others, for finding where the difference lies,
 * are the plain dashboard with one column of the recipe's, or its summary (by elimination).
 */
export type Kind = 'statuskit' | 'plain' | 'badge' | 'stepper' | 'pill' | 'summary'
const ONE_COLUMN = { badge: 1, stepper: 2, pill: 3 } as const

const NOW = Date.UTC(2026, 10, 25, 10, 0)
const ROW_HEIGHT = 40 // connections.css
const history = (connection: Connection) => historyOf(connection, NOW)

let setData: Dispatch<SetStateAction<Connection[]>> | null = null

function Harness({ kind, initial }: { kind: Kind; initial: Connection[] }) {
  const [data, set] = useState(initial)
  setData = set
  if (kind === 'plain') return <PlainDashboard connections={data} />
  if (kind === 'statuskit') {
    return (
      <StatusKitProvider>
        <ConnectionsDashboard connections={data} historyOf={history} now={NOW} />
      </StatusKitProvider>
    )
  }
  const column = kind === 'summary' ? -1 : ONE_COLUMN[kind]
  const columns = plainColumns.map((plain, i) => (i === column ? connectionColumns[i]! : plain))
  return (
    <StatusKitProvider>
      <PlainDashboard connections={data} columns={columns} summary={kind === 'summary'} />
    </StatusKitProvider>
  )
}

interface Mounted {
  root: Root
  container: HTMLElement
  data: Connection[]
}
let prepared: (Mounted & { kind: Kind }) | null = null
let mounted: Mounted | null = null
let pending: Connection[] | null = null

const gc = () => (globalThis as { gc?: () => void }).gc?.()
const scroller = () => mounted!.container.querySelector<HTMLElement>('.connections-grid')!
const firstVisible = () => Math.floor(scroller().scrollTop / ROW_HEIGHT)
/** What the first rendered body rows show: an update must change it. */
const fingerprint = () =>
  Array.from(mounted!.container.querySelectorAll('tbody tr'))
    .slice(0, 12)
    .map((row) => row.textContent)
    .join('|')

function measure<T>(work: () => T): { ms: number; layoutMs: number; result: T } {
  const t0 = performance.now()
  const result = work()
  const t1 = performance.now()
  void mounted!.container.offsetHeight
  return { ms: t1 - t0, layoutMs: performance.now() - t1, result }
}

const api = {
  /** Everything the mount needs but the mount: the data, a container, a root; then a GC. */
  prepare(kind: Kind, n: number): void {
    if (prepared || mounted) throw new Error('still mounted')
    const container = document.createElement('div')
    document.getElementById('stage')!.append(container)
    prepared = { kind, root: createRoot(container), container, data: makeConnections(n) }
    gc()
  },

  /** First render: the dashboard over all n connections, rendered, committed and laid out. */
  mount(): { ms: number; layoutMs: number; rows: number; rowCount: number; elements: number; tabStops: number } {
    const { kind, root, container, data } = prepared!
    prepared = null
    mounted = { root, container, data }
    const { ms, layoutMs } = measure(() => flushSync(() => root.render(<Harness kind={kind} initial={data} />)))
    return {
      ms,
      layoutMs,
      rows: container.querySelectorAll('tbody tr').length,
      rowCount: Number(container.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')),
      elements: container.querySelectorAll('*').length,
      // Tab stops in the grid: tabindex 0, and anything natively focusable without a negative tabindex.
      tabStops: container.querySelector('[role="grid"]')!.querySelectorAll('[tabindex="0"], a[href]:not([tabindex]), button:not([tabindex])').length,
    }
  },

  /** The next poll, outside the timing: `changes` connections from the first row in view on, so every row in view changes. */
  prepareUpdate(changes: number): void {
    pending = nextPoll(mounted!.data, seeded(mounted!.data.length), changes, firstVisible())
    gc()
  },

  update(): { ms: number; layoutMs: number; changed: boolean } {
    const before = fingerprint()
    const next = pending!
    pending = null
    mounted!.data = next
    const { ms, layoutMs } = measure(() => flushSync(() => setData!(next)))
    return { ms, layoutMs, changed: fingerprint() !== before }
  },

  /**
   * Scrolls the grid by `rowsPerFrame` rows every animation frame for `frames` frames, and every
   * `updateEvery` frames a poll changes 50 statuses (as an app's setState, not synchronous). Returns
   * the frame intervals and where the grid ended.
   */
  scroll(frames: number, rowsPerFrame: number, updateEvery: number): Promise<{ intervals: number[]; updates: number; lastRow: number }> {
    const random = seeded(7)
    let updates = 0
    return new Promise((resolve) => {
      const intervals: number[] = []
      let frame = 0
      let last = 0
      const step = (time: number) => {
        if (frame > 0) intervals.push(time - last)
        last = time
        if (frame > 0 && frame % updateEvery === 0) {
          updates++
          mounted!.data = nextPoll(mounted!.data, random, 50, firstVisible())
          setData!(mounted!.data)
        }
        scroller().scrollTop += rowsPerFrame * ROW_HEIGHT
        if (++frame <= frames) requestAnimationFrame(step)
        else {
          // The last row mounted (the first is the grid's tab stop, which stays mounted).
          const rows = mounted!.container.querySelectorAll('tbody tr')
          resolve({ intervals, updates, lastRow: Number(rows[rows.length - 1]?.getAttribute('aria-rowindex')) })
        }
      }
      requestAnimationFrame(step)
    })
  },

  unmount(): { leftover: number } {
    mounted!.root.unmount()
    mounted!.container.remove()
    mounted = null
    return { leftover: document.querySelectorAll('[role="tooltip"]').length }
  },
}

declare global {
  interface Window {
    largeTable: typeof api
  }
}
window.largeTable = api
document.documentElement.dataset.ready = 'true'
