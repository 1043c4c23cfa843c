/**
 * Review of issue 22, part 1: NextStepAction given what apps really pass.
 */
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NextStepAction } from '../../src'
import { setup, spyOnWarnings } from '../components/helpers'

afterEach(() => vi.restoreAllMocks())

describe('NextStepAction: an href React would block', () => {
  it('is a working button, not a dead link, for a javascript: href, with one warning', async () => {
    const warnings = spyOnWarnings()
    const onAction = vi.fn()
    // An app that puts `javascript:void(0)` where it has no page: React 19 replaces it with a URL that throws.
    const { user } = setup(<NextStepAction status={8} subject="Stripe" hrefs={{ reconnect: ' JavaScript:void(0)' }} onAction={onAction} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reconnect Stripe' }))
    expect(onAction).toHaveBeenCalledWith('reconnect', expect.anything())
    expect(warnings.statuskit().filter((message) => message.includes('javascript:'))).toHaveLength(1)
  })

  it('is a button where the href function returns null for a step (a lookup with `?? null`)', () => {
    const pages: Record<string, string> = { retry: '/retry' }
    render(<NextStepAction status={8} subject="Stripe" hrefs={((action: string) => pages[action] ?? null) as never} />)
    expect(screen.getByRole('button', { name: 'Reconnect Stripe' })).toBeInTheDocument()
  })

  it('keeps an ordinary href a link', () => {
    render(<NextStepAction status={8} subject="Stripe" hrefs={{ reconnect: '/connections/stripe/reconnect' }} />)
    expect(screen.getByRole('link', { name: 'Reconnect Stripe' })).toHaveAttribute('href', '/connections/stripe/reconnect')
  })
})

describe('NextStepAction: a step that turns from a button into a link under focus', () => {
  it('keeps focus when a poll moves a focused "Try again" button to a "Reconnect" link', async () => {
    const hrefs = { reconnect: '/connections/stripe/reconnect' } // only reconnect has a page
    const { user, rerender } = setup(<NextStepAction status={14} subject="Stripe" hrefs={hrefs} onAction={() => {}} />)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Try again for Stripe' })).toHaveFocus()
    rerender(<NextStepAction status={8} subject="Stripe" hrefs={hrefs} onAction={() => {}} />)
    expect(screen.getByRole('link', { name: 'Reconnect Stripe' })).toHaveFocus()
  })
})
