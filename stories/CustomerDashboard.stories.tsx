import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { formatMessage } from '../src/core'
import { formatCount } from '../src/internal/format'
import { CustomerDashboard, type ConnectedApp } from './CustomerDashboard'
import { CustomerDashboardGrid } from './CustomerDashboardGrid'
import { credential } from './fixtures'
import { localeOf, messagesFor, type LocaleCode } from './i18n'

const T0 = Date.UTC(2026, 10, 25, 9, 0)
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()
const NOW = at(180)

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
  {
    id: 'shopify',
    name: 'Shopify',
    status: 19,
    credential: credential(7),
    lastSyncedAt: at(170),
    events: [{ status: 6, at: at(0) }, { status: 9, at: at(1) }, { status: 2, at: at(2) }, { status: 12, at: at(20) }, { status: 13, at: at(21) }, { status: 15, at: at(30) }, { status: 16, at: at(31) }, { status: 18, at: at(55) }, { status: 19, at: at(56) }],
  },
  {
    id: 'quickbooks',
    name: 'QuickBooks Online',
    status: 16,
    substages: { monitoring: 'complete', forecasting: 'complete', insights: 'current' },
    credential: credential(6),
    lastSyncedAt: at(100),
    events: [{ status: 2, at: at(100) }, { status: 12, at: at(140) }, { status: 13, at: at(141) }, { status: 15, at: at(150) }, { status: 16, at: at(160) }],
  },
  { id: 'xero', name: 'Xero', status: 14, credential: credential(-1), lastSyncedAt: at(30), events: [{ status: 2, at: at(60) }, { status: 12, at: at(90) }, { status: 13, at: at(91) }, { status: 14, at: at(97) }] },
  { id: 'stripe', name: 'Stripe', status: 8, credential: credential(-2), lastSyncedAt: at(-600) },
  { id: 'amazon', name: 'Amazon Seller Central', status: 25, credential: twoFactorCredential('en'), lastSyncedAt: at(150) },
  // Connected minutes ago: never synced yet, the first sync is scheduled.
  { id: 'datev', name: 'DATEV', status: 2, credential: credential(1, 'planned'), lastSyncedAt: null, nextSyncAt: at(185), runs: [] },
  // Authorization started 40 minutes ago and never moved on: past its 15-minute stall limit.
  { id: 'hubspot', name: 'HubSpot', status: 6, credential: credential(2), lastSyncedAt: null, runs: [], events: [{ status: 6, at: at(140) }] },
]

/**
 * A realistic page: the connected apps of one customer, composed from the components the way a
 * consumer would use them. The health summary filters the table; "History" opens a row's status
 * history; HubSpot, stuck in authorization, is flagged as stalled. Switch the toolbar to dark, RTL
 * or another locale to see the page follow.
 */
const meta = {
  title: 'Examples/Customer dashboard',
  component: CustomerDashboard,
  // onAction resolves after a moment, so that the button's progress shows.
  args: { apps: APPS, now: NOW, onSubmitCode: fn(async () => {}), onAction: fn(() => new Promise<void>((resolve) => setTimeout(resolve, 800))) },
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

/** The summary as a filter: "3 in progress" leaves those rows; the stalled HubSpot row opens its history. */
export const FilterAndHistory: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const locale = localeOf(globals)
    const canvas = within(canvasElement)
    const inProgress = canvas.getByRole('button', { name: formatCount(t.outcomes['in-progress'], 3, locale) })
    await userEvent.click(inProgress)
    await expect(inProgress).toHaveAttribute('aria-pressed', 'true')
    const table = canvas.getByRole('table')
    await expect(within(table).getAllByRole('rowheader').map((cell) => cell.querySelector('div')?.firstChild?.textContent)).toEqual(['QuickBooks Online', 'DATEV', 'HubSpot'])
    const open = within(table).getAllByRole('button').at(-1)!
    await userEvent.click(open)
    await expect(open).toHaveAttribute('aria-expanded', 'true')
    await expect(table.querySelector('.sk-history__list')).not.toBeNull()
    const forty = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(40)
    await expect(within(table).getAllByText(formatMessage(t.history.stalled, { duration: forty })).length).toBeGreaterThan(0)
  },
}

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

/**
 * A data grid whose cells own focus (APG grid: one tab stop, arrow keys between cells), with
 * `StatusKitProvider focusable={false}`: badges, pills and steppers are no tab stops, and each
 * one's tooltip opens when its cell is focused. Tab into the grid, then use the arrow keys.
 */
export const GridCellsOwnFocus: Story = {
  render: (args) => <CustomerDashboardGrid apps={args.apps} />,
  // Real focus in a real browser: the focused cell, not the stepper, owns focus, and opens its tooltip.
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const grid = within(canvasElement).getByRole('grid')
    await userEvent.tab()
    await expect(within(grid).getAllByRole('columnheader')[0]).toHaveFocus()
    // Down to Xero's row (the third app), right to its pipeline.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}')
    const cell = document.activeElement as HTMLElement
    await expect(cell.tagName).toBe('TD')
    await expect(within(cell).getByRole('img')).toHaveAccessibleName(formatMessage(t.ui.pipelineSummary.error, { step: t.stages.structuring.label, position: 3, total: 5 }))
    const tooltip = await screen.findByRole('tooltip')
    await expect(tooltip).toHaveTextContent(`${t.stages.structuring.label}: ${t.stepStates.error}`)
    await expect(cell).toHaveAccessibleDescription(new RegExp(`${t.stages.structuring.label}: ${t.stepStates.error}`))
  },
}

// --- Issue 22, "Done when": by keyboard and by pointer, a user sees which connections are late,
// reconnects one, reads 30 days of a connection's activity and tells two 2FA entries apart.

/** Presses Tab until `target` has focus (at most `limit` presses), as a keyboard user gets there. */
async function tabTo(target: HTMLElement, limit = 80) {
  for (let press = 0; press < limit && document.activeElement !== target; press++) await userEvent.tab()
  await expect(target).toHaveFocus()
}

/** The rows' names with the text of one column's cells, the column found by its header. */
function column(table: HTMLElement, header: string): Array<[string, string]> {
  const index = within(table).getAllByRole('columnheader').findIndex((cell) => cell.textContent === header)
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [(row as HTMLTableRowElement).cells[0]!.querySelector('div')?.firstChild?.textContent ?? '', (row as HTMLTableRowElement).cells[index]?.textContent ?? ''])
}

/**
 * Which connections are late: the "Last synced" column says Late or Overdue in words (with an icon,
 * not colour alone), against each connection's hourly interval.
 */
export const LateConnections: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Connected apps' })
    const cells = column(table, 'Last synced')
    await expect(cells.filter(([, text]) => text.startsWith('Late')).map(([name]) => name)).toEqual(['QuickBooks Online'])
    await expect(cells.filter(([, text]) => text.startsWith('Overdue')).map(([name]) => name)).toEqual(['Xero', 'Stripe'])
    await expect(Object.fromEntries(cells)).toMatchObject({ Shopify: 'Synced 10 minutes ago · next in 50 minutes', HubSpot: 'Never synced' })
    // The absolute time is there for a pointer (title) and for machines (dateTime).
    const time = within(table).getAllByText('10 minutes ago')[0]!
    await expect(time.tagName).toBe('TIME')
    await expect(time).toHaveAttribute('dateTime', '2026-11-25T11:50:00.000Z')
  },
}

/** Reconnect Stripe, by pointer and then by keyboard: the button shows progress until `onAction` settles. */
export const ReconnectOne: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const reconnect = canvas.getByRole('button', { name: 'Reconnect Stripe' })
    await expect(reconnect).toHaveTextContent('Reconnect')
    await userEvent.click(reconnect)
    await expect(args.onAction).toHaveBeenCalledWith('stripe', 'reconnect')
    await expect(reconnect).toHaveAttribute('aria-busy', 'true')
    await waitFor(() => expect(reconnect).not.toHaveAttribute('aria-busy'), { timeout: 3000 })
    // By keyboard: Tab there, Enter.
    ;(document.activeElement as HTMLElement | null)?.blur()
    const retry = canvas.getByRole('button', { name: 'Try again for Xero' })
    await tabTo(retry)
    await userEvent.keyboard('{Enter}')
    await expect(args.onAction).toHaveBeenLastCalledWith('xero', 'retry')
    await expect(retry).toHaveAttribute('aria-busy', 'true')
    await expect(retry).toHaveFocus()
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-busy'), { timeout: 3000 })
  },
}

/**
 * Xero's last 30 days: one tab stop lands on today; Home goes to the first of the 30 days and the
 * arrow keys read every day, each named by its date and outcome, with its tooltip; the pointer
 * shows a day's tooltip too.
 */
export const ReadActivity: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const activity = canvas.getByRole('group', { name: /^Xero: sync activity, \d+ of 30 days without a failure/ })
    await expect(activity.children).toHaveLength(30)
    await tabTo(within(activity).getByRole('img'))
    await expect(document.activeElement).toHaveAccessibleName(/^Nov 25, 2026: /)
    await userEvent.keyboard('{Home}')
    await expect(document.activeElement).toHaveAccessibleName(/^Oct 27, 2026: /)
    await expect(await screen.findByRole('tooltip')).toHaveTextContent(/Oct 27, 2026/)
    const read = [(document.activeElement as HTMLElement).getAttribute('aria-label')]
    for (let day = 1; day < 30; day++) {
      await userEvent.keyboard('{ArrowRight}')
      read.push((document.activeElement as HTMLElement).getAttribute('aria-label'))
    }
    await expect(new Set(read.map((name) => name?.split(':')[0])).size).toBe(30)
    await expect(read.at(-1)).toMatch(/^Nov 25, 2026: /)
    // By pointer: the tenth day's tooltip.
    await userEvent.keyboard('{Tab}')
    await userEvent.hover(activity.children[9]!)
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent(/Nov 5, 2026/))
  },
}

/** The banner names its connection: "Enter code" in Amazon's row goes to Amazon's field. */
export const EnterCodeInBanner: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const banner = canvas.getByRole('region', { name: 'Amazon Seller Central needs a 2FA code' })
    await userEvent.click(canvas.getByRole('button', { name: 'Enter code for Amazon Seller Central' }))
    await expect(within(banner).getByRole('textbox', { name: /Amazon Seller Central/ })).toHaveFocus()
  },
}

const SEVERAL = APPS.map((app) => (app.id === 'datev' || app.id === 'hubspot' ? { ...app, credential: credential(3) } : app))

/**
 * Three connections need a code at once: one queue instead of three banners. Its entries are named
 * by their connections; "Enter code" in a row opens that entry and puts focus in its field, by
 * pointer (DATEV) and by keyboard (HubSpot).
 */
export const SeveralNeedACode: Story = {
  args: { apps: SEVERAL },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const queue = canvas.getByRole('region', { name: '3 connections need a 2FA code' })
    await expect(canvas.queryAllByRole('region', { name: /needs a 2FA code$/ })).toHaveLength(0)
    await expect(within(queue).getAllByRole('button').map((button) => button.textContent)).toEqual(['Amazon Seller Central', 'DATEV', 'HubSpot'])
    // Pointer.
    await userEvent.click(canvas.getByRole('button', { name: 'Enter code for DATEV' }))
    await expect(within(queue).getByRole('button', { name: 'DATEV' })).toHaveAttribute('aria-expanded', 'true')
    const datev = await within(queue).findByRole('textbox', { name: /DATEV/ })
    await waitFor(() => expect(datev).toHaveFocus())
    await userEvent.type(datev, '123456')
    await userEvent.click(within(queue).getByRole('button', { name: /Verify/ }))
    await expect(args.onSubmitCode).toHaveBeenCalledWith('datev', '123456')
    // Keyboard.
    await tabTo(canvas.getByRole('button', { name: 'Enter code for HubSpot' }))
    await userEvent.keyboard('{Enter}')
    const hubspot = await within(queue).findByRole('textbox', { name: /HubSpot/ })
    await waitFor(() => expect(hubspot).toHaveFocus())
    await userEvent.keyboard('654321{Enter}')
    await expect(args.onSubmitCode).toHaveBeenLastCalledWith('hubspot', '654321')
    // Two entries' fields are told apart by their names.
    await expect(datev).not.toHaveAccessibleName(/HubSpot/)
    await expect(hubspot).not.toHaveAccessibleName(/DATEV/)
  },
}
