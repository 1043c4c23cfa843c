/**
 * Review of issue 22, part 4: TwoFactorQueue under a dashboard's polls and an API's odd objects.
 */
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TwoFactorQueue, type TwoFactorQueueItem } from '../../src'
import { credential, setup, spyOnWarnings } from '../components/helpers'

afterEach(() => vi.restoreAllMocks())
const at3 = credential(3, 'active', { title: '2FA code is required' })
const fleet = (count: number): TwoFactorQueueItem[] => Array.from({ length: count }, (_, i) => ({ id: `c${i + 1}`, subject: `Connection ${i + 1}`, credential: at3 }))

describe('TwoFactorQueue: focus and bad input', () => {
  it('keeps focus in the queue when "Show all" goes because the list shrank to the cap', async () => {
    const items = fleet(6)
    const { user, rerender } = setup(<><button type="button">Before</button><TwoFactorQueue items={items} /></>)
    await user.click(screen.getByRole('button', { name: 'Before' }))
    await user.tab({ shift: false })
    while (!screen.getByRole('button', { name: 'Show all 6 connections' }).matches(':focus')) await user.tab()
    // The sixth credential got its code elsewhere: five left, no "Show all" any more.
    rerender(<><button type="button">Before</button><TwoFactorQueue items={items.slice(0, 5)} /></>)
    const region = screen.getByRole('region', { name: '5 connections need a 2FA code' })
    expect(region).toContainElement(document.activeElement as HTMLElement)
    expect(screen.getByRole('status')).toHaveTextContent('Connection 6 no longer needs a 2FA code.')
  })

  it('never throws on an item with a throwing getter or a revoked Proxy, and lists the rest', () => {
    spyOnWarnings()
    const throwing = { id: 'x', get subject(): string { throw new Error('boom') }, credential: at3 }
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    render(<TwoFactorQueue items={[throwing as never, proxy as never, ...fleet(1)]} />)
    expect(screen.getByRole('region', { name: '2 connections need a 2FA code' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Connection 1' })).toBeInTheDocument()
  })
})
