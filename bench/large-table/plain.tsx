/**
 * The same dashboard with plain spans where the recipe has statuskit components: the same
 * ConnectionsGrid (TanStack Table, react-virtual, the keyboard model, the row memo), a summary
 * that is a bare list of counts, and per cell a span with the component's visible text (the
 * compact stepper's: one bare dot per step). Texts and classes are looked up in tables built once,
 * as the other floors in bench/ do (with their look, bench/page/page.css): the physical limit of
 * the same table.
 */
import { useMemo } from 'react'
import { createColumnHelper } from '@tanstack/react-table'
import { ConnectionHealthSummary } from '../../src'
import { CONNECTION_OUTCOMES, CONNECTION_STATUS_CODES, connectionOutcome, connectionPipeline, credentialUiState, describeConnectionStatus } from '../../src/core'
import { ConnectionsGrid, features, type Connection, type ConnectionColumn } from '../../stories/LargeTable/connections-grid'

const STATUS = new Map<unknown, { className: string; label: string }>(
  CONNECTION_STATUS_CODES.map((code) => [code, { className: `floor-badge floor-badge--${describeConnectionStatus(code).tone}`, label: describeConnectionStatus(code).label }]),
)
const DOTS = new Map<unknown, readonly string[]>(CONNECTION_STATUS_CODES.map((code) => [code, connectionPipeline(code).map((step) => `floor-dot floor-dot--${step.state}`)]))
const credentials = new WeakMap<object, { className: string; label: string }>()
function credentialText(credential: object) {
  let text = credentials.get(credential)
  if (!text) {
    const ui = credentialUiState(credential)
    credentials.set(credential, (text = { className: `floor-badge floor-badge--${ui.tone}`, label: ui.label }))
  }
  return text
}

const column = createColumnHelper<typeof features, Connection>()
export const plainColumns = column.columns([
  column.accessor('app', { header: 'App' }),
  column.accessor('status', {
    header: 'Status',
    cell: (info) => {
      const text = STATUS.get(info.getValue())!
      return <span className={text.className}>{text.label}</span>
    },
  }),
  column.display({
    id: 'pipeline',
    header: 'Pipeline',
    cell: ({ row }) => (
      <span className="floor-dots">
        {DOTS.get(row.original.status)!.map((className, i) => (
          <span key={i} className={className} />
        ))}
      </span>
    ),
  }),
  column.accessor('credential', {
    header: 'Invoice collection',
    cell: (info) => {
      const text = credentialText(info.getValue())
      return <span className={text.className}>{text.label}</span>
    },
  }),
])

const noop = () => {}

/** The summary as a bare list of counts, by the same function the recipe filters with. */
function PlainSummary({ connections }: { connections: Connection[] }) {
  const counts = useMemo(() => {
    const byOutcome = new Map<string, number>()
    for (const connection of connections) {
      const outcome = connectionOutcome(connection)
      byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1)
    }
    return byOutcome
  }, [connections])
  return (
    <ul className="plain-summary" aria-label="Connection health">
      {CONNECTION_OUTCOMES.filter((outcome) => counts.has(outcome)).map((outcome) => (
        <li key={outcome}>
          <button type="button" aria-pressed={false}>
            {`${counts.get(outcome)!.toLocaleString('en')} ${outcome}`}
          </button>
        </li>
      ))}
    </ul>
  )
}

interface PlainDashboardProps {
  connections: Connection[]
  /** Some of the recipe's own columns instead (bench/large-table.mjs --kinds). */
  columns?: ConnectionColumn[]
  /** The recipe's ConnectionHealthSummary instead of the bare list. */
  summary?: boolean
}

/** The recipe's dashboard (no row selected), plain. */
export function PlainDashboard({ connections, columns = plainColumns, summary = false }: PlainDashboardProps) {
  return (
    <div className="connections-dashboard">
      {summary ? <ConnectionHealthSummary items={connections} selected={null} onSelect={noop} /> : <PlainSummary connections={connections} />}
      <ConnectionsGrid label="Connections" data={connections} columns={columns} selectedId={null} onSelect={noop} />
    </div>
  )
}
