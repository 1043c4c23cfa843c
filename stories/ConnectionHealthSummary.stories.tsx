import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { ConnectionHealthSummary, StatusBadge, type ConnectionOutcome } from '../src'
import { connectionOutcome, formatMessage } from '../src/core'
import { messagesFor } from './i18n'

const ITEMS = [19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 16, 2, 23, 8, 14, 26]

/**
 * `ConnectionHealthSummary` counts a dashboard's connections by outcome ("12 synced, 2 need
 * attention, 1 failed") with the core's `summarizeConnections`. Each count has the badges' icon
 * and tone and says its outcome in words; with `onSelect` each is a toggle button that filters.
 */
const meta = {
  title: 'Components/ConnectionHealthSummary',
  component: ConnectionHealthSummary,
  args: { items: ITEMS, density: 'default', showZero: false },
  argTypes: {
    density: { control: 'inline-radio', options: ['default', 'compact'] },
    selected: { control: 'select', options: [null, 'synced', 'in-progress', 'needs-attention', 'failed', 'disconnected', 'unknown'] },
    items: { control: 'object' },
  },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof ConnectionHealthSummary>
export default meta
type Story = StoryObj<typeof meta>

/** Counts as text: zero counts hidden. */
export const Default: Story = {}

/** `density="compact"` for toolbars and table headers. */
export const Compact: Story = { args: { density: 'compact' } }

/** `showZero` lists every outcome, "0 failed" included: reassuring on a status page. */
export const ShowZero: Story = { args: { items: [19, 19, 16], showZero: true } }

/** Every outcome at once, unknown codes included (dashed, with the question mark). */
export const AllOutcomes: Story = { args: { items: [19, 16, 25, 23, 14, 26, 99] } }

const ROWS = [
  { name: 'Shopify', status: 19 },
  { name: 'QuickBooks Online', status: 16 },
  { name: 'Xero', status: 14 },
  { name: 'Stripe', status: 8 },
  { name: 'Amazon Seller Central', status: 23 },
  { name: 'DATEV', status: 2 },
  { name: 'HubSpot', status: 19 },
]

/**
 * The counts as filters driving a table: press "1 failed" to see only the failed connection,
 * press it again to see all. The play function presses "2 need attention".
 */
export const FiltersDrivingTable: Story = {
  args: { items: ROWS },
  render: function Render(args) {
    const [selected, setSelected] = useState<ConnectionOutcome | null>(null)
    const rows = selected ? ROWS.filter((row) => connectionOutcome(row) === selected) : ROWS
    return (
      <div style={{ display: 'grid', gap: 12 }}>
        <ConnectionHealthSummary {...args} selected={selected} onSelect={setSelected} />
        <table style={{ borderCollapse: 'collapse', fontSize: 14 }}>
          <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: 8 }}>Connected apps</caption>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row" style={{ textAlign: 'start', fontWeight: 500, paddingBlock: 6, paddingInlineEnd: 16 }}>{row.name}</th>
                <td style={{ paddingBlock: 6 }}>
                  <StatusBadge status={row.status} size="sm" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )
  },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    const attention = canvas.getByRole('button', { name: formatMessage(t.outcomes['needs-attention'].other, { count: 2 }) })
    await userEvent.click(attention)
    await expect(attention).toHaveAttribute('aria-pressed', 'true')
    await expect(canvas.getAllByRole('row')).toHaveLength(2)
  },
}
