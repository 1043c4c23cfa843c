import type { Meta, StoryObj } from '@storybook/react-vite'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ConnectionsDashboard } from './LargeTable/connections-dashboard'
import type { Connection } from './LargeTable/connections-grid'
import { historyOf, makeConnections, nextPoll, seeded } from './LargeTable/live-connections'

/** The story's clock: fixed, so that the history's times do not change between runs. */
const NOW = Date.UTC(2026, 10, 25, 10, 0)

interface LiveLargeTableProps {
  /** How many connections. */
  count: number
  /** Milliseconds between polls; each changes 50 statuses. */
  interval: number
}

/** The recipe's dashboard fed by a simulated poll (the story's part, not the recipe's). */
function LiveLargeTable({ count, interval }: LiveLargeTableProps) {
  const [connections, setConnections] = useState(() => makeConnections(count))
  const [playing, setPlaying] = useState(true)
  const random = useRef(seeded(2))
  useEffect(() => {
    if (!playing || !(interval > 0)) return
    const timer = setInterval(() => setConnections((previous) => nextPoll(previous, random.current)), interval)
    return () => clearInterval(timer)
  }, [playing, interval])
  const history = useCallback((connection: Connection) => historyOf(connection, NOW), [])
  const dashboard = useMemo(() => <ConnectionsDashboard connections={connections} historyOf={history} now={NOW} />, [connections, history])
  return (
    <div style={{ display: 'grid', gap: 12, maxInlineSize: 1100 }}>
      <p style={{ margin: 0 }}>
        <button type="button" onClick={() => setPlaying(!playing)}>
          {playing ? 'Pause live updates' : 'Resume live updates'}
        </button>
      </p>
      {dashboard}
    </div>
  )
}

/**
 * The Recipes page's large table, runnable: TanStack Table with `@tanstack/react-virtual` over
 * 10,000 connections whose statuses change every 2 seconds (50 at a time). Only the rows in view
 * are in the DOM; the grid is one tab stop, the arrow keys move between cells and a focused
 * cell shows its badge's tooltip; the summary filters the grid by outcome; Enter on a row shows
 * its history beside the grid. The code is the page's, checked equal by test/readme.
 *
 * The play function pauses the updates, so the story ends in one fixed state.
 */
const meta = {
  title: 'Examples/Large table',
  component: LiveLargeTable,
  // A new count is a new fleet: remount.
  render: (args) => <LiveLargeTable key={args.count} {...args} />,
  args: { count: 10_000, interval: 2000 },
  tags: ['!autodocs'],
} satisfies Meta<typeof LiveLargeTable>
export default meta
type Story = StoryObj<typeof meta>

export const TenThousandConnections: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Pause live updates' }))
    await expect(canvas.getByRole('grid', { name: 'Connections' })).toHaveAttribute('aria-rowcount', '10001')
    // Virtualized: a screenful of rows is mounted, not 10,000.
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeLessThan(60))
  },
}
