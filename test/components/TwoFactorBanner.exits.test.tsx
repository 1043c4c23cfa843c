// Issue 19, items 12 and 13: how the banner the user is working in ends, with the sequences a real
// API's polls give (a status that skips "verifying", a failure for good, a rejection that arrives
// while the form is away). At each step: where focus is, and what the live regions say.
import { act, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TwoFactorBanner, type TwoFactorBannerProps } from '../../src'
import { deferred } from './deferred'
import { credential, setup } from './helpers'

afterEach(() => vi.restoreAllMocks())

const MESSAGE = 'A 2FA code has been sent to ***@gmail.com'
const codeRequired = credential(3, 'active', { title: '2FA code is required', message: MESSAGE })
const verifying = credential(4, 'active', { title: 'Performing 2FA', message: 'Checking the code' })
const collecting = credential(5, 'active', { title: 'Collecting data', message: 'Gathering your invoices' })
const failed = credential(-1, 'active', { title: 'Verification failed', message: 'The code was wrong too many times. Reconnect to try again.' })

/** The banner above something else to Tab to, as on a dashboard. */
function page(props: TwoFactorBannerProps): ReactElement {
  return (
    <>
      <TwoFactorBanner {...props} />
      <button type="button">Connections table</button>
    </>
  )
}

/** Types a code and presses Enter; the API's next polls are rerenders with the new credential. */
async function submitCode(props: Omit<TwoFactorBannerProps, 'credential'> = {}) {
  const pending = deferred()
  const onSubmitCode = vi.fn(() => pending.promise)
  const all = { onSubmitCode, ...props }
  const rendered = setup(page({ credential: codeRequired, ...all }))
  await rendered.user.type(screen.getByRole('textbox', { name: 'Verification code' }), '123456{Enter}')
  expect(onSubmitCode).toHaveBeenCalledWith('123456')
  const poll = (value: unknown) => rendered.rerender(page({ credential: value, ...all }))
  return { ...rendered, pending, onSubmitCode, poll }
}

const status = () => screen.getByRole('status')

describe('TwoFactorBanner when the status skips "verifying" (issue 19: 12)', () => {
  it('confirms a code accepted between two polls (3 -> 5) on its status text, where focus moves', async () => {
    const { poll, pending } = await submitCode()
    poll(collecting)
    expect(status()).toHaveTextContent('Code verified.')
    expect(status()).toHaveFocus()
    expect(screen.getByRole('region', { name: 'Collecting data' })).toHaveAttribute('data-tone', 'success')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    // The request settles afterwards: nothing changes.
    await act(async () => pending.resolve())
    expect(status()).toHaveTextContent('Code verified.')
    expect(status()).toHaveFocus()
  })

  it('says that verification failed for good (3 -> 4 -> -1), on the status text that holds focus', async () => {
    const { poll } = await submitCode()
    poll(verifying)
    expect(status()).toHaveTextContent('Verifying your code…')
    expect(status()).toHaveFocus()
    poll(failed)
    expect(status()).toHaveTextContent('Verification failed')
    expect(status()).toHaveTextContent('The code was wrong too many times. Reconnect to try again.')
    expect(status()).toHaveFocus()
    expect(screen.getByRole('region', { name: 'Verification failed' })).toHaveAttribute('data-tone', 'danger')
  })

  it('says that it failed when the API goes straight from 3 to -1, without title or message', async () => {
    const { poll } = await submitCode()
    poll(credential(-1))
    expect(screen.getByRole('region', { name: 'Error' })).toHaveAttribute('data-tone', 'danger')
    expect(status()).toHaveTextContent('An error occurred.')
    expect(status()).toHaveFocus()
  })

  it('hides the banner\'s action once the code is verified, and keeps focus that was on it in the banner', async () => {
    const { user, poll } = await submitCode({ action: <a href="/help/2fa">Didn&apos;t get a code?</a> })
    poll(verifying)
    await user.tab()
    expect(screen.getByRole('link', { name: "Didn't get a code?" })).toHaveFocus()
    poll(collecting)
    expect(screen.queryByRole('link', { name: "Didn't get a code?" })).not.toBeInTheDocument()
    expect(status()).toHaveTextContent('Code verified.')
    expect(status()).toHaveFocus()
  })

  it('renders nothing when nobody was working in it (3 -> 5, focus elsewhere)', async () => {
    const { user, rerender } = setup(page({ credential: codeRequired, onSubmitCode: async () => {} }))
    await user.click(screen.getByRole('button', { name: 'Connections table' }))
    rerender(page({ credential: collecting, onSubmitCode: async () => {} }))
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Connections table' })).toHaveFocus()
  })
})

// Decided (README): the outcome stays while the user is in it, and leaves with the first status
// after focus has left the banner. A timer would take it away under the user's focus or before a
// screen reader got to it; leaving on the next status alone would drop focus to <body> (5 -> 6
// comes a minute later, while the user may still be reading).
describe('TwoFactorBanner\'s outcome: how long it stays and how it leaves', () => {
  it('stays while focus is in it, through the collection\'s next statuses (5 -> 6 -> 7)', async () => {
    const { poll } = await submitCode()
    poll(collecting)
    poll(credential(6))
    poll(credential(7))
    expect(status()).toHaveTextContent('Code verified.')
    expect(status()).toHaveFocus()
  })

  it('says what happens next while focus is in it (5 -> -1)', async () => {
    const { poll } = await submitCode()
    poll(collecting)
    poll(failed)
    expect(status()).toHaveTextContent('The code was wrong too many times.')
    expect(status()).toHaveFocus()
  })

  it('stays when focus leaves it, and leaves with the next status', async () => {
    const { user, poll } = await submitCode()
    poll(collecting)
    await user.tab()
    const elsewhere = screen.getByRole('button', { name: 'Connections table' })
    expect(elsewhere).toHaveFocus()
    expect(status()).toHaveTextContent('Code verified.')
    poll(credential(6))
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(elsewhere).toHaveFocus()
  })

  it('gives way to the form when a code is needed again (5 -> 3), focus on the empty field', async () => {
    const { poll, pending } = await submitCode()
    poll(collecting)
    await act(async () => pending.resolve())
    poll(codeRequired)
    const field = screen.getByRole('textbox', { name: 'Verification code' })
    expect(field).toHaveFocus()
    expect(field).toHaveValue('')
    expect(status()).toHaveTextContent(MESSAGE)
  })

  it('keeps the dismiss button, named for the outcome, that calls onDismiss', async () => {
    const onDismiss = vi.fn()
    const { user, poll } = await submitCode({ onDismiss })
    poll(collecting)
    await user.click(screen.getByRole('button', { name: 'Dismiss Collecting data' }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })
})

describe('TwoFactorBanner keeps a rejection the form was not there to show (issue 19: 13)', () => {
  it('shows and announces it when the form comes back (3 -> 4, rejected, 3), with the code kept and focus on it', async () => {
    const { poll, pending } = await submitCode()
    poll(verifying)
    expect(status()).toHaveFocus()
    await act(async () => pending.reject(new Error('That code has expired.')))
    poll(codeRequired)
    expect(screen.getByRole('alert')).toHaveTextContent(/^Error: That code has expired\.$/)
    const field = screen.getByRole('textbox', { name: 'Verification code' })
    expect(field).toHaveFocus()
    expect(field).toHaveValue('123456')
    expect(field).toBeInvalid()
    expect(field).toHaveAccessibleDescription(`${MESSAGE} Error: That code has expired.`)
    expect(screen.getByRole('button', { name: 'Verify' })).not.toHaveAttribute('aria-disabled')
  })

  it('shows it when the form comes back before the rejection arrives (3 -> 4 -> 3, rejected)', async () => {
    const { poll, pending } = await submitCode()
    poll(verifying)
    poll(codeRequired)
    expect(screen.getByRole('button', { name: 'Verifying your code…' })).toHaveAttribute('aria-disabled', 'true')
    await act(async () => pending.reject('Invalid code'))
    expect(screen.getByRole('alert')).toHaveTextContent(/^Error: Invalid code$/)
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveFocus()
  })

  it('forgets a rejection of a round that has ended (3 -> 5, rejected, later 3 again)', async () => {
    const { user, poll, pending } = await submitCode()
    poll(collecting)
    await act(async () => pending.reject(new Error('Too late')))
    await user.tab()
    poll(codeRequired)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveValue('')
  })

  it('submits once for two requestSubmit() in one task', async () => {
    const onSubmitCode = vi.fn(() => new Promise<void>(() => {}))
    const { user } = setup(page({ credential: codeRequired, onSubmitCode }))
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Verification code' })
    await user.type(field, '123456')
    act(() => {
      field.form!.requestSubmit()
      field.form!.requestSubmit()
    })
    expect(onSubmitCode).toHaveBeenCalledTimes(1)
  })
})
