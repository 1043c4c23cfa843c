import { createColumnHelper } from '@tanstack/react-table'
import { CredentialStatePill, PipelineProgress, StatusBadge } from '../../src'
import { features, type Connection } from './connections-grid'

const column = createColumnHelper<typeof features, Connection>()

/**
 * The statuskit cells. `focusable={false}`: the grid's cells own focus (one tab stop for the
 * grid), so the components are no tab stops and a focused cell opens the tooltip of what it
 * shows. The cells do not announce changes: the app does, from the data (`useConnectionAnnouncements`).
 */
export const connectionColumns = column.columns([
  column.accessor('app', { header: 'App' }),
  column.accessor('status', {
    header: 'Status',
    cell: (info) => <StatusBadge status={info.getValue()} size="sm" focusable={false} />,
  }),
  column.display({
    id: 'pipeline',
    header: 'Pipeline',
    cell: ({ row }) => <PipelineProgress status={row.original.status} density="compact" focusable={false} label={`${row.original.app}: connection progress`} />,
  }),
  column.accessor('credential', {
    header: 'Invoice collection',
    cell: (info) => <CredentialStatePill credential={info.getValue()} size="sm" focusable={false} />,
  }),
])
