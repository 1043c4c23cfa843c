/**
 * StatusHistory with what a real history endpoint and a real page give it (issue 19): feeds
 * newest-first and tied to the second, times no Date can hold, a client clock behind the server,
 * more events than `limit`, events arriving while a row has focus, thousands of events.
 */
import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StatusHistory } from '../../src'
import { setup, spyOnWarnings, tabUntil } from './helpers'

const T0 = Date.UTC(2026, 10, 25, 10, 0)
const SEC = 1000
const MIN = 60 * SEC
const rows = () => within(screen.getByRole('list')).getAllByRole('listitem')
const badgeOf = (row: HTMLElement) => row.querySelector<HTMLElement>('.sk-badge')!
const badgeLabels = () => rows().map((row) => badgeOf(row).textContent)
/** `count` events alternating loading (2) and waiting for a webhook (25), a minute apart. */
const loadingEvents = (count: number) => Array.from({ length: count }, (_, i) => ({ status: i % 2 ? 25 : 2, at: T0 + i * MIN }))

describe('StatusHistory with a real feed', () => {
  it('shows a newest-first feed whose last two events share a second as synced, not stalled', () => {
    // As a history endpoint answers: newest first, 18 and 19 in the same second.
    render(<StatusHistory events={[{ status: 19, at: T0 + 5 * MIN }, { status: 18, at: T0 + 5 * MIN }, { status: 16, at: T0 }]} now={T0 + 120 * MIN} />)
    expect(badgeLabels()).toEqual(['Processing', 'Processed', 'Synced'])
    expect(screen.queryByText(/Stalled/)).toBeNull()
    expect(screen.queryByText(/so far/)).toBeNull()
  })

  it('skips a time in epoch nanoseconds instead of throwing', () => {
    render(<StatusHistory events={[{ status: 2, at: 1768039200000 * 1e6 }, { status: 6, at: T0 }]} now={T0 + MIN} />)
    expect(badgeLabels()).toEqual(['Authorization'])
  })

  it('says "now", not "in 3 seconds", when the client clock is 3 seconds behind the last event', () => {
    render(<StatusHistory events={[{ status: 6, at: T0 }, { status: 9, at: T0 + MIN }, { status: 2, at: T0 + 2 * MIN }]} now={T0 + 2 * MIN - 3 * SEC} />)
    const list = screen.getByRole('list')
    expect(list).not.toHaveTextContent(/in \d+ seconds?/)
    expect(rows().at(-1)).toHaveTextContent(/· now$/)
    expect(list).not.toHaveTextContent('0 seconds so far')
    expect(within(list).getByText('Loading: started just now')).toBeInTheDocument()
  })

  it('counts relative times from the same corrected now as the stage durations when the clock is behind', () => {
    // Loading began 57 s before the latest event; the client's clock is 3 s behind that event.
    render(<StatusHistory events={[{ status: 2, at: T0 }, { status: 25, at: T0 + 57 * SEC }]} now={T0 + 54 * SEC} />)
    expect(screen.getByText('Loading: 57 seconds so far')).toBeInTheDocument()
    expect(rows()[0]).toHaveTextContent(/· 57 seconds ago$/)
    expect(rows()[1]).toHaveTextContent(/· now$/)
  })

  it('keeps the running stage’s duration in view when its first event is hidden by the limit', () => {
    render(<StatusHistory events={loadingEvents(11)} now={T0 + 12 * MIN} limit={10} />)
    expect(rows()).toHaveLength(10)
    expect(within(rows()[0]!).getByText('Loading: 12 minutes so far')).toBeInTheDocument()
    expect(screen.getAllByText(/^Loading: /)).toHaveLength(1)
  })

  it('treats a limit that is not a whole number of events as the default, with one warning', () => {
    const warnings = spyOnWarnings()
    render(<StatusHistory events={loadingEvents(12)} now={T0 + 12 * MIN} limit={NaN} />)
    expect(rows()).toHaveLength(10)
    expect(new Set(rows().map((row) => badgeOf(row).textContent)).size).toBeGreaterThan(0)
    expect(warnings.statuskit()).toEqual([expect.stringContaining('limit')])
    warnings.spy.mockRestore()
  })
})

describe('StatusHistory keyboard and focus', () => {
  it('is one tab stop, on the latest event, with arrow keys, Home and End between the rows', async () => {
    const { user } = setup(
      <>
        <button type="button">Before</button>
        <StatusHistory events={loadingEvents(4)} now={T0 + 5 * MIN} />
        <button type="button">After</button>
      </>,
    )
    await tabUntil(user, (element) => element.textContent === 'Before')
    await user.tab()
    expect(document.activeElement).toBe(badgeOf(rows()[3]!))
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(badgeOf(rows()[2]!))
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(badgeOf(rows()[0]!))
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(badgeOf(rows()[1]!))
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(badgeOf(rows()[3]!))
    await user.tab()
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
    // Back in: the row last focused is the tab stop.
    await user.keyboard('{Shift>}{Tab}{/Shift}')
    expect(document.activeElement).toBe(badgeOf(rows()[3]!))
    expect(rows().filter((row) => badgeOf(row).tabIndex === 0)).toHaveLength(1)
  })

  it('keeps focus on the focused row when a new event arrives and would push it out of the limit', async () => {
    const events = loadingEvents(12)
    const { user, rerender } = setup(<StatusHistory events={events} now={T0 + 20 * MIN} limit={10} />)
    await tabUntil(user, (element) => element.classList.contains('sk-badge'))
    await user.keyboard('{Home}')
    const focused = document.activeElement as HTMLElement
    const focusedTime = focused.closest('li')!.querySelector('time')!.getAttribute('datetime')
    rerender(<StatusHistory events={[...events, { status: 12, at: T0 + 12 * MIN }]} now={T0 + 20 * MIN} limit={10} />)
    expect(document.activeElement).not.toBe(document.body)
    expect((document.activeElement as HTMLElement).closest('li')!.querySelector('time')).toHaveAttribute('datetime', focusedTime)
  })

  it('moves focus to a row, not the page, when the focused event is gone from a new feed', async () => {
    const { user, rerender } = setup(<StatusHistory events={loadingEvents(3)} now={T0 + 5 * MIN} />)
    await tabUntil(user, (element) => element === badgeOf(rows().at(-1)!))
    rerender(<StatusHistory events={loadingEvents(2)} now={T0 + 5 * MIN} />)
    expect(screen.getByRole('list')).toContainElement(document.activeElement as HTMLElement)
  })

  it('shows 5,000 events 50 at a time, moving focus to the first new row, and stays one tab stop', async () => {
    const events = loadingEvents(5000)
    const { user } = setup(<StatusHistory events={events} now={T0 + 5000 * MIN} />)
    expect(rows()).toHaveLength(10)
    await user.click(screen.getByRole('button', { name: 'Show 50 earlier events' }))
    expect(rows()).toHaveLength(60)
    expect(document.activeElement).toBe(badgeOf(rows()[0]!))
    expect(rows().filter((row) => badgeOf(row).tabIndex === 0)).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Show 50 earlier events' }))
    expect(rows()).toHaveLength(110)
    expect(document.activeElement).toBe(badgeOf(rows()[0]!))
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(badgeOf(rows()[1]!))
  }, 20_000) // about 1 s alone; the whole suite on two busy cores can take several times that

  it('offers "Show all" once the rest fits a page, and the latest again after that', async () => {
    const { user } = setup(<StatusHistory events={loadingEvents(30)} now={T0 + 40 * MIN} />)
    const toggle = screen.getByRole('button', { name: 'Show all 30 events' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(rows()).toHaveLength(30)
    expect(document.activeElement).toBe(badgeOf(rows()[0]!))
    const collapse = screen.getByRole('button', { name: 'Show the latest 10' })
    expect(collapse).toHaveAttribute('aria-expanded', 'true')
    await user.click(collapse)
    expect(rows()).toHaveLength(10)
    expect(collapse).toHaveFocus()
  })

  it('keeps each row keyed by its event: a late event arriving in the middle leaves the other rows’ elements', () => {
    const events = loadingEvents(12)
    const { rerender } = render(<StatusHistory events={events} now={T0 + 20 * MIN} limit={20} />)
    const latest = rows().at(-1)!
    act(() => rerender(<StatusHistory events={[...events, { status: 23, at: T0 + 5 * MIN + 30 * SEC }]} now={T0 + 20 * MIN} limit={20} />))
    expect(rows()).toHaveLength(13)
    expect(rows().at(-1)).toBe(latest)
  })
})
