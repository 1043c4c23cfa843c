import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent } from 'storybook/test'
import { StatusBadge } from '../src'
import { CONNECTION_STATUS_CODES, formatMessage } from '../src/core'
import { messagesFor } from './i18n'

/**
 * `StatusBadge` shows one data connection status: icon, label and tone from the core, and a tooltip
 * with the stage, the spec's description and the next step. Focus a badge (Tab) to see it.
 */
const meta = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  args: { status: 19, size: 'md' },
  argTypes: {
    status: { control: 'select', options: [...CONNECTION_STATUS_CODES, 99, 'abc', null] },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
    label: { control: 'text' },
    tooltip: { control: false },
  },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof StatusBadge>
export default meta
type Story = StoryObj<typeof meta>

// One story per status code of the spec ("Status Numbering in the system"), in pipeline order.
export const Authorization6: Story = { name: '6 · Authorization', args: { status: 6 } }
export const ErrorInAuthorization7: Story = { name: '7 · Error in authorization', args: { status: 7 } }
export const Deauthorized8: Story = { name: '8 · Deauthorized', args: { status: 8 } }
export const Authorized9: Story = { name: '9 · Authorized', args: { status: 9 } }
export const AuthorizationTimedOut20: Story = { name: '20 · Authorization timed out', args: { status: 20 } }
export const Loading2: Story = { name: '2 · Loading', args: { status: 2 } }
export const LoadingError11: Story = { name: '11 · Loading error', args: { status: 11 } }
export const Loaded12: Story = { name: '12 · Loaded', args: { status: 12 } }
export const TimedOut23: Story = { name: '23 · Timed out', args: { status: 23 } }
export const WaitingForWebhook25: Story = { name: '25 · Waiting for webhook', args: { status: 25 } }
export const Deduplication21: Story = { name: '21 · Deduplication', args: { status: 21 } }
export const DeduplicationError22: Story = { name: '22 · Deduplication error', args: { status: 22 } }
export const Structuring13: Story = { name: '13 · Structuring', args: { status: 13 } }
export const StructuringError14: Story = { name: '14 · Structuring error', args: { status: 14 } }
export const Structured15: Story = { name: '15 · Structured', args: { status: 15 } }
export const Processing16: Story = { name: '16 · Processing', args: { status: 16 } }
export const ProcessingError17: Story = { name: '17 · Processing error', args: { status: 17 } }
export const Processed18: Story = { name: '18 · Processed', args: { status: 18 } }
export const Synced19: Story = { name: '19 · Synced', args: { status: 19 } }
export const Disconnected26: Story = { name: '26 · Disconnected', args: { status: 26 } }

/** A code outside the spec: the core's neutral "unknown" badge, never a misleading label. */
export const UnknownCode: Story = { args: { status: 99 } }

/** `size="sm"` for dense tables. Every other story shows the default, `md`. */
export const Small: Story = { args: { status: 17, size: 'sm' } }

/** `label` replaces the text (it beats the provider's messages); tone and tooltip stay. */
export const CustomLabel: Story = { args: { status: 19, label: 'Up to date' } }

/**
 * Keyboard users reach the tooltip with Tab: stage, the spec's description and the next step.
 * (The visual tests photograph the open tooltip; the story tests run axe on it in both themes.)
 */
export const TooltipOnFocus: Story = {
  args: { status: 14 },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    await userEvent.tab()
    await expect(canvasElement.querySelector('.sk-badge')).toHaveFocus()
    const tooltip = await screen.findByRole('tooltip')
    await expect(tooltip).toHaveTextContent(t.connectionStatuses[14].description)
    await expect(tooltip).toHaveTextContent(formatMessage(t.ui.nextStep, { action: t.actions.retry }))
  },
}

/** Every status in both sizes, in the spec's order. */
export const AllStatuses: Story = {
  render: (args) => (
    <table style={{ borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: 16, fontWeight: 600 }}>Code</th>
          <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: 16, fontWeight: 600 }}>md</th>
          <th scope="col" style={{ textAlign: 'start', fontWeight: 600 }}>sm</th>
        </tr>
      </thead>
      <tbody>
        {[...CONNECTION_STATUS_CODES, 99].map((code) => (
          <tr key={code}>
            <td style={{ paddingBlock: 4, paddingInlineEnd: 16, fontVariantNumeric: 'tabular-nums' }}>{code}</td>
            <td style={{ paddingBlock: 4, paddingInlineEnd: 16 }}>
              <StatusBadge {...args} status={code} size="md" />
            </td>
            <td style={{ paddingBlock: 4 }}>
              <StatusBadge {...args} status={code} size="sm" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
}
