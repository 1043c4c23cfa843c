import { memo, useMemo, useRef } from 'react'
import { tableFeatures, useTable, type ColumnDef, type ReactTable, type Row } from '@tanstack/react-table'
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import type { ApiCredential } from '../../src'
import { useGridFocus } from './use-grid-focus'
import './connections.css'

/** One connected app, as the API sends it. */
export interface Connection {
  id: string
  app: string
  /** The data connection status code (2, 6, 7 ... 26). */
  status: number
  credential: ApiCredential
}

/** No table features: the dashboard filters the data before the table sees it. */
export const features = tableFeatures({})
export type ConnectionColumn = ColumnDef<typeof features, Connection, any>
type ConnectionRow = Row<typeof features, Connection>

/** Row and header heights in px, as in connections.css: the virtualizer places rows by them. */
const ROW_HEIGHT = 40
const HEADER_HEIGHT = 40

export interface ConnectionsGridProps {
  /** The grid's accessible name. */
  label: string
  data: Connection[]
  /** Four columns (connections.css lays them out); the first is the row header. */
  columns: ConnectionColumn[]
  selectedId: string | null
  /** Enter, Space or a click on a row. */
  onSelect: (connection: Connection) => void
}

/**
 * A virtualized data grid: only the rows in view (and a few either side) are in the DOM, the grid
 * is one tab stop, and the arrow keys move between cells. Cells show statuskit components with
 * `focusable={false}`: a focused cell opens its badge's tooltip.
 */
export function ConnectionsGrid({ label, data, columns, selectedId, onSelect }: ConnectionsGridProps) {
  const table = useTable({ features, columns, data, getRowId: (connection) => connection.id })
  const rows = table.getRowModel().rows
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows])
  const scrollRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLTableElement>(null)
  const focus = useGridFocus({
    grid: gridRef,
    rowIds,
    columnCount: columns.length,
    pageSize: () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1),
    scrollToRow: (index) => virtualizer.scrollToIndex(index),
    onActivate: (index) => onSelect(rows[index]!.original),
  })
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.id,
    overscan: 8,
    // React 19 warns about flushSync from a layout effect, where the virtualizer first measures.
    useFlushSync: false,
    // The rows start below the sticky header, and a row scrolled to stays clear of it.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // The focused row stays mounted when it scrolls out of view: unmounting it would drop focus
    // to the page (and a screen reader's place with it).
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range)
      return focus.index < 0 || indexes.includes(focus.index) ? indexes : [...indexes, focus.index].sort((a, b) => a - b)
    },
  })
  return (
    <div ref={scrollRef} className="connections-grid">
      <table ref={gridRef} role="grid" aria-label={label} aria-rowcount={rows.length + 1} tabIndex={-1} {...focus.gridProps}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header, column) => (
                <th key={header.id} scope="col" aria-colindex={column + 1}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody style={{ blockSize: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
          {virtualizer.getVirtualItems().map((item) => (
            <GridRow
              key={item.key}
              table={table}
              row={rows[item.index]!}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              focusColumn={item.index === focus.index ? focus.column : -1}
              selected={rows[item.index]!.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}

interface GridRowProps {
  table: ReactTable<typeof features, Connection>
  row: ConnectionRow
  index: number
  top: number
  /** The column of the grid's tab stop when it is in this row, else -1. */
  focusColumn: number
  selected: boolean
  onSelect: (connection: Connection) => void
}

/**
 * One body row. It re-renders only when its connection, place, tab stop or selection changes:
 * an update of 50 connections re-renders the rows of those 50 that are mounted, not every row.
 */
const GridRow = memo(
  function GridRow({ table, row, index, top, focusColumn, selected, onSelect }: GridRowProps) {
    return (
      <tr aria-rowindex={index + 2} aria-selected={selected} style={{ transform: `translateY(${top}px)` }} onClick={() => onSelect(row.original)}>
        {row.getAllCells().map((cell, column) => {
          const Cell = column === 0 ? 'th' : 'td'
          return (
            <Cell key={cell.id} scope={column === 0 ? 'row' : undefined} aria-colindex={column + 1} tabIndex={column === focusColumn ? 0 : -1}>
              <table.FlexRender cell={cell} />
            </Cell>
          )
        })}
      </tr>
    )
  },
  // The table rebuilds its Row objects whenever the data changes; the connection object says
  // whether this row's content did.
  (before, after) =>
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.top === after.top &&
    before.focusColumn === after.focusColumn &&
    before.selected === after.selected &&
    before.onSelect === after.onSelect,
)
