import { useCallback, useId, useMemo, useState } from 'react'
import { ConnectionHealthSummary, StatusHistory, type ConnectionOutcome, type TimeInput } from '../../src'
import { connectionOutcome } from '../../src/core'
import { connectionColumns } from './connection-columns'
import { ConnectionsGrid, type Connection } from './connections-grid'

export interface ConnectionsDashboardProps {
  connections: Connection[]
  /** A connection's status events, `{ status, at }` (from your API). */
  historyOf: (connection: Connection) => readonly unknown[]
  /** The present, for the history's relative times and stall warning. */
  now: TimeInput
}

/** The summary filters the grid; Enter (or a click) on a row shows that connection's history. */
export function ConnectionsDashboard({ connections, historyOf, now }: ConnectionsDashboardProps) {
  const [outcome, setOutcome] = useState<ConnectionOutcome | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  // Filter with the function the summary counts with: a connection's status and its credential,
  // the more urgent of the two. A status's tone alone would leave out the synced connections
  // whose credential failed, and the table would disagree with the count the user clicked.
  const shown = useMemo(
    () => (outcome === null ? connections : connections.filter((connection) => connectionOutcome(connection) === outcome)),
    [connections, outcome],
  )
  const onSelect = useCallback((connection: Connection) => setSelectedId(connection.id), [])
  const selected = useMemo(() => connections.find((connection) => connection.id === selectedId), [connections, selectedId])
  const events = useMemo(() => (selected ? historyOf(selected) : []), [historyOf, selected])
  const headingId = useId()
  return (
    <div className="connections-dashboard">
      <ConnectionHealthSummary items={connections} selected={outcome} onSelect={setOutcome} />
      <ConnectionsGrid label="Connections" data={shown} columns={connectionColumns} selectedId={selectedId} onSelect={onSelect} />
      {selected && (
        <section className="connections-dashboard__history" aria-labelledby={headingId}>
          <h2 id={headingId}>{selected.app}: status history</h2>
          <StatusHistory events={events} now={now} />
        </section>
      )}
    </div>
  )
}
