/**
 * The contract every component keeps with its caller (house style): unknown props land on the
 * root, `className` is merged with the library's, `ref` reaches the root element.
 */
import { render, screen } from '@testing-library/react'
import { createRef, type ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionHealthSummary, CredentialStatePill, PipelineProgress, StatusBadge, StatusHistory, TwoFactorBanner } from '../../src'
import { credential, findTooltip, setup } from './helpers'

interface ContractCase {
  name: string
  /** The library's own class on the root. */
  rootClass: string
  tag: string
  /** `props` may hold a `ref`: every root is an HTMLElement, whatever its tag. */
  render: (props: Record<string, unknown>) => ReactElement
}

const CASES: ContractCase[] = [
  { name: 'StatusBadge', rootClass: 'sk-badge', tag: 'SPAN', render: (props) => <StatusBadge status={14} {...props} /> },
  { name: 'PipelineProgress', rootClass: 'sk-pipeline', tag: 'DIV', render: (props) => <PipelineProgress status={14} {...props} /> },
  { name: 'CredentialStatePill', rootClass: 'sk-pill', tag: 'SPAN', render: (props) => <CredentialStatePill credential={credential(3)} {...props} /> },
  { name: 'TwoFactorBanner', rootClass: 'sk-banner', tag: 'SECTION', render: (props) => <TwoFactorBanner credential={credential(3)} {...props} /> },
  { name: 'ConnectionHealthSummary', rootClass: 'sk-summary', tag: 'UL', render: (props) => <ConnectionHealthSummary items={[19, 14]} {...props} /> },
  { name: 'StatusHistory', rootClass: 'sk-history', tag: 'DIV', render: (props) => <StatusHistory events={[{ status: 2, at: 0 }]} now={60_000} {...props} /> },
]

describe.each(CASES)('$name', ({ rootClass, tag, render: ui }) => {
  it('spreads unknown props onto its root', () => {
    render(ui({ 'data-testid': 'root', 'data-row': '7', 'aria-describedby': 'row-7-note', id: 'status-7', title: 'Row 7' }))
    const root = screen.getByTestId('root')
    expect(root.tagName).toBe(tag)
    expect(root).toHaveAttribute('data-row', '7')
    expect(root).toHaveAttribute('aria-describedby', 'row-7-note')
    expect(root).toHaveAttribute('id', 'status-7')
    expect(root).toHaveAttribute('title', 'Row 7')
  })

  it('merges className with its own class', () => {
    render(ui({ 'data-testid': 'root', className: 'my-cell emphasis' }))
    expect(screen.getByTestId('root')).toHaveClass(rootClass, 'my-cell', 'emphasis', { exact: true })
  })

  it('reaches its root element with a ref', () => {
    const ref = createRef<HTMLElement>()
    render(ui({ 'data-testid': 'root', ref }))
    expect(ref.current).toBe(screen.getByTestId('root'))
  })

  it('calls a callback ref with its root element', () => {
    const ref = vi.fn()
    render(ui({ 'data-testid': 'root', ref }))
    expect(ref).toHaveBeenCalledWith(screen.getByTestId('root'))
  })
})

describe.each([
  { name: 'StatusBadge', ui: (props: Record<string, unknown>) => <StatusBadge status={14} {...props} /> },
  { name: 'CredentialStatePill', ui: (props: Record<string, unknown>) => <CredentialStatePill credential={credential(3)} {...props} /> },
])('$name as a tooltip trigger', ({ ui }) => {
  it('keeps its ref on the element that has focus once the tooltip has mounted', async () => {
    const ref = createRef<HTMLElement>()
    const { user } = setup(ui({ ref }))
    await user.tab()
    await findTooltip()
    expect(ref.current).not.toBeNull()
    expect(ref.current).toBe(document.activeElement)
    expect(ref.current).toBeInTheDocument()
  })

  it('still calls the caller\'s own pointer and click handlers', async () => {
    const onPointerEnter = vi.fn()
    const onClick = vi.fn()
    const { user } = setup(ui({ 'data-testid': 'root', onPointerEnter, onClick }))
    // The first pointer enter mounts the tooltip, which replaces the element: as in a browser,
    // the click lands on the element that is there now.
    await user.hover(screen.getByTestId('root'))
    await user.click(screen.getByTestId('root'))
    expect(onPointerEnter).toHaveBeenCalled()
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  // The first Tab mounts the Radix tooltip around the trigger, which replaces and refocuses the
  // element: the caller still sees one focus.
  it('calls the caller\'s onFocus once for one focus', async () => {
    const onFocus = vi.fn()
    const { user } = setup(ui({ onFocus }))
    await user.tab()
    await findTooltip()
    expect(onFocus).toHaveBeenCalledTimes(1)
  })

  it('does not call the caller\'s onBlur while focus stays on it', async () => {
    const onBlur = vi.fn()
    const { user } = setup(ui({ onBlur }))
    await user.tab()
    await findTooltip()
    expect(onBlur).not.toHaveBeenCalled()
  })
})

describe.each([
  { name: 'StatusBadge', ui: <StatusBadge status={14} aria-describedby="row-note" /> },
  { name: 'CredentialStatePill', ui: <CredentialStatePill credential={credential(3)} aria-describedby="row-note" /> },
])('$name with its own aria-describedby', ({ ui }) => {
  it('keeps the caller\'s description beside the tooltip\'s once the tooltip opens', async () => {
    const { user } = setup(
      <>
        <p id="row-note">Row note</p>
        {ui}
      </>,
    )
    await user.tab()
    const tooltip = await findTooltip()
    const ids = (document.activeElement?.getAttribute('aria-describedby') ?? '').split(' ')
    expect(ids).toContain('row-note')
    expect(ids).toContain(tooltip.id)
  })
})
