/**
 * Issue 21: StatusBadge and CredentialStatePill write their common form out (a tab stop with its
 * tooltip, no prop to pass on) and keep the general form for everything else. Moving between the
 * two keeps the same element (focus, the caller's ref), and both behave the same.
 */
import { render, screen } from '@testing-library/react'
import { createRef, type ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, StatusBadge } from '../../src'
import { credential, findTooltip, setup } from './helpers'

const CASES = [
  { name: 'StatusBadge', label: 'Error in authorization', ui: (props: Record<string, unknown>) => <StatusBadge status={7} {...props} /> },
  { name: 'CredentialStatePill', label: '2FA required', ui: (props: Record<string, unknown>) => <CredentialStatePill credential={PILL_CREDENTIAL} {...props} /> },
]
const PILL_CREDENTIAL = credential(3)

describe.each(CASES)('$name', ({ label, ui }: { label: string; ui: (props: Record<string, unknown>) => ReactElement }) => {
  it('keeps its element when props to pass on come and go, and passes them on only while given', () => {
    const ref = createRef<HTMLSpanElement>()
    const { rerender } = render(ui({ ref }))
    const element = screen.getByText(label)
    expect(ref.current).toBe(element)
    expect(element).toHaveAttribute('tabindex', '0')

    rerender(ui({ ref, 'data-row': '7', title: 'Row 7' }))
    expect(screen.getByText(label)).toBe(element)
    expect(element).toHaveAttribute('data-row', '7')
    expect(element).toHaveAttribute('title', 'Row 7')

    rerender(ui({ ref }))
    expect(screen.getByText(label)).toBe(element)
    expect(element).not.toHaveAttribute('data-row')
    expect(element).not.toHaveAttribute('title')
    expect(ref.current).toBe(element)
  })

  it('opens its tooltip on focus with or without the caller\'s own onFocus, calling it once', async () => {
    const onFocus = vi.fn()
    const { user, rerender } = setup(ui({}))
    rerender(ui({ onFocus }))
    const element = screen.getByText(label)
    await user.tab()
    expect(onFocus).toHaveBeenCalledTimes(1)
    expect(await findTooltip()).toBeInTheDocument()
    expect(document.activeElement).toBe(element)
  })

  it('keeps focus on its element when the tooltip mounts beside it in the common form', async () => {
    const ref = createRef<HTMLSpanElement>()
    const { user } = setup(ui({ ref }))
    const element = screen.getByText(label)
    await user.tab()
    expect(await findTooltip()).toBeInTheDocument()
    expect(document.activeElement).toBe(element)
    expect(element.isConnected).toBe(true)
    expect(ref.current).toBe(element)
  })
})
