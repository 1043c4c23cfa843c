import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { StatusHistory } from '../src'
import { formatMessage } from '../src/core'
import { messagesFor } from './i18n'

const T0 = Date.UTC(2026, 10, 25, 9, 0)
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()

const HEALTHY = [
  { status: 6, at: at(0) },
  { status: 9, at: at(1) },
  { status: 2, at: at(2) },
  { status: 12, at: at(14) },
  { status: 13, at: at(15) },
  { status: 15, at: at(21) },
  { status: 16, at: at(22) },
  { status: 18, at: at(40) },
  { status: 19, at: at(41) },
]

/**
 * `StatusHistory` is a connection's status events as a timeline (the core's
 * `connectionTimeline`): each event's badge and time (absolute in `<time>`, relative in words,
 * in the provider's locale), how long each stage took, the failure, and a warning when the
 * running stage has been quiet for longer than `stallAfter`. `now` is fixed in every story so
 * that the pictures do not change with the clock.
 */
const meta = {
  title: 'Components/StatusHistory',
  component: StatusHistory,
  args: { events: HEALTHY, now: at(120), limit: 10 },
  argTypes: { events: { control: 'object' }, now: { control: 'text' }, stallAfter: { control: 'number' } },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof StatusHistory>
export default meta
type Story = StoryObj<typeof meta>

/** A healthy sync: every stage with its duration, ending synced (a final state is never stalled). */
export const HealthySync: Story = {}

/** A failed sync: loading stopped with an error; the event says "Failed here", not only in red. */
export const FailedSync: Story = {
  args: {
    events: [
      { status: 6, at: at(0) },
      { status: 9, at: at(2) },
      { status: 2, at: at(3) },
      { status: 11, at: at(15) },
    ],
    now: at(75),
  },
}

/** A stalled sync: structuring has had no new status for two hours (default limit: 30 minutes). */
export const StalledSync: Story = {
  args: {
    events: [
      { status: 6, at: at(0) },
      { status: 9, at: at(1) },
      { status: 2, at: at(2) },
      { status: 12, at: at(10) },
      { status: 13, at: at(11) },
    ],
    now: at(131),
  },
}

/** A long history shows the latest `limit` events; "Show all" reveals the rest (the play function presses it). */
export const LongHistory: Story = {
  args: {
    events: [...HEALTHY, { status: 2, at: at(60) }, { status: 23, at: at(95) }, { status: 2, at: at(100) }, { status: 12, at: at(110) }],
    now: at(115),
    limit: 4,
  },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    await expect(within(canvas.getByRole('list')).getAllByRole('listitem')).toHaveLength(4)
    await userEvent.click(canvas.getByRole('button', { name: formatMessage(t.history.showAll, { count: 13 }) }))
    await expect(within(canvas.getByRole('list')).getAllByRole('listitem')).toHaveLength(13)
  },
}
