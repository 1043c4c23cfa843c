import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { LiveDashboard } from './LiveDashboard'

/**
 * Statuses change on a timer (press Play); `useConnectionAnnouncements(rows)` reports the changes
 * from the data to the provider, which speaks them in its one polite live region, batched and
 * summarised, and the log beside the table shows what a screen reader hears. Only failed, needs
 * attention and synced are spoken: DATEV moving on to structuring stays quiet.
 *
 * The play function pauses the timer and steps through the script, waiting for each sentence, so
 * the story ends in one fixed state with no timer running (the visual suite photographs that).
 */
const meta = {
  title: 'Examples/Live dashboard',
  component: LiveDashboard,
  args: {
    apps: [
      { id: 'shopify', name: 'Shopify', status: 19 },
      { id: 'quickbooks', name: 'QuickBooks Online', status: 16 },
      { id: 'xero', name: 'Xero', status: 2 },
      { id: 'stripe', name: 'Stripe', status: 2 },
      { id: 'amazon', name: 'Amazon Seller Central', status: 25 },
      { id: 'datev', name: 'DATEV', status: 12 },
      { id: 'hubspot', name: 'HubSpot', status: 6 },
    ],
    updates: [{ xero: 11 }, { stripe: 23, amazon: 23, hubspot: 20 }, { quickbooks: 19, datev: 13 }],
    interval: 2000,
    announceDelay: 500,
  },
  argTypes: { apps: { control: 'object' }, updates: { control: 'object' } },
  tags: ['!autodocs'],
} satisfies Meta<typeof LiveDashboard>
export default meta
type Story = StoryObj<typeof meta>

export const Live: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const [pause, next] = canvas.getAllByRole('button')
    await userEvent.click(pause!)
    const stepNow = () => Number(canvasElement.querySelector('[data-step]')?.getAttribute('data-step'))
    const logLength = () => canvasElement.querySelectorAll('section li').length
    // Each update is its own sentence: wait for it before the next, so batches never merge.
    while (stepNow() < args.updates.length) {
      await waitFor(() => expect(logLength()).toBe(stepNow()), { timeout: 4000 })
      await userEvent.click(next!)
    }
    await waitFor(() => expect(logLength()).toBe(args.updates.length), { timeout: 4000 })
    await expect(next).toBeDisabled()
  },
}

/**
 * The table shows the first page (3 of 7 apps), as a paged or virtualized table mounts only some
 * rows; the changes of Stripe, Amazon, HubSpot and DATEV, none of them on the page, are heard all
 * the same, since the hook is given every app.
 */
export const FirstPageOnly: Story = {
  args: { pageSize: 3 },
  play: Live.play,
}
