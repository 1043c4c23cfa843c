/**
 * Grid-cell mode (`focusable={false}`) re-renders: a table row whose status changes between two
 * polls keeps its badge, pill and compact stepper, and their refs stay attached (issue 20: React
 * detached and re-attached a fresh ref on every render of every changed row).
 */
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider } from '../../src'
import { ancestorFocusRef } from '../../src/internal/ancestor-focus'
import { credentialUiState } from '../../src/core'
import { credential, expectTooltipClosed, findTooltip, setup } from './helpers'

describe('ancestorFocusRef', () => {
  it('is the same function on every render for the same activate when the caller has no ref', () => {
    const activate = vi.fn()
    expect(ancestorFocusRef(activate, undefined)).toBe(ancestorFocusRef(activate, undefined))
    expect(ancestorFocusRef(activate, null as never)).toBe(ancestorFocusRef(activate, undefined))
    expect(ancestorFocusRef(vi.fn(), undefined)).not.toBe(ancestorFocusRef(activate, undefined))
  })

  it("with the caller's ref, passes the element on and takes it back", () => {
    const own = createRef<HTMLSpanElement>()
    const element = document.createElement('span')
    const cleanup = ancestorFocusRef(vi.fn(), own)(element)
    expect(own.current).toBe(element)
    cleanup?.()
    expect(own.current).toBeNull()
  })
})

/** One row of a grid whose cells own focus, as the large-table recipe renders it (rows keyed by index). */
function Row({ status, index }: { status: number; index: number }) {
  return (
    <StatusKitProvider focusable={false} announcements={false}>
      <table role="grid" aria-label="Connections">
        <tbody>
          <tr key={0}>
            <td tabIndex={0} aria-label="status">
              <StatusBadge status={status} size="sm" />
            </td>
            <td tabIndex={-1} aria-label="pipeline">
              <PipelineProgress status={status} density="compact" label="Xero: connection progress" />
            </td>
            <td tabIndex={-1} aria-label="invoices">
              <CredentialStatePill credential={credential(index)} size="sm" />
            </td>
          </tr>
        </tbody>
      </table>
    </StatusKitProvider>
  )
}

describe('a grid row whose status changes between two polls', () => {
  it('opens the tooltip of what each cell shows now, from the cell, after several re-renders', async () => {
    const view = setup(<Row status={6} index={2} />)
    const badge = document.querySelector('.sk-badge')
    // A poll that skips a step (6 -> 19), then two more re-renders with a new pill each time.
    view.rerender(<Row status={19} index={3} />)
    view.rerender(<Row status={14} index={6} />)
    expect(document.querySelector('.sk-badge')).toBe(badge) // the same element: no remount
    const cells = [...document.querySelectorAll('td')]
    /** Focus the cell, read its tooltip, then leave it and wait until the tooltip has gone. */
    const tooltipOf = async (cell: HTMLElement) => {
      cell.focus()
      const text = (await findTooltip()).textContent
      cell.blur()
      await expectTooltipClosed()
      return text
    }
    expect(await tooltipOf(cells[0]!)).toContain('Structuring error')
    expect(await tooltipOf(cells[1]!)).toContain('Structuring failed, step 3 of 5')
    // The pill of the third render: index 6, which the spec calls "Downloading invoices".
    expect(document.querySelector('.sk-pill')).toHaveTextContent(credentialUiState(credential(6)).label)
    expect(await tooltipOf(cells[2]!)).toMatch(/^Downloading invoices/)
  })
})
