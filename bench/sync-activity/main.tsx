/**
 * The sync-activity benchmark page (issue 22, part 3). It renders nothing by itself: the harness
 * (bench/sync-activity.mjs) drives it through `window.syncActivityBench`, one measurement per call.
 *
 * Two kinds, the same table of N connections with a 90-day activity column:
 * - `activity`: `<SyncActivity runs now days={90} density="compact" label>` per row, given the
 *   connection's raw runs (as an app gets them from its API: ISO strings, status codes), under a
 *   StatusKitProvider as an app has one: bucketing, summary and markup all inside the mount;
 * - `plain`: the floor, a bare row of 90 spans per cell with each day's outcome as a data
 *   attribute, the outcomes computed before the timing starts.
 */
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { StatusKitProvider, SyncActivity } from '../../src'
import { syncActivity } from '../../src/core'
import { ACTIVITY_NOW, activityRuns } from '../../stories/fixtures-activity'
import '../../src/styles/index.css'
import './page.css'

export type Kind = 'activity' | 'plain'
const DAYS = 90

interface Row {
  id: string
  runs: ReturnType<typeof activityRuns>
  /** The plain kind's input: each day's outcome, computed outside the timing. */
  outcomes: string[]
}

function makeRows(n: number, perDay: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `connection-${i}`
    const runs = activityRuns(id, { days: DAYS, perDay })
    return { id, runs, outcomes: syncActivity(runs, { now: ACTIVITY_NOW, days: DAYS }).days.map((day) => day.outcome) }
  })
}

function Table({ kind, rows }: { kind: Kind; rows: Row[] }) {
  return (
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.id}</th>
            <td>
              {kind === 'activity' ? (
                <SyncActivity runs={row.runs} now={ACTIVITY_NOW} days={DAYS} density="compact" label={`${row.id}: sync activity`} />
              ) : (
                <div className="plain-days">
                  {row.outcomes.map((outcome, day) => (
                    <span key={day} data-outcome={outcome} />
                  ))}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

let prepared: { kind: Kind; root: Root; container: HTMLElement; rows: Row[] } | null = null
let mounted: { root: Root; container: HTMLElement } | null = null
const gc = () => (globalThis as { gc?: () => void }).gc?.()

/** Resolves when a tooltip is in the page, with the ms since `t0`. */
function tooltipAfter(t0: number): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (document.querySelector('[role="tooltip"]')) {
        observer.disconnect()
        resolve(performance.now() - t0)
        return true
      }
      return false
    }
    const observer = new MutationObserver(check)
    observer.observe(document.body, { childList: true, subtree: true })
    check()
  })
}

const api = {
  prepare(kind: Kind, n: number, perDay: number): void {
    if (prepared || mounted) throw new Error('still mounted')
    const container = document.createElement('div')
    document.getElementById('stage')!.append(container)
    prepared = { kind, root: createRoot(container), container, rows: makeRows(n, perDay) }
    gc()
  },

  /** First render of the whole table, rendered, committed and laid out. */
  mount(): { ms: number; layoutMs: number; rows: number; days: number; tabStops: number; elements: number } {
    const { kind, root, container, rows } = prepared!
    prepared = null
    mounted = { root, container }
    const t0 = performance.now()
    flushSync(() =>
      root.render(
        kind === 'activity' ? (
          <StatusKitProvider>
            <Table kind={kind} rows={rows} />
          </StatusKitProvider>
        ) : (
          <Table kind={kind} rows={rows} />
        ),
      ),
    )
    const t1 = performance.now()
    void container.offsetHeight
    return {
      ms: t1 - t0,
      layoutMs: performance.now() - t1,
      rows: container.querySelectorAll('tbody tr').length,
      days: container.querySelectorAll('td span[data-outcome]').length,
      tabStops: container.querySelectorAll('[tabindex="0"]').length,
      elements: container.querySelectorAll('*').length,
    }
  },

  /**
   * How long until a day's tooltip is in the page: by pointer (a pointerover, as a mouse moving
   * onto the bar sends) or by focus (the row's tab stop, as Tab reaches it), on row `row`.
   */
  async tooltip(by: 'pointer' | 'focus', row: number): Promise<number> {
    const days = mounted!.container.querySelectorAll('tbody tr')[row]!.querySelectorAll<HTMLElement>('td span[data-outcome]')
    const t0 = performance.now()
    const done = tooltipAfter(t0)
    if (by === 'pointer') days[40]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }))
    else days[days.length - 1]!.focus() // the row's tab stop, as Tab lands on it
    const ms = await done
    // Close it again: Escape, then focus and pointer away, so that the next sample starts closed.
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    ;(document.activeElement as HTMLElement | null)?.blur()
    days[40]!.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false, pointerType: 'mouse' }))
    await new Promise((resolve) => setTimeout(resolve, 50))
    return ms
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
    syncActivityBench: typeof api
  }
}
window.syncActivityBench = api
document.documentElement.dataset.ready = 'true'
