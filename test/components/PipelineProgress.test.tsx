import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PipelineProgress, StatusKitProvider } from '../../src'
import type { UserEvent } from '@testing-library/user-event'
import { STATUS_TABLE, findTooltip, setup, spyOnWarnings } from './helpers'

afterEach(() => vi.restoreAllMocks())

/** issue 3: each step's state as text for screen readers. */
const STATE_TEXT = { C: 'completed', '>': 'current', E: 'failed', W: 'needs attention', '-': 'not started', x: 'inactive' } as const
type StateMark = keyof typeof STATE_TEXT

/**
 * Where each status puts the pipeline, one mark per step (C complete, > current, E failed,
 * W needs attention, - not started, x inactive). Five steps: Authorization, Loading, Structuring,
 * Processing, Synced; six with Deduplication (after Loading) for 21 and 22.
 */
const EXPECTED: Record<number, string> = {
  6: '>----', 7: 'E----', 8: 'W----', 9: 'C>---', 20: 'W----',
  2: 'C>---', 11: 'CE---', 12: 'CC>--', 23: 'CW---', 25: 'C>---',
  21: 'CC>---', 22: 'CCE---',
  13: 'CC>--', 14: 'CCE--', 15: 'CCC>-',
  16: 'CCC>-', 17: 'CCCE-', 18: 'CCCC>',
  19: 'CCCCC', 26: 'xxxxx',
}
const STEPS = ['Authorization', 'Loading', 'Structuring', 'Processing', 'Synced']
const STEPS_WITH_DEDUPLICATION = ['Authorization', 'Loading', 'Deduplication', 'Structuring', 'Processing', 'Synced']

/** Tab into the stepper (one tab stop), then arrow keys to the step named `name`. */
async function focusStep(user: UserEvent, name: string): Promise<void> {
  await user.tab()
  await user.keyboard('{Home}')
  for (let press = 0; press < 6 && !document.activeElement?.textContent?.startsWith(name); press++) await user.keyboard('{ArrowRight}')
  expect(document.activeElement?.textContent).toMatch(new RegExp(`^${name}`))
}

/** The top-level steps (not the substeps of an expanded processing step). */
function steps(): HTMLElement[] {
  const list = screen.getByRole('list', { name: 'Connection progress' })
  return within(list).getAllByRole('listitem').filter((item) => item.parentElement === list)
}

describe('PipelineProgress for every status', () => {
  it.each(STATUS_TABLE)('shows where $code ($label) is: an ordered, named list of steps with their states', ({ code }) => {
    render(<PipelineProgress status={code} />)
    const marks = [...(EXPECTED[code] ?? '')] as StateMark[]
    const names = marks.length === 6 ? STEPS_WITH_DEDUPLICATION : STEPS
    const list = screen.getByRole('list', { name: 'Connection progress' })
    expect(list.tagName).toBe('OL')
    const items = steps()
    expect(items).toHaveLength(marks.length)
    items.forEach((item, index) => expect(item).toHaveTextContent(`${names[index]}, ${STATE_TEXT[marks[index]!]}`))
  })

  it.each(STATUS_TABLE)('marks exactly the current step of $code with aria-current="step"', ({ code }) => {
    const { container } = render(<PipelineProgress status={code} />)
    const marks = [...(EXPECTED[code] ?? '')]
    const current = screen.queryAllByRole('listitem', { current: 'step' })
    expect(current).toHaveLength(marks.includes('>') ? 1 : 0)
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(current.length)
    if (current[0]) expect(steps().indexOf(current[0])).toBe(marks.indexOf('>'))
  })

  it.each(STATUS_TABLE)('shows deduplication for $code only when the status is in it', ({ code }) => {
    render(<PipelineProgress status={code} />)
    const shown = steps().some((item) => item.textContent?.startsWith('Deduplication'))
    expect(shown).toBe(code === 21 || code === 22)
  })

  it('shows deduplication for any status with showDeduplication', () => {
    render(<PipelineProgress status={16} showDeduplication />)
    expect(steps().map((item) => item.textContent?.split(',')[0])).toEqual(STEPS_WITH_DEDUPLICATION)
    expect(steps()[2]).toHaveTextContent('Deduplication, completed')
  })

  it('says a connection waiting for a webhook (25) is waiting', () => {
    render(<PipelineProgress status={25} />)
    expect(steps()[1]).toHaveTextContent('Loading, current, waiting for webhook')
  })

  it.each([99, 'abc', null, undefined, {}])('shows every step inactive for the unknown status %s, without throwing', (status) => {
    spyOnWarnings()
    render(<PipelineProgress status={status} />)
    for (const item of steps()) expect(item).toHaveTextContent(/, inactive/)
    expect(screen.queryAllByRole('listitem', { current: 'step' })).toHaveLength(0)
  })
})

describe('PipelineProgress processing substages', () => {
  const twoDone = { monitoring: 'complete', forecasting: 'complete' } as const

  it('collapses the substages into a "2/5" count with a sentence for screen readers', () => {
    render(<PipelineProgress status={16} substages={twoDone} />)
    const processing = steps()[3]!
    expect(processing).toHaveTextContent('2/5')
    expect(processing).toHaveTextContent('2 of 5 processing substages completed')
    expect(within(processing).queryByRole('list')).not.toBeInTheDocument()
  })

  it('lists every substage and its state in the processing tooltip', async () => {
    const { user } = setup(<PipelineProgress status={16} substages={twoDone} />)
    await focusStep(user, 'Processing')
    const tooltip = await findTooltip()
    const items = within(tooltip).getAllByRole('listitem').map((item) => item.textContent)
    expect(items).toEqual([
      'Monitoring: completed',
      'Forecasting: completed',
      'Insights: current',
      'Benchmarking: current',
      'Historical data cleaning: current',
    ])
  })

  it('counts 5/5 once processing is done', () => {
    render(<PipelineProgress status={18} />)
    expect(steps()[3]).toHaveTextContent('5/5')
  })

  it('expands the substages into a nested list with showSubstages', () => {
    render(<PipelineProgress status={16} substages={twoDone} showSubstages />)
    const nested = within(steps()[3]!).getByRole('list', { name: 'Processing' })
    expect(within(nested).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Monitoring, completed',
      'Forecasting, completed',
      'Insights, current',
      'Benchmarking, current',
      'Historical data cleaning, current',
    ])
    expect(steps()[3]).not.toHaveTextContent('2/5')
  })

  it('shows a failed substage given as substages={{ forecasting: "error" }}', async () => {
    const { user } = setup(<PipelineProgress status={16} substages={{ forecasting: 'error' }} />)
    await focusStep(user, 'Processing')
    expect(await findTooltip()).toHaveTextContent('Forecasting: failed')
  })

  it('shows a failed substage in the expanded list too', () => {
    render(<PipelineProgress status={17} substages={{ forecasting: 'error' }} showSubstages />)
    const nested = within(steps()[3]!).getByRole('list', { name: 'Processing' })
    expect(within(nested).getByText('Forecasting').closest('li')).toHaveTextContent('Forecasting, failed')
    expect(within(nested).getByText('Monitoring').closest('li')).not.toHaveTextContent('failed')
  })

  it('warns once about an unknown substage state and lets that substage follow processing', () => {
    const warnings = spyOnWarnings()
    const substages = { forecasting: 'exploded' } as unknown as Record<string, 'complete'>
    render(<PipelineProgress status={16} substages={substages} showSubstages />)
    const nested = within(steps()[3]!).getByRole('list', { name: 'Processing' })
    expect(within(nested).getByText('Forecasting').closest('li')).toHaveTextContent('Forecasting, current')
    expect(warnings.statuskit()).toHaveLength(1)
    expect(warnings.statuskit()[0]).toContain('"exploded"')
  })
})

describe('PipelineProgress layout', () => {
  it('is horizontal, default density and responsive by default', () => {
    render(<PipelineProgress status={13} data-testid="pipeline" />)
    const root = screen.getByTestId('pipeline')
    expect(root).toHaveAttribute('data-orientation', 'horizontal')
    expect(root).toHaveAttribute('data-density', 'default')
    expect(root).toHaveAttribute('data-responsive')
  })

  it('takes orientation="vertical" and density="compact"', () => {
    render(<PipelineProgress status={13} orientation="vertical" density="compact" data-testid="pipeline" />)
    expect(screen.getByTestId('pipeline')).toHaveAttribute('data-orientation', 'vertical')
    expect(screen.getByTestId('pipeline')).toHaveAttribute('data-density', 'compact')
  })

  it('lets the caller turn off the narrow-container fallback with responsive={false}', () => {
    render(<PipelineProgress status={13} responsive={false} data-testid="pipeline" />)
    expect(screen.getByTestId('pipeline')).not.toHaveAttribute('data-responsive')
  })

})

describe('PipelineProgress step tooltips', () => {
  it.each([
    ['Authorization', 'When the user is logged in or trying to log in to the third-party app.'],
    ['Loading', 'The data from the third-party app is loading to the datalake.'],
    ['Deduplication', 'Deduplication of predefined apps.'],
    ['Structuring', 'Data from a third-party app has downloaded and the structuring process is in progress.'],
    ['Processing', 'Data from a third-party app is structured and data processing is in progress'],
    ['Synced', 'All the data from the third-party app is connected and synced.'],
  ])('explain the %s stage in the spec\'s words', async (stage, words) => {
    const { user } = setup(<PipelineProgress status={21} />)
    await focusStep(user, stage)
    expect(await findTooltip()).toHaveTextContent(words)
  })

  const now = new Date('2024-05-01T12:00:00Z')

  it('show a stage\'s timestamp as a relative time ("3 minutes ago")', async () => {
    const timestamps = { loading: new Date(now.getTime() - 3 * 60_000) }
    const { user } = setup(<PipelineProgress status={13} timestamps={timestamps} now={now} />)
    await focusStep(user, 'Loading')
    expect(await findTooltip()).toHaveTextContent('3 minutes ago')
  })

  it('read ISO strings as timestamps and count from a numeric now', async () => {
    const { user } = setup(<PipelineProgress status={13} timestamps={{ structuring: '2024-05-01T10:00:00Z' }} now={now.getTime()} />)
    await focusStep(user, 'Structuring')
    expect(await findTooltip()).toHaveTextContent('2 hours ago')
  })

  it('show relative times in the provider\'s locale ("vor 3 Minuten")', async () => {
    const timestamps = { loading: new Date(now.getTime() - 3 * 60_000) }
    const { user } = setup(
      <StatusKitProvider locale="de">
        <PipelineProgress status={13} timestamps={timestamps} now={now} />
      </StatusKitProvider>,
    )
    await focusStep(user, 'Loading')
    expect(await findTooltip()).toHaveTextContent('vor 3 Minuten')
  })

  it.each<[string, unknown]>([
    ['text that is not a date', 'yesterday-ish'],
    ['an invalid Date', new Date('x')],
    ['NaN', NaN],
    ['an object', { at: 1 }],
  ])('leave out a timestamp that is %s, with one development warning', async (_, bad) => {
    const warnings = spyOnWarnings()
    const { user } = setup(<PipelineProgress status={13} timestamps={{ loading: bad as Date }} now={now} />)
    await focusStep(user, 'Loading')
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent('The data from the third-party app is loading')
    expect(tooltip).not.toHaveTextContent(/ago|Updated/)
    expect(warnings.statuskit().filter((message) => message.includes('timestamps.loading'))).toHaveLength(1)
  })

  // Issue 11, defect 3: Intl.RelativeTimeFormat threw a RangeError on NaN and took the tree down.
  it.each<[string, unknown]>([
    ['an invalid Date', new Date('x')],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['text that is not a date', 'now-ish'],
  ])('count from the clock when now is %s, without throwing, with one development warning', async (_, bad) => {
    const warnings = spyOnWarnings()
    const timestamps = { loading: new Date(Date.now() - 3 * 60_000) }
    const { user } = setup(<PipelineProgress status={13} timestamps={timestamps} now={bad as Date} />)
    await focusStep(user, 'Loading')
    expect(await findTooltip()).toHaveTextContent('Updated 3 minutes ago')
    expect(warnings.statuskit().filter((message) => message.includes('Invalid now'))).toHaveLength(1)
  })

  // Issue 19, item 15: the README's forms, which the types refused (TS2322) though they worked.
  it('read epoch milliseconds as a timestamp and an ISO string as now (the README\'s example)', async () => {
    const { user } = setup(<PipelineProgress status={15} timestamps={{ structuring: 1767225600000 }} now="2026-01-01T00:03:00Z" />)
    await focusStep(user, 'Structuring')
    expect(await findTooltip()).toHaveTextContent('Updated 3 minutes ago.')
  })

  it('read an ISO string as now', async () => {
    const { user } = setup(<PipelineProgress status={13} timestamps={{ structuring: '2024-05-01T10:00:00Z' }} now="2024-05-01T12:00:00Z" />)
    await focusStep(user, 'Structuring')
    expect(await findTooltip()).toHaveTextContent('2 hours ago')
  })
})

describe('PipelineProgress substage count', () => {
  it.each([26, 99])('shows no substage count when status %s leaves the pipeline inactive', (status) => {
    render(<PipelineProgress status={status} />)
    expect(steps()[3]).not.toHaveTextContent('0/5')
  })

  it.each([2, 13, 25])('shows no "0/5" while processing has not started (status %s)', (status) => {
    render(<PipelineProgress status={status} />)
    expect(steps()[3]).toHaveTextContent('Processing, not started')
    expect(steps()[3]).not.toHaveTextContent(/0\/5|0 of 5/)
  })

  it('counts substages once processing runs', () => {
    render(<PipelineProgress status={16} />)
    expect(steps()[3]).toHaveTextContent('0/5')
  })
})

/**
 * issue 10: the step a status sits on explains that status, not its stage's generic text. One row
 * per status code: the step it sits on (by label) and what its tooltip must say.
 */
const STATUS_ON_STEP: [code: number, step: string, says: string][] = [
  [6, 'Authorization', 'When the user is logged in or trying to log in to the third-party app.'],
  [7, 'Authorization', 'Error in authorization: the credentials are incorrect or invalid'],
  [8, 'Authorization', "The app's connection has ended, and the user needs to reconnect the app."],
  [9, 'Authorization', 'Authorized: authorization is completed, and loading follows.'],
  [20, 'Authorization', 'Authorization timed out: authorization was started but not completed'],
  [2, 'Loading', 'The data from the third-party app is loading to the datalake.'],
  [11, 'Loading', 'Error with loading data: an error occurred during data capture.'],
  [12, 'Loading', 'Loaded: the data is loaded successfully and saved in the datalake.'],
  [23, 'Loading', 'Timed out: the loading session did not change status within a defined period.'],
  [25, 'Loading', 'If data originates from the app aggregator, the sharing session waits for a webhook.'],
  [21, 'Deduplication', 'Deduplication of predefined apps.'],
  [22, 'Deduplication', 'Error in deduplication of predefined apps.'],
  [13, 'Structuring', 'Data from a third-party app has downloaded and the structuring process is in progress.'],
  [14, 'Structuring', 'Data structuring is interrupted: an error occurred during structuring.'],
  [15, 'Structuring', 'Structured: the data is parsed into the database without errors.'],
  [16, 'Processing', 'Data from a third-party app is structured and data processing is in progress'],
  [17, 'Processing', 'Error with processing data: an error occurred in one of the processing substages.'],
  [18, 'Processing', 'Processed: the processing stage is completed.'],
  [19, 'Synced', 'All the data from the third-party app is connected and synced.'],
  [26, 'Structuring', 'The app is disconnected: no stage runs until it is reconnected.'],
  [99, 'Structuring', 'This status is not recognised.'],
]

describe('PipelineProgress: the step a status sits on', () => {
  it('has a row for every status code of the spec', () => {
    expect(STATUS_ON_STEP.map(([code]) => code).filter((code) => code !== 99).sort((a, b) => a - b)).toEqual(STATUS_TABLE.map((row) => row.code).sort((a, b) => a - b))
  })

  it.each(STATUS_ON_STEP)('status %s: the %s step\'s tooltip says "%s"', async (status, step, says) => {
    const { user } = setup(<PipelineProgress status={status} />)
    const item = steps().find((candidate) => candidate.textContent?.startsWith(`${step},`))
    await user.hover(within(item!).getByText(step))
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent(says)
    expect(tooltip).toHaveTextContent(step)
  })

  it.each([7, 11, 14, 17, 22])('never says a failed step (%s) is in progress', async (status) => {
    const { user } = setup(<PipelineProgress status={status} />)
    const failed = steps().find((candidate) => candidate.textContent?.includes('failed'))
    await user.hover(failed!.querySelector('.sk-pipeline__label')!)
    expect(await findTooltip()).not.toHaveTextContent(/in progress|is loading/)
  })
})
