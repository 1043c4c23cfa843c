import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'

export interface GridFocusOptions {
  /** The grid element: its rows carry `aria-rowindex`, its cells `aria-colindex` (1-based, header row 1). */
  grid: RefObject<HTMLElement | null>
  /** The body rows' ids, in the order shown. */
  rowIds: readonly string[]
  columnCount: number
  /** How many rows PageUp and PageDown move: about one screen. */
  pageSize: () => number
  /** Brings a row into view (the virtualizer's `scrollToIndex`). */
  scrollToRow: (index: number) => void
  /** Enter or Space on a cell of this row. */
  onActivate: (index: number) => void
}

export interface GridFocus {
  /** The row of the grid's one tab stop (-1 with no rows): keep it rendered while it is out of view. */
  index: number
  /** The column of the tab stop. */
  column: number
  /** Spread onto the grid element. */
  gridProps: {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
    onFocus: (event: FocusEvent<HTMLElement>) => void
    onBlur: (event: FocusEvent<HTMLElement>) => void
  }
}

/**
 * One tab stop for the whole grid (WAI-ARIA APG grid, roving tabindex): Tab enters at the last
 * focused cell and leaves; arrows move by cell (mirrored in right to left), Home and End to the
 * row's ends, Ctrl+Home and Ctrl+End to the first and last row, PageUp and PageDown by a screen.
 * The tab stop follows the row's id, so a sort or a new filter keeps the cell the user was on.
 */
export function useGridFocus({ grid, rowIds, columnCount, pageSize, scrollToRow, onActivate }: GridFocusOptions): GridFocus {
  const [active, setActive] = useState<{ id: string | undefined; column: number }>({ id: undefined, column: 0 })
  const lastIndex = useRef(0)
  /** The cell that has focus; a row that leaves the data (a filter, a status that changes) takes it away. */
  const focusedCell = useRef<HTMLElement | null>(null)
  const focusAfterRender = useRef(false)

  const found = active.id === undefined ? -1 : rowIds.indexOf(active.id)
  // The active row is gone: its neighbour, at the same place, is the tab stop now.
  const index = rowIds.length === 0 ? -1 : found >= 0 ? found : Math.min(lastIndex.current, rowIds.length - 1)
  const column = Math.min(active.column, columnCount - 1)

  useLayoutEffect(() => {
    if (index >= 0) lastIndex.current = index
    const lost = focusedCell.current !== null && !focusedCell.current.isConnected
    const page = grid.current?.ownerDocument
    const dropped = lost && (page?.activeElement === page?.body || page?.activeElement === null)
    if (!focusAfterRender.current && !dropped) return
    focusAfterRender.current = false
    // Never leave focus on the page: with no row left, the grid itself takes it.
    const target = cellAt(grid.current, index, column) ?? grid.current
    target?.focus({ preventScroll: true })
  })

  const moveTo = (row: number, col: number) => {
    if (rowIds.length === 0) return
    const next = Math.max(0, Math.min(row, rowIds.length - 1))
    setActive({ id: rowIds[next], column: Math.max(0, Math.min(col, columnCount - 1)) })
    focusAfterRender.current = true
    scrollToRow(next)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (index < 0 || !(event.target instanceof Element) || !event.target.closest('[aria-colindex]')) return
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl'
    const ctrl = event.ctrlKey || event.metaKey
    const moves: Record<string, (() => void) | undefined> = {
      ArrowDown: () => moveTo(index + 1, column),
      ArrowUp: () => moveTo(index - 1, column),
      ArrowRight: () => moveTo(index, column + (rtl ? -1 : 1)),
      ArrowLeft: () => moveTo(index, column + (rtl ? 1 : -1)),
      Home: () => moveTo(ctrl ? 0 : index, 0),
      End: () => moveTo(ctrl ? rowIds.length - 1 : index, columnCount - 1),
      PageDown: () => moveTo(index + pageSize(), column),
      PageUp: () => moveTo(index - pageSize(), column),
      Enter: () => onActivate(index),
      ' ': () => onActivate(index),
    }
    const move = moves[event.key]
    if (!move || event.altKey) return
    event.preventDefault()
    move()
  }

  // A click (or a screen reader's cursor) focuses a cell directly: it becomes the tab stop.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const cell = event.target.closest<HTMLElement>('[aria-colindex]')
    const rowIndex = Number(cell?.parentElement?.getAttribute('aria-rowindex')) - 2
    if (!cell || !(rowIndex >= 0)) return
    focusedCell.current = cell
    const col = Number(cell.getAttribute('aria-colindex')) - 1
    if (rowIds[rowIndex] !== active.id || col !== active.column) setActive({ id: rowIds[rowIndex], column: col })
  }
  // Focus that moved on (Tab, a click elsewhere) is the user's: only a removed cell is followed up.
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget !== null) focusedCell.current = null
  }

  return { index, column, gridProps: { onKeyDown, onFocus, onBlur } }
}

function cellAt(grid: HTMLElement | null, index: number, column: number): HTMLElement | null {
  return grid?.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"] > [aria-colindex="${column + 1}"]`) ?? null
}
