import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { SyncActivity } from '../src'
import { ACTIVITY_NOW, activityRuns } from './fixtures-activity'
import { messagesFor } from './i18n'

const DAY = 86_400_000
const daysAgo = (days: number, hour = 9) => new Date(Date.parse('2026-12-02T00:00:00Z') - days * DAY + hour * 3_600_000).toISOString()

/** 30 days of four syncs a day, with failures on three days (one yesterday) and a day that needed a reconnect. */
const MIXED = [
  // A paused day five days ago: no syncs is a tick, not a gap nor a green bar.
  ...activityRuns('mixed', { failureRate: 0, attentionRate: 0, idleRate: 0 }).filter((run) => !run.at.startsWith(daysAgo(5).slice(0, 10))),
  { at: daysAgo(1, 3), status: 17, duration: 210_000 },
  { at: daysAgo(12, 14), status: 14, duration: 95_000 },
  { at: daysAgo(20, 6), status: 11, duration: 30_000 },
  { at: daysAgo(16, 8), status: 8, duration: 5_000 },
]

/**
 * `SyncActivity` is a connection's recent syncs at a glance (the core's `syncActivity`): one bar
 * per calendar day, as Statuspage draws uptime, today last. The bar says the day's worst outcome
 * by its height and shape as well as its colour: a full-height bar broken near the top (a "!")
 * for a failed day, a taller bar for a day that needed attention, a thin tick for a day without
 * syncs (never shown as fine). The summary line under the bars is also the group's accessible
 * name. One tab stop: arrow keys, Home and End move between days (mirrored right to left), and
 * each day's tooltip (on hover, tap and focus) gives its date, syncs, failures and total duration.
 * Days are UTC calendar days unless the provider or the `timeZone` prop names a zone, so that
 * the server and the browser draw the same bars.
 */
const meta = {
  title: 'Components/SyncActivity',
  component: SyncActivity,
  args: { runs: MIXED, now: ACTIVITY_NOW, days: 30 },
  argTypes: { runs: { control: 'object' }, now: { control: 'text' }, days: { control: { type: 'number', min: 1, max: 366 } } },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof SyncActivity>
export default meta
type Story = StoryObj<typeof meta>

/** 30 days, mixed: mostly synced, three failed days, a day that needed attention, idle days. */
export const Mixed: Story = {
  name: '30 days, mixed',
  play: async ({ canvasElement, globals }) => {
    const group = within(canvasElement).getByRole('group')
    // The summary line is the group's name ("27 of 30 days without a failure; last failure yesterday").
    await expect(group).toHaveAccessibleName(canvasElement.querySelector('.sk-activity__summary')!.textContent!)
    await userEvent.tab()
    await expect(canvasElement.ownerDocument.activeElement).toBe(group.lastElementChild)
    await userEvent.keyboard('{ArrowLeft}')
    await expect(await within(canvasElement.ownerDocument.body).findByRole('tooltip', {}, { timeout: 3000 })).toHaveTextContent(messagesFor(globals).activity.outcomes.failed)
  },
}

/** Every day synced. */
export const AllSynced: Story = {
  name: 'All synced',
  args: { runs: activityRuns('calm', { failureRate: 0, attentionRate: 0, idleRate: 0 }) },
}

/** No syncs at all: thin ticks and "No syncs in the last 30 days", not a row of green bars. */
export const NoRuns: Story = {
  name: 'No syncs',
  args: { runs: [] },
}

/** Failing often: the full-height "!" bars stand out without colour. */
export const WithFailures: Story = {
  name: 'With failures',
  args: { runs: activityRuns('flaky', { failureRate: 0.25, idleRate: 0.1 }) },
}

/** `density="compact"` with 90 days in a table cell: the summary is the name and each day's tooltip says the rest. */
export const CompactInTable: Story = {
  name: '90 days, compact, in a table cell',
  args: { density: 'compact', days: 90 },
  render: (args) => (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'start', paddingBlockEnd: 8 }}>Connected apps</caption>
      <tbody>
        {[
          { name: 'Xero', runs: activityRuns('xero', { days: 90 }) },
          { name: 'Shopify', runs: activityRuns('shopify', { days: 90, failureRate: 0.1 }) },
          { name: 'Stripe', runs: activityRuns('stripe', { days: 90, idleRate: 0.4 }) },
        ].map((row) => (
          <tr key={row.name}>
            <th scope="row" style={{ textAlign: 'start', paddingBlock: 4, paddingInlineEnd: 16 }}>
              {row.name}
            </th>
            <td style={{ paddingBlock: 4 }}>
              <SyncActivity {...args} runs={row.runs} label={`${row.name}: sync activity`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
}

/** Runs the component cannot read are skipped, a bad `days` is clamped (one development warning each). */
export const BadInput: Story = {
  name: 'Bad input',
  args: { runs: [null, 42, { at: 'last Tuesday', status: 19 }, { at: daysAgo(0), status: 'weird' }, { at: daysAgo(2), status: 19 }] as never, days: -5 },
}

/** Right to left: today is on the left, and ArrowLeft moves to the next (later) day. */
export const RightToLeft: Story = { ...Mixed, name: '30 days, mixed (right to left)', globals: { dir: 'rtl' }, play: undefined }

/** German. */
export const German: Story = { ...Mixed, name: '30 days, mixed (German)', globals: { locale: 'de' } }
