import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { CONNECTION_STATUS_CODES, formatMessage } from '../src/core'
import { NextStepAction, StatusBadge, type NextStepActionId } from '../src'
import { credential } from './fixtures'
import { messagesFor } from './i18n'

/**
 * `NextStepAction` turns a status code or a credential into what the customer can do about it: a
 * button ("Reconnect", "Try again", "Enter code") named with its subject ("Reconnect Stripe"), or
 * a link where the app gives `hrefs`. It renders nothing (`null`) when there is nothing to do, so
 * an actions column stays empty for synced and running connections.
 *
 * `onAction(action, event)` may return a promise: until it settles the control shows a spinner in
 * place of its (hidden, width-keeping) label, stays focused, and ignores further clicks; a
 * rejection's message is shown under it and announced. Put it beside the badge, never inside.
 */
const meta = {
  title: 'Components/NextStepAction',
  component: NextStepAction,
  args: { status: 8, subject: 'Stripe', size: 'md', onAction: fn() },
  argTypes: {
    status: { control: 'select', options: [...CONNECTION_STATUS_CODES, 99] },
    credential: { control: 'object' },
    subject: { control: 'text' },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
    hrefs: { control: 'object' },
    onAction: { control: false },
  },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof NextStepAction>
export default meta
type Story = StoryObj<typeof meta>

const nameOf = (globals: { locale?: unknown }, action: NextStepActionId, subject: string) =>
  formatMessage(messagesFor(globals).nextStep.names[action], { subject })

/** Statuses 7, 8, 20 and 26: the app's connection has to be made again. */
export const Reconnect: Story = {}

/** Statuses 11, 14, 17, 22 and 23: the pipeline stopped; running it again may get through. */
export const TryAgain: Story = { args: { status: 14, subject: 'Xero' } }

/** A credential at index 3 waits for the 2FA code (open the banner's form, for example). */
export const EnterCode: Story = { args: { status: undefined, credential: credential(3), subject: 'Xero' } }

/** A credential at index -2 needs reconnecting; at -1 it tries again. */
export const CredentialReconnect: Story = { args: { status: undefined, credential: credential(-2), subject: 'Shopify' } }

/** Every status beside its badge: the step where there is one, an empty cell where there is none. */
export const EveryStatus: Story = {
  render: (args) => (
    <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
      <tbody>
        {CONNECTION_STATUS_CODES.map((status) => (
          <tr key={status}>
            <th scope="row" style={{ padding: '4px 12px 4px 0', textAlign: 'start', fontWeight: 500 }}>{status}</th>
            <td style={{ padding: '4px 12px 4px 0' }}><StatusBadge status={status} size="sm" tooltip={false} /></td>
            <td style={{ padding: 4 }}><NextStepAction {...args} status={status} size="sm" subject={`App ${status}`} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
}

/** Both sizes beside the badge of the same size: same height, same tone. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 12 }}>
      {(['md', 'sm'] as const).map((size) => (
        <div key={size} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <StatusBadge status={args.status} size={size} tooltip={false} />
          <NextStepAction {...args} size={size} />
        </div>
      ))}
    </div>
  ),
}

/** Pending: the spinner takes the label's place at the same width, and focus stays on the button. */
export const Pending: Story = {
  args: { onAction: fn(() => new Promise<void>(() => {})) },
  play: async ({ canvasElement, globals, args }) => {
    const button = within(canvasElement).getByRole('button', { name: nameOf(globals, 'reconnect', 'Stripe') })
    const before = button.getBoundingClientRect()
    await userEvent.click(button)
    await userEvent.click(button)
    await expect(args.onAction).toHaveBeenCalledTimes(1)
    await expect(button).toHaveAttribute('aria-busy', 'true')
    await expect(button).toHaveFocus()
    const during = button.getBoundingClientRect()
    await expect([during.width, during.height]).toEqual([before.width, before.height])
  },
}

/** The app's promise rejected: its message shows under the button and is announced (role="alert"). */
export const Failed: Story = {
  args: { status: 14, subject: 'Xero', onAction: fn(() => Promise.reject(new Error('Xero is down for maintenance until 14:00.'))) },
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: nameOf(globals, 'retry', 'Xero') }))
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Xero is down for maintenance until 14:00.')
  },
}

/** A link where the app has a page for the step (`hrefs` by step, or a function of it). */
export const AsLink: Story = {
  args: { hrefs: { reconnect: '#/connections/stripe/reconnect' } },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('link', { name: nameOf(globals, 'reconnect', 'Stripe') })).toHaveAttribute('href', '#/connections/stripe/reconnect')
  },
}

/** In a table row: the badge says where the connection stands, the action what to do. One tab stop per action. */
export const InATableRow: Story = {
  render: (args) => (
    <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
      <thead>
        <tr>
          {['App', 'Status', 'Action'].map((heading) => (
            <th key={heading} scope="col" style={{ padding: '4px 12px 4px 0', textAlign: 'start' }}>{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[
          { name: 'Stripe', status: 8 },
          { name: 'Xero', status: 17 },
          { name: 'Shopify', status: 19 },
        ].map(({ name, status }) => (
          <tr key={name}>
            <th scope="row" style={{ padding: '4px 12px 4px 0', textAlign: 'start', fontWeight: 500 }}>{name}</th>
            <td style={{ padding: '4px 12px 4px 0' }}><StatusBadge status={status} size="sm" /></td>
            <td style={{ padding: 4 }}><NextStepAction {...args} status={status} subject={name} size="sm" /></td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
}

/** German (`@statuskit/react/locales/de`): "Neu verbinden", named "Stripe neu verbinden". */
export const German: Story = { ...EveryStatus, name: 'Every status (German)', globals: { locale: 'de' } }

/** Arabic, right to left: the failure message and the spinner follow the direction. */
export const FailedArabic: Story = { ...Failed, name: 'Failed (Arabic, right to left)', globals: { locale: 'ar' } }

/** Right to left in English (the toolbar's direction alone). */
export const RightToLeft: Story = { ...InATableRow, name: 'In a table row (right to left)', globals: { dir: 'rtl' } }

/** Bad input renders nothing, with one development warning in the console (here: an unknown code). */
export const BadInput: Story = { args: { status: 99 } }
