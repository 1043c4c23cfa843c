/**
 * Issue 19, items 8 and 9: grid-cell mode (`focusable={false}`) inside a real app's page. A wide
 * table sits in a focusable scroll region (`role="region" tabIndex={0}`), a dialog focuses its own
 * container, and the app gives its cells their own `aria-describedby`. Only the element that owns
 * a badge (its nearest focusable ancestor) opens its tooltip; the cell's description stays the
 * app's.
 */
import { act, screen } from '@testing-library/react'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusBadge, StatusKitProvider } from '../../src'
import { expectTooltipClosed, findTooltip, settle, setup } from './helpers'

afterEach(() => vi.restoreAllMocks())

interface Row {
  name: string
  status: number
}

const ROWS: Row[] = [
  { name: 'Xero', status: 14 }, // Structuring error
  { name: 'Stripe', status: 19 }, // Synced
  { name: 'QuickBooks', status: 23 },
]

/**
 * A grid as apps write it (WAI-ARIA APG grid, roving tabindex over the status cells, rows keyed by
 * index), inside a focusable horizontal scroll region, with a button after it.
 */
function ConnectionsTable({ rows, describedBy }: { rows: Row[]; describedBy?: (row: Row) => string }) {
  const [active, setActive] = useState(0)
  const cells = useRef<(HTMLTableCellElement | null)[]>([])
  const move = (event: KeyboardEvent, index: number) => {
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : index
    if (next === index || next < 0 || next >= rows.length) return
    setActive(next)
    cells.current[next]?.focus()
  }
  return (
    <StatusKitProvider focusable={false} announcements={false}>
      <div role="region" aria-label="Connections" tabIndex={0} style={{ overflowX: 'auto' }}>
        <table role="grid" aria-label="Connected apps">
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.name}</th>
                <td
                  ref={(cell) => void (cells.current[index] = cell)}
                  role="gridcell"
                  tabIndex={index === active ? 0 : -1}
                  aria-describedby={describedBy?.(row)}
                  onKeyDown={(event) => move(event, index)}
                >
                  <StatusBadge status={row.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button">Add a connection</button>
    </StatusKitProvider>
  )
}

const cellOf = (name: string) => screen.getByRole('rowheader', { name }).nextElementSibling as HTMLElement

describe('grid cells in a focusable scroll region (issue 19, item 8)', () => {
  it('opens no tooltip when Tab lands on the region, and none stays open when Tab moves on', async () => {
    const { user } = setup(<ConnectionsTable rows={ROWS} />)
    await user.tab()
    expect(screen.getByRole('region', { name: 'Connections' })).toHaveFocus()
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()

    // The grid's tab stop: the cell that owns Xero's badge opens its tooltip.
    await user.tab()
    expect(cellOf('Xero')).toHaveFocus()
    expect(await findTooltip()).toHaveTextContent('Data structuring is interrupted')

    await user.tab()
    expect(screen.getByRole('button', { name: 'Add a connection' })).toHaveFocus()
    await expectTooltipClosed()
  })

  it('follows the arrow keys from cell to cell, each cell opening its own badge', async () => {
    const { user } = setup(<ConnectionsTable rows={ROWS} />)
    await user.tab()
    await user.tab()
    expect(await findTooltip()).toHaveTextContent('Structuring error')
    await user.keyboard('{ArrowDown}')
    expect(cellOf('Stripe')).toHaveFocus()
    await vi.waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Synced'))
    await user.tab()
    await expectTooltipClosed()
  })

  it('opens nothing when a dialog focuses its own container', async () => {
    function Dialog() {
      const ref = useRef<HTMLDivElement>(null)
      // What dialog libraries do on open when no element inside asks for initial focus.
      useEffect(() => ref.current?.focus(), [])
      return (
        <div role="dialog" aria-label="Connections" tabIndex={-1} ref={ref}>
          <ConnectionsTable rows={ROWS} />
        </div>
      )
    }
    setup(<Dialog />)
    expect(screen.getByRole('dialog')).toHaveFocus()
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    act(() => cellOf('Stripe').focus())
    expect(await findTooltip()).toHaveTextContent('Synced')
  })

  it('treats a link or button around a badge as its owner: focusing the region around them opens nothing', async () => {
    const { user } = setup(
      <StatusKitProvider focusable={false} announcements={false}>
        <div role="region" aria-label="Connections" tabIndex={0}>
          <table>
            <tbody>
              <tr>
                <td>
                  <a href="/connections/xero">
                    Xero <StatusBadge status={14} />
                  </a>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </StatusKitProvider>,
    )
    await user.tab()
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    await user.tab()
    expect(screen.getByRole('link', { name: /Xero/ })).toHaveFocus()
    expect(await findTooltip()).toHaveTextContent('Data structuring is interrupted')
  })
})

describe('a cell’s own aria-describedby (issue 19, item 9)', () => {
  it('keeps the app’s latest description when the app changes it while the tooltip is open', async () => {
    function Page({ hint }: { hint: string }) {
      return (
        <>
          <ConnectionsTable rows={ROWS} describedBy={(row) => `${hint}-${row.name}`} />
          <p id="retry-Xero">Retrying in 5 minutes</p>
          <p id="retried-Xero">Retried, still failing</p>
        </>
      )
    }
    const { user, rerender } = setup(<Page hint="retry" />)
    await user.tab()
    await user.tab()
    const cell = cellOf('Xero')
    expect(await findTooltip()).toBeInTheDocument()
    expect(cell).toHaveAccessibleDescription(/Retrying in 5 minutes.*Data structuring is interrupted/)

    // The app's own text for the cell changes while the cell is focused and the tooltip bound.
    rerender(<Page hint="retried" />)
    expect(cell.getAttribute('aria-describedby')).toContain('retried-Xero')

    await user.tab()
    await expectTooltipClosed()
    expect(cell).toHaveAttribute('aria-describedby', 'retried-Xero')
    expect(cell).toHaveAccessibleDescription('Retried, still failing')
  })

  it('leaves a description the app added while the tooltip was open, and removes only ours', async () => {
    function Page({ hint }: { hint?: string }) {
      return (
        <>
          <ConnectionsTable rows={ROWS} describedBy={hint ? () => hint : undefined} />
          <p id="sync-note">Last synced yesterday</p>
        </>
      )
    }
    const { user, rerender } = setup(<Page />)
    await user.tab()
    await user.tab()
    const cell = cellOf('Xero')
    await findTooltip()
    expect(cell).toHaveAccessibleDescription(/Data structuring is interrupted/)
    rerender(<Page hint="sync-note" />)
    await user.tab()
    await expectTooltipClosed()
    expect(cell).toHaveAttribute('aria-describedby', 'sync-note')

    // And the app removing its description while bound leaves none after blur.
    await user.tab({ shift: true })
    await findTooltip()
    rerender(<Page />)
    await user.tab()
    await expectTooltipClosed()
    expect(cell).not.toHaveAttribute('aria-describedby')
  })
})
