import { useCallback, useEffect, useMemo, useState } from 'react'
import { ConnectionHealthSummary, StatusBadge, StatusKitProvider, useConnectionAnnouncements, useStatusKit } from '../src'

export interface LiveApp {
  id: string
  name: string
  status: number
}

export interface LiveDashboardProps {
  apps: LiveApp[]
  /** The script: each update sets some apps' statuses at once (one commit). */
  updates: Array<Record<string, number>>
  /** Milliseconds between updates while playing. */
  interval: number
  /** Milliseconds the provider gathers changes into one sentence. */
  announceDelay: number
  /**
   * Rows the table shows (a page, or what a virtualized table mounts); all by default. Changes of
   * the apps not shown are heard too: the announcements come from the data.
   */
  pageSize?: number
}

const TEXTS = {
  en: { caption: 'Connected apps', shown: '{shown} of {total} shown', app: 'App', connection: 'Data connection', log: 'Announcements (what a screen reader hears)', empty: 'Nothing announced yet.', pause: 'Pause', play: 'Play', next: 'Next update', progress: 'Update {step} of {total}' },
  de: { caption: 'Verbundene Apps', shown: '{shown} von {total} angezeigt', app: 'App', connection: 'Datenverbindung', log: 'Ansagen (was ein Screenreader vorliest)', empty: 'Noch keine Ansage.', pause: 'Anhalten', play: 'Abspielen', next: 'Nächste Änderung', progress: 'Änderung {step} von {total}' },
}

const cell = { paddingBlock: 8, paddingInline: 12, borderBlockEnd: '1px solid var(--sk-color-border)', textAlign: 'start', verticalAlign: 'middle' } as const

/**
 * A dashboard whose statuses change on a timer, with the provider's announcements shown in a
 * visible log beside the table. The log is a plain list, not a live region: the provider's one
 * polite region already speaks each sentence. The changes are announced from the data
 * (`useConnectionAnnouncements(rows)`), not by the badges: a row scrolled away is heard too.
 */
export function LiveDashboard({ apps, updates, interval, announceDelay, pageSize }: LiveDashboardProps) {
  const { locale, messages } = useStatusKit()
  const t = locale === 'de' ? TEXTS.de : TEXTS.en
  const [step, setStep] = useState(0)
  const [playing, setPlaying] = useState(true)
  const [log, setLog] = useState<string[]>([])
  const done = step >= updates.length
  useEffect(() => {
    if (!playing || done) return
    const timer = setTimeout(() => setStep((s) => s + 1), interval)
    return () => clearTimeout(timer)
  }, [playing, done, step, interval])
  const rows = useMemo(() => apps.map((app) => ({ ...app, status: updates.slice(0, step).reduce((status, update) => update[app.id] ?? status, app.status) })), [apps, updates, step])
  const onAnnounce = useCallback((message: string) => setLog((previous) => [...previous, message]), [])
  const announcements = useMemo(() => ({ onAnnounce, delay: announceDelay }), [onAnnounce, announceDelay])
  return (
    <StatusKitProvider locale={locale} messages={messages} announcements={announcements}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'start', fontSize: 14 }}>
        <div style={{ display: 'grid', gap: 12 }}>
          <ConnectionHealthSummary items={rows} density="compact" />
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <button type="button" onClick={() => setPlaying(!playing)} disabled={done}>
              {playing && !done ? t.pause : t.play}
            </button>
            <button type="button" onClick={() => setStep((s) => s + 1)} disabled={done}>
              {t.next}
            </button>
            <span data-step={step}>{t.progress.replace('{step}', String(step)).replace('{total}', String(updates.length))}</span>
          </div>
          <LiveTable rows={rows} pageSize={pageSize ?? rows.length} t={t} />
        </div>
        <section aria-labelledby="live-log-title" style={{ minInlineSize: 260, maxInlineSize: 320 }}>
          <h3 id="live-log-title" style={{ margin: 0, marginBlockEnd: 8, fontSize: 14 }}>{t.log}</h3>
          {log.length === 0 ? (
            <p style={{ margin: 0, color: 'var(--sk-color-text-muted)' }}>{t.empty}</p>
          ) : (
            <ol aria-labelledby="live-log-title" style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 6 }}>
              {log.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </StatusKitProvider>
  )
}

/** Inside the provider: the hook speaks through the provider's region. */
function LiveTable({ rows, pageSize, t }: { rows: LiveApp[]; pageSize: number; t: (typeof TEXTS)['en'] }) {
  // Every app, not only the rows on the page.
  useConnectionAnnouncements(rows)
  const page = rows.slice(0, pageSize)
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, fontSize: 16, paddingBlockEnd: 8 }}>
        {t.caption}
        {page.length < rows.length && <span style={{ fontWeight: 400, color: 'var(--sk-color-text-muted)' }}> ({t.shown.replace('{shown}', String(page.length)).replace('{total}', String(rows.length))})</span>}
      </caption>
      <thead style={{ color: 'var(--sk-color-text-muted)', fontSize: 12 }}>
        <tr>
          <th scope="col" style={{ ...cell, fontWeight: 600 }}>{t.app}</th>
          <th scope="col" style={{ ...cell, fontWeight: 600 }}>{t.connection}</th>
        </tr>
      </thead>
      <tbody>
        {page.map((row) => (
          <tr key={row.id}>
            <th scope="row" style={{ ...cell, fontWeight: 500 }}>{row.name}</th>
            <td style={cell}>
              <StatusBadge status={row.status} size="sm" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
