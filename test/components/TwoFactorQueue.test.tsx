import { act, render, screen, within } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusKitProvider, TwoFactorQueue, type TwoFactorQueueItem } from '../../src'
import { de } from '../../src/locales/de'
import { deferred } from './deferred'
import { credential, expectNoAxeViolations, setup, spyOnWarnings } from './helpers'

afterEach(() => vi.restoreAllMocks())

const MESSAGE = 'A 2FA code has been sent to ***@gmail.com'
const at = (index: number) => credential(index, 'active', { title: index === 3 ? '2FA code is required' : index === -1 ? 'Verification failed' : undefined, message: MESSAGE })
/** The fleet a real dashboard had: 284 credentials at 3, named Connection 1..284. */
const fleet = (count: number, index = 3): TwoFactorQueueItem[] =>
  Array.from({ length: count }, (_, position) => ({ id: `c${position + 1}`, subject: `Connection ${position + 1}`, credential: at(index) }))
const three: TwoFactorQueueItem[] = [
  { id: 'xero', subject: 'Xero', credential: at(3) },
  { id: 'shopify', subject: 'Shopify', credential: at(3) },
  { id: 'stripe', subject: 'Stripe', credential: at(3) },
]
const withIndex = (items: TwoFactorQueueItem[], id: string, index: number) => items.map((item) => (item.id === id ? { ...item, credential: at(index) } : item))

describe('TwoFactorQueue: one banner for many credentials (issue 22, item 4)', () => {
  it('is one region, named by its count, instead of 284 banners', () => {
    render(<TwoFactorQueue items={fleet(284)} onSubmitCode={async () => {}} />)
    expect(screen.getAllByRole('region')).toHaveLength(1)
    const region = screen.getByRole('region', { name: '284 connections need a 2FA code' })
    expect(within(region).getByRole('heading', { level: 2, name: '284 connections need a 2FA code' })).toBeInTheDocument()
    // A cap: five entries and a button for the rest.
    expect(within(region).getAllByRole('listitem')).toHaveLength(5)
    expect(within(region).getByRole('button', { name: 'Show all 284 connections' })).toBeInTheDocument()
    expect(within(region).queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('says "1 connection" for one', () => {
    render(<TwoFactorQueue items={three.slice(0, 1)} />)
    expect(screen.getByRole('region', { name: '1 connection needs a 2FA code' })).toBeInTheDocument()
  })

  it('lists only credentials at 3 and 4, and renders nothing when none is', () => {
    const { rerender } = render(<TwoFactorQueue items={[...three, { id: 'ok', subject: 'Sage', credential: at(5) }]} />)
    expect(screen.getByRole('region', { name: '3 connections need a 2FA code' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Sage' })).not.toBeInTheDocument()
    rerender(<TwoFactorQueue items={[{ id: 'ok', subject: 'Sage', credential: at(5) }]} />)
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })

  it('opens each entry\'s own form as a disclosure, its field and button named for the connection', async () => {
    const onSubmitCode = vi.fn(async () => {})
    const { user } = setup(<TwoFactorQueue items={three} onSubmitCode={onSubmitCode} />)
    const toggle = screen.getByRole('button', { name: 'Shopify' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveFocus() // a disclosure keeps focus on its button
    const field = screen.getByRole('textbox', { name: 'Verification code for Shopify' })
    expect(field).toHaveAccessibleDescription(MESSAGE)
    await user.type(field, '123 456')
    await user.click(screen.getByRole('button', { name: 'Verify the code for Shopify' }))
    expect(onSubmitCode).toHaveBeenCalledWith('shopify', '123456')
    await user.click(toggle)
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('shows a rejection in the entry, with the code kept and focus on its field', async () => {
    const { user } = setup(<TwoFactorQueue items={three} onSubmitCode={async () => Promise.reject(new Error('That code has expired.'))} />)
    await user.click(screen.getByRole('button', { name: 'Xero' }))
    await user.type(screen.getByRole('textbox', { name: 'Verification code for Xero' }), '000000')
    await user.click(screen.getByRole('button', { name: 'Verify the code for Xero' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Error: That code has expired.')
    expect(screen.getByRole('textbox', { name: 'Verification code for Xero' })).toHaveFocus()
  })

  it('moves focus to the next entry when a code is accepted and its entry goes, and says so', async () => {
    const pending = deferred()
    const { user, rerender } = setup(<TwoFactorQueue items={three} onSubmitCode={() => pending.promise} />)
    await user.click(screen.getByRole('button', { name: 'Xero' }))
    await user.type(screen.getByRole('textbox', { name: 'Verification code for Xero' }), '123456')
    await user.click(screen.getByRole('button', { name: 'Verify the code for Xero' }))
    // The API accepts it: Xero's credential moves to 5 on the next poll.
    await act(async () => pending.resolve())
    rerender(<TwoFactorQueue items={withIndex(three, 'xero', 5)} onSubmitCode={() => pending.promise} />)
    expect(screen.queryByRole('button', { name: 'Xero' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Shopify' })).toHaveFocus()
    // The live region (the heading and its message) says what happened and what is left.
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('2 connections need a 2FA code')
    expect(status).toHaveTextContent('Xero: code verified.')
  })

  it('moves focus to the entry before when the last in the list goes', async () => {
    const { user, rerender } = setup(<TwoFactorQueue items={three} />)
    await user.click(screen.getByRole('button', { name: 'Stripe' }))
    rerender(<TwoFactorQueue items={withIndex(three, 'stripe', -1)} />)
    expect(screen.getByRole('button', { name: 'Shopify' })).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('Stripe: Verification failed')
  })

  it('after the last entry, stays to say so with focus on its status, and goes with the next poll after focus left', async () => {
    const one = three.slice(0, 1)
    const { user, rerender } = setup(
      <>
        <TwoFactorQueue items={one} />
        <button type="button">Elsewhere</button>
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Xero' }))
    const done = withIndex(one, 'xero', 6)
    rerender(
      <>
        <TwoFactorQueue items={done} />
        <button type="button">Elsewhere</button>
      </>,
    )
    const status = screen.getByRole('status')
    expect(status).toHaveFocus()
    expect(status).toHaveTextContent('No connection needs a 2FA code now.')
    expect(status).toHaveTextContent('Xero: code verified.')
    expect(screen.getByRole('region', { name: 'No connection needs a 2FA code now.' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }))
    expect(screen.getByRole('region')).toBeInTheDocument() // never taken away under the pointer
    rerender(
      <>
        <TwoFactorQueue items={[...done]} />
        <button type="button">Elsewhere</button>
      </>,
    )
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })

  it('says when an entry left the list you pass', async () => {
    const { user, rerender } = setup(<TwoFactorQueue items={three} />)
    await user.click(screen.getByRole('button', { name: 'Shopify' }))
    rerender(<TwoFactorQueue items={three.filter((item) => item.id !== 'shopify')} />)
    expect(screen.getByRole('button', { name: 'Stripe' })).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('Shopify no longer needs a 2FA code.')
  })

  it('leaves focus alone when it is elsewhere in the page', async () => {
    const { user, rerender } = setup(
      <>
        <TwoFactorQueue items={three} />
        <button type="button">Elsewhere</button>
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }))
    rerender(
      <>
        <TwoFactorQueue items={withIndex(three, 'xero', 5)} />
        <button type="button">Elsewhere</button>
      </>,
    )
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()
  })

  it('keeps focus in the entry while its code is checked (3 -> 4) and returns it to the field (4 -> 3)', async () => {
    const { user, rerender } = setup(<TwoFactorQueue items={three} onSubmitCode={async () => {}} />)
    await user.click(screen.getByRole('button', { name: 'Xero' }))
    await user.click(screen.getByRole('textbox', { name: 'Verification code for Xero' }))
    rerender(<TwoFactorQueue items={withIndex(three, 'xero', 4)} onSubmitCode={async () => {}} />)
    const toggle = screen.getByRole('button', { name: 'Xero' })
    expect(toggle).toHaveFocus()
    expect(toggle).toHaveAccessibleDescription('Verifying your code…')
    rerender(<TwoFactorQueue items={three} onSubmitCode={async () => {}} />)
    expect(screen.getByRole('textbox', { name: 'Verification code for Xero' })).toHaveFocus()
  })

  it('shows all on request, with focus on the first entry it revealed', async () => {
    const { user } = setup(<TwoFactorQueue items={fleet(284)} limit={3} />)
    await user.click(screen.getByRole('button', { name: 'Show all 284 connections' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(284)
    expect(screen.getByRole('button', { name: 'Connection 4' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument()
  })

  it('skips bad entries and duplicate ids with one warning each, never throws', () => {
    const warnings = spyOnWarnings()
    const bad = [null, 42, { subject: 'No id', credential: at(3) }, three[0], { ...three[0], subject: 'Xero again' }, three[1]] as unknown as TwoFactorQueueItem[]
    render(<TwoFactorQueue items={bad} />)
    expect(screen.getByRole('region', { name: '2 connections need a 2FA code' })).toBeInTheDocument()
    expect(warnings.statuskit().length).toBeGreaterThan(0)
    render(<TwoFactorQueue items={'nope' as unknown as TwoFactorQueueItem[]} />)
  })

  it('speaks German', () => {
    render(
      <StatusKitProvider messages={de} locale="de">
        <TwoFactorQueue items={fleet(284)} />
      </StatusKitProvider>,
    )
    const region = screen.getByRole('region', { name: '284 Verbindungen benötigen einen 2FA-Code' })
    expect(within(region).getByRole('button', { name: 'Alle 284 Verbindungen anzeigen' })).toBeInTheDocument()
  })

  it('formats the count in the locale (1,000)', () => {
    render(<TwoFactorQueue items={fleet(1000)} />)
    expect(screen.getByRole('region', { name: '1,000 connections need a 2FA code' })).toBeInTheDocument()
  })
})

describe('TwoFactorQueue contract', () => {
  it('spreads unknown props onto its section, merges className and reaches it with ref', () => {
    const ref = createRef<HTMLElement>()
    render(<TwoFactorQueue ref={ref} items={three} className="mine" data-testid="queue" id="codes" headingLevel={3} />)
    const region = screen.getByRole('region', { name: '3 connections need a 2FA code' })
    expect(region).toBe(ref.current)
    expect(region.tagName).toBe('SECTION')
    expect(region).toHaveClass('sk-banner', 'sk-tfa-queue', 'mine')
    expect(region).toHaveAttribute('data-testid', 'queue')
    expect(region).toHaveAttribute('id', 'codes')
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('3 connections need a 2FA code')
  })

  it('has no axe violations, closed, open with an error, verifying, and held empty', async () => {
    const { user, container, rerender } = setup(<TwoFactorQueue items={fleet(8)} onSubmitCode={async () => Promise.reject(new Error('No.'))} />)
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Connection 1' }))
    await user.click(screen.getByRole('button', { name: 'Verify the code for Connection 1' }))
    await expectNoAxeViolations(container)
    rerender(<TwoFactorQueue items={withIndex(fleet(8), 'c1', 4)} />)
    await expectNoAxeViolations(container)
    rerender(<TwoFactorQueue items={fleet(8, 5)} />)
    expect(screen.getByRole('status')).toHaveFocus()
    await expectNoAxeViolations(container)
  })
})
