import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TwoFactorBanner } from '../../src'
import { credential, setup, spyOnWarnings } from './helpers'

afterEach(() => vi.restoreAllMocks())

const TITLE = '2FA code is required'
const MESSAGE = 'A 2FA code has been sent to ***@gmail.com'
const codeRequired = credential(3, 'active', { title: TITLE, message: MESSAGE })
const verifying = credential(4, 'active', { title: 'Performing 2FA', message: 'Hold on' })

/** A promise the test settles by hand, to look at the pending state. */
function deferred() {
  let resolve!: () => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('TwoFactorBanner when a code is required (index 3)', () => {
  it('shows the API\'s title and message in a region named by the title', () => {
    render(<TwoFactorBanner credential={codeRequired} />)
    const banner = screen.getByRole('region', { name: TITLE })
    expect(banner).toHaveTextContent(MESSAGE)
  })

  it('announces itself through a polite live region', () => {
    render(<TwoFactorBanner credential={codeRequired} />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent(TITLE)
    expect(status).toHaveTextContent(MESSAGE)
  })

  it('does not move focus when it appears', () => {
    const { rerender } = render(<TwoFactorBanner credential={credential(5)} onSubmitCode={async () => {}} />)
    rerender(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    expect(screen.getByRole('textbox')).toBeInTheDocument()
    expect(document.body).toHaveFocus()
  })

  it('renders the API\'s strings as text, never as HTML', () => {
    render(<TwoFactorBanner credential={credential(3, 'active', { title: '<img src=x onerror=alert(1)>', message: '<b>hi</b>' })} />)
    expect(screen.getByRole('region', { name: '<img src=x onerror=alert(1)>' })).toHaveTextContent('<b>hi</b>')
    expect(document.querySelector('img, b')).toBeNull()
  })

  it('falls back to the spec\'s state name and explanation without a title or message', () => {
    render(<TwoFactorBanner credential={credential(3)} />)
    expect(screen.getByRole('region', { name: '2FA code required' })).toHaveTextContent('Waiting for user to provide 2FA code')
  })

  it('renders the caller\'s action element', () => {
    render(<TwoFactorBanner credential={codeRequired} action={<a href="/credentials/42/2fa">Enter the code</a>} />)
    expect(screen.getByRole('link', { name: 'Enter the code' })).toHaveAttribute('href', '/credentials/42/2fa')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('has a Dismiss button that calls onDismiss', async () => {
    const onDismiss = vi.fn()
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onDismiss={onDismiss} />)
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  it('cannot be dismissed without onDismiss', () => {
    render(<TwoFactorBanner credential={codeRequired} />)
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument()
  })
})

describe('TwoFactorBanner code form (onSubmitCode)', () => {
  it('offers one numeric one-time-code input and a submit button', () => {
    render(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    expect(input).toHaveAttribute('inputmode', 'numeric')
    expect(screen.getAllByRole('textbox')).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Verify' })).toHaveAttribute('type', 'submit')
  })

  it('sends the typed code, trimmed', async () => {
    const onSubmitCode = vi.fn(async () => {})
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={onSubmitCode} />)
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), ' 123456 {Enter}')
    expect(onSubmitCode).toHaveBeenCalledWith('123456')
  })

  it('shows a visible error for an empty code and does not call onSubmitCode', async () => {
    const onSubmitCode = vi.fn(async () => {})
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={onSubmitCode} />)
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the code we sent you.')
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    expect(input).toBeInvalid()
    expect(input).toHaveAccessibleDescription('Enter the code we sent you.')
    expect(onSubmitCode).not.toHaveBeenCalled()
  })

  it('treats a code of spaces as empty', async () => {
    const onSubmitCode = vi.fn(async () => {})
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={onSubmitCode} />)
    await user.type(screen.getByRole('textbox'), '   {Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the code we sent you.')
    expect(onSubmitCode).not.toHaveBeenCalled()
  })

  it('shows the rejection\'s message and keeps the typed code', async () => {
    const onSubmitCode = vi.fn(async () => {
      throw new Error('That code has expired.')
    })
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={onSubmitCode} />)
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    await user.type(input, '654321')
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That code has expired.')
    expect(input).toHaveValue('654321')
    expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument()
  })

  it('shows a generic error when the rejection has no message', async () => {
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={() => Promise.reject('nope')} />)
    await user.type(screen.getByRole('textbox'), '111{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('The code could not be verified.')
  })

  it('is busy while onSubmitCode is pending and submits only once', async () => {
    const pending = deferred()
    const onSubmitCode = vi.fn(() => pending.promise)
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={onSubmitCode} />)
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Verification code' })
    await user.type(input, '123456')
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    const busyButton = screen.getByRole('button', { name: 'Verifying your code...' })
    expect(busyButton).toHaveAttribute('aria-disabled', 'true')
    expect(input.form).toHaveAttribute('aria-busy', 'true')
    await user.click(busyButton)
    expect(onSubmitCode).toHaveBeenCalledTimes(1)
    expect(input).toHaveValue('123456')

    pending.resolve()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument())
    expect(input.form).not.toHaveAttribute('aria-busy')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('TwoFactorBanner while verifying (index 4)', () => {
  it('shows a busy "Verifying your code..." banner without a form', () => {
    render(<TwoFactorBanner credential={verifying} onSubmitCode={async () => {}} />)
    const banner = screen.getByRole('region', { name: 'Performing 2FA' })
    expect(banner).toHaveAttribute('data-busy')
    expect(screen.getByRole('status')).toHaveTextContent('Verifying your code...')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('replaces the form with the verifying message when the credential moves from 3 to 4', () => {
    const { rerender } = render(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    rerender(<TwoFactorBanner credential={verifying} onSubmitCode={async () => {}} />)
    expect(screen.getByRole('status')).toHaveTextContent('Verifying your code...')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  // Assistive technologies may hold back changes inside an aria-busy element until it turns
  // false, which at index 4 never happens: the banner marks busy with data-busy only.
  it('announces "Verifying your code..." from a live region that no aria-busy ancestor mutes', () => {
    render(<TwoFactorBanner credential={verifying} />)
    expect(screen.getByRole('status').closest('[aria-busy="true"]')).toBeNull()
  })
})

describe('TwoFactorBanner for every other state', () => {
  it.each([-2, -1, 0, 1, 2, 5, 6, 7])('renders nothing for index %i', (index) => {
    const { container } = render(<TwoFactorBanner credential={credential(index)} onSubmitCode={async () => {}} onDismiss={() => {}} />)
    expect(container).toBeEmptyDOMElement()
  })

  it.each([3, 4])('renders nothing for index %i of a planned collector', (index) => {
    const { container } = render(<TwoFactorBanner credential={credential(index, ' Planned')} onSubmitCode={async () => {}} />)
    expect(container).toBeEmptyDOMElement()
  })

  it.each([null, undefined, {}, credential(99), credential('3x'), 'index 3'])('renders nothing for the bad input %j, without throwing', (value) => {
    spyOnWarnings()
    const { container } = render(<TwoFactorBanner credential={value} />)
    expect(container).toBeEmptyDOMElement()
  })
})
