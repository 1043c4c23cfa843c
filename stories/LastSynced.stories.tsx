import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { LastSynced } from '../src'
import { messagesFor } from './i18n'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 25, 9, 0)
const at = (minutes: number) => new Date(T0 + minutes * MINUTE).toISOString()

/**
 * `LastSynced` says how fresh a connection's data is against its sync interval (the core's
 * `syncFreshness`): "Synced 5 minutes ago · next in 10 minutes", and "Late" (more than one
 * interval without a sync) or "Overdue" (more than two) in words and icon, never by colour alone.
 * The absolute time is in a `<time dateTime>` on the second line (in the `title` when compact).
 * `now` is fixed in every story so that the pictures do not change with the clock.
 */
const meta = {
  title: 'Components/LastSynced',
  component: LastSynced,
  args: { at: at(0), interval: 15 * MINUTE, now: at(5) },
  argTypes: { at: { control: 'text' }, now: { control: 'text' }, interval: { control: 'number' }, nextSyncAt: { control: 'text' } },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof LastSynced>
export default meta
type Story = StoryObj<typeof meta>

/** Synced within the interval: the last sync and the next, in words. */
export const OnTime: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const root = canvasElement.querySelector('.sk-last-synced')!
    await expect(root).toHaveAttribute('data-state', 'on-time')
    await expect(within(canvasElement).queryByText(t.freshness.late)).toBeNull()
  },
}

/** More than one interval (15 minutes) without a sync: "Late", with the warning icon. */
export const Late: Story = {
  args: { now: at(20) },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByText(messagesFor(globals).freshness.late)).toBeVisible()
  },
}

/** More than two intervals without a sync: "Overdue", with the error icon. */
export const Overdue: Story = {
  args: { now: at(95) },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByText(messagesFor(globals).freshness.overdue)).toBeVisible()
  },
}

/** A connection that has not synced yet: neutral text, and when the first sync is scheduled. */
export const Never: Story = {
  args: { at: null, nextSyncAt: at(8) },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByText(messagesFor(globals).freshness.never, { exact: false })).toBeVisible()
  },
}

/** A time the component cannot read (and, in development, one warning): neutral "Last sync unknown". */
export const UnknownInput: Story = {
  name: 'Unknown (bad input)',
  args: { at: 'last Tuesday' },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByText(messagesFor(globals).freshness.unknown)).toBeVisible()
  },
}

/** `density="compact"` in a table cell: one line at the small size; the absolute time in the `title`. */
export const CompactInTable: Story = {
  name: 'Compact, in a table cell',
  args: { density: 'compact' },
  render: (args) => (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'start', paddingBlockEnd: 8 }}>Connected apps</caption>
      <tbody>
        {[
          { name: 'Xero', at: at(0), now: at(5) },
          { name: 'Shopify', at: at(0), now: at(20) },
          { name: 'Stripe', at: at(0), now: at(95) },
          { name: 'Exact Online', at: null, now: at(5) },
        ].map((row) => (
          <tr key={row.name}>
            <th scope="row" style={{ textAlign: 'start', paddingBlock: 4, paddingInlineEnd: 16 }}>
              {row.name}
            </th>
            <td style={{ paddingBlock: 4 }}>
              <LastSynced {...args} at={row.at} now={row.now} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
}

/** Right to left: the icon leads on the right, the separators follow the text. */
export const RightToLeft: Story = { ...Late, name: 'Late (right to left)', globals: { dir: 'rtl' } }

/** Arabic: the relative times in Arabic words and digits, right to left. */
export const LateArabic: Story = { ...Late, name: 'Late (Arabic, right to left)', globals: { locale: 'ar' } }

/** German: "Verspätet · Synchronisiert vor 20 Minuten · nächste Synchronisierung fällig". */
export const LateGerman: Story = { ...Late, name: 'Late (German)', globals: { locale: 'de' } }

/** German, compact in a table. */
export const CompactGerman: Story = { ...CompactInTable, name: 'Compact, in a table cell (German)', globals: { locale: 'de' } }
