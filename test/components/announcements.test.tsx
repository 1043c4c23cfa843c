/** Change announcements: one polite live region per provider, batched, filtered, summarised. */
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, StatusBadge, StatusKitProvider, type StatusKitProviderProps } from '../../src'
import { credential } from './helpers'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

interface Row {
  id: string
  name?: string
  status: unknown
}

function Table({ rows, ...provider }: { rows: Row[] } & Omit<StatusKitProviderProps, 'children'>) {
  return (
    <StatusKitProvider {...provider}>
      {rows.map((row) => (
        <StatusBadge key={row.id} status={row.status} subject={row.name} tooltip={false} />
      ))}
    </StatusKitProvider>
  )
}

const rows = (n: number, status: unknown, named = false): Row[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: named ? `App ${i}` : undefined, status }))

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

describe('change announcements', () => {
  it('has one polite status region per provider, not one per badge, and says nothing on first render', () => {
    const onAnnounce = vi.fn()
    render(<Table rows={rows(50, 14)} announcements={{ onAnnounce }} />)
    expect(screen.getAllByRole('status')).toHaveLength(1)
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite')
    advance(5000)
    expect(onAnnounce).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('names the subject when one connection changes', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Table rows={[{ id: 'x', name: 'Xero', status: 16 }]} announcements={{ onAnnounce }} />)
    rerender(<Table rows={[{ id: 'x', name: 'Xero', status: 17 }]} announcements={{ onAnnounce }} />)
    advance(999)
    expect(onAnnounce).not.toHaveBeenCalled() // still gathering
    advance(1)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
    expect(screen.getByRole('status')).toHaveTextContent('Xero failed.')
  })

  it('gathers changes within a second into one summarised sentence, the most urgent first', () => {
    const onAnnounce = vi.fn()
    const start = [...rows(3, 16), { id: 'a', name: 'Xero', status: 2 }, { id: 'b', status: 18 }]
    const { rerender } = render(<Table rows={start} announcements={{ onAnnounce }} />)
    rerender(<Table rows={[...rows(3, 23), start[3]!, start[4]!]} announcements={{ onAnnounce }} />)
    advance(400)
    rerender(<Table rows={[...rows(3, 23), { id: 'a', name: 'Xero', status: 11 }, { id: 'b', status: 19 }]} announcements={{ onAnnounce }} />)
    advance(600)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed. 3 connections need attention. 1 connection synced.')
  })

  it('speaks an update of 1,000 badges in one commit once', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Table rows={rows(1000, 16, true)} announcements={{ onAnnounce }} />)
    rerender(<Table rows={rows(1000, 17, true)} announcements={{ onAnnounce }} />)
    advance(10_000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('1,000 connections failed.')
  })

  it('speaks only failed, needs attention and synced by default; progress and disconnects stay quiet', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Table rows={[{ id: 'x', status: 2 }, { id: 'y', status: 19 }]} announcements={{ onAnnounce }} />)
    rerender(<Table rows={[{ id: 'x', status: 13 }, { id: 'y', status: 26 }]} announcements={{ onAnnounce }} />)
    advance(2000)
    expect(onAnnounce).not.toHaveBeenCalled()
  })

  it('speaks the outcomes the app chooses', () => {
    const onAnnounce = vi.fn()
    const announcements = { onAnnounce, outcomes: ['disconnected'] as const }
    const { rerender } = render(<Table rows={[{ id: 'x', name: 'Stripe', status: 19 }, { id: 'y', status: 2 }]} announcements={announcements} />)
    rerender(<Table rows={[{ id: 'x', name: 'Stripe', status: 26 }, { id: 'y', status: 11 }]} announcements={announcements} />)
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Stripe disconnected.')
  })

  it('speaks a connection’s latest status in the batch: a failure fixed within the second is no news', () => {
    const onAnnounce = vi.fn()
    const { rerender } = render(<Table rows={[{ id: 'x', status: 2 }]} announcements={{ onAnnounce }} />)
    rerender(<Table rows={[{ id: 'x', status: 11 }]} announcements={{ onAnnounce }} />)
    advance(300)
    rerender(<Table rows={[{ id: 'x', status: 2 }]} announcements={{ onAnnounce }} />)
    advance(2000)
    expect(onAnnounce).not.toHaveBeenCalled()
  })

  it('is silent with announcements={false}: no region, no sentence', () => {
    const { rerender } = render(<Table rows={[{ id: 'x', status: 2 }]} announcements={false} />)
    rerender(<Table rows={[{ id: 'x', status: 11 }]} announcements={false} />)
    advance(2000)
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('announces credential pills too, in the provider’s language', () => {
    const onAnnounce = vi.fn()
    const de = { announcements: { 'needs-attention': { subject: '{subject} erfordert Aufmerksamkeit' } } }
    const ui = (index: number) => (
      <StatusKitProvider locale="de" messages={de} announcements={{ onAnnounce }}>
        <CredentialStatePill credential={credential(index)} subject="DATEV" tooltip={false} />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(2))
    rerender(ui(3))
    advance(1000)
    expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('DATEV erfordert Aufmerksamkeit.')
  })

  it('keeps batching while changes keep coming: one sentence per interval, never postponed', () => {
    const onAnnounce = vi.fn()
    let status = 16
    const { rerender } = render(<Table rows={rows(5, status)} announcements={{ onAnnounce, delay: 1000 }} />)
    for (let tick = 0; tick < 10; tick++) {
      status = status === 17 ? 14 : 17
      rerender(<Table rows={rows(5, status)} announcements={{ onAnnounce, delay: 1000 }} />)
      advance(250)
    }
    expect(onAnnounce.mock.calls.length).toBeGreaterThanOrEqual(2)
    expect(onAnnounce.mock.calls.length).toBeLessThanOrEqual(3)
  })
})
