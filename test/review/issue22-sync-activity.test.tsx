/**
 * Review of issue 22, part 3: SyncActivity under a real dashboard's changes while a day has focus.
 */
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SyncActivity } from '../../src'
import { setup } from '../components/helpers'

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
