/**
 * NextStepAction (issue 22, part 1): the next step as a button or link, by role and name, with the
 * API's own values (status codes, credential objects) and the app's promise.
 */
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NextStepAction, StatusBadge, StatusKitProvider, defaultStatusKitMessages } from '../../src'
import { formatMessage } from '../../src/core'
import { ar } from '../../src/locales/ar'
import { de } from '../../src/locales/de'
import { es } from '../../src/locales/es'
import { fr } from '../../src/locales/fr'
import { nl } from '../../src/locales/nl'
import { ptBR } from '../../src/locales/pt-BR'
import { deferred } from './deferred'
import { credential, expectNoAxeViolations, setup, spyOnWarnings } from './helpers'

const RECONNECT = [7, 8, 20, 26] as const
const RETRY = [11, 14, 17, 22, 23] as const
const NO_STEP = [2, 6, 9, 12, 13, 15, 16, 18, 19, 21, 25] as const

afterEach(() => {
  vi.restoreAllMocks()
})

describe('NextStepAction: which step', () => {
  it.each(RECONNECT)('offers "Reconnect" for status %i, named with its subject', (status) => {
    render(<NextStepAction status={status} subject="Stripe" />)
    expect(screen.getByRole('button', { name: 'Reconnect Stripe' })).toHaveTextContent('Reconnect')
  })

  it.each(RETRY)('offers "Try again" for status %i', (status) => {
    render(<NextStepAction status={String(status)} subject="Xero" />)
    expect(screen.getByRole('button', { name: 'Try again for Xero' })).toHaveTextContent('Try again')
  })

  it.each(NO_STEP)('renders nothing, and warns about nothing, for status %i (no step)', (status) => {
    const warnings = spyOnWarnings()
    const { container } = render(<NextStepAction status={status} subject="Stripe" />)
    expect(container).toBeEmptyDOMElement()
    expect(warnings.statuskit()).toEqual([])
  })

  it.each([
    [-2, 'Reconnect Xero'],
    [-1, 'Try again for Xero'],
    [3, 'Enter code for Xero'],
  ])('offers the credential at index %i its step: %s', (index, name) => {
    render(<NextStepAction credential={credential(index, 'active', { title: 'T', message: 'M' })} subject="Xero" />)
    expect(screen.getByRole('button', { name })).toBeInTheDocument()
  })

  it.each([
    ['index 0 (scheduled)', credential(0)],
    ['index 4 (performing 2FA)', credential(4)],
    ['index 7 (done)', credential(7)],
    ['a planned collector, even at -2', credential(-2, 'planned')],
  ])('renders nothing for a credential at %s', (_name, value) => {
    const { container } = render(<NextStepAction credential={value} subject="Xero" />)
    expect(container).toBeEmptyDOMElement()
  })

  it("takes the status's step before the credential's", () => {
    render(<NextStepAction status={11} credential={credential(3)} subject="Xero" />)
    expect(screen.getByRole('button', { name: 'Try again for Xero' })).toBeInTheDocument()
  })

  it("falls back to the credential's step when the status has none", () => {
    render(<NextStepAction status={19} credential={credential(3)} subject="Xero" />)
    expect(screen.getByRole('button', { name: 'Enter code for Xero' })).toBeInTheDocument()
  })

  it('matches the tone and size of the badge beside it', () => {
    render(
      <>
        <StatusBadge status={14} size="sm" />
        <NextStepAction status={14} size="sm" subject="Xero" />
      </>,
    )
    const action = screen.getByRole('button', { name: 'Try again for Xero' })
    expect(action).toHaveAttribute('data-tone', 'danger')
    expect(action).toHaveAttribute('data-size', 'sm')
    expect(document.querySelector('.sk-badge')).toHaveAttribute('data-tone', 'danger')
  })

  it('is named by its step alone when the subject is empty', () => {
    render(<NextStepAction status={8} subject=" " />)
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeInTheDocument()
  })
})

describe('NextStepAction: bad input', () => {
  it.each([
    ['an unknown code', 99],
    ['a word', 'fourteen'],
    ['null', null],
    ['an object', {}],
  ])('renders nothing for %s, with one development warning', (_name, status) => {
    const warnings = spyOnWarnings()
    const { container, rerender } = render(<NextStepAction status={status} subject="Stripe" />)
    rerender(<NextStepAction status={status} subject="Stripe" />)
    expect(container).toBeEmptyDOMElement()
    expect(warnings.statuskit()).toHaveLength(1)
  })

  it('renders nothing for a malformed credential, with one development warning', () => {
    const warnings = spyOnWarnings()
    const { container } = render(<NextStepAction credential={{ state: { index: 'three' }, collector: { state: 'active' } }} subject="Xero" />)
    expect(container).toBeEmptyDOMElement()
    expect(warnings.statuskit()).toHaveLength(1)
  })

  it('renders nothing without a status or a credential, with one development warning', () => {
    const warnings = spyOnWarnings()
    const { container } = render(<NextStepAction subject="Xero" />)
    expect(container).toBeEmptyDOMElement()
    expect(warnings.statuskit()).toEqual([expect.stringContaining('needs a `status` or a `credential`')])
  })

  it('warns once when placed inside a badge', () => {
    const warnings = spyOnWarnings()
    render(
      <span className="sk-badge">
        <NextStepAction status={8} subject="Stripe" />
      </span>,
    )
    expect(warnings.statuskit()).toEqual([expect.stringContaining('inside a badge')])
  })
})

describe('NextStepAction: acting', () => {
  it('calls onAction with the step on click and on Enter, one tab stop', async () => {
    const onAction = vi.fn()
    const { user } = setup(<NextStepAction status={8} subject="Stripe" onAction={onAction} />)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Reconnect Stripe' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await user.tab()
    expect(document.body).toHaveFocus() // nothing else to tab to: one stop
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    expect(onAction.mock.calls.map(([action]) => action)).toEqual(['reconnect', 'reconnect'])
  })

  it('shows progress while the promise is pending, keeps focus, and ignores a double click', async () => {
    const request = deferred()
    const onAction = vi.fn(() => request.promise)
    const { user } = setup(<NextStepAction status={23} subject="Stripe" onAction={onAction} />)
    const button = screen.getByRole('button', { name: 'Try again for Stripe' })
    await user.dblClick(button)
    expect(onAction).toHaveBeenCalledTimes(1)
    expect(button).toHaveAttribute('aria-busy', 'true')
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).not.toBeDisabled() // `disabled` would drop focus to the page
    expect(button).toHaveFocus()
    expect(button).toHaveTextContent('Try again') // kept (hidden by CSS) to hold the width
    await act(async () => request.resolve())
    expect(button).not.toHaveAttribute('aria-busy')
    expect(button).toHaveFocus()
    await user.click(button)
    expect(onAction).toHaveBeenCalledTimes(2)
  })

  it("shows and announces a rejection's message, and describes the button with it", async () => {
    const onAction = vi.fn(() => Promise.reject(new Error('Stripe refused the new token.')))
    const { user } = setup(<NextStepAction status={8} subject="Stripe" onAction={onAction} />)
    const button = screen.getByRole('button', { name: 'Reconnect Stripe' })
    await user.click(button)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Error: Stripe refused the new token.')
    expect(button).toHaveAccessibleDescription('Error: Stripe refused the new token.')
    expect(button).toHaveFocus()
  })

  it('shows a generic message for a rejection without one, and for a handler that throws', async () => {
    let fail: () => unknown = () => Promise.reject(undefined)
    const { user } = setup(<NextStepAction status={8} subject="Stripe" onAction={() => fail()} />)
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That did not work. Please try again.')
    fail = () => {
      throw new Error('No session.')
    }
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('No session.')
  })

  it('clears the message when the step is tried again', async () => {
    const attempts = [() => Promise.reject(new Error('Busy.')), () => Promise.resolve()]
    const { user } = setup(<NextStepAction status={8} subject="Stripe" onAction={() => attempts.shift()?.()} />)
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Busy.')
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })

  it("drops a failure's message once the status asks for another step", async () => {
    const fail = () => Promise.reject(new Error('Xero is down.'))
    const { user, rerender } = setup(<NextStepAction status={14} subject="Xero" onAction={fail} />)
    await user.click(screen.getByRole('button', { name: 'Try again for Xero' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Xero is down.')
    rerender(<NextStepAction status={8} subject="Xero" onAction={fail} />)
    expect(screen.getByRole('button', { name: 'Reconnect Xero' })).not.toHaveAccessibleDescription()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('stays while pending when the status moves on, then goes once focus leaves', async () => {
    const request = deferred()
    const onAction = vi.fn(() => request.promise)
    const { user, rerender } = setup(<NextStepAction status={8} subject="Stripe" onAction={onAction} />)
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    rerender(<NextStepAction status={6} subject="Stripe" onAction={onAction} />)
    const button = screen.getByRole('button', { name: 'Reconnect Stripe' })
    expect(button).toHaveAttribute('aria-busy', 'true')
    await act(async () => request.resolve())
    // Done, but focused: it stays (inert) rather than drop focus to the page.
    expect(button).toHaveFocus()
    expect(button).toHaveAttribute('aria-disabled', 'true')
    await user.click(button)
    expect(onAction).toHaveBeenCalledTimes(1)
    await user.tab()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('keeps focus when a poll takes the step away from the focused control', async () => {
    const { user, rerender } = setup(<NextStepAction status={14} subject="Xero" />)
    await user.tab()
    rerender(<NextStepAction status={19} subject="Xero" />)
    expect(screen.getByRole('button', { name: 'Try again for Xero' })).toHaveFocus()
    await user.tab()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('unmounts while pending without an error or a warning', async () => {
    const request = deferred()
    const errors = vi.spyOn(console, 'error')
    const warnings = spyOnWarnings()
    const { user, unmount } = setup(<NextStepAction status={8} subject="Stripe" onAction={() => request.promise} />)
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    unmount()
    await act(async () => request.reject(new Error('late')))
    expect(errors).not.toHaveBeenCalled()
    expect(warnings.spy).not.toHaveBeenCalled()
  })
})

describe('NextStepAction: as a link', () => {
  it('renders a link where the app gives an href for the step, a button elsewhere', () => {
    const hrefs = { reconnect: '/connections/stripe/reconnect' }
    render(
      <>
        <NextStepAction status={8} subject="Stripe" hrefs={hrefs} />
        <NextStepAction status={14} subject="Xero" hrefs={hrefs} />
      </>,
    )
    expect(screen.getByRole('link', { name: 'Reconnect Stripe' })).toHaveAttribute('href', '/connections/stripe/reconnect')
    expect(screen.getByRole('button', { name: 'Try again for Xero' })).toBeInTheDocument()
  })

  it('takes the href from a function of the step, and calls onAction with the click', async () => {
    const onAction = vi.fn((_action: string, event: { preventDefault: () => void }) => event.preventDefault())
    const { user } = setup(<NextStepAction credential={credential(3)} subject="Xero" hrefs={(action) => `#${action}`} onAction={onAction} />)
    const link = screen.getByRole('link', { name: 'Enter code for Xero' })
    expect(link).toHaveAttribute('href', '#enter-code')
    await user.click(link)
    expect(onAction).toHaveBeenCalledWith('enter-code', expect.objectContaining({ type: 'click' }))
    expect(window.location.hash).toBe('') // the app routed it itself
  })
})

describe('NextStepAction: contract', () => {
  it('spreads props, merges className and forwards its ref to the control', () => {
    const ref = vi.fn()
    render(<NextStepAction status={8} subject="Stripe" ref={ref} className="row-action" data-row="7" id="a7" />)
    const button = screen.getByRole('button', { name: 'Reconnect Stripe' })
    expect(button).toHaveClass('sk-next-step', 'row-action', { exact: true })
    expect(button).toHaveAttribute('data-row', '7')
    expect(button).toHaveAttribute('id', 'a7')
    expect(ref).toHaveBeenCalledWith(button)
  })

  it('says its step in German under the German catalog', () => {
    render(
      <StatusKitProvider messages={de} locale="de">
        <NextStepAction status={8} subject="Stripe" />
      </StatusKitProvider>,
    )
    expect(screen.getByRole('button', { name: 'Stripe neu verbinden' })).toHaveTextContent('Neu verbinden')
  })

  it('has no axe violations as a button, pending, failed and as a link', async () => {
    const request = deferred()
    const { user } = setup(
      <>
        <NextStepAction status={8} subject="Stripe" onAction={() => request.promise} />
        <NextStepAction status={14} subject="Xero" onAction={() => Promise.reject(new Error('No.'))} />
        <NextStepAction credential={credential(3)} subject="Shopify" hrefs={{ 'enter-code': '/2fa' }} />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    await user.click(screen.getByRole('button', { name: 'Try again for Xero' }))
    await screen.findByRole('alert')
    await expectNoAxeViolations()
    await act(async () => request.resolve())
  })
})

describe('NextStepAction: every shipped locale', () => {
  const LOCALES = { ar, de, es, fr, nl, 'pt-BR': ptBR }
  const ACTIONS = [
    ['reconnect', { status: 8 }],
    ['retry', { status: 14 }],
    ['enter-code', { credential: credential(3) }],
  ] as const
  it.each(Object.entries(LOCALES))('%s: each step is a translated control whose name holds its visible text and subject', (locale, messages) => {
    for (const [action, input] of ACTIONS) {
      const { unmount } = render(
        <StatusKitProvider messages={messages} locale={locale}>
          <NextStepAction {...input} subject="Stripe" />
        </StatusKitProvider>,
      )
      const control = screen.getByRole('button', { name: formatMessage(messages.nextStep.names[action], { subject: 'Stripe' }) })
      const name = control.getAttribute('aria-label')!.toLocaleLowerCase(locale)
      // WCAG 2.5.3 (label in name): speech users say what they see.
      expect(name).toContain(messages.nextStep.labels[action].toLocaleLowerCase(locale))
      expect(name).toContain('stripe')
      expect(control.textContent).toBe(messages.nextStep.labels[action])
      expect(messages.nextStep.labels[action]).not.toBe(defaultStatusKitMessages.nextStep.labels[action])
      unmount()
    }
  })
})
