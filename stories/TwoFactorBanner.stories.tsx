import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, within } from 'storybook/test'
import { TwoFactorBanner } from '../src'
import { credential } from './fixtures'
import { messagesFor } from './i18n'

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
