/**
 * Issue 20, item 2: the Recipes page's large table (its code is stories/LargeTable/, checked equal
 * to the page by test/readme): TanStack Table with react-virtual over 10,000 connections, one tab
 * stop for the grid, arrow keys between cells, the summary filter and the history panel.
 */
import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { connectionOutcome, describeConnectionStatus } from '../../src/core'
import { ConnectionsDashboard } from '../../stories/LargeTable/connections-dashboard'
import type { Connection } from '../../stories/LargeTable/connections-grid'
import { historyOf, makeConnections } from '../../stories/LargeTable/live-connections'
import { findTooltip, setup } from '../components/helpers'

const NOW = Date.UTC(2026, 10, 25, 10, 0)
const CONNECTIONS = makeConnections(10_000)
const history = (connection: Connection) => historyOf(connection, NOW)

// jsdom has no layout: give the grid's scroll container the sizes a browser would (480px high in
// connections.css, 40px rows), and a scrollTo that scrolls, as react-virtual needs.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('connections-grid') ? 480 : 0
  })
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('connections-grid') ? Number(this.querySelector('table')?.getAttribute('aria-rowcount')) * 40 : 0
  })
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top
    this.dispatchEvent(new Event('scroll'))
  } as HTMLElement['scrollTo']
})
afterEach(() => {
  vi.restoreAllMocks()
  delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo
})

function Page({ connections = CONNECTIONS }: { connections?: Connection[] }) {
  return (
    <>
      <ConnectionsDashboard connections={connections} historyOf={history} now={NOW} />
      <button type="button">After the dashboard</button>
    </>
  )
}

const grid = () => screen.getByRole('grid', { name: 'Connections' })
const rowAt = (position: number) => grid().querySelector<HTMLElement>(`tr[aria-rowindex="${position + 1}"]`)!
const cell = (position: number, column: number) => rowAt(position).querySelector<HTMLElement>(`[aria-colindex="${column}"]`)!
const scroller = () => grid().parentElement!

/** Tab from the page's start to the grid: past the summary's buttons, one press into the grid. */
async function tabIntoGrid(user: ReturnType<typeof setup>['user']) {
  for (let press = 0; press < 10 && !grid().contains(document.activeElement); press++) await user.tab()
  expect(grid()).toContainElement(document.activeElement as HTMLElement)
}

describe('the large-table recipe (issue 20, item 2)', () => {
  it('mounts a screenful of the 10,000 rows and says how many there are', () => {
    setup(<Page />)
    expect(grid()).toHaveAttribute('aria-rowcount', '10001')
    const rows = within(grid()).getAllByRole('row')
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(40)
  })

  it('is one tab stop: Tab enters at the first cell, and the next Tab leaves the grid', async () => {
    const { user } = setup(<Page />)
    await tabIntoGrid(user)
    expect(cell(1, 1)).toHaveFocus()
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    await user.tab()
    expect(screen.getByRole('button', { name: 'After the dashboard' })).toHaveFocus()
    // Back in: the grid keeps the cell the user was on.
    await user.tab({ shift: true })
    expect(cell(1, 1)).toHaveFocus()
  })

  it('moves between cells with the arrow keys, and a focused cell opens its badge tooltip', async () => {
    const { user } = setup(<Page />)
    await tabIntoGrid(user)
    await user.keyboard('{ArrowRight}')
    expect(cell(1, 2)).toHaveFocus()
    const first = describeConnectionStatus(CONNECTIONS[0]!.status)
    expect(await findTooltip()).toHaveTextContent(first.description)

    await user.keyboard('{ArrowDown}')
    expect(cell(2, 2)).toHaveFocus()
    expect(await findTooltip()).toHaveTextContent(describeConnectionStatus(CONNECTIONS[1]!.status).description)

    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}{ArrowUp}')
    expect(cell(1, 3)).toHaveFocus()
    await user.keyboard('{End}')
    expect(cell(1, 4)).toHaveFocus()
    await user.keyboard('{Home}')
    expect(cell(1, 1)).toHaveFocus()
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1)
  })

  it('reaches the last of 10,000 rows with Ctrl+End, scrolling it into view', async () => {
    const { user } = setup(<Page />)
    await tabIntoGrid(user)
    await user.keyboard('{Control>}{End}{/Control}')
    expect(cell(10_000, 4)).toHaveFocus()
    expect(within(rowAt(10_000)).getByRole('rowheader')).toHaveTextContent(CONNECTIONS[9_999]!.app)
    expect(scroller().scrollTop).toBeGreaterThan(390_000)
    await user.keyboard('{PageUp}')
    // A screen: 11 rows of 40px below the 40px header in 480px, less one that stays in view.
    expect(document.activeElement?.parentElement?.getAttribute('aria-rowindex')).toBe(String(10_001 - 10))
  })

  it('keeps focus on a row that scrolls out of view (it stays mounted), never on the page', async () => {
    const { user } = setup(<Page />)
    await tabIntoGrid(user)
    await user.keyboard('{ArrowRight}')
    const focused = cell(1, 2)
    expect(focused).toHaveFocus()
    act(() => {
      scroller().scrollTop = 200_000 // row 5,000 in view
      fireEvent.scroll(scroller())
    })
    expect(rowAt(5_000)).not.toBeNull()
    expect(focused).toBeInTheDocument()
    expect(focused).toHaveFocus()
    // And the keys go on from there.
    await user.keyboard('{ArrowDown}')
    expect(cell(2, 2)).toHaveFocus()
  })

  it('hands focus to the row now in its place when the focused row leaves the filter', async () => {
    const synced = CONNECTIONS.filter((c) => connectionOutcome(c) === 'synced')
    const { user, rerender } = setup(<Page />)
    await user.click(screen.getByRole('button', { name: `${synced.length.toLocaleString('en')} synced` }))
    await tabIntoGrid(user)
    expect(cell(1, 1)).toHaveTextContent(synced[0]!.app)
    // The next poll fails that connection while its cell has focus: it leaves the synced filter.
    rerender(<Page connections={CONNECTIONS.map((c) => (c === synced[0] ? { ...c, status: 14 } : c))} />)
    expect(grid()).toHaveAttribute('aria-rowcount', String(synced.length))
    expect(cell(1, 1)).toHaveTextContent(synced[1]!.app)
    expect(cell(1, 1)).toHaveFocus()
  })

  it('filters by connectionOutcome: the rows shown are the count clicked, credentials included', async () => {
    const { user } = setup(<Page />)
    const failed = CONNECTIONS.filter((c) => connectionOutcome(c) === 'failed').length
    // What the old recipe filtered by: the status's tone alone, blind to failed credentials.
    const redBadges = CONNECTIONS.filter((c) => describeConnectionStatus(c.status).tone === 'danger').length
    expect(failed).toBeGreaterThan(redBadges)
    await user.click(screen.getByRole('button', { name: `${failed.toLocaleString('en')} failed` }))
    expect(grid()).toHaveAttribute('aria-rowcount', String(failed + 1))
  })

  it('shows the history of the row Enter is pressed on, beside the grid', async () => {
    const { user } = setup(<Page />)
    await tabIntoGrid(user)
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    const app = CONNECTIONS[2]!.app
    const panel = screen.getByRole('region', { name: `${app}: status history` })
    expect(within(panel).getByRole('list', { name: 'Status history' })).toBeInTheDocument()
    expect(rowAt(3)).toHaveAttribute('aria-selected', 'true')
    expect(cell(3, 1)).toHaveFocus()
  })
})
