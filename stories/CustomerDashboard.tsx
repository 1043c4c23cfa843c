import './CustomerDashboard.css'
import { CredentialStatePill, PipelineProgress, StatusBadge, TwoFactorBanner, useStatusKit, type ApiCredential, type ProcessingSubstageId, type StepState } from '../src'
import { localeOf, type LocaleCode } from './i18n'

export interface ConnectedApp {
  id: string
  name: string
  /** The data connection status code from the API. */
  status: number
  substages?: Partial<Record<ProcessingSubstageId, StepState>>
  /** The invoice collector's credential, as the API sends it. */
  credential: ApiCredential
}

export interface CustomerDashboardProps {
  apps: ConnectedApp[]
  /** Sends a 2FA code for one app's credential. */
  onSubmitCode: (appId: string, code: string) => Promise<void>
}

// The page's own texts: the library's come from the provider, a real app translates its own.
const TEXTS: Record<LocaleCode, Record<'caption' | 'app' | 'connection' | 'pipeline' | 'collection' | 'progressOf', string>> = {
  en: { caption: 'Connected apps', app: 'App', connection: 'Data connection', pipeline: 'Pipeline', collection: 'Invoice collection', progressOf: '{app}: connection progress' },
  de: { caption: 'Verbundene Apps', app: 'App', connection: 'Datenverbindung', pipeline: 'Pipeline', collection: 'Rechnungsabruf', progressOf: '{app}: Verbindungsfortschritt' },
  fr: { caption: 'Applications connectées', app: 'Application', connection: 'Connexion des données', pipeline: 'Pipeline', collection: 'Collecte des factures', progressOf: '{app}\u00a0: progression de la connexion' },
  es: { caption: 'Aplicaciones conectadas', app: 'Aplicación', connection: 'Conexión de datos', pipeline: 'Proceso', collection: 'Recopilación de facturas', progressOf: '{app}: progreso de la conexión' },
  nl: { caption: 'Gekoppelde apps', app: 'App', connection: 'Gegevenskoppeling', pipeline: 'Pijplijn', collection: 'Facturen ophalen', progressOf: '{app}: voortgang van de verbinding' },
  'pt-BR': { caption: 'Aplicativos conectados', app: 'Aplicativo', connection: 'Conexão de dados', pipeline: 'Pipeline', collection: 'Coleta de faturas', progressOf: '{app}: progresso da conexão' },
  ar: { caption: 'التطبيقات المتصلة', app: 'التطبيق', connection: 'اتصال البيانات', pipeline: 'مسار المعالجة', collection: 'جمع الفواتير', progressOf: '{app}: تقدّم الاتصال' },
}

/** How a customer would use the four components: 2FA banners on top, one row per connected app. */
export function CustomerDashboard({ apps, onSubmitCode }: CustomerDashboardProps) {
  const t = TEXTS[localeOf(useStatusKit())]
  return (
    <div className="dashboard">
      {apps.map((app) => (
        <TwoFactorBanner key={app.id} credential={app.credential} onSubmitCode={(code) => onSubmitCode(app.id, code)} />
      ))}
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
          {apps.map((app) => (
            <tr key={app.id}>
              <th scope="row">{app.name}</th>
              <td data-label={t.connection}>
                <StatusBadge status={app.status} size="sm" />
              </td>
              <td data-label={t.pipeline}>
                <PipelineProgress status={app.status} substages={app.substages} density="compact" label={t.progressOf.replace('{app}', app.name)} />
              </td>
              <td data-label={t.collection}>
                <CredentialStatePill credential={app.credential} size="sm" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
