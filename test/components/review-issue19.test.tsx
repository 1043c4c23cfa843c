/**
 * A hostile review of issue 19's fixes, with what a real page does: a dashboard left polling while
 * the user switched windows (to a mail for the 2FA code, say), a provider's time zone read from an
 * empty setting.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { StatusHistory, StatusKitProvider, TwoFactorBanner, type TwoFactorBannerProps } from '../../src'
import { deferred } from './deferred'
import { credential, findTooltip, setup, spyOnWarnings, tabToText, tabUntil } from './helpers'

const T0 = Date.UTC(2026, 10, 25, 10, 0)
const MIN = 60_000
const rows = () => within(screen.getByRole('list')).getAllByRole('listitem')
/** `count` events alternating loading (2) and waiting for a webhook (25), a minute apart. */
const loadingEvents = (count: number) => Array.from({ length: count }, (_, i) => ({ status: i % 2 ? 25 : 2, at: T0 + i * MIN }))

describe('StatusHistory focus when the window loses focus', () => {
  it('keeps the focused row when the user switches windows and the next poll pushes it past the limit', async () => {
    const events = loadingEvents(12)
    const { user, rerender } = setup(<StatusHistory events={events} now={T0 + 20 * MIN} limit={10} />)
    await tabUntil(user, (element) => element.classList.contains('sk-badge'))
    await user.keyboard('{Home}')
    const focused = document.activeElement as HTMLElement
    // Switching to another window blurs the row (no relatedTarget) but leaves it the active element.
    fireEvent.focusOut(focused, { relatedTarget: null })
    expect(focused).toHaveFocus()
    // The dashboard keeps polling in the background: one new event.
    rerender(<StatusHistory events={[...events, { status: 12, at: T0 + 12 * MIN }]} now={T0 + 21 * MIN} limit={10} />)
    expect(focused).toBeInTheDocument()
    expect(focused).toHaveFocus()
  })
})

describe('the provider’s timeZone', () => {
  it('shows times in UTC, named, for an empty zone (as its warning says), not in the zone the code runs in', () => {
    const warnings = spyOnWarnings()
    render(
      <StatusKitProvider timeZone="" announcements={false}>
        <StatusHistory events={loadingEvents(1)} now={T0 + MIN} />
      </StatusKitProvider>,
    )
    expect(warnings.statuskit()).toEqual([expect.stringContaining('Times are shown in UTC')])
    expect(rows()[0]).toHaveTextContent('Nov 25, 2026, 10:00 AM UTC')
    warnings.spy.mockRestore()
  })
})

describe('TwoFactorBanner when the user switched windows while the code is checked', () => {
  const codeRequired = credential(3, 'active', { title: '2FA code is required', message: 'A 2FA code has been sent to ***@gmail.com' })
  const collecting = credential(5, 'active', { title: 'Collecting data', message: 'Gathering your invoices' })
  const page = (props: TwoFactorBannerProps) => (
    <>
      <TwoFactorBanner {...props} />
      <button type="button">Connections table</button>
    </>
  )

  it('says "Code verified." and keeps focus in the banner when 3 -> 5 arrives while the window is in the background', async () => {
    const pending = deferred()
    const onSubmitCode = vi.fn(() => pending.promise)
    const { user, rerender } = setup(page({ credential: codeRequired, onSubmitCode }))
    const field = screen.getByRole('textbox', { name: 'Verification code' })
    await user.type(field, '123456{Enter}')
    // The user switches to another window: the field is blurred (no relatedTarget) but stays the active element.
    fireEvent.focusOut(field, { relatedTarget: null })
    expect(field).toHaveFocus()
    rerender(page({ credential: collecting, onSubmitCode }))
    expect(screen.getByRole('status')).toHaveTextContent('Code verified.')
    expect(screen.getByRole('status')).toHaveFocus()
  })
})

describe('StatusHistory’s tooltip when a late event arrives', () => {
  const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString()
  const events = [{ status: 6, at: at(0) }, { status: 2, at: at(3) }, { status: 11, at: at(15) }]

  it('keeps describing the focused event when the next poll brings an earlier event it had missed', async () => {
    const { user, rerender } = setup(<StatusHistory events={events} now={at(20)} />)
    const focused = await tabToText(user, 'Loading error')
    expect(await findTooltip()).toHaveTextContent('Error with loading data')
    // The next poll, newest first, holds an event the previous one had missed (authorised at minute 1).
    rerender(<StatusHistory events={[events[2], events[1], { status: 9, at: at(1) }, events[0]]} now={at(20)} />)
    await act(async () => {})
    expect(focused).toHaveFocus()
    expect(screen.getByRole('tooltip')).toHaveTextContent('Error with loading data')
    expect(focused).toHaveAccessibleDescription(/Error with loading data/)
  })
})
