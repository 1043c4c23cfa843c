import './CustomerDashboard.css'
import { Fragment, useMemo, useRef, useState } from 'react'
import {
  ConnectionHealthSummary,
  CredentialStatePill,
  LastSynced,
  NextStepAction,
  PipelineProgress,
  StatusBadge,
  StatusHistory,
  SyncActivity,
  TwoFactorBanner,
  TwoFactorQueue,
  useConnectionAnnouncements,
  useStatusKit,
  type ApiCredential,
  type ConnectionOutcome,
  type NextStepActionId,
  type ProcessingSubstageId,
  type StepState,
} from '../src'
import { connectionOutcome, connectionTimeline, formatMessage } from '../src/core'
import { activityRuns } from './fixtures-activity'
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
  /** The last successful sync (ISO); `null`: never synced. */
  lastSyncedAt?: string | null
  /** The sync interval in ms. @default one hour */
  syncInterval?: number
  /** When the scheduler runs the next sync (ISO), if it says. */
  nextSyncAt?: string
  /** The connection's sync runs of the last 30 days, `{ at, status, duration }`; generated from its id when missing. */
  runs?: Array<{ at: string; status: number; duration?: number }>
}

export interface CustomerDashboardProps {
  apps: ConnectedApp[]
  /** The present, for relative times and stall detection (fixed in stories, `new Date()` in an app). */
  now: string
  /** Sends a 2FA code for one app's credential. */
  onSubmitCode: (appId: string, code: string) => Promise<void>
  /** Runs a connection's next step (reconnect, try again); the button shows progress until it settles. */
  onAction?: (appId: string, action: NextStepActionId) => Promise<void> | void
}

// The page's own texts: the library's come from the provider, a real app translates its own.
type PageText = 'caption' | 'app' | 'connection' | 'pipeline' | 'collection' | 'progressOf' | 'history' | 'historyButton' | 'historyOf' | 'filters' | 'actions' | 'lastSynced' | 'activity' | 'activityOf'
const TEXTS: Record<LocaleCode, Record<PageText, string>> = {
  en: { caption: 'Connected apps', app: 'App', connection: 'Data connection', pipeline: 'Pipeline', collection: 'Invoice collection', progressOf: '{app}: connection progress', history: 'History', historyButton: '{label}: {app}', historyOf: '{app}: status history', filters: 'Filter connections', actions: 'Next step', lastSynced: 'Last synced', activity: 'Last 30 days', activityOf: '{app}: sync activity' },
  de: { caption: 'Verbundene Apps', app: 'App', connection: 'Datenverbindung', pipeline: 'Pipeline', collection: 'Rechnungsabruf', progressOf: '{app}: Verbindungsfortschritt', history: 'Verlauf', historyButton: '{label}: {app}', historyOf: '{app}: Statusverlauf', filters: 'Verbindungen filtern', actions: 'Nächster Schritt', lastSynced: 'Zuletzt synchronisiert', activity: 'Letzte 30 Tage', activityOf: '{app}: Synchronisierungsverlauf' },
  fr: { caption: 'Applications connectées', app: 'Application', connection: 'Connexion des données', pipeline: 'Pipeline', collection: 'Collecte des factures', progressOf: '{app}\u00a0: progression de la connexion', history: 'Historique', historyButton: '{label}\u00a0: {app}', historyOf: '{app}\u00a0: historique des états', filters: 'Filtrer les connexions', actions: 'Prochaine étape', lastSynced: 'Dernière synchronisation', activity: '30 derniers jours', activityOf: '{app}\u00a0: activité de synchronisation' },
  es: { caption: 'Aplicaciones conectadas', app: 'Aplicación', connection: 'Conexión de datos', pipeline: 'Proceso', collection: 'Recopilación de facturas', progressOf: '{app}: progreso de la conexión', history: 'Historial', historyButton: '{label}: {app}', historyOf: '{app}: historial de estados', filters: 'Filtrar conexiones', actions: 'Siguiente paso', lastSynced: 'Última sincronización', activity: 'Últimos 30 días', activityOf: '{app}: actividad de sincronización' },
  nl: { caption: 'Gekoppelde apps', app: 'App', connection: 'Gegevenskoppeling', pipeline: 'Pijplijn', collection: 'Facturen ophalen', progressOf: '{app}: voortgang van de verbinding', history: 'Geschiedenis', historyButton: '{label}: {app}', historyOf: '{app}: statusgeschiedenis', filters: 'Koppelingen filteren', actions: 'Volgende stap', lastSynced: 'Laatst gesynchroniseerd', activity: 'Laatste 30 dagen', activityOf: '{app}: synchronisatieactiviteit' },
  'pt-BR': { caption: 'Aplicativos conectados', app: 'Aplicativo', connection: 'Conexão de dados', pipeline: 'Pipeline', collection: 'Coleta de faturas', progressOf: '{app}: progresso da conexão', history: 'Histórico', historyButton: '{label}: {app}', historyOf: '{app}: histórico de estados', filters: 'Filtrar conexões', actions: 'Próxima etapa', lastSynced: 'Última sincronização', activity: 'Últimos 30 dias', activityOf: '{app}: atividade de sincronização' },
  ar: { caption: 'التطبيقات المتصلة', app: 'التطبيق', connection: 'اتصال البيانات', pipeline: 'مسار المعالجة', collection: 'جمع الفواتير', progressOf: '{app}: تقدّم الاتصال', history: 'السجل', historyButton: '{label}: {app}', historyOf: '{app}: سجل الحالات', filters: 'تصفية الاتصالات', actions: 'الخطوة التالية', lastSynced: 'آخر مزامنة', activity: 'آخر 30 يومًا', activityOf: '{app}: نشاط المزامنة' },
}

function durationText(ms: number, locale: string): string {
  const [unit, size] = ms >= 3_600_000 ? (['hour', 3_600_000] as const) : (['minute', 60_000] as const)
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(ms / size))
}

/** How many credentials waiting for a code turn the banners into one queue: two banners already stack. */
const QUEUE_FROM = 2
const HOUR = 60 * 60_000
const COLUMNS = 7

/** Whether an API credential waits for a code or is verifying one (spec: index 3 and 4). */
function needsCode(credential: ApiCredential): boolean {
  const index = (credential as { state?: { index?: unknown } } | null)?.state?.index
  return index === 3 || index === 4
}

/**
 * How a customer would use the components: 2FA banners on top (one per connection, named by it,
 * or one queue when several need a code), the health summary filtering the table below it, one row
 * per connected app with its next step, how fresh its data is and its last 30 days; a row opens
 * its status history, and a connection whose stage has been quiet too long is flagged.
 */
export function CustomerDashboard({ apps, now, onSubmitCode, onAction }: CustomerDashboardProps) {
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
  // One fetch per page in an app; here each connection's runs come from a seeded generator.
  const runsById = useMemo(() => Object.fromEntries(apps.map((app) => [app.id, app.runs ?? activityRuns(app.id, { now })])), [apps, now])
  const codes = apps.filter((app) => needsCode(app.credential))
  const queued = codes.length >= QUEUE_FROM
  const codeArea = useRef<HTMLDivElement>(null)

  // "Enter code" takes the user to that connection's form: its banner's field, or its queue entry
  // opened (the entry's own button, so the queue keeps its state) and then its field.
  const goToCode = (app: ConnectedApp) => {
    const area = codeArea.current
    if (!area) return
    const scope = queued ? area.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(app.id)}"]`) : area.querySelector<HTMLElement>(`[data-app="${CSS.escape(app.id)}"]`)
    const field = () => scope?.querySelector<HTMLInputElement>('input')
    if (!scope) return
    const toggle = scope.querySelector<HTMLButtonElement>('[aria-expanded]')
    if (queued && toggle?.getAttribute('aria-expanded') === 'false') {
      toggle.click()
      // The form mounts on the next render: focus its field then, else stay on the entry's button.
      toggle.focus()
      requestAnimationFrame(() => field()?.focus())
      return
    }
    ;(field() ?? toggle ?? scope.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus()
  }

  return (
    <div className="dashboard">
      <div ref={codeArea} className="dashboard__codes">
        {queued ? (
          <TwoFactorQueue items={codes.map((app) => ({ id: app.id, subject: app.name, credential: app.credential }))} onSubmitCode={(id, code) => onSubmitCode(id, code)} />
        ) : (
          codes.map((app) => (
            <TwoFactorBanner key={app.id} data-app={app.id} subject={app.name} credential={app.credential} onSubmitCode={(code) => onSubmitCode(app.id, code)} />
          ))
        )}
      </div>
      <ConnectionHealthSummary items={items} selected={filter} onSelect={setFilter} label={t.filters} />
      <table className="dashboard__table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.app}</th>
            <th scope="col">{t.connection}</th>
            <th scope="col">{t.pipeline}</th>
            <th scope="col">{t.collection}</th>
            <th scope="col">{t.actions}</th>
            <th scope="col">{t.lastSynced}</th>
            <th scope="col">{t.activity}</th>
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
                  {/* No step (synced, in progress): an empty cell, and no label in the card layout. */}
                  <td data-label={t.actions} className="dashboard__actions">
                    <NextStepAction
                      status={app.status}
                      credential={app.credential}
                      subject={app.name}
                      size="sm"
                      onAction={(action) => (action === 'enter-code' ? goToCode(app) : onAction?.(app.id, action))}
                    />
                  </td>
                  <td data-label={t.lastSynced}>
                    <LastSynced at={app.lastSyncedAt} interval={app.syncInterval ?? HOUR} nextSyncAt={app.nextSyncAt} now={now} density="compact" />
                  </td>
                  <td data-label={t.activity}>
                    <SyncActivity runs={runsById[app.id]!} now={now} days={30} density="compact" label={formatMessage(t.activityOf, { app: app.name })} />
                  </td>
                </tr>
                {app.events && open === app.id && (
                  <tr id={historyId}>
                    <td colSpan={COLUMNS} style={{ paddingInlineStart: 24 }}>
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
