import { render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionHealthSummary, StatusKitProvider, type ConnectionOutcome } from '../../src'
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
