import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TwoFactorBanner } from '../../src'
import { deferred } from './deferred'
import { credential, setup, spyOnWarnings } from './helpers'

afterEach(() => vi.restoreAllMocks())

const TITLE = '2FA code is required'
const MESSAGE = 'A 2FA code has been sent to ***@gmail.com'
const codeRequired = credential(3, 'active', { title: TITLE, message: MESSAGE })
const verifying = credential(4, 'active', { title: 'Performing 2FA', message: 'Hold on' })

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

  it('has a dismiss button, named for the banner it dismisses, that calls onDismiss', async () => {
    const onDismiss = vi.fn()
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onDismiss={onDismiss} />)
    await user.click(screen.getByRole('button', { name: `Dismiss ${TITLE}` }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  it('cannot be dismissed without onDismiss', () => {
    render(<TwoFactorBanner credential={codeRequired} />)
    expect(screen.queryByRole('button', { name: /Dismiss/ })).not.toBeInTheDocument()
  })

  it('titles itself with a level-2 heading by default', () => {
    render(<TwoFactorBanner credential={codeRequired} />)
    expect(screen.getByRole('heading', { level: 2, name: TITLE })).toBeInTheDocument()
  })

  it.each([3, 4, 6] as const)('takes headingLevel={%i} to fit the page outline', (level) => {
    render(<TwoFactorBanner credential={codeRequired} headingLevel={level} />)
    expect(screen.getByRole('heading', { level, name: TITLE })).toBeInTheDocument()
  })

  it('falls back to a level-2 heading for a level it cannot use', () => {
    render(<TwoFactorBanner credential={codeRequired} headingLevel={9 as never} />)
    expect(screen.getByRole('heading', { level: 2, name: TITLE })).toBeInTheDocument()
  })
})

describe('TwoFactorBanner semantics (GOV.UK one-time-code pattern)', () => {
  it('describes the code field with the hint that says where the code went', () => {
    render(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveAccessibleDescription(MESSAGE)
  })

  it('prefixes an error with "Error:" for screen readers and adds it to the field\'s description', async () => {
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Error: Enter the code we sent you.')
    expect(alert.querySelector('.sk-visually-hidden')).toHaveTextContent('Error:')
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveAccessibleDescription(`${MESSAGE} Error: Enter the code we sent you.`)
  })

  it('keeps the submit label (hidden) while busy, so the button keeps its width, and names it for what happens', async () => {
    const pending = deferred()
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={() => pending.promise} />)
    await user.type(screen.getByRole('textbox'), '123456')
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    const button = await screen.findByRole('button', { name: 'Verifying your code…' })
    expect(button).toHaveTextContent('Verify')
    expect(screen.getByRole('textbox')).toHaveAttribute('readonly')
    pending.resolve()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument())
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

  it('sends the typed code without spaces', async () => {
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
    expect(input).toHaveAccessibleDescription(`${MESSAGE} Error: Enter the code we sent you.`)
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

  // Issue 11, defect 6: only Error objects' messages were shown.
  it.each<[string, unknown]>([
    ['a string', 'Invalid code'],
    ['an object with a message', { message: 'Invalid code', status: 400 }],
    ['an Error', new Error('Invalid code')],
  ])('shows the message of a rejection with %s', async (_, reason) => {
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={() => Promise.reject(reason)} />)
    await user.type(screen.getByRole('textbox'), '111{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Error: Invalid code$/)
  })

  it.each<[string, unknown]>([
    ['no reason', undefined],
    ['a number', 42],
    ['an empty string', ''],
    ['an object without a message', { status: 500 }],
    ['a message that is not text', { message: { code: 1 } }],
    ['an Error without a message', new Error()],
  ])('shows a generic error for a rejection with %s', async (_, reason) => {
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={() => Promise.reject(reason)} />)
    await user.type(screen.getByRole('textbox'), '111{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('The code could not be verified.')
  })

  it.each([
    ['123 456', '123456'],
    [' 123\t456 ', '123456'],
    ['１２３ ４５６', '123456'],
    ['abc', 'abc'],
    ['ab-12', 'ab-12'],
  ])('sends a pasted %j as %j', async (pasted, sent) => {
    const onSubmitCode = vi.fn(async () => {})
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={onSubmitCode} />)
    await user.click(screen.getByRole('textbox', { name: 'Verification code' }))
    await user.paste(pasted)
    await user.keyboard('{Enter}')
    expect(onSubmitCode).toHaveBeenCalledWith(sent)
  })

  it('clears the code after a successful submit', async () => {
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    await user.type(input, '123456{Enter}')
    await waitFor(() => expect(input).toHaveValue(''))
    expect(input).toHaveFocus()
  })

  it('is busy while onSubmitCode is pending and submits only once', async () => {
    const pending = deferred()
    const onSubmitCode = vi.fn(() => pending.promise)
    const { user } = setup(<TwoFactorBanner credential={codeRequired} onSubmitCode={onSubmitCode} />)
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Verification code' })
    await user.type(input, '123456')
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    const busyButton = screen.getByRole('button', { name: 'Verifying your code…' })
    expect(busyButton).toHaveAttribute('aria-disabled', 'true')
    expect(input.form).toHaveAttribute('aria-busy', 'true')
    await user.click(busyButton)
    expect(onSubmitCode).toHaveBeenCalledTimes(1)
    expect(input).toHaveValue('123456')

    pending.resolve()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument())
    expect(input.form).not.toHaveAttribute('aria-busy')
    expect(input).toHaveValue('')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('TwoFactorBanner while verifying (index 4)', () => {
  it('shows a busy "Verifying your code…" banner without a form', () => {
    render(<TwoFactorBanner credential={verifying} onSubmitCode={async () => {}} />)
    const banner = screen.getByRole('region', { name: 'Performing 2FA' })
    expect(banner).toHaveAttribute('data-busy')
    expect(screen.getByRole('status')).toHaveTextContent('Verifying your code…')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('replaces the form with the verifying message when the credential moves from 3 to 4', () => {
    const { rerender } = render(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    rerender(<TwoFactorBanner credential={verifying} onSubmitCode={async () => {}} />)
    expect(screen.getByRole('status')).toHaveTextContent('Verifying your code…')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  // Assistive technologies may hold back changes inside an aria-busy element until it turns
  // false, which at index 4 never happens: the banner marks busy with data-busy only.
  it('announces "Verifying your code…" from a live region that no aria-busy ancestor mutes', () => {
    render(<TwoFactorBanner credential={verifying} />)
    expect(screen.getByRole('status').closest('[aria-busy="true"]')).toBeNull()
  })
})

// Issue 11, defect 4: the form left the page under the user's focus, which dropped to <body>.
describe('TwoFactorBanner focus through the spec\'s flow after a submit', () => {
  const banner = (value: unknown, onSubmitCode: (code: string) => Promise<void>) => <TwoFactorBanner credential={value} onSubmitCode={onSubmitCode} />

  async function submitThenVerify() {
    const pending = deferred()
    const onSubmitCode = vi.fn(() => pending.promise)
    const rendered = setup(banner(codeRequired, onSubmitCode))
    await rendered.user.type(screen.getByRole('textbox', { name: 'Verification code' }), '123456{Enter}')
    // The API moves the credential to 4 while the request is pending.
    rendered.rerender(banner(verifying, onSubmitCode))
    return { ...rendered, onSubmitCode, pending }
  }

  it('keeps focus in the banner, on its status text, when the credential moves from 3 to 4', async () => {
    await submitThenVerify()
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Verifying your code…')
    expect(status).toHaveFocus()
  })

  it('returns focus to the code field when the credential needs a code again (3 -> 4 -> 3)', async () => {
    const { rerender, onSubmitCode, pending } = await submitThenVerify()
    pending.reject(new Error('That code has expired.'))
    rerender(banner(credential(3, 'active', { title: TITLE, message: 'A new code has been sent' }), onSubmitCode))
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveFocus()
  })

  it('keeps focus in the banner through a successful verification (3 -> 4 -> 5), confirming it', async () => {
    const { rerender, onSubmitCode, pending } = await submitThenVerify()
    expect(screen.getByRole('region', { name: 'Performing 2FA' })).toContainElement(document.activeElement as HTMLElement)
    pending.resolve()
    rerender(banner(credential(5), onSubmitCode))
    const confirmation = screen.getByRole('status')
    expect(confirmation).toHaveTextContent('Code verified.')
    expect(confirmation).toHaveFocus()
    expect(confirmation.closest('section')).toHaveAttribute('data-tone', 'success')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    // Issue 19: while focus is on it, it says what the next status means (it went when the state
    // moved on, and focus with it). TwoFactorBanner.exits.test.tsx: how it leaves.
    rerender(banner(credential(-1), onSubmitCode))
    expect(screen.getByRole('status')).toHaveTextContent('An error occurred.')
    expect(screen.getByRole('status')).toHaveFocus()
  })

  // Issue 10: the confirmation took focus from wherever it was in the banner.
  it('confirms a verification the user follows from the dismiss button, and leaves focus there (4 -> 5)', async () => {
    const { user, rerender } = setup(<TwoFactorBanner credential={verifying} onDismiss={() => {}} />)
    await user.tab()
    expect(screen.getByRole('button', { name: /^Dismiss/ })).toHaveFocus()
    rerender(<TwoFactorBanner credential={credential(5)} onDismiss={() => {}} />)
    expect(screen.getByRole('status')).toHaveTextContent('Code verified.')
    expect(screen.getByRole('button', { name: /^Dismiss/ })).toHaveFocus()
  })

  // Issue 19: 13 hides the action once verified; focus on it moves to the confirmation (issue 10
  // had left it there).
  it("confirms a verification the user follows from the banner's own action, which goes, on the confirmation (4 -> 5)", async () => {
    const action = <button type="button">Use another method</button>
    const { user, rerender } = setup(<TwoFactorBanner credential={verifying} action={action} />)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Use another method' })).toHaveFocus()
    rerender(<TwoFactorBanner credential={credential(5)} action={action} />)
    expect(screen.queryByRole('button', { name: 'Use another method' })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Code verified.')
    expect(screen.getByRole('status')).toHaveFocus()
  })

  it('does not confirm a verification nobody was following (focus elsewhere: 4 -> 5 renders nothing)', () => {
    const { rerender } = setup(
      <>
        {banner(verifying, async () => {})}
        <button type="button">Elsewhere</button>
      </>,
    )
    screen.getByRole('button', { name: 'Elsewhere' }).focus()
    rerender(
      <>
        {banner(credential(5), async () => {})}
        <button type="button">Elsewhere</button>
      </>,
    )
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()
  })

  it('does not take focus that is elsewhere in the page when the credential moves to 4', async () => {
    const { rerender } = setup(
      <>
        {banner(codeRequired, async () => {})}
        <button type="button">Elsewhere</button>
      </>,
    )
    screen.getByRole('button', { name: 'Elsewhere' }).focus()
    rerender(
      <>
        {banner(verifying, async () => {})}
        <button type="button">Elsewhere</button>
      </>,
    )
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()
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
