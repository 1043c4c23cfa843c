import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, within } from 'storybook/test'
import { TwoFactorBanner, TwoFactorQueue, type TwoFactorQueueItem } from '../src'
import { formatMessage } from '../src/core'
import { formatCount } from '../src/internal/format'
import { credential } from './fixtures'
import { localeOf, messagesFor } from './i18n'

/**
 * `TwoFactorBanner` asks for a two-factor code when a credential needs one (index 3) and shows the
 * verification while it runs (index 4). It renders nothing for any other state. Announced politely
 * to screen readers; it never takes focus by itself.
 */
const meta = {
  title: 'Components/TwoFactorBanner',
  component: TwoFactorBanner,
  args: { credential: credential(3), onSubmitCode: fn() },
  argTypes: {
    credential: { control: 'object' },
    action: { control: false },
  },
} satisfies Meta<typeof TwoFactorBanner>
export default meta
type Story = StoryObj<typeof meta>

/** Index 3 with `onSubmitCode`: the built-in code form. */
export const CodeRequired: Story = {}

/**
 * The spec's whole flow, 3 -> 4 -> 5, as the API drives it: submitting moves the credential to 4
 * (verifying), and success to 5. The user followed it, so the banner stays to confirm, with focus on
 * "Code verified." instead of dropping to the page.
 */
export const VerifiedAfterSubmit: Story = {
  render: function Render(args) {
    const [index, setIndex] = useState(3)
    return (
      <TwoFactorBanner
        {...args}
        credential={credential(index)}
        onSubmitCode={async () => {
          setIndex(4)
          await new Promise((resolve) => setTimeout(resolve, 50))
          setIndex(5)
        }}
      />
    )
  },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: t.ui.twoFactorCodeLabel }), '123456')
    await userEvent.click(canvas.getByRole('button', { name: t.ui.twoFactorSubmit }))
    const confirmation = await canvas.findByText(t.ui.twoFactorVerified)
    await expect(confirmation.closest('[role="status"]')).toHaveFocus()
  },
}

/** Index 3 without `onSubmitCode`: the caller's own call to action, and a dismiss button (`onDismiss`). */
export const CodeRequiredWithAction: Story = {
  args: {
    onSubmitCode: undefined,
    onDismiss: fn(),
    action: <a href="https://portal.example.com/verify">Enter the code in the portal</a>,
  },
}

/** Index 4: the same banner, busy, while the code is checked. */
export const Verifying: Story = { args: { credential: credential(4) } }

/** Types a code and submits it: `onSubmitCode` gets the code and the form is busy until it settles. */
export const SubmittingACode: Story = {
  // Never settles, so the story stays in its busy state.
  args: { onSubmitCode: fn(() => new Promise<void>(() => {})) },
  play: async ({ args, canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: t.ui.twoFactorCodeLabel }), ' 123456 ')
    await userEvent.click(canvas.getByRole('button', { name: t.ui.twoFactorSubmit }))
    await expect(args.onSubmitCode).toHaveBeenCalledWith('123456')
    await expect(await canvas.findByRole('button', { name: t.ui.twoFactorVerifying })).toHaveAttribute('aria-disabled', 'true')
  },
}

/** A rejected code: the rejection's message is shown, the typed code stays for a correction. */
export const RejectedCode: Story = {
  args: { onSubmitCode: fn(async () => Promise.reject(new Error('That code has expired. Ask for a new one.'))) },
  play: async ({ args, canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: t.ui.twoFactorCodeLabel })
    await userEvent.type(input, '000000')
    await userEvent.click(canvas.getByRole('button', { name: t.ui.twoFactorSubmit }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('That code has expired. Ask for a new one.')
    await expect(args.onSubmitCode).toHaveBeenCalledWith('000000')
    await expect(input).toHaveValue('000000')
    await expect(input).toHaveAttribute('aria-invalid', 'true')
  },
}

/** Submitting without a code: an error, no call to `onSubmitCode`. */
export const EmptyCode: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: t.ui.twoFactorSubmit }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t.ui.twoFactorEmptyCode)
    await expect(args.onSubmitCode).not.toHaveBeenCalled()
    await expect(canvas.getByRole('textbox', { name: t.ui.twoFactorCodeLabel })).toHaveFocus()
  },
}

const OTHER_STATES = [-2, -1, 0, 1, 2, 5, 6, 7].map((index) => credential(index))

/** Every other state, and a planned collector at index 3: nothing is rendered. */
export const OtherStatesRenderNothing: Story = {
  render: (args) => (
    <>
      <p style={{ margin: 0, fontSize: 13, color: 'var(--sk-color-text-muted)' }}>
        TwoFactorBanner for indexes -2, -1, 0, 1, 2, 5, 6, 7 and for a planned collector at index 3: nothing else appears here.
      </p>
      {[...OTHER_STATES, credential(3, 'planned')].map((value, position) => (
        <TwoFactorBanner key={position} {...args} credential={value} />
      ))}
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.sk-banner')).toBeNull()
    await expect(within(canvasElement).queryByRole('region')).toBeNull()
  },
}

/**
 * `subject`: the heading, and so the region's name, says which connection ("Xero needs a 2FA
 * code"), and the field and the button say it too, for a screen reader moving by form fields.
 */
export const WithSubject: Story = {
  args: { subject: 'Xero', onDismiss: fn() },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    const region = canvas.getByRole('region', { name: formatMessage(t.ui.twoFactorSubject.title, { subject: 'Xero' }) })
    await expect(within(region).getByRole('textbox', { name: formatMessage(t.ui.twoFactorSubject.codeLabel, { subject: 'Xero' }) })).toBeInTheDocument()
    await expect(within(region).getByRole('button', { name: formatMessage(t.ui.twoFactorSubject.submit, { subject: 'Xero' }) })).toBeInTheDocument()
  },
}

/** Two banners side by side: the API sends them the same title and message; `subject` tells them apart. */
export const TwoBanners: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: 16 }}>
      <TwoFactorBanner {...args} subject="Xero" />
      <TwoFactorBanner {...args} subject="Shopify" />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const canvas = within(canvasElement)
    for (const subject of ['Xero', 'Shopify']) {
      const region = canvas.getByRole('region', { name: formatMessage(t.ui.twoFactorSubject.title, { subject }) })
      await expect(within(region).getByRole('heading', { name: formatMessage(t.ui.twoFactorSubject.title, { subject }) })).toBeInTheDocument()
    }
  },
}

/** `subject` in German (`@statuskit/react/locales/de`). */
export const WithSubjectGerman: Story = { ...WithSubject, name: 'With subject (German)', globals: { locale: 'de' } }

/** `subject` right to left, in Arabic (`@statuskit/react/locales/ar`). */
export const WithSubjectArabic: Story = { ...WithSubject, name: 'With subject (Arabic, right to left)', args: { subject: 'Xero', onDismiss: fn() }, globals: { locale: 'ar' } }

const SUPPLIERS = ['Xero', 'Shopify', 'Stripe', 'QuickBooks', 'Amazon', 'Sage', 'HubSpot', 'Zoho', 'Exact', 'DATEV']
/** The fleet a real dashboard had: 284 credentials waiting for a code. */
const fleet = (count: number): TwoFactorQueueItem[] =>
  Array.from({ length: count }, (_, position) => ({
    id: `credential-${position + 1}`,
    subject: position < SUPPLIERS.length ? SUPPLIERS[position]! : `Supplier portal ${position + 1}`,
    credential: credential(3),
  }))

/**
 * Many at once (`TwoFactorQueue`): 284 credentials need a code. One banner counts them instead of
 * 284 banners; each entry opens its own form; five show until "Show all". Here the API accepts
 * any code: the entry goes, focus moves to the next entry and the status says "Xero: code verified."
 */
export const ManyConnections: Story = {
  render: function Render() {
    const [items, setItems] = useState(() => fleet(284))
    return (
      <TwoFactorQueue
        items={items}
        onSubmitCode={async (id) => {
          await new Promise((resolve) => setTimeout(resolve, 50))
          setItems((current) => current.map((item) => (item.id === id ? { ...item, credential: credential(5) } : item)))
        }}
      />
    )
  },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    const locale = localeOf(globals)
    const canvas = within(canvasElement)
    const region = canvas.getByRole('region', { name: formatCount(t.twoFactorQueue.title, 284, locale) })
    await expect(within(region).getAllByRole('listitem')).toHaveLength(5)
    await userEvent.click(canvas.getByRole('button', { name: 'Xero' }))
    await userEvent.type(canvas.getByRole('textbox', { name: formatMessage(t.ui.twoFactorSubject.codeLabel, { subject: 'Xero' }) }), '123456')
    await userEvent.click(canvas.getByRole('button', { name: formatMessage(t.ui.twoFactorSubject.submit, { subject: 'Xero' }) }))
    await expect(await canvas.findByText(formatMessage(t.twoFactorQueue.verified, { subject: 'Xero' }))).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Shopify' })).toHaveFocus()
    await expect(canvas.getByRole('heading', { name: formatCount(t.twoFactorQueue.title, 283, locale) })).toBeInTheDocument()
  },
}

/** The queue in German. */
export const ManyConnectionsGerman: Story = { ...ManyConnections, name: 'Many connections (German)', globals: { locale: 'de' } }

/** The queue right to left (Arabic), one entry open. */
export const ManyConnectionsArabic: Story = {
  name: 'Many connections (Arabic, right to left)',
  render: () => <TwoFactorQueue items={fleet(284)} onSubmitCode={fn()} />,
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Shopify' }))
  },
}
