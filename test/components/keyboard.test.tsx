/**
 * Issue 10, "Keyboard at dashboard scale": a stepper is one tab stop (arrow keys between its
 * steps, or one compact trigger), and badges, pills and compact steppers can leave the tab order
 * to a grid whose cells own focus. RTL arrows and real focus in a grid: test/browser.
 */
import { composeStories } from '@storybook/react-vite'
import { render, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider } from '../../src'
import * as dashboardStories from '../../stories/CustomerDashboard.stories'
import { credential, expectTooltipClosed, findTooltip, setup } from './helpers'

afterEach(() => vi.restoreAllMocks())

const { Default: Dashboard, GridCellsOwnFocus } = composeStories(dashboardStories)

/** Presses Tab until focus leaves the page; returns every element it stopped on. */
async function tabStops(user: UserEvent): Promise<HTMLElement[]> {
  const stops: HTMLElement[] = []
  for (let press = 0; press < 200; press++) {
    await user.tab()
    const active = document.activeElement
    if (!(active instanceof HTMLElement) || active === document.body || stops.includes(active)) break
    stops.push(active)
  }
  return stops
}

const focusedText = () => document.activeElement?.textContent ?? ''

describe('the dashboard example', () => {
  it('has one tab stop per row item: badge, stepper and pill (was 5 per compact stepper)', async () => {
    const { user } = setup(<Dashboard />)
    const stops = await tabStops(user)
    const steppers = screen.getAllByRole('img', { name: /step \d of \d|steps/ })
    expect(steppers).toHaveLength(7)
    // Each stepper is one stop, and nothing inside a stepper is one besides its trigger.
    expect(stops.filter((stop) => stop.closest('.sk-pipeline'))).toEqual(steppers)
    // Besides the page's own History button and the next step (a button where there is one), a
    // row's stops are its badge, stepper, pill and 30-day activity (one stop for its 30 days).
    const rows = screen.getAllByRole('row').slice(1)
    const buttons = /^(History|Reconnect|Try again|Enter code)/
    for (const row of rows) {
      const pageButtons = within(row).queryAllByRole('button', { name: buttons })
      expect(stops.filter((stop) => row.contains(stop) && !pageButtons.includes(stop))).toHaveLength(4)
    }
    const table = screen.getByRole('table')
    const rowButtons = within(table).getAllByRole('button', { name: buttons })
    expect(rowButtons.filter((button) => !/^History/.test(button.textContent ?? ''))).toHaveLength(3)
    expect(stops.filter((stop) => table.contains(stop))).toHaveLength(rows.length * 4 + rowButtons.length)
  }, 30_000)

  it('as a grid whose cells own focus: one tab stop for the grid, none for badges, pills and steppers', async () => {
    const { user } = setup(
      <>
        <GridCellsOwnFocus />
        <button type="button">After the grid</button>
      </>,
    )
    const stops = await tabStops(user)
    expect(stops.map((stop) => stop.textContent)).toEqual(['App', 'After the grid'])
  })
})

describe('a default stepper', () => {
  it('is one tab stop that starts on the step where the status sits', async () => {
    const { user } = setup(
      <>
        <PipelineProgress status={14} label="Xero" />
        <PipelineProgress status={19} label="Shopify" />
        <PipelineProgress status={99} label="Unknown" />
      </>,
    )
    const stops = await tabStops(user)
    expect(stops.map((stop) => stop.textContent?.split(',')[0])).toEqual(['Structuring', 'Synced', 'Authorization'])
  })

  it('moves between steps with the arrow keys, Home and End, without wrapping', async () => {
    const { user } = setup(<PipelineProgress status={14} />)
    await user.tab()
    expect(focusedText()).toMatch(/^Structuring/)
    await user.keyboard('{ArrowRight}')
    expect(focusedText()).toMatch(/^Processing/)
    await user.keyboard('{ArrowDown}')
    expect(focusedText()).toMatch(/^Synced/)
    await user.keyboard('{ArrowRight}')
    expect(focusedText()).toMatch(/^Synced/)
    await user.keyboard('{Home}')
    expect(focusedText()).toMatch(/^Authorization/)
    await user.keyboard('{ArrowLeft}')
    expect(focusedText()).toMatch(/^Authorization/)
    await user.keyboard('{End}')
    expect(focusedText()).toMatch(/^Synced/)
    await user.keyboard('{ArrowUp}')
    expect(focusedText()).toMatch(/^Processing/)
  })

  it('shows the focused step\'s tooltip as the arrow keys move', async () => {
    const { user } = setup(<PipelineProgress status={13} />)
    await user.tab()
    expect(await findTooltip()).toHaveTextContent('structuring process is in progress')
    await user.keyboard('{ArrowLeft}')
    await vi.waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('loading to the datalake'))
    expect(screen.getAllByRole('tooltip')).toHaveLength(1)
    expect(document.activeElement).toHaveAccessibleDescription(/loading to the datalake/)
  })

  it('comes back to the step last focused', async () => {
    const { user } = setup(
      <>
        <PipelineProgress status={14} />
        <button type="button">Next</button>
      </>,
    )
    await user.tab()
    await user.keyboard('{Home}')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus()
    await user.tab({ shift: true })
    expect(focusedText()).toMatch(/^Authorization/)
  })
})

// Issue 19, item 10 (WCAG 2.4.3): a status that skips a step between two polls must not drop focus
// to the page. 21 shows the optional Deduplication step; 13 does not.
describe('a stepper whose status moves on between two polls', () => {
  it('moves focus to its new tab stop when the focused step leaves (21 -> 13)', async () => {
    const { user, rerender } = setup(<PipelineProgress status={21} label="Xero" />)
    await user.tab()
    expect(focusedText()).toMatch(/^Deduplication, current/)
    rerender(<PipelineProgress status={13} label="Xero" />)
    expect(document.activeElement).not.toBe(document.body)
    // The step where the status now sits; moving focus there makes a screen reader read it.
    expect(focusedText()).toMatch(/^Structuring, current/)
    expect(document.activeElement).toHaveAttribute('tabindex', '0')
    expect(await findTooltip()).toHaveTextContent('structuring process is in progress')
    await user.keyboard('{ArrowLeft}')
    expect(focusedText()).toMatch(/^Loading, completed/)
  })

  it('moves focus even when the step left while its tooltip was open from the arrow keys', async () => {
    const { user, rerender } = setup(<PipelineProgress status={22} />)
    await user.tab()
    await user.keyboard('{ArrowLeft}{ArrowRight}')
    expect(focusedText()).toMatch(/^Deduplication, failed/)
    rerender(<PipelineProgress status={19} />)
    expect(focusedText()).toMatch(/^Synced, completed/)
  })

  it('keeps focus on the focused step when that step stays (16 -> 19)', async () => {
    const { user, rerender } = setup(<PipelineProgress status={16} />)
    await user.tab()
    const processing = document.activeElement
    expect(focusedText()).toMatch(/^Processing, current/)
    rerender(<PipelineProgress status={19} />)
    expect(document.activeElement).toBe(processing)
    expect(focusedText()).toMatch(/^Processing, completed/)
  })

  it('leaves focus where the user took it when a step leaves', async () => {
    const { user, rerender } = setup(
      <>
        <PipelineProgress status={21} />
        <button type="button">Next</button>
      </>,
    )
    await user.tab()
    await user.tab()
    rerender(
      <>
        <PipelineProgress status={13} />
        <button type="button">Next</button>
      </>,
    )
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus()
  })

  it.each([
    [21, 13, 'Structuring in progress, step 3 of 5'],
    [16, 19, 'All 5 steps completed'],
  ])('keeps focus on a compact stepper\'s one trigger (%s -> %s), now named "%s"', async (before, after, name) => {
    const { user, rerender } = setup(<PipelineProgress status={before} density="compact" />)
    await user.tab()
    const trigger = document.activeElement
    rerender(<PipelineProgress status={after} density="compact" />)
    expect(document.activeElement).toBe(trigger)
    expect(trigger).toBe(screen.getByRole('img', { name }))
  })
})

describe('a compact stepper', () => {
  it.each([
    [14, 'Structuring failed, step 3 of 5'],
    [17, 'Processing failed, step 4 of 5'],
    [16, 'Processing in progress, step 4 of 5'],
    [8, 'Authorization needs attention, step 1 of 5'],
    [25, 'Loading waiting for webhook, step 2 of 5'],
    [21, 'Deduplication in progress, step 3 of 6'],
    [19, 'All 5 steps completed'],
    [26, 'No step in progress, 5 steps'],
    [99, 'No step in progress, 5 steps'],
  ])('is one trigger named for where status %s sits: "%s"', async (status, name) => {
    const { user } = setup(<PipelineProgress status={status} density="compact" />)
    const stops = await tabStops(user)
    expect(stops).toEqual([screen.getByRole('img', { name })])
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
  })

  it('lists every step and its state in its tooltip, then explains the step it is named for', async () => {
    const { user } = setup(<PipelineProgress status={14} density="compact" />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(within(tooltip).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Authorization: completed',
      'Loading: completed',
      'Structuring: failed',
      'Processing: not started',
      'Synced: not started',
    ])
    expect(tooltip).toHaveTextContent('Structuring failed, step 3 of 5')
    expect(document.activeElement).toHaveAccessibleDescription(/Structuring: failed/)
  })

  // The step a status sits on explains that status (statusOnStep), not the stage's generic text.
  it.each([
    [14, 'Data structuring is interrupted: an error occurred during structuring.', 'structuring process is in progress'],
    [17, 'Error with processing data: an error occurred in one of the processing substages.', 'data processing is in progress'],
    [25, 'If data originates from the app aggregator, the sharing session waits for a webhook.', 'loading to the datalake'],
    [26, 'The app is disconnected: no stage runs until it is reconnected.', 'log in to the third-party app'],
  ])('explains status %s in its tooltip in the words for that status', async (status, words, stageText) => {
    const { user } = setup(<PipelineProgress status={status} density="compact" />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent(words)
    expect(tooltip).not.toHaveTextContent(stageText)
  })

  it('lists the substages too when processing is the step it is named for', async () => {
    const { user } = setup(<PipelineProgress status={17} density="compact" substages={{ monitoring: 'complete', forecasting: 'error' }} />)
    await user.tab()
    const tooltip = await findTooltip()
    const [steps, substages] = within(tooltip).getAllByRole('list')
    expect(within(steps!).getAllByRole('listitem')).toHaveLength(5)
    expect(within(substages!).getAllByRole('listitem').map((item) => item.textContent)).toContain('Forecasting: failed')
  })

  // Issue 19, item 14: the README's table passes a label per row; without it every row read the same.
  it('puts its label before the summary in its name, so that each table row reads differently', async () => {
    const connections = [{ name: 'Xero', status: 17 }, { name: 'Shopify', status: 17 }]
    const { user } = setup(
      <table>
        <tbody>
          {connections.map((connection) => (
            <tr key={connection.name}>
              <td><PipelineProgress status={connection.status} density="compact" label={`${connection.name}: connection progress`} /></td>
            </tr>
          ))}
        </tbody>
      </table>,
    )
    const stops = await tabStops(user)
    expect(stops.map((stop) => stop.getAttribute('aria-label'))).toEqual([
      'Xero: connection progress, Processing failed, step 4 of 5',
      'Shopify: connection progress, Processing failed, step 4 of 5',
    ])
    expect(stops[0]).toBe(screen.getByRole('img', { name: 'Xero: connection progress, Processing failed, step 4 of 5' }))
  })

  it.each<[unknown]>([[undefined], [''], ['   '], [{ name: 'Xero' }]])('is named by its summary alone with label %j', (label) => {
    render(<PipelineProgress status={17} density="compact" label={label as string} />)
    expect(screen.getByRole('img', { name: 'Processing failed, step 4 of 5' })).toBeInTheDocument()
  })

  it('takes its name pattern from the provider\'s messages', () => {
    render(
      <StatusKitProvider messages={{ ui: { pipelineSummary: { error: '{step} fehlgeschlagen, Schritt {position} von {total}' } } }}>
        <PipelineProgress status={14} density="compact" />
      </StatusKitProvider>,
    )
    expect(screen.getByRole('img', { name: 'Structuring fehlgeschlagen, Schritt 3 von 5' })).toBeInTheDocument()
  })
})

/** A grid cell that owns focus, as grid libraries render it. */
function Cell({ children }: { children: React.ReactNode }) {
  return (
    <div role="grid" aria-label="Apps">
      <div role="row">
        <div role="gridcell" tabIndex={-1} aria-describedby="row-hint">
          {children}
        </div>
      </div>
      <span id="row-hint">Row 1</span>
    </div>
  )
}

const NOT_FOCUSABLE = [
  { name: 'badge', ui: (focusable?: boolean) => <StatusBadge status={14} focusable={focusable} />, text: 'Structuring error', tooltip: 'Data structuring is interrupted' },
  {
    name: 'pill',
    ui: (focusable?: boolean) => <CredentialStatePill credential={credential(1, 'planned')} focusable={focusable} />,
    text: 'Coming soon',
    tooltip: 'under development',
  },
  {
    name: 'compact stepper',
    ui: (focusable?: boolean) => <PipelineProgress status={14} density="compact" focusable={focusable} />,
    text: '',
    tooltip: 'Structuring: failed',
  },
]

describe.each(NOT_FOCUSABLE)('a $name with focusable={false}', ({ ui, text, tooltip }) => {
  it('is a tab stop by default', async () => {
    const { user } = setup(ui())
    expect(await tabStops(user)).toHaveLength(1)
  })

  it('is no tab stop', async () => {
    const { user } = setup(ui(false))
    expect(await tabStops(user)).toHaveLength(0)
  })

  it('is no tab stop under StatusKitProvider focusable={false}, and its own prop wins', async () => {
    const { user } = setup(
      <StatusKitProvider focusable={false}>
        {ui()}
        {ui(true)}
      </StatusKitProvider>,
    )
    expect(await tabStops(user)).toHaveLength(1)
  })

  it('opens its tooltip when the cell that contains it is focused, describes the cell, and closes when the cell loses focus', async () => {
    setup(
      <>
        <Cell>{ui(false)}</Cell>
        <button type="button">Elsewhere</button>
      </>,
    )
    const cell = screen.getByRole('gridcell')
    cell.focus()
    expect(await findTooltip()).toHaveTextContent(tooltip)
    expect(cell).toHaveFocus()
    expect(cell).toHaveAccessibleDescription(new RegExp(`Row 1.*${tooltip}`))
    screen.getByRole('button', { name: 'Elsewhere' }).focus()
    await expectTooltipClosed()
    expect(cell).toHaveAccessibleDescription('Row 1')
    // And again, now that the tooltip is mounted and Radix listens on the cell.
    cell.focus()
    expect(await findTooltip()).toHaveTextContent(tooltip)
  })

  it('still opens its tooltip on hover', async () => {
    const { user, container } = setup(<Cell>{ui(false)}</Cell>)
    const trigger = container.querySelector<HTMLElement>('[data-focusable="false"]')!
    if (text) expect(trigger).toHaveTextContent(text)
    await user.hover(trigger)
    expect(await findTooltip()).toHaveTextContent(tooltip)
    expect(screen.getByRole('gridcell')).not.toHaveFocus()
  })
})
