import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { CustomerDashboard, type ConnectedApp } from './CustomerDashboard'
import { credential } from './fixtures'
import type { LocaleCode } from './i18n'

/**
 * The 2FA banner's title and message come from the API, which words them in the user's language.
 * In Arabic the address is isolated left to right (U+2066...U+2069), or it reads "gmail.com@***".
 */
const API_TWO_FACTOR_TEXTS: Record<LocaleCode, { title: string; message: string }> = {
  en: { title: 'Amazon Seller Central needs a 2FA code', message: 'A 2FA code has been sent to ***@gmail.com' },
  de: { title: 'Amazon Seller Central benötigt einen 2FA-Code', message: 'Ein 2FA-Code wurde an ***@gmail.com gesendet' },
  fr: { title: 'Amazon Seller Central demande un code 2FA', message: 'Un code 2FA a été envoyé à ***@gmail.com' },
  es: { title: 'Amazon Seller Central necesita un código 2FA', message: 'Se ha enviado un código 2FA a ***@gmail.com' },
  nl: { title: 'Amazon Seller Central heeft een 2FA-code nodig', message: 'Er is een 2FA-code verstuurd naar ***@gmail.com' },
  'pt-BR': { title: 'O Amazon Seller Central precisa de um código 2FA', message: 'Um código 2FA foi enviado para ***@gmail.com' },
  ar: { title: 'يحتاج Amazon Seller Central إلى رمز المصادقة الثنائية', message: 'أُرسل رمز المصادقة الثنائية إلى \u2066***@gmail.com\u2069' },
}

function twoFactorCredential(locale: LocaleCode) {
  return { state: { index: 3, max: 7, ...API_TWO_FACTOR_TEXTS[locale] }, collector: { state: 'active' } }
}

const APPS: ConnectedApp[] = [
  { id: 'shopify', name: 'Shopify', status: 19, credential: credential(7) },
  { id: 'quickbooks', name: 'QuickBooks Online', status: 16, substages: { monitoring: 'complete', forecasting: 'complete', insights: 'current' }, credential: credential(6) },
  { id: 'xero', name: 'Xero', status: 14, credential: credential(-1) },
  { id: 'stripe', name: 'Stripe', status: 8, credential: credential(-2) },
  { id: 'amazon', name: 'Amazon Seller Central', status: 25, credential: twoFactorCredential('en') },
  { id: 'datev', name: 'DATEV', status: 2, credential: credential(1, 'planned') },
  { id: 'hubspot', name: 'HubSpot', status: 6, credential: credential(2) },
]

/**
 * A realistic page: the connected apps of one customer, composed from all four components the way
 * a consumer would use them. Switch the toolbar to dark, RTL or another locale to see the page follow.
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

/** The page in one of the package's translations (`@statuskit/react/locales/<code>`), with the API's texts in that language. */
const inLocale = (locale: LocaleCode): Story => ({
  args: { apps: APPS.map((app) => (app.id === 'amazon' ? { ...app, credential: twoFactorCredential(locale) } : app)) },
  globals: { locale },
})

/** `@statuskit/react/locales/de` */
export const German: Story = inLocale('de')
/** `@statuskit/react/locales/fr` */
export const French: Story = inLocale('fr')
/** `@statuskit/react/locales/es` */
export const Spanish: Story = inLocale('es')
/** `@statuskit/react/locales/nl` */
export const Dutch: Story = inLocale('nl')
/** `@statuskit/react/locales/pt-BR` */
export const BrazilianPortuguese: Story = inLocale('pt-BR')
/** `@statuskit/react/locales/ar`: right to left with Arabic text; the locale sets `dir="rtl"` by itself. */
export const Arabic: Story = inLocale('ar')

/**
 * On a phone (480 px): the rows stack into one card per app, each cell named by its column, and
 * nothing scrolls sideways.
 */
export const Phone: Story = {
  decorators: [(Story) => <div style={{ inlineSize: 480, boxSizing: 'border-box' }}><Story /></div>],
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector('.dashboard')!
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth)
    for (const element of page.querySelectorAll('*')) {
      await expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(page.getBoundingClientRect().right + 0.5)
    }
  },
}

/** The phone layout in German, with long words. */
export const PhoneGerman: Story = { ...Phone, ...inLocale('de') }
