/**
 * Review of issue 22, part 3: SyncActivity under a real dashboard's changes while a day has focus.
 */
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SyncActivity } from '../../src'
import { setup, spyOnWarnings } from '../components/helpers'

afterEach(() => vi.restoreAllMocks())

const NOW = Date.parse('2026-12-01T12:00:00Z')
const runs = [{ at: NOW, status: 19 }]

describe('SyncActivity: focus survives a change of days (WCAG 2.4.3)', () => {
  it('keeps focus on today when a 90-day view switches to 30 days with today focused', async () => {
    const { user, rerender } = setup(<SyncActivity runs={runs} now={NOW} days={90} />)
    await user.tab() // the tab stop: today, the 90th bar
    expect(screen.getByRole('img', { name: /^Dec 1, 2026/ })).toHaveFocus()
    // The app's "30 days / 90 days" switch: today is now the 30th bar; the 90th is gone.
    rerender(<SyncActivity runs={runs} now={NOW} days={30} />)
    const group = screen.getByRole('group', { name: /of 30 days without a failure/ })
    expect(group).toContainElement(document.activeElement as HTMLElement)
    expect(document.activeElement).toHaveAttribute('tabindex', '0')
    expect(document.activeElement).toHaveAccessibleName(/^Dec 1, 2026: Synced/)
  })
})

describe('SyncActivity: the focused day stays the focused day', () => {
  it('keeps focus on today when a 30-day view switches to 90 days with today focused', async () => {
    const { user, rerender } = setup(<SyncActivity runs={runs} now={NOW} days={30} />)
    await user.tab()
    expect(screen.getByRole('img', { name: /^Dec 1, 2026/ })).toHaveFocus()
    rerender(<SyncActivity runs={runs} now={NOW} days={90} />)
    expect(document.activeElement).toHaveAccessibleName(/^Dec 1, 2026: Synced/)
    expect(document.activeElement).toHaveAttribute('tabindex', '0')
  })

  it('keeps focus on the same date when midnight passes under focus (a live dashboard’s next now)', async () => {
    const { user, rerender } = setup(<SyncActivity runs={runs} now={NOW} days={30} />)
    await user.tab()
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(screen.getByRole('img', { name: /^Nov 29, 2026/ })).toHaveFocus()
    rerender(<SyncActivity runs={runs} now={NOW + 86_400_000} days={30} />)
    expect(document.activeElement).toHaveAccessibleName(/^Nov 29, 2026/)
    expect(document.activeElement).toHaveAttribute('tabindex', '0')
  })
})

describe('SyncActivity: run times in epoch seconds', () => {
  it('warns once when runs fall before 1973 in milliseconds (Airbyte sends epoch seconds), instead of silently saying no syncs', () => {
    const warnings = spyOnWarnings()
    const seconds = [{ at: 1_764_590_000, status: 19 }, { at: 1_764_500_000, status: 14 }]
    render(<SyncActivity runs={seconds} now={NOW} />)
    expect(screen.getByRole('group', { name: 'No syncs in the last 30 days' })).toBeInTheDocument()
    expect(warnings.statuskit().filter((message) => /seconds/.test(message))).toHaveLength(1)
  })
})

describe('SyncActivity: runs without a duration (most APIs send none)', () => {
  it('does not claim "0 seconds in total" for a day whose runs have no duration', async () => {
    const { user } = setup(<SyncActivity runs={[{ at: NOW, status: 19 }, { at: NOW - 3_600_000, status: 14 }]} now={NOW} />)
    await user.tab()
    const today = screen.getByRole('img', { name: 'Dec 1, 2026: Failed, 2 syncs, 1 failure' })
    expect(today).toHaveFocus()
    const tooltip = await screen.findByRole('tooltip')
    expect(tooltip).toHaveTextContent('2 syncs')
    expect(tooltip).not.toHaveTextContent(/in total/)
  })

  it('still adds up the durations it is given', async () => {
    const { user } = setup(<SyncActivity runs={[{ at: NOW, status: 19, duration: 120_000 }, { at: NOW - 60_000, status: 19 }]} now={NOW} />)
    await user.tab()
    expect(screen.getByRole('img', { name: 'Dec 1, 2026: Synced, 2 syncs, 0 failures, 2 minutes in total' })).toHaveFocus()
  })
})
