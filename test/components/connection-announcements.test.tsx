/**
 * useConnectionAnnouncements (issue 21): status changes are announced from the data, per
 * connection id, batched into one sentence per interval in the provider's live region.
 */
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusBadge, StatusKitProvider, useConnectionAnnouncements, useStatusKit, type ConnectionAnnouncementOptions, type StatusKitProviderProps } from '../../src'
import { credential, spyOnWarnings } from './helpers'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

interface Connection {
  id: string
  name?: string
  status: unknown
  credential?: unknown
}

type PageProps = { items: Connection[]; shown?: number; options?: ConnectionAnnouncementOptions<Connection> } & Omit<StatusKitProviderProps, 'children'>

/** A dashboard: every connection announced, only the first `shown` rows mounted (a virtualized table). */
function Rows({ items, shown = items.length, options }: Pick<PageProps, 'items' | 'shown' | 'options'>) {
  useConnectionAnnouncements(items, options)
  return (
    <ul>
      {(Array.isArray(items) ? items.slice(0, shown) : []).map((item, index) => (
        // Keyed by index, as many tables are: the hook must not care.
        <li key={index}>
          <StatusBadge status={item.status} tooltip={false} />
        </li>
      ))}
    </ul>
  )
}

function Page({ items, shown, options, ...provider }: PageProps) {
  return (
    <StatusKitProvider {...provider}>
      <Rows items={items} shown={shown} options={options} />
    </StatusKitProvider>
  )
}

const many = (n: number, status: unknown, named = false): Connection[] => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: named ? `App ${i}` : undefined, status }))

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

describe('useConnectionAnnouncements', () => {
  it('names the connection when one changes, after the batch interval', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Page items={[{ id: 'x', name: 'Xero', status: 16 }]} announcements={{ onAnnounce }} />)
    rerender(<Page items={[{ id: 'x', name: 'Xero', status: 17 }]} announcements={{ onAnnounce }} />)
    advance(999)
    expect(onAnnounce).not.toHaveBeenCalled() // still gathering
    advance(1)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
    expect(screen.getByRole('status')).toHaveTextContent('Xero failed.')
  })

  it('hears a change in a row that is not mounted (a virtualized table shows 20 of 10,000)', () => {
    const onAnnounce = vi.fn()
    const items = many(10_000, 19, true)
    const { rerender } = render(<Page items={items} shown={20} announcements={{ onAnnounce }} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(20)
    const next = items.with(5000, { id: 'c5000', name: 'App 5000', status: 17 })
    rerender(<Page items={next} shown={20} announcements={{ onAnnounce }} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('App 5000 failed.')
  })

  it('speaks one connection shown twice (table row and detail panel) as one: "Xero failed.", not "2 connections failed."', () => {
    const onAnnounce = vi.fn()
    function TwoViews({ items }: { items: Connection[] }) {
      useConnectionAnnouncements(items)
      return (
        <>
          <table>
            <tbody>
              <tr>
                <td>
                  <StatusBadge status={items[0]!.status} tooltip={false} />
                </td>
              </tr>
            </tbody>
          </table>
          <aside>
            <StatusBadge status={items[0]!.status} tooltip={false} />
          </aside>
        </>
      )
    }
    const ui = (status: number) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        <TwoViews items={[{ id: 'x', name: 'Xero', status }]} />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(16))
    rerender(ui(17))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
  })

  it('counts the same id given twice in the items once, with one development warning', () => {
    const warnings = spyOnWarnings()
    const onAnnounce = vi.fn()
    const twice = (status: number) => [{ id: 'x', name: 'Xero', status }, { id: 'y', name: 'Sage', status: 19 }, { id: 'x', name: 'Xero', status }]
    const { rerender } = render(<Page items={twice(16)} announcements={{ onAnnounce }} />)
    rerender(<Page items={twice(17)} announcements={{ onAnnounce }} />)
    rerender(<Page items={twice(17).map((item) => ({ ...item }))} announcements={{ onAnnounce }} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
    expect(warnings.statuskit()).toEqual([expect.stringContaining('the id "x" is given twice')])
  })

  it('does not take rows keyed by index for changes: connections it has not seen are not news', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Page items={[{ id: 'xero', name: 'Xero', status: 19 }, { id: 'sage', name: 'Sage', status: 19 }]} announcements={{ onAnnounce }} />)
    // Sorted or paged: the same two rows now show two other connections.
    rerender(<Page items={[{ id: 'shopify', name: 'Shopify', status: 14 }, { id: 'stripe', name: 'Stripe', status: 17 }]} announcements={{ onAnnounce }} />)
    advance(2000)
    expect(onAnnounce).not.toHaveBeenCalled()
  })

  it('says nothing for ids seen for the first time (page load, the next page, a new filter)', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Page items={many(50, 17)} announcements={{ onAnnounce }} />)
    rerender(<Page items={[...many(50, 17), { id: 'new', name: 'Brand new', status: 7 }]} announcements={{ onAnnounce }} />)
    advance(5000)
    expect(onAnnounce).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('says nothing when items arrive reordered or newest-first', () => {
    const onAnnounce = vi.fn()
    const items = [...many(20, 19), ...many(20, 17).map((item) => ({ ...item, id: `f${item.id}` }))]
    const { rerender } = render(<Page items={items} announcements={{ onAnnounce }} />)
    rerender(<Page items={items.toReversed()} announcements={{ onAnnounce }} />)
    rerender(<Page items={items.toSorted((a, b) => String(a.status).localeCompare(String(b.status)))} announcements={{ onAnnounce }} />)
    advance(2000)
    expect(onAnnounce).not.toHaveBeenCalled()
  })

  it('says nothing for a change undone within the batch (19 -> 17 -> 19), and speaks it when it lasts', () => {
    const onAnnounce = vi.fn()
    const xero = (status: number) => <Page items={[{ id: 'x', name: 'Xero', status }]} announcements={{ onAnnounce }} />
    const { rerender } = render(xero(19))
    rerender(xero(17))
    advance(300)
    rerender(xero(19))
    advance(2000)
    expect(onAnnounce).not.toHaveBeenCalled()
    rerender(xero(17))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
  })

  it('speaks 1,000 changes in one commit as one sentence', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Page items={many(1000, 16, true)} shown={0} announcements={{ onAnnounce }} />)
    rerender(<Page items={many(1000, 17, true)} shown={0} announcements={{ onAnnounce }} />)
    advance(10_000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('1,000 connections failed.')
  })

  it('gathers changes within a second into one summarised sentence, the most urgent first', () => {
    const onAnnounce = vi.fn()
    const start = [...many(3, 16), { id: 'a', name: 'Xero', status: 2 }, { id: 'b', status: 18 }]
    const { rerender } = render(<Page items={start} announcements={{ onAnnounce }} />)
    rerender(<Page items={[...many(3, 23), start[3]!, start[4]!]} announcements={{ onAnnounce }} />)
    advance(400)
    rerender(<Page items={[...many(3, 23), { id: 'a', name: 'Xero', status: 11 }, { id: 'b', status: 19 }]} announcements={{ onAnnounce }} />)
    advance(600)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed. 3 connections need attention. 1 connection synced.')
  })

  it('speaks only failed, needs attention and synced by default; progress and disconnects stay quiet', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Page items={[{ id: 'x', status: 2 }, { id: 'y', status: 19 }]} announcements={{ onAnnounce }} />)
    rerender(<Page items={[{ id: 'x', status: 13 }, { id: 'y', status: 26 }]} announcements={{ onAnnounce }} />)
    advance(2000)
    expect(onAnnounce).not.toHaveBeenCalled()
  })

  it('takes an unknown code as the outcome unknown: quiet by default, spoken when the app asks, never a throw', () => {
    const onAnnounce = vi.fn()
    spyOnWarnings() // the badges' own warnings about the unknown codes
    const announcements = { onAnnounce, outcomes: ['unknown'] as const }
    const { rerender } = render(<Page items={[{ id: 'x', name: 'Xero', status: 19 }, { id: 'y', name: 'Sage', status: 19 }]} announcements={announcements} />)
    rerender(<Page items={[{ id: 'x', name: 'Xero', status: 999 }, { id: 'y', name: 'Sage', status: { code: 'weird' } }]} announcements={announcements} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('2 connections have an unknown status.')
  })

  it('speaks the outcomes the app chooses, with getId and getSubject of its own', () => {
    const onAnnounce = vi.fn()
    const announcements = { onAnnounce, outcomes: ['disconnected'] as const }
    const options = { getId: (item: Connection) => item.id.toUpperCase(), getSubject: (item: Connection) => `${item.name} (EU)` }
    const { rerender } = render(<Page items={[{ id: 'x', name: 'Stripe', status: 19 }, { id: 'y', status: 2 }]} options={options} announcements={announcements} />)
    rerender(<Page items={[{ id: 'x', name: 'Stripe', status: 26 }, { id: 'y', status: 11 }]} options={{ ...options }} announcements={announcements} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Stripe (EU) disconnected.')
  })

  it('announces credentials too (the more urgent of status and credential), in the provider’s language', () => {
    const onAnnounce = vi.fn()
    const de = { announcements: { 'needs-attention': { subject: '{subject} erfordert Aufmerksamkeit' } } }
    const ui = (index: number) => <Page locale="de" messages={de} items={[{ id: 'd', name: 'DATEV', status: 19, credential: credential(index) }]} announcements={{ onAnnounce }} />
    const { rerender } = render(ui(2))
    rerender(ui(3))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('DATEV erfordert Aufmerksamkeit.')
  })

  it('skips items without an id, with one development warning, and still hears the others', () => {
    const warnings = spyOnWarnings()
    const onAnnounce = vi.fn()
    const items = (status: number) => [{ name: 'No id', status }, { id: null, status }, { id: 'x', name: 'Xero', status }] as unknown as Connection[]
    const { rerender } = render(<Page items={items(19)} announcements={{ onAnnounce }} />)
    rerender(<Page items={items(17)} announcements={{ onAnnounce }} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
    expect(warnings.statuskit()).toEqual([expect.stringContaining('an item has no id')])
  })

  it('takes what is not an array as no items, with one development warning', () => {
    const warnings = spyOnWarnings()
    const { rerender } = render(<Page items={{ length: 3 } as unknown as Connection[]} shown={0} />)
    rerender(<Page items={null as unknown as Connection[]} shown={0} />)
    expect(warnings.statuskit()).toHaveLength(2) // one per distinct bad value
    expect(warnings.statuskit()[0]).toContain('expects an array of items')
  })

  it('keeps batching while changes keep coming: one sentence per interval, never postponed', () => {
    const onAnnounce = vi.fn()
    // Failed, needs attention, synced, failed...: every interval ends somewhere else than it began.
    const cycle = [17, 8, 19]
    const { rerender } = render(<Page items={many(5, 16)} announcements={{ onAnnounce, delay: 1000 }} />)
    for (let tick = 0; tick < 10; tick++) {
      rerender(<Page items={many(5, cycle[tick % 3])} announcements={{ onAnnounce, delay: 1000 }} />)
      advance(250)
    }
    expect(onAnnounce.mock.calls.length).toBeGreaterThanOrEqual(2)
    expect(onAnnounce.mock.calls.length).toBeLessThanOrEqual(3)
  })

  it('leaves no stale sentence when announcements are turned off and on again', () => {
    const onAnnounce = vi.fn()
    const xero = (status: number, announcements: PageProps['announcements']) => <Page items={[{ id: 'x', name: 'Xero', status }]} announcements={announcements} />
    const { rerender } = render(xero(19, { onAnnounce }))
    rerender(xero(17, { onAnnounce }))
    advance(1000)
    expect(screen.getByRole('status')).toHaveTextContent('Xero failed.')
    // Off and on again: the region comes back empty, not with the old news.
    rerender(xero(17, false))
    rerender(xero(17, { onAnnounce }))
    expect(screen.getByRole('status')).toHaveTextContent('')
    // Off in the middle of a batch: the pending change is dropped, not spoken once back on.
    rerender(xero(19, { onAnnounce }))
    advance(300)
    rerender(xero(19, false))
    rerender(xero(19, { onAnnounce }))
    advance(5000)
    expect(onAnnounce).toHaveBeenCalledOnce()
    expect(screen.getByRole('status')).toHaveTextContent('')
    // What changed while off is not news later either.
    rerender(xero(17, false))
    rerender(xero(17, { onAnnounce }))
    advance(5000)
    expect(onAnnounce).toHaveBeenCalledOnce()
  })

  it('under StrictMode (effects run twice) neither says the first render nor loses the baseline, and reports a change once', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number) => (
      <StrictMode>
        <Page items={[{ id: 'x', name: 'Xero', status }, { id: 'y', name: 'Sage', status: 19 }]} announcements={{ onAnnounce }} />
      </StrictMode>
    )
    const { rerender } = render(ui(19))
    advance(2000)
    expect(onAnnounce).not.toHaveBeenCalled()
    rerender(ui(17))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
  })

  it('warns once without a provider and never throws', () => {
    const warnings = spyOnWarnings()
    const { rerender } = render(<Rows items={[{ id: 'x', status: 19 }]} />)
    rerender(<Rows items={[{ id: 'x', status: 17 }]} />)
    expect(warnings.statuskit()).toEqual([expect.stringContaining('useConnectionAnnouncements is used without a StatusKitProvider')])
  })
})

describe('announce(message): the app’s own sentences', () => {
  beforeEach(() => {
    // user-event waits on real time between its steps; the fake clock moves along with it.
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })

  function FilterButton() {
    const { announce } = useStatusKit()
    const [count, setCount] = useState(3)
    return (
      <button
        type="button"
        onClick={() => {
          setCount(count - 1)
          announce(`Filter applied: ${count} connections`)
        }}
      >
        Apply filter
      </button>
    )
  }

  it('speaks through the same region, in the same batch as the status news', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    const onAnnounce = vi.fn()
    const ui = (status: number) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        <Rows items={[{ id: 'x', name: 'Xero', status }]} />
        <FilterButton />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(19))
    await user.click(screen.getByRole('button', { name: 'Apply filter' }))
    rerender(ui(17))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed. Filter applied: 3 connections')
    expect(screen.getAllByRole('status')).toHaveLength(1)
    expect(screen.getByRole('status')).toHaveTextContent('Xero failed. Filter applied: 3 connections')
  })

  it('does nothing without a provider, with one development warning however often it is called', async () => {
    const warnings = spyOnWarnings()
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    render(<FilterButton />)
    await user.click(screen.getByRole('button', { name: 'Apply filter' }))
    await user.click(screen.getByRole('button', { name: 'Apply filter' }))
    advance(2000)
    expect(screen.queryByRole('status')).toBeNull()
    expect(warnings.statuskit()).toEqual([expect.stringContaining('announce() was called without a StatusKitProvider')])
  })

  it('says nothing with announcements={false}', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    render(
      <StatusKitProvider announcements={false}>
        <FilterButton />
      </StatusKitProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Apply filter' }))
    advance(2000)
    expect(screen.queryByRole('status')).toBeNull()
  })
})
