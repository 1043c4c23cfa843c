/**
 * Review of issue 21's badge and pill rewrite (a written-out fast path and a general form): what a
 * real app passes on, composes and switches between must still work.
 */
import { render, screen, within } from '@testing-library/react'
import { createRef, StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, StatusBadge, StatusKitProvider } from '../../src'
import { credential, expectTooltipClosed, findTooltip, setup, spyOnWarnings, tap } from '../components/helpers'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('StatusBadge and CredentialStatePill pass on what the app gives', () => {
  it('passes id, data-* and aria-* to the span, merges className, and forwards the ref in both forms', () => {
    const fast = createRef<HTMLSpanElement>()
    const general = createRef<HTMLSpanElement>()
    render(
      <>
        <StatusBadge ref={fast} status={19} className="row-badge" />
        <StatusBadge ref={general} status={17} id="b17" data-row="3" aria-describedby="hint" className="row-badge" />
        <span id="hint">Row 3</span>
      </>,
    )
    const synced = screen.getByText('Synced')
    expect(fast.current).toBe(synced)
    expect(synced).toHaveClass('sk-badge', 'row-badge')
    const failed = general.current!
    expect(failed).toHaveAttribute('id', 'b17')
    expect(failed).toHaveAttribute('data-row', '3')
    expect(failed).toHaveAccessibleDescription('Row 3')
    expect(failed).toHaveClass('sk-badge', 'row-badge')
  })

  it("calls the app's own onFocus, onPointerEnter and onClick, and still opens the tooltip", async () => {
    const onFocus = vi.fn()
    const onPointerEnter = vi.fn()
    const onClick = vi.fn()
    const { user } = setup(
      <>
        <button type="button">Before</button>
        <StatusBadge status={17} onFocus={onFocus} onPointerEnter={onPointerEnter} onClick={onClick} />
      </>,
    )
    await user.tab()
    await user.tab()
    expect(onFocus).toHaveBeenCalledTimes(1)
    expect(await findTooltip()).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await expectTooltipClosed()
    await user.click(screen.getByText('Processing error'))
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(onPointerEnter).toHaveBeenCalled()
  })

  it('keeps focus and the open tooltip when the badge switches between the written-out form and the general one', async () => {
    const ui = (extra: Record<string, string>) => (
      <>
        <button type="button">Before</button>
        <StatusBadge status={17} {...extra} />
      </>
    )
    const { user, rerender } = setup(ui({}))
    await user.tab()
    await user.tab()
    const badge = document.activeElement as HTMLElement
    expect(badge).toHaveTextContent('Processing error')
    expect(await findTooltip()).toBeInTheDocument()
    rerender(ui({ 'data-selected': 'true' }))
    expect(document.activeElement).toBe(badge)
    expect(screen.getByRole('tooltip')).toBeInTheDocument()
    expect(badge).toHaveAttribute('data-selected', 'true')
    rerender(ui({}))
    expect(document.activeElement).toBe(badge)
    expect(screen.getByRole('tooltip')).toBeInTheDocument()
    expect(badge).not.toHaveAttribute('data-selected')
  })

  it('opens the tooltip of a pill that is no tab stop when its grid cell is focused, and on a tap', async () => {
    const { user } = setup(
      <table role="grid">
        <tbody>
          <tr>
            <td role="gridcell" tabIndex={0}>
              <CredentialStatePill credential={credential(3)} focusable={false} data-row="1" />
            </td>
          </tr>
        </tbody>
      </table>,
    )
    const cell = screen.getByRole('gridcell')
    expect(within(cell).getByText(/./, { selector: '.sk-pill' })).not.toHaveAttribute('tabindex')
    await user.tab()
    expect(cell).toHaveFocus()
    expect(await findTooltip()).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await expectTooltipClosed()
  })

  it('warns once for `subject` however many badges and pills carry it, under StrictMode', () => {
    const { statuskit } = spyOnWarnings()
    render(
      <StrictMode>
        <StatusKitProvider>
          {Array.from({ length: 50 }, (_, i) => (
            <StatusBadge key={i} status={19} subject={`App ${i}`} />
          ))}
          {Array.from({ length: 50 }, (_, i) => (
            <CredentialStatePill key={i} credential={credential(3)} subject={`App ${i}`} />
          ))}
        </StatusKitProvider>
      </StrictMode>,
    )
    expect(statuskit().filter((w) => w.includes('subject'))).toHaveLength(2)
  })

  it('opens on a tap', async () => {
    const { user } = setup(<StatusBadge status={17} data-row="1" />)
    await tap(user, screen.getByText('Processing error'))
    expect(await findTooltip()).toBeInTheDocument()
  })
})
