import { act, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionHealthSummary, StatusKitProvider, type ConnectionOutcome } from '../../src'
import { connectionOutcome } from '../../src/core'
import { credential, expectNoAxeViolations, setup } from './helpers'

const ITEMS = [...Array(12).fill(19), 23, 8, 14, { status: 19, credential: credential(3) }]

describe('ConnectionHealthSummary', () => {
  it('counts the connections by outcome as a labelled list, hiding zero counts', () => {
    render(<ConnectionHealthSummary items={ITEMS} />)
    const list = screen.getByRole('list', { name: 'Connection health' })
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['12 synced', '3 need attention', '1 failed'])
  })

  it('uses the singular where the count is one', () => {
    render(<ConnectionHealthSummary items={[23, 17]} />)
    expect(screen.getByText('1 needs attention')).toBeInTheDocument()
  })

  it('shows zero counts with showZero', () => {
    render(<ConnectionHealthSummary items={[19]} showZero />)
    expect(screen.getAllByRole('listitem')).toHaveLength(6)
    expect(screen.getByText('0 failed')).toBeInTheDocument()
  })

  it('offers toggle buttons that filter when given onSelect, and unselects on a second press', async () => {
    const onSelect = vi.fn()
    function Controlled() {
      const [selected, setSelected] = useState<ConnectionOutcome | null>(null)
      return <ConnectionHealthSummary items={ITEMS} selected={selected} onSelect={(outcome) => { onSelect(outcome); setSelected(outcome) }} />
    }
    const { user } = setup(<Controlled />)
    const failed = screen.getByRole('button', { name: '1 failed' })
    expect(failed).toHaveAttribute('aria-pressed', 'false')
    await user.click(failed)
    expect(onSelect).toHaveBeenLastCalledWith('failed')
    expect(screen.getByRole('button', { name: '1 failed', pressed: true })).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenLastCalledWith(null)
    expect(screen.getByRole('button', { name: '1 failed', pressed: false })).toBeInTheDocument()
  })

  describe('when the selected outcome’s count falls to zero (issue 19, item 11)', () => {
    interface Connection {
      name: string
      status: number
    }
    const BROKEN: Connection[] = [
      { name: 'Stripe', status: 19 },
      { name: 'Xero', status: 14 },
      { name: 'QuickBooks', status: 19 },
    ]
    const FIXED = BROKEN.map((connection) => ({ ...connection, status: 19 }))

    /** A dashboard as apps write it: the summary filters the table below it; `connections` come from a poll. */
    function Dashboard({ connections }: { connections: Connection[] }) {
      const [outcome, setOutcome] = useState<ConnectionOutcome | null>(null)
      const shown = connections.filter((connection) => outcome === null || connectionOutcome(connection.status) === outcome)
      return (
        <>
          <ConnectionHealthSummary items={connections.map((connection) => connection.status)} selected={outcome} onSelect={setOutcome} />
          <ul aria-label="Connections">
            {shown.map((connection) => (
              <li key={connection.name}>{connection.name}</li>
            ))}
          </ul>
          <button type="button">Add a connection</button>
        </>
      )
    }
    const rowsShown = () => within(screen.getByRole('list', { name: 'Connections' })).queryAllByRole('listitem').map((row) => row.textContent)

    it('keeps the pressed button, focused, as "0 failed", so the filter can be undone', async () => {
      const { user, rerender } = setup(<Dashboard connections={BROKEN} />)
      await user.click(screen.getByRole('button', { name: '1 failed' }))
      expect(rowsShown()).toEqual(['Xero'])

      rerender(<Dashboard connections={FIXED} />)
      const failed = screen.getByRole('button', { name: '0 failed', pressed: true })
      expect(failed).toHaveFocus()
      expect(rowsShown()).toEqual([])

      await user.keyboard('{Enter}')
      expect(rowsShown()).toEqual(['Stripe', 'Xero', 'QuickBooks'])
      // Un-pressed, it stays while it has focus (focus is never dropped to the page) ...
      expect(screen.getByRole('button', { name: '0 failed', pressed: false })).toHaveFocus()
      // ... and goes once focus moves on: zero counts are hidden.
      await user.tab()
      expect(screen.getByRole('button', { name: 'Add a connection' })).toHaveFocus()
      expect(screen.queryByRole('button', { name: '0 failed' })).not.toBeInTheDocument()
      await user.tab({ shift: true })
      expect(screen.getByRole('button', { name: '3 synced', pressed: false })).toHaveFocus()
    })

    it('keeps showing the selected outcome while focus is elsewhere, and hides it once un-pressed', async () => {
      const { user, rerender } = setup(<Dashboard connections={BROKEN} />)
      await user.click(screen.getByRole('button', { name: '1 failed' }))
      await user.tab()
      rerender(<Dashboard connections={FIXED} />)
      expect(screen.getByRole('button', { name: '0 failed', pressed: true })).not.toHaveFocus()
      await user.click(screen.getByRole('button', { name: '0 failed' }))
      await user.click(screen.getByRole('button', { name: 'Add a connection' }))
      expect(screen.queryByRole('button', { name: '0 failed' })).not.toBeInTheDocument()
      expect(rowsShown()).toEqual(['Stripe', 'Xero', 'QuickBooks'])
    })

    it('keeps a focused count that falls to zero even when it was not pressed', async () => {
      const { user, rerender } = setup(<Dashboard connections={BROKEN} />)
      await user.tab()
      await user.tab()
      expect(screen.getByRole('button', { name: '1 failed' })).toHaveFocus()
      rerender(<Dashboard connections={FIXED} />)
      expect(screen.getByRole('button', { name: '0 failed', pressed: false })).toHaveFocus()
    })

    it('keeps the selected outcome when every connection is removed, and un-pressing it leaves focus on it', async () => {
      const { user, rerender } = setup(<Dashboard connections={BROKEN} />)
      await user.click(screen.getByRole('button', { name: '1 failed' }))
      rerender(<Dashboard connections={[]} />)
      expect(screen.getAllByRole('button', { name: /failed|synced/ }).map((button) => button.textContent)).toEqual(['0 failed'])
      await user.keyboard('{Enter}')
      expect(screen.getByRole('button', { name: '0 failed', pressed: false })).toHaveFocus()
      act(() => screen.getByRole('button', { name: 'Add a connection' }).focus())
      expect(within(screen.getByRole('list', { name: 'Connection health' })).queryAllByRole('listitem')).toEqual([])
    })

    it('shows a zero count as plain text only with showZero: without onSelect nothing is selected', () => {
      render(<ConnectionHealthSummary items={[19]} selected="failed" />)
      expect(screen.queryByText('0 failed')).not.toBeInTheDocument()
    })
  })

  it('marks tone and outcome for the icon, so colour is never alone (the count says it in words)', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}) // 'bad' is a bad status by design
    render(<ConnectionHealthSummary items={[14, 'bad']} density="compact" />)
    expect(screen.getByText('1 failed')).toHaveAttribute('data-tone', 'danger')
    expect(screen.getByText('1 unknown')).toHaveAttribute('data-outcome', 'unknown')
    expect(screen.getByRole('list')).toHaveAttribute('data-density', 'compact')
    vi.restoreAllMocks()
  })

  it('speaks the provider’s language and formats counts in its locale', () => {
    const de = { summary: { label: 'Verbindungsstatus' }, outcomes: { synced: { other: '{count} synchronisiert' } } }
    render(
      <StatusKitProvider locale="de" messages={de} announcements={false}>
        <ConnectionHealthSummary items={Array(1200).fill(19)} />
      </StatusKitProvider>,
    )
    expect(within(screen.getByRole('list', { name: 'Verbindungsstatus' })).getByText('1.200 synchronisiert')).toBeInTheDocument()
  })

  it('keeps the English text of every outcome the provider’s catalog leaves out, and ignores a malformed section', () => {
    render(
      <StatusKitProvider messages={{ outcomes: { synced: { other: '{count} in sync' }, failed: 'broken' as never } }} announcements={false}>
        <ConnectionHealthSummary items={[19, 19, 14]} />
      </StatusKitProvider>,
    )
    const list = screen.getByRole('list', { name: 'Connection health' })
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['2 in sync', '1 failed'])
  })

  it('renders a non-array as no connections, without throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<ConnectionHealthSummary items={'nope' as never} showZero />)
    expect(screen.getByText('0 synced')).toBeInTheDocument()
    vi.restoreAllMocks()
  })

  it('has no axe violations, as text and as buttons', async () => {
    const { container } = render(
      <>
        <ConnectionHealthSummary items={ITEMS} />
        <ConnectionHealthSummary items={ITEMS} label="Filters" selected="failed" onSelect={() => {}} />
      </>,
    )
    await expectNoAxeViolations(container)
  })
})
