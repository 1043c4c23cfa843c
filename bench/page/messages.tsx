/**
 * Issue 11, defect 8: what a `messages` object written inline costs. A dashboard of memoised rows
 * whose parent re-renders for reasons of its own (a clock, a filter field), with the provider's
 * messages written inline (a new but equal object each render) or hoisted (one object). Before the
 * provider compared catalogs by content, inline messages re-rendered every badge on every update.
 */
import { memo } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { StatusBadge, StatusKitProvider, type PartialStatusKitMessages } from '../../src'
import { makeRows } from './data'

const hoisted: PartialStatusKitMessages = { ui: { nextStep: 'Next: {action}' }, actions: { retry: 'Retry' } }

/** Milliseconds for `updates` parent re-renders of `n` memoised badge rows (render and commit). */
export function parentUpdates(n: number, updates: number, inline: boolean): { ms: number } {
  const { codes } = makeRows(n, 0)
  const Rows = memo(function Rows() {
    return <div className="bench-list">{codes.map((code, i) => <StatusBadge key={i} status={code} />)}</div>
  })
  function Dashboard({ tick }: { tick: number }) {
    // Inline: what a component that writes `messages={{ ... }}` in its JSX passes on each render.
    const messages = inline ? { ui: { nextStep: 'Next: {action}' }, actions: { retry: 'Retry' } } : hoisted
    return (
      <StatusKitProvider messages={messages}>
        <output>{tick}</output>
        <Rows />
      </StatusKitProvider>
    )
  }
  const container = document.createElement('div')
  document.getElementById('stage')!.append(container)
  const root = createRoot(container)
  flushSync(() => root.render(<Dashboard tick={0} />))
  const t0 = performance.now()
  for (let tick = 1; tick <= updates; tick++) flushSync(() => root.render(<Dashboard tick={tick} />))
  const ms = performance.now() - t0
  if (container.querySelector('output')?.textContent !== String(updates)) throw new Error('the updates did not commit')
  root.unmount()
  container.remove()
  return { ms }
}
