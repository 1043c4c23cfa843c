/**
 * Review of issue 21's hook against what real apps and APIs do: two lists on one page each with
 * the hook, a store that mutates its array in place, ids that arrive as numbers and as strings.
 */
import { act, render, screen } from '@testing-library/react'
import { startTransition, Suspense, useReducer, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusKitProvider, useConnectionAnnouncements, useStatusKit } from '../../src'
import { de } from '../../src/locales/de'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

interface Connection {
  id: string | number
  name: string
  status: number
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

/** A list with its own hook call: the connections table, or the detail panel beside it. */
function List({ items, label }: { items: Connection[]; label: string }) {
  useConnectionAnnouncements(items)
  return (
    <ul aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>{item.name}</li>
      ))}
    </ul>
  )
}

/** Two tables on one page, each with the hook, fed by their own queries. */
function TwoTables({ table, panel, onAnnounce }: { table: Connection[]; panel: Connection[]; onAnnounce: (message: string) => void }) {
  return (
    <StatusKitProvider announcements={{ onAnnounce }}>
      <List items={table} label="Connections" />
      <List items={panel} label="Selected connection" />
    </StatusKitProvider>
  )
}

describe('one connection in two hook calls (table and detail panel) is one connection', () => {
  const xero = (status: number, id: string | number = 'x'): Connection[] => [{ id, name: 'Xero', status }]

  it('says nothing when both undo a change within the batch (19 -> 17 -> 19)', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<TwoTables table={xero(19)} panel={xero(19)} onAnnounce={onAnnounce} />)
    rerender(<TwoTables table={xero(17)} panel={xero(17)} onAnnounce={onAnnounce} />)
    advance(300)
    rerender(<TwoTables table={xero(19)} panel={xero(19)} onAnnounce={onAnnounce} />)
    advance(1000)
    expect(onAnnounce).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('speaks a change once when the second view gets the same data a batch later', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<TwoTables table={xero(19)} panel={xero(19)} onAnnounce={onAnnounce} />)
    rerender(<TwoTables table={xero(17)} panel={xero(19)} onAnnounce={onAnnounce} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
    // The panel's own query refetches a moment later: the same news, not new news.
    rerender(<TwoTables table={xero(17)} panel={xero(17)} onAnnounce={onAnnounce} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledTimes(1)
  })

  it('takes the id 1 from one endpoint and "1" from another as the same connection', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<TwoTables table={xero(19, 1)} panel={xero(19, '1')} onAnnounce={onAnnounce} />)
    rerender(<TwoTables table={xero(17, 1)} panel={xero(17, '1')} onAnnounce={onAnnounce} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
  })

  it('hears a change when a poll gives the id as a string after a number (one list)', () => {
    const onAnnounce = vi.fn()
    const ui = (items: Connection[]) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        <List items={items} label="Connections" />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(xero(19, 1)))
    rerender(ui(xero(17, '1')))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
  })

  it('still hears a later change once announcements were off while it changed back', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number, on = true) => (
      <StatusKitProvider announcements={on && { onAnnounce }}>
        <List items={xero(status)} label="Connections" />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(19))
    rerender(ui(17))
    advance(1000)
    expect(onAnnounce).toHaveBeenLastCalledWith('Xero failed.')
    rerender(ui(19, false))
    rerender(ui(19))
    rerender(ui(17))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledTimes(2)
  })
})

describe('a list that leaves and comes back (a tab switch) while another part of the page remembers', () => {
  it('hears a change after the list came back, when the connection changed while it was away', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number | null) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        {status !== null && <List items={[{ id: 'x', name: 'Xero', status }]} label="Connections" />}
      </StatusKitProvider>
    )
    const { rerender } = render(ui(19))
    rerender(ui(17))
    advance(1000)
    expect(onAnnounce).toHaveBeenLastCalledWith('Xero failed.')
    rerender(ui(null)) // the Settings tab
    rerender(ui(19)) // back: Xero recovered meanwhile (not news: the list sees it for the first time)
    rerender(ui(17)) // and fails again
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledTimes(2)
    expect(onAnnounce).toHaveBeenLastCalledWith('Xero failed.')
  })
})

describe('a store that mutates its array in place (same reference, re-rendered)', () => {
  it('hears the change on the next commit', () => {
    const onAnnounce = vi.fn()
    const store: Connection[] = [{ id: 'x', name: 'Xero', status: 19 }]
    let bump = () => {}
    function Dashboard() {
      const [, forceRender] = useReducer((n: number) => n + 1, 0)
      bump = forceRender
      return <List items={store} label="Connections" />
    }
    render(
      <StatusKitProvider announcements={{ onAnnounce }}>
        <Dashboard />
      </StatusKitProvider>,
    )
    store[0] = { ...store[0]!, status: 17 }
    act(() => bump())
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
  })
})

describe('what held (regression guards)', () => {
  const xero = (status: number): Connection[] => [{ id: 'x', name: 'Xero', status }]

  it('a transition that renders new items but never commits does not move the baseline', () => {
    const onAnnounce = vi.fn()
    const never = new Promise<never>(() => {})
    function Suspends({ when }: { when: boolean }) {
      // Thrown rather than use(): React 18 (the consumer check's other version) has no use().
      if (when) throw never
      return null
    }
    let show: (status: number, suspend: boolean) => void = () => {}
    function Dashboard() {
      const [view, setView] = useState({ status: 19, suspend: false })
      show = (status, suspend) => startTransition(() => setView({ status, suspend }))
      return (
        <Suspense fallback={<p>Loading</p>}>
          <List items={xero(view.status)} label="Connections" />
          <Suspends when={view.suspend} />
        </Suspense>
      )
    }
    render(
      <StatusKitProvider announcements={{ onAnnounce }}>
        <Dashboard />
      </StatusKitProvider>,
    )
    act(() => show(17, true)) // rendered with Xero failed, suspended, never committed
    advance(1000)
    expect(onAnnounce).not.toHaveBeenCalled()
    act(() => show(19, false)) // committed: still synced, as last seen on screen
    advance(1000)
    expect(onAnnounce).not.toHaveBeenCalled() // had the baseline moved to failed: "Xero synced."
    expect(screen.getByRole('list', { name: 'Connections' })).toBeInTheDocument()
  })

  it('items changing every 100 ms for 10 s: one sentence per interval, each about what lasted', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        <List items={xero(status)} label="Connections" />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(19))
    for (let tick = 1; tick <= 100; tick++) {
      rerender(ui(tick % 2 ? 17 : 19))
      advance(100)
    }
    advance(1000)
    expect(onAnnounce.mock.calls.length).toBeLessThanOrEqual(10)
    for (const [sentence] of onAnnounce.mock.calls) expect(['Xero failed.', 'Xero synced.']).toContain(sentence)
  })

  it('speaks a pending change after the list that reported it unmounts, and in the language switched to mid-batch', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number | null, locale: string) => (
      <StatusKitProvider announcements={{ onAnnounce }} locale={locale} messages={locale === 'de' ? de : undefined}>
        {status !== null && <List items={xero(status)} label="Connections" />}
      </StatusKitProvider>
    )
    const { rerender } = render(ui(19, 'en'))
    rerender(ui(17, 'en'))
    rerender(ui(null, 'de'))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledTimes(1)
    expect(onAnnounce.mock.calls[0]![0]).not.toBe('Xero failed.')
    expect(onAnnounce.mock.calls[0]![0]).toContain('Xero')
  })

  it('speaks what the outcomes given at flush time allow', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number, outcomes?: ('failed' | 'synced')[]) => (
      <StatusKitProvider announcements={{ onAnnounce, outcomes }}>
        <List items={xero(status)} label="Connections" />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(19))
    rerender(ui(17))
    rerender(ui(17, ['synced']))
    advance(1000)
    expect(onAnnounce).not.toHaveBeenCalled()
  })

  it('announce() spam: the same sentence once per batch', () => {
    const onAnnounce = vi.fn()
    let say: (message: string) => void = () => {}
    function Filter() {
      say = useStatusKit().announce
      return null
    }
    render(
      <StatusKitProvider announcements={{ onAnnounce }}>
        <Filter />
      </StatusKitProvider>,
    )
    act(() => {
      for (let i = 0; i < 500; i++) say('Filter applied: 3 connections.')
    })
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Filter applied: 3 connections.')
  })
})

describe('the live region afterwards', () => {
  it('does not keep old news for a screen reader that reads the page later (Xero failed, then retried quietly)', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        <List items={[{ id: 'x', name: 'Xero', status }]} label="Connections" />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(19))
    rerender(ui(17))
    advance(1000)
    expect(screen.getByRole('status')).toHaveTextContent('Xero failed.')
    rerender(ui(16)) // in progress again: quiet by design
    advance(10_000)
    expect(screen.getByRole('status')).toHaveTextContent('')
    // The same news again later is spoken again.
    rerender(ui(17))
    advance(1000)
    expect(screen.getByRole('status')).toHaveTextContent('Xero failed.')
  })
})
