/** StatusHistory's rows: each event's badge explains itself in a tooltip, and a history never speaks. */
import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { StatusBadge, StatusHistory, StatusKitProvider } from '../../src'
import { findTooltip, setup, tabToText, tap } from './helpers'

const T0 = Date.UTC(2026, 10, 25, 9, 0)
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()

// Authorization, Loading, Loading error: three badges, three different tooltips.
const EVENTS = [
  { status: 6, at: at(0) },
  { status: 2, at: at(3) },
  { status: 11, at: at(15) },
]
const AUTHORIZATION = 'The user is trying or has already tried to log in to the third-party app'
const LOADING = 'The data from the third-party app is loading to the datalake'
const LOADING_ERROR = 'Error with loading data'

const badge = (name: string) => within(screen.getByRole('list')).getByText(name, { selector: '.sk-badge' })

describe('StatusHistory tooltips', () => {
  it('reaches every event’s badge by keyboard (one tab stop, arrow keys), its tooltip opening on focus and describing it', async () => {
    const { user } = setup(<StatusHistory events={EVENTS} now={at(20)} />)
    const focused = await tabToText(user, 'Loading error')
    expect(await findTooltip()).toHaveTextContent(LOADING_ERROR)
    expect(focused).toHaveFocus()
    expect(focused).toHaveAccessibleDescription(new RegExp(LOADING_ERROR))
    // Up to the event before: its own tooltip, and only one open.
    await user.keyboard('{ArrowUp}')
    expect(badge('Loading')).toHaveFocus()
    await vi.waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent(LOADING))
    expect(screen.getAllByRole('tooltip')).toHaveLength(1)
  })

  it('opens the tooltip of the badge under the pointer, and of the next one the pointer moves to', async () => {
    const { user } = setup(<StatusHistory events={EVENTS} now={at(20)} />)
    await user.hover(badge('Loading'))
    expect(await findTooltip()).toHaveTextContent(LOADING)
    await user.hover(badge('Loading error'))
    await vi.waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent(LOADING_ERROR))
  })

  it('opens no tooltip over an event’s time or stage duration', async () => {
    const { user } = setup(<StatusHistory events={EVENTS} now={at(20)} />)
    await user.hover(screen.getByText('Loading: 12 minutes'))
    await user.hover(screen.getAllByRole('listitem')[2]!.querySelector('time')!)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('opens on a tap', async () => {
    const { user } = setup(<StatusHistory events={EVENTS} now={at(20)} />)
    await tap(user, badge('Loading error'))
    expect(await findTooltip()).toHaveTextContent(LOADING_ERROR)
  })

  it('keeps the badges out of the tab order under StatusKitProvider focusable={false}; the focused cell opens the first one', async () => {
    const { user } = setup(
      <StatusKitProvider focusable={false} announcements={false}>
        <div role="grid" aria-label="Apps">
          <div role="row">
            <div role="gridcell" tabIndex={-1}>
              <StatusHistory events={EVENTS} now={at(20)} />
            </div>
          </div>
        </div>
      </StatusKitProvider>,
    )
    expect(screen.getAllByRole('listitem').flatMap((item) => [...item.querySelectorAll('[tabindex]')])).toEqual([])
    act(() => screen.getByRole('gridcell').focus())
    expect(await findTooltip()).toHaveTextContent(AUTHORIZATION)
    await user.hover(badge('Loading'))
    await vi.waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent(LOADING))
  })
})

describe('StatusHistory and the provider’s live region', () => {
  it('announces nothing when its events change (badges beside it do not announce either: issue 21)', () => {
    vi.useFakeTimers()
    try {
      const onAnnounce = vi.fn()
      const page = (events: typeof EVENTS, live: number) => (
        <StatusKitProvider announcements={{ onAnnounce }}>
          <StatusBadge status={live} tooltip={false} />
          <StatusHistory events={events} now={at(20)} />
        </StatusKitProvider>
      )
      const { rerender } = render(page(EVENTS, 2))
      // A late event shifts every later row: rows that showed Loading and Authorization now show
      // errors. That is the past being filled in, not news.
      rerender(page([...EVENTS, { status: 7, at: at(1) }, { status: 22, at: at(2) }], 2))
      act(() => void vi.advanceTimersByTime(5000))
      expect(onAnnounce).not.toHaveBeenCalled()
      expect(screen.getByRole('status')).toHaveTextContent('')
    } finally {
      vi.useRealTimers()
    }
  })
})
