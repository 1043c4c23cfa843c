import { screen, within } from '@testing-library/react'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { StatusKitProvider, SyncActivity } from '../../src'
import de from '../../src/locales/de'
import { expectNoAxeViolations, setup, tap } from './helpers'

const NOW = '2026-12-02T10:00:00Z'
/** A week as a history endpoint sends it, newest first: a failure three days ago, an idle day. */
const RUNS = [
  { at: '2026-12-02T08:00:00Z', status: 19, duration: 60_000 },
  { at: '2026-12-01T09:00:00Z', status: 19, duration: 90_000 },
  { at: '2026-11-29T23:30:00Z', status: 14, duration: 240_000 },
  { at: '2026-11-29T04:00:00Z', status: 19, duration: 60_000 },
  { at: '2026-11-28T04:00:00Z', status: 19, duration: 30_000 },
  { at: '2026-11-26T04:00:00Z', status: 19, duration: 30_000 },
]

const days = () => within(screen.getByRole('group')).getAllByRole('img', { hidden: true })
const allDays = () => [...screen.getByRole('group').children] as HTMLElement[]

describe('SyncActivity', () => {
  it('is a group named by its summary: days without a failure and when the last one was', () => {
    setup(<SyncActivity runs={RUNS} now={NOW} days={7} />)
    expect(screen.getByRole('group', { name: '6 of 7 days without a failure; last failure 3 days ago' })).toBeInTheDocument()
    expect(allDays()).toHaveLength(7)
    // Nov 26 to Dec 2, oldest first: the failed sync at 23:30 UTC makes Nov 29 a failed day.
    expect(allDays().map((day) => day.dataset.outcome)).toEqual(['synced', 'none', 'synced', 'failed', 'none', 'synced', 'synced'])
  })

  it('puts the caller’s label first in the name, so that table rows differ', () => {
    setup(<SyncActivity runs={RUNS} now={NOW} days={7} label="Xero: sync activity" />)
    expect(screen.getByRole('group', { name: 'Xero: sync activity, 6 of 7 days without a failure; last failure 3 days ago' })).toBeInTheDocument()
  })

  it('says when nothing synced, and a day without syncs is not a synced day', () => {
    setup(<SyncActivity runs={[]} now={NOW} days={30} />)
    expect(screen.getByRole('group', { name: 'No syncs in the last 30 days' })).toBeInTheDocument()
    expect(new Set(allDays().map((day) => day.dataset.outcome))).toEqual(new Set(['none']))
  })

  it('is one tab stop, on the latest day, named by its text', async () => {
    const { user } = setup(
      <>
        <button type="button">before</button>
        <SyncActivity runs={RUNS} now={NOW} days={7} />
        <button type="button">after</button>
      </>,
    )
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('img', { name: 'Dec 2, 2026: Synced, 1 sync, 0 failures, 1 minute in total' }))
    await user.tab()
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus()
  })

  it('moves between days with the arrow keys, Home and End, each day named as focus lands on it', async () => {
    const { user } = setup(<SyncActivity runs={RUNS} now={NOW} days={7} />)
    await user.tab()
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}')
    expect(document.activeElement).toHaveAccessibleName('Nov 29, 2026: Failed, 2 syncs, 1 failure, 5 minutes in total')
    expect(days()).toHaveLength(1) // only the focused day carries a role and a name
    await user.keyboard('{Home}')
    expect(document.activeElement).toHaveAccessibleName('Nov 26, 2026: Synced, 1 sync, 0 failures, 30 seconds in total')
    await user.keyboard('{ArrowLeft}')
    expect(document.activeElement).toBe(allDays()[0])
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toHaveAccessibleName('Nov 27, 2026: No syncs')
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(allDays()[6])
    // Tab leaves and comes back to the day last focused.
    await user.tab({ shift: true })
    await user.tab()
    expect(document.activeElement).toBe(allDays()[6])
  })

  it('mirrors Left and Right in right-to-left pages', async () => {
    const { user } = setup(
      <div dir="rtl" style={{ direction: 'rtl' }}>
        <SyncActivity runs={RUNS} now={NOW} days={7} />
      </div>,
    )
    await user.tab()
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(allDays()[5])
    await user.keyboard('{ArrowLeft}')
    expect(document.activeElement).toBe(allDays()[6])
  })

  it('shows the day’s tooltip on focus: date, outcome, syncs, failures and total duration', async () => {
    const { user } = setup(<SyncActivity runs={RUNS} now={NOW} days={7} />)
    await user.tab()
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}')
    const tooltip = await screen.findByRole('tooltip')
    expect(tooltip).toHaveTextContent('Failed')
    expect(tooltip).toHaveTextContent('Nov 29, 2026')
    expect(tooltip).toHaveTextContent('2 syncs')
    expect(tooltip).toHaveTextContent('1 failure')
    expect(tooltip).toHaveTextContent('5 minutes in total')
  })

  it('shows a day’s tooltip on hover, and another day’s when the pointer moves on', async () => {
    const { user } = setup(<SyncActivity runs={RUNS} now={NOW} days={7} />)
    await user.hover(allDays()[4]!)
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Nov 30, 2026')
    await user.hover(allDays()[3]!)
    expect(await screen.findByRole('tooltip', {}, { timeout: 2000 })).toHaveTextContent('Nov 29, 2026')
  })

  it('shows a day’s tooltip on a tap', async () => {
    const { user } = setup(<SyncActivity runs={RUNS} now={NOW} days={7} />)
    await tap(user, allDays()[1]!)
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Nov 27, 2026')
    expect(await screen.findByRole('tooltip')).toHaveTextContent('No syncs')
  })

  it('speaks German with the German catalog', () => {
    setup(
      <StatusKitProvider locale="de" messages={de}>
        <SyncActivity runs={RUNS} now={NOW} days={7} />
      </StatusKitProvider>,
    )
    expect(screen.getByRole('group', { name: '6 von 7 Tagen ohne Fehler; letzter Fehler vor 3 Tagen' })).toBeInTheDocument()
  })

  it('never throws on bad input: bad runs are skipped, a bad number of days is clamped with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    setup(<SyncActivity runs={[null, 42, { at: 'soon' }, { at: NOW, status: 'x' }] as never} now={NOW} days={-3} />)
    expect(allDays()).toHaveLength(1)
    expect(allDays()[0]!.dataset.outcome).toBe('unknown')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('days must be a whole number from 1 to 366, got -3'))
    warn.mockRestore()
  })

  it('says it cannot show anything when there is no present and no runs', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    setup(<SyncActivity runs={[]} now={'never' as never} />)
    expect(screen.getByRole('group', { name: 'Sync activity unavailable' })).toBeInTheDocument()
    vi.restoreAllMocks()
  })

  it('spreads unknown props onto the root, merges className, reaches the root with ref, and has no axe violations', async () => {
    const ref = createRef<HTMLDivElement>()
    const { container } = setup(<SyncActivity ref={ref} runs={RUNS} now={NOW} days={7} className="mine" data-testid="activity" />)
    expect(screen.getByTestId('activity')).toBe(ref.current)
    expect(ref.current).toHaveClass('sk-activity', 'mine')
    await expectNoAxeViolations(container)
  })
})
