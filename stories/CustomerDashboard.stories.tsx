import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { CustomerDashboard, type ConnectedApp } from './CustomerDashboard'
import { credential } from './fixtures'

const APPS: ConnectedApp[] = [
  { id: 'shopify', name: 'Shopify', status: 19, credential: credential(7) },
  { id: 'quickbooks', name: 'QuickBooks Online', status: 16, substages: { monitoring: 'complete', forecasting: 'complete', insights: 'current' }, credential: credential(6) },
  { id: 'xero', name: 'Xero', status: 14, credential: credential(-1) },
  { id: 'stripe', name: 'Stripe', status: 8, credential: credential(-2) },
  {
    id: 'amazon',
    name: 'Amazon Seller Central',
    status: 25,
    credential: { state: { index: 3, max: 7, title: 'Amazon Seller Central needs a 2FA code', message: 'A 2FA code has been sent to ***@gmail.com' }, collector: { state: 'active' } },
  },
  { id: 'datev', name: 'DATEV', status: 2, credential: credential(1, 'planned') },
  { id: 'hubspot', name: 'HubSpot', status: 6, credential: credential(2) },
]

/**
 * A realistic page: the connected apps of one customer, composed from all four components the way
 * a consumer would use them. Switch the toolbar to dark, RTL or Deutsch to see the page follow.
 */
const meta = {
  title: 'Examples/Customer dashboard',
  component: CustomerDashboard,
  args: { apps: APPS, onSubmitCode: fn(async () => {}) },
  argTypes: { apps: { control: 'object' } },
  tags: ['!autodocs'],
} satisfies Meta<typeof CustomerDashboard>
export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** The same page with the German messages of stories/i18n/de.ts (`StatusKitProvider locale="de"`). */
export const German: Story = { globals: { locale: 'de' } }
