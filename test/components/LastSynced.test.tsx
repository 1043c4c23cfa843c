import { act, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LastSynced, StatusKitProvider } from '../../src'
import { de } from '../../src/locales/de'
import { expectNoAxeViolations, spyOnWarnings } from './helpers'

const MINUTE = 60_000
const SYNCED = '2026-11-25T09:00:00Z'
const at = (minutes: number) => Date.parse(SYNCED) + minutes * MINUTE

/** The text as read aloud: the whole root's words, whitespace collapsed. */
const textOf = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim()

describe('LastSynced', () => {
  afterEach(() => vi.useRealTimers())

  it('says when it last synced and when it syncs next', () => {
    const { container } = render(<LastSynced at={SYNCED} interval={15 * MINUTE} now={at(5)} density="compact" />)
    expect(textOf(container)).toBe('Synced 5 minutes ago · next in 10 minutes')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'on-time')
  })

  it('gives the absolute time in a time element with the ISO instant, shown beside the interval by default', () => {
    const { container } = render(<LastSynced at={SYNCED} interval={15 * MINUTE} now={at(5)} />)
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2026-11-25T09:00:00.000Z')
    expect(screen.getByText(/every 15 minutes/)).toBeInTheDocument()
  })

  it('puts the absolute time in the title of a compact cell, where there is no second line', () => {
    const { container } = render(
      <StatusKitProvider timeZone="UTC" announcements={false}>
        <LastSynced at={SYNCED} interval={15 * MINUTE} now={at(5)} density="compact" />
      </StatusKitProvider>,
    )
    expect(container.querySelector('time')).toHaveAttribute('title', expect.stringMatching(/Nov 25, 2026, 9:00\sAM UTC/))
    expect(screen.queryByText(/every 15 minutes/)).toBeNull()
  })

  it('says Late in words after one interval without a sync, and the next sync is due', () => {
    const { container } = render(<LastSynced at={SYNCED} interval={15 * MINUTE} now={at(20)} density="compact" />)
    expect(textOf(container)).toBe('Late · Synced 20 minutes ago · next sync due')
    expect(container.querySelector('.sk-icon')).toHaveAttribute('aria-hidden', 'true')
  })

  it('says Overdue after two intervals', () => {
    const { container } = render(<LastSynced at={SYNCED} interval={15 * MINUTE} now={at(31)} density="compact" />)
    expect(screen.getByText('Overdue')).toBeInTheDocument()
    expect(container.firstElementChild).toHaveAttribute('data-state', 'overdue')
  })

  it('is still on time at exactly one interval', () => {
    render(<LastSynced at={SYNCED} interval={15 * MINUTE} now={at(15)} />)
    expect(screen.queryByText('Late')).toBeNull()
  })

  it('says Never synced, neutrally, for a connection with no sync yet', () => {
    const warnings = spyOnWarnings()
    const { container } = render(<LastSynced at={null} interval={15 * MINUTE} now={at(0)} nextSyncAt={at(3)} density="compact" />)
    expect(textOf(container)).toBe('Never synced · next in 3 minutes')
    expect(warnings.statuskit()).toEqual([])
  })

  it('says Last sync unknown for a time it cannot read, with one development warning', () => {
    const warnings = spyOnWarnings()
    const { container } = render(
      <>
        <LastSynced at="last Tuesday" interval={15 * MINUTE} now={at(0)} />
        <LastSynced at="last Tuesday" interval={15 * MINUTE} now={at(0)} />
      </>,
    )
    expect(screen.getAllByText('Last sync unknown')).toHaveLength(2)
    expect(container.querySelector('.sk-icon')).toBeNull()
    expect(warnings.statuskit().filter((w) => w.includes('last Tuesday'))).toHaveLength(1)
  })

  it('shows the last sync without a verdict when the interval is no interval', () => {
    const warnings = spyOnWarnings()
    const { container } = render(<LastSynced at={SYNCED} interval={0} now={at(90)} density="compact" />)
    expect(textOf(container)).toBe('Synced 1 hour ago')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'unknown')
    expect(warnings.statuskit().some((w) => w.includes('interval 0'))).toBe(true)
  })

  it('reads a client clock behind the server as just synced, never "in 2 minutes"', () => {
    const { container } = render(<LastSynced at={SYNCED} interval={15 * MINUTE} now={at(-2)} density="compact" />)
    expect(textOf(container)).toBe('Synced now · next in 17 minutes')
  })

  it('counts from a shared clock when no now is given, and moves on with it', () => {
    vi.useFakeTimers({ now: at(5) })
    const { container } = render(<LastSynced at={SYNCED} interval={15 * MINUTE} density="compact" />)
    expect(textOf(container)).toBe('Synced 5 minutes ago · next in 10 minutes')
    act(() => void vi.advanceTimersByTime(11 * MINUTE))
    expect(textOf(container)).toBe('Late · Synced 16 minutes ago · next sync due')
  })

  it('speaks German under the German catalog', () => {
    const { container } = render(
      <StatusKitProvider messages={de} locale="de" announcements={false}>
        <LastSynced at={SYNCED} interval={15 * MINUTE} now={at(20)} density="compact" />
      </StatusKitProvider>,
    )
    expect(textOf(container)).toBe('Verspätet · Synchronisiert vor 20 Minuten · nächste Synchronisierung fällig')
  })

  it('keeps the contract: unknown props and className on the root, ref to the root', () => {
    const ref = createRef<HTMLSpanElement>()
    render(<LastSynced ref={ref} at={SYNCED} interval={MINUTE} now={at(1)} data-testid="root" data-row="7" className="cell" />)
    const root = screen.getByTestId('root')
    expect(root).toHaveAttribute('data-row', '7')
    expect(root).toHaveClass('sk-last-synced', 'cell', { exact: true })
    expect(ref.current).toBe(root)
  })

  it('has no axe violations in any state', async () => {
    render(
      <ul>
        {[5, 20, 31].map((minutes) => (
          <li key={minutes}>
            <LastSynced at={SYNCED} interval={15 * MINUTE} now={at(minutes)} />
          </li>
        ))}
        <li>
          <LastSynced at={null} interval={15 * MINUTE} now={at(0)} density="compact" />
        </li>
      </ul>,
    )
    await expectNoAxeViolations()
  })
})
