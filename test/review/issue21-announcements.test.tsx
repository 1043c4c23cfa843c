/**
 * Review of issue 21's hook against what real apps and APIs do: two lists on one page each with
 * the hook, a store that mutates its array in place, ids that arrive as numbers and as strings.
 */
import { act, render, screen } from '@testing-library/react'
import { useReducer } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusKitProvider, useConnectionAnnouncements } from '../../src'

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
