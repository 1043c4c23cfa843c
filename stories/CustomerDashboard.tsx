import './CustomerDashboard.css'
import { Fragment, useMemo, useState } from 'react'
import {
  ConnectionHealthSummary,
  CredentialStatePill,
  PipelineProgress,
  StatusBadge,
  StatusHistory,
  TwoFactorBanner,
  useConnectionAnnouncements,
  useStatusKit,
  type ApiCredential,
  type ConnectionOutcome,
  type ProcessingSubstageId,
  type StepState,
} from '../src'
import { connectionOutcome, connectionTimeline, formatMessage } from '../src/core'
import { localeOf, messagesFor, type LocaleCode } from './i18n'

export interface ConnectedApp {
  id: string
  name: string
  /** The data connection status code from the API. */
  status: number
  substages?: Partial<Record<ProcessingSubstageId, StepState>>
  /** The invoice collector's credential, as the API sends it. */
  credential: ApiCredential
  /** The connection's status events, `{ status, at }`, for its history. */
  events?: Array<{ status: number; at: string }>
}

export interface CustomerDashboardProps {
  apps: ConnectedApp[]
  /** The present, for relative times and stall detection (fixed in stories, `new Date()` in an app). */
  now: string
  /** Sends a 2FA code for one app's credential. */
  onSubmitCode: (appId: string, code: string) => Promise<void>
}

// The page's own texts: the library's come from the provider, a real app translates its own.
type PageText = 'caption' | 'app' | 'connection' | 'pipeline' | 'collection' | 'progressOf' | 'history' | 'historyButton' | 'historyOf' | 'filters'
const TEXTS: Record<LocaleCode, Record<PageText, string>> = {
  en: { caption: 'Connected apps', app: 'App', connection: 'Data connection', pipeline: 'Pipeline', collection: 'Invoice collection', progressOf: '{app}: connection progress', history: 'History', historyButton: '{label}: {app}', historyOf: '{app}: status history', filters: 'Filter connections' },
  de: { caption: 'Verbundene Apps', app: 'App', connection: 'Datenverbindung', pipeline: 'Pipeline', collection: 'Rechnungsabruf', progressOf: '{app}: Verbindungsfortschritt', history: 'Verlauf', historyButton: '{label}: {app}', historyOf: '{app}: Statusverlauf', filters: 'Verbindungen filtern' },
  fr: { caption: 'Applications connectées', app: 'Application', connection: 'Connexion des données', pipeline: 'Pipeline', collection: 'Collecte des factures', progressOf: '{app}\u00a0: progression de la connexion', history: 'Historique', historyButton: '{label}\u00a0: {app}', historyOf: '{app}\u00a0: historique des états', filters: 'Filtrer les connexions' },
  es: { caption: 'Aplicaciones conectadas', app: 'Aplicación', connection: 'Conexión de datos', pipeline: 'Proceso', collection: 'Recopilación de facturas', progressOf: '{app}: progreso de la conexión', history: 'Historial', historyButton: '{label}: {app}', historyOf: '{app}: historial de estados', filters: 'Filtrar conexiones' },
  nl: { caption: 'Gekoppelde apps', app: 'App', connection: 'Gegevenskoppeling', pipeline: 'Pijplijn', collection: 'Facturen ophalen', progressOf: '{app}: voortgang van de verbinding', history: 'Geschiedenis', historyButton: '{label}: {app}', historyOf: '{app}: statusgeschiedenis', filters: 'Koppelingen filteren' },
  'pt-BR': { caption: 'Aplicativos conectados', app: 'Aplicativo', connection: 'Conexão de dados', pipeline: 'Pipeline', collection: 'Coleta de faturas', progressOf: '{app}: progresso da conexão', history: 'Histórico', historyButton: '{label}: {app}', historyOf: '{app}: histórico de estados', filters: 'Filtrar conexões' },
  ar: { caption: 'التطبيقات المتصلة', app: 'التطبيق', connection: 'اتصال البيانات', pipeline: 'مسار المعالجة', collection: 'جمع الفواتير', progressOf: '{app}: تقدّم الاتصال', history: 'السجل', historyButton: '{label}: {app}', historyOf: '{app}: سجل الحالات', filters: 'تصفية الاتصالات' },
}

function durationText(ms: number, locale: string): string {
  const [unit, size] = ms >= 3_600_000 ? (['hour', 3_600_000] as const) : (['minute', 60_000] as const)
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(ms / size))
}

/**
 * How a customer would use the components: 2FA banners on top, the health summary filtering the
 * table below it, one row per connected app; a row opens its status history, and a connection
 * whose stage has been quiet too long is flagged.
 */
export function CustomerDashboard({ apps, now, onSubmitCode }: CustomerDashboardProps) {
  const kit = useStatusKit()
  const { locale } = kit
  // The app's own catalog: the provider hands down the live-dashboard texts only as overridden.
  const messages = messagesFor(kit)
  const t = TEXTS[localeOf(kit)]
  const [filter, setFilter] = useState<ConnectionOutcome | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const items = useMemo(() => apps.map((app) => ({ app, status: app.status, credential: app.credential })), [apps])
  const shown = filter ? items.filter((item) => connectionOutcome(item) === filter) : items
  // Announced from every connection, not from the filtered rows: a filter must not change what is heard.
  useConnectionAnnouncements(items, { getId: (item) => item.app.id, getSubject: (item) => item.app.name })
  return (
    <div className="dashboard">
      {apps.map((app) => (
        <TwoFactorBanner key={app.id} credential={app.credential} onSubmitCode={(code) => onSubmitCode(app.id, code)} />
      ))}
      <ConnectionHealthSummary items={items} selected={filter} onSelect={setFilter} label={t.filters} />
      <table className="dashboard__table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.app}</th>
            <th scope="col">{t.connection}</th>
            <th scope="col">{t.pipeline}</th>
            <th scope="col">{t.collection}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ app }) => {
            const stalled = app.events ? connectionTimeline(app.events, { now }).stalled : false
            const historyId = `history-${app.id}`
            return (
              <Fragment key={app.id}>
                <tr>
                  <th scope="row">
                    <div style={{ display: 'grid', gap: 4, justifyItems: 'start' }}>
                      {app.name}
                      {app.events && (
                        <button
                          type="button"
                          aria-expanded={open === app.id}
                          aria-controls={historyId}
                          // The name starts with the visible word (WCAG 2.5.3), then says whose history it is.
                          aria-label={formatMessage(t.historyButton, { label: t.history, app: app.name })}
                          onClick={() => setOpen(open === app.id ? null : app.id)}
                          style={{ font: 'inherit', fontSize: 12, fontWeight: 400, padding: '2px 8px' }}
                        >
                          {t.history}
                        </button>
                      )}
                    </div>
                  </th>
                  <td data-label={t.connection}>
                    <div style={{ display: 'grid', gap: 4, justifyItems: 'start' }}>
                      <StatusBadge status={app.status} size="sm" />
                      {stalled && (
                        <span className="sk-history__stalled" data-tone="warning" style={{ padding: '0 6px', fontSize: 12, borderInlineStartWidth: 1, borderRadius: 4 }}>
                          {formatMessage(messages.history.stalled, { duration: durationText(stalled.for, locale) })}
                        </span>
                      )}
                    </div>
                  </td>
                  <td data-label={t.pipeline}>
                    <PipelineProgress status={app.status} substages={app.substages} density="compact" label={formatMessage(t.progressOf, { app: app.name })} />
                  </td>
                  <td data-label={t.collection}>
                    <CredentialStatePill credential={app.credential} size="sm" />
                  </td>
                </tr>
                {app.events && open === app.id && (
                  <tr id={historyId}>
                    <td colSpan={4} style={{ paddingInlineStart: 24 }}>
                      <StatusHistory events={app.events} now={now} label={formatMessage(t.historyOf, { app: app.name })} limit={5} />
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
