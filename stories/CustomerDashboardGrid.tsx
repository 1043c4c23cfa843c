import { useState, type KeyboardEvent } from 'react'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider, useStatusKit } from '../src'
import type { ConnectedApp } from './CustomerDashboard'

export interface CustomerDashboardGridProps {
  apps: ConnectedApp[]
}

const TEXTS = {
  en: { caption: 'Connected apps (grid)', app: 'App', connection: 'Data connection', pipeline: 'Pipeline', collection: 'Invoice collection' },
  de: { caption: 'Verbundene Apps (Raster)', app: 'App', connection: 'Datenverbindung', pipeline: 'Pipeline', collection: 'Rechnungsabruf' },
}

const cell = { paddingBlock: 10, paddingInline: 12, borderBlockEnd: '1px solid var(--sk-color-border)', textAlign: 'start', verticalAlign: 'middle' } as const

/**
 * The dashboard as a data grid whose cells own focus (WAI-ARIA APG grid pattern, as in AG Grid or
 * MUI DataGrid): the grid is one tab stop, arrow keys move from cell to cell, Home and End to the
 * row's ends. `StatusKitProvider focusable={false}` takes the badges, pills and steppers out of the
 * tab order; each one's tooltip opens when its cell is focused. The grid code is the page's, not
 * the library's.
 */
export function CustomerDashboardGrid({ apps }: CustomerDashboardGridProps) {
  const kit = useStatusKit()
  const t = kit.locale === 'de' ? TEXTS.de : TEXTS.en
  const [focus, setFocus] = useState({ row: 0, column: 0 })
  const rows = apps.length + 1 // the header row too
  const columns = 4

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl'
    const moves: Record<string, [number, number] | undefined> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, rtl ? -1 : 1],
      ArrowLeft: [0, rtl ? 1 : -1],
      Home: [0, -columns],
      End: [0, columns],
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    const next = { row: clamp(focus.row + move[0], rows), column: clamp(focus.column + move[1], columns) }
    setFocus(next)
    event.currentTarget.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.column}"]`)?.focus()
  }
  // Every cell gets a roving tabindex; a click focuses the cell it lands in.
  const cellProps = (row: number, column: number) => ({
    'data-cell': `${row}-${column}`,
    tabIndex: focus.row === row && focus.column === column ? 0 : -1,
    onFocus: () => setFocus({ row, column }),
  })

  return (
    <StatusKitProvider messages={kit.messages} locale={kit.locale} tooltipDelay={kit.tooltipDelay} focusable={false}>
      <table role="grid" aria-label={t.caption} onKeyDown={onKeyDown} style={{ borderCollapse: 'collapse', fontSize: 14, maxInlineSize: 900 }}>
        <caption style={{ textAlign: 'start', fontWeight: 600, fontSize: 16, paddingBlockEnd: 8 }}>{t.caption}</caption>
        <thead style={{ color: 'var(--sk-color-text-muted)', fontSize: 12 }}>
          <tr>
            {[t.app, t.connection, t.pipeline, t.collection].map((name, column) => (
              <th key={name} scope="col" style={{ ...cell, fontWeight: 600 }} {...cellProps(0, column)}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {apps.map((app, index) => (
            <tr key={app.id}>
              <th scope="row" style={{ ...cell, fontWeight: 500 }} {...cellProps(index + 1, 0)}>
                {app.name}
              </th>
              <td style={cell} {...cellProps(index + 1, 1)}>
                <StatusBadge status={app.status} size="sm" />
              </td>
              <td style={cell} {...cellProps(index + 1, 2)}>
                <PipelineProgress status={app.status} substages={app.substages} density="compact" />
              </td>
              <td style={cell} {...cellProps(index + 1, 3)}>
                <CredentialStatePill credential={app.credential} size="sm" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StatusKitProvider>
  )
}

function clamp(value: number, count: number): number {
  return Math.min(Math.max(value, 0), count - 1)
}
