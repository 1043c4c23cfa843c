import type { StatusKitMessages } from '../provider/ui-messages'

/**
 * German (`de`): every text of the package. `<StatusKitProvider messages={de} locale="de">`.
 *
 * `connectionStatuses.*.name` stay as the spec writes them: they are identifiers
 * (`describeConnectionStatus(...).name` always reports the spec's English name), never shown.
 */
export const de: StatusKitMessages = {
  connectionStatuses: {
    2: { name: 'Loading', label: 'Wird geladen', description: 'Die Daten der Drittanbieter-App werden in den Datalake geladen' },
    6: { name: 'Authorization', label: 'Autorisierung', description: 'Der Nutzer meldet sich bei der Drittanbieter-App an oder hat es bereits versucht' },
    7: { name: 'Error in Authorization', label: 'Autorisierungsfehler', description: 'Fehler nach der Autorisierung (ungültige Zugangsdaten)' },
    8: { name: 'Deauthorized', label: 'Deautorisiert', description: 'Die Verbindung der App wurde beendet, der Nutzer muss die App neu verbinden' },
    9: { name: 'Authorized', label: 'Autorisiert', description: 'Die Autorisierung ist abgeschlossen' },
    11: { name: 'Loading Error', label: 'Ladefehler', description: 'Fehler beim Laden der Daten' },
    12: { name: 'Loaded', label: 'Geladen', description: 'Daten im Datalake gespeichert' },
    13: { name: 'Structuring', label: 'Strukturierung', description: 'Die Daten sind geladen, die Strukturierung läuft' },
    14: { name: 'Structuring Error', label: 'Strukturierungsfehler', description: 'Die Strukturierung der Daten wurde unterbrochen' },
    15: { name: 'Structured', label: 'Strukturiert', description: 'Die Strukturierung der Daten wurde erfolgreich abgeschlossen' },
    16: { name: 'Processing', label: 'Verarbeitung', description: 'Die Daten sind strukturiert, die Verarbeitung läuft' },
    17: { name: 'Processing error', label: 'Verarbeitungsfehler', description: 'Fehler bei der Verarbeitung der Daten' },
    18: { name: 'Processed', label: 'Verarbeitet', description: 'Verarbeitung' },
    19: { name: 'Synced', label: 'Synchronisiert', description: 'Synchronisiert' },
    20: { name: 'Authorization timedout', label: 'Autorisierung abgelaufen', description: 'Zeitüberschreitung bei der Autorisierung' },
    21: { name: 'Deduplication', label: 'Deduplizierung', description: 'Deduplizierung vordefinierter Apps' },
    22: { name: 'Deduplication Error', label: 'Deduplizierungsfehler', description: 'Fehler bei der Deduplizierung' },
    23: { name: 'Timed Out', label: 'Zeitüberschreitung', description: 'Betrifft Ladevorgänge, deren Status sich innerhalb einer festgelegten Zeit nicht geändert hat' },
    25: { name: 'Waiting For Webhook', label: 'Warten auf Webhook', description: 'Stammen die Daten von einem App-Aggregator, wartet die Freigabesitzung auf einen Webhook' },
    26: { name: 'Disconnected', label: 'Getrennt', description: 'Wenn eine App getrennt wurde' },
  },
  unknownStatus: {
    label: 'Unbekannter Status',
    labelWithCode: 'Unbekannter Status ({code})',
    description: 'Dieser Status ist nicht bekannt. Möglicherweise muss sich der Support die Verbindung ansehen.',
  },
  stages: {
    authorization: { label: 'Autorisierung', description: 'Der Nutzer ist bei der Drittanbieter-App angemeldet oder versucht, sich anzumelden.' },
    loading: {
      label: 'Laden',
      description: 'Die Daten der Drittanbieter-App werden in den Datalake geladen. „Geladen“ bedeutet, dass die Daten erfolgreich geladen wurden.',
    },
    deduplication: { label: 'Deduplizierung', description: 'Deduplizierung vordefinierter Apps.' },
    structuring: { label: 'Strukturierung', description: 'Die Daten der Drittanbieter-App wurden heruntergeladen, die Strukturierung läuft.' },
    processing: {
      label: 'Verarbeitung',
      description:
        'Die Daten der Drittanbieter-App sind strukturiert und werden verarbeitet: Monitoring, Prognose, Insights, Benchmarking und Bereinigung historischer Daten.',
    },
    synced: { label: 'Synchronisiert', description: 'Alle Daten der Drittanbieter-App sind verbunden und synchronisiert.' },
  },
  substages: {
    monitoring: { label: 'Monitoring' },
    forecasting: { label: 'Prognose' },
    insights: { label: 'Insights' },
    benchmarking: { label: 'Benchmarking' },
    'historical-data-cleaning': { label: 'Bereinigung historischer Daten' },
  },
  credentialStates: {
    '-2': { name: 'Getrennt', description: 'Die Zugangsdaten müssen neu verbunden werden' },
    '-1': { name: 'Fehler', description: 'Während des Vorgangs ist ein Fehler aufgetreten' },
    '0': { name: 'Unbekannt', description: 'Etwas ist schiefgelaufen – unerwarteter Zustand' },
    '1': { name: 'Abruf wird vorbereitet', description: 'Vorbereitung, bevor der Abruf beginnt' },
    '2': { name: 'Authentifizierung läuft', description: 'Die Authentifizierung läuft' },
    '3': { name: '2FA-Code erforderlich', description: 'Der Nutzer muss einen Code für die Zwei-Faktor-Authentifizierung eingeben' },
    '4': { name: '2FA wird ausgeführt', description: 'Der eingegebene 2FA-Code wird verarbeitet' },
    '5': { name: 'Daten werden abgerufen', description: 'Daten werden von der Quelle des Collectors abgerufen' },
    '6': { name: 'Rechnungen werden heruntergeladen', description: 'Rechnungsdateien werden abgerufen' },
    '7': { name: 'Fertig', description: 'Abruf erfolgreich abgeschlossen' },
  },
  collectorStates: {
    planned: {
      name: 'Geplant',
      description:
        'Der Collector ist in Entwicklung und noch nicht funktionsfähig. Nutzer sehen ihn bereits in der Oberfläche, Rechnungen werden aber erst abgerufen, wenn er aktiv ist.',
    },
    development: {
      name: 'In Entwicklung',
      description: 'Der Collector wird entwickelt, ist aber noch nicht für den Produktivbetrieb bereit. Es werden noch keine Rechnungen abgerufen.',
    },
    active: {
      name: 'Aktiv',
      description: 'Der Collector ist fertig entwickelt und in Betrieb. Mindestens eine Rechnung wurde erfolgreich abgerufen.',
    },
  },
  credentialUi: {
    'coming-soon': {
      label: 'Demnächst verfügbar',
      explanation: 'Dieser Collector wird gerade entwickelt. Wir benachrichtigen Sie, sobald er einsatzbereit ist.',
    },
    error: { label: 'Fehler', explanation: 'Ein Fehler ist aufgetreten.', reconnectExplanation: 'Neu verbinden erforderlich.' },
    scheduled: { label: 'Abruf geplant', explanation: 'Der Abruf ist geplant, hat aber noch nicht begonnen' },
    connecting: { label: 'Verbindung wird hergestellt', explanation: 'Authentifizierung oder 2FA-Prüfung läuft' },
    'two-factor-required': { label: '2FA erforderlich', explanation: 'Wartet auf den 2FA-Code des Nutzers' },
    active: { label: 'Aktiv', explanation: 'Der Abruf läuft oder wurde erfolgreich abgeschlossen' },
    unknown: { label: 'Status nicht verfügbar', explanation: 'Der Zustand der Zugangsdaten konnte nicht gelesen werden.' },
  },
  actions: { reconnect: 'App neu verbinden', retry: 'Erneut versuchen' },
  stepStates: {
    complete: 'abgeschlossen',
    current: 'aktuell',
    error: 'fehlgeschlagen',
    warning: 'erfordert Aufmerksamkeit',
    upcoming: 'nicht begonnen',
    inactive: 'inaktiv',
  },
  waitingForWebhook: 'wartet auf Webhook',
  statusOnStep: {
    7: "Autorisierungsfehler: Die Zugangsdaten sind falsch oder ungültig, oder die Autorisierung wurde nicht korrekt abgeschlossen.",
    8: "Die Verbindung der App wurde beendet, der Nutzer muss die App neu verbinden.",
    9: "Autorisiert: Die Autorisierung ist abgeschlossen, als Nächstes werden die Daten geladen.",
    20: "Autorisierung abgelaufen: Die Autorisierung wurde begonnen, aber nicht abgeschlossen, zum Beispiel wurde das Anmeldefenster geöffnet, aber nichts eingegeben.",
    11: "Fehler beim Laden der Daten: Bei der Datenerfassung ist ein Fehler aufgetreten.",
    12: "Geladen: Die Daten wurden erfolgreich geladen und im Datalake gespeichert.",
    23: "Zeitüberschreitung: Der Status des Ladevorgangs hat sich innerhalb einer festgelegten Zeit nicht geändert.",
    25: "Stammen die Daten von einem App-Aggregator, wartet die Freigabesitzung auf einen Webhook.",
    22: "Fehler bei der Deduplizierung vordefinierter Apps.",
    14: "Die Strukturierung der Daten wurde unterbrochen: Bei der Strukturierung ist ein Fehler aufgetreten.",
    15: "Strukturiert: Die Daten wurden fehlerfrei in die Datenbank übernommen.",
    17: "Fehler bei der Verarbeitung der Daten: In einem der Verarbeitungsschritte ist ein Fehler aufgetreten.",
    18: "Verarbeitet: Die Verarbeitung ist abgeschlossen.",
    26: "Die App ist getrennt: Kein Schritt läuft, bis sie neu verbunden wird.",
  },
  ui: {
    stagePrefix: 'Phase: {stage}',
    nextStep: 'Nächster Schritt: {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: '{done} von {total} Verarbeitungsschritten abgeschlossen',
    relativeTimeUpdated: 'Aktualisiert {time}',
    pipelineLabel: 'Verbindungsfortschritt',
    // pipelineSummary: first draft by the keyboard-scale helper, for the locales helper to review.
    pipelineSummary: {
      current: '{step} läuft, Schritt {position} von {total}',
      waiting: '{step} wartet auf Webhook, Schritt {position} von {total}',
      error: '{step} fehlgeschlagen, Schritt {position} von {total}',
      warning: '{step} erfordert Aufmerksamkeit, Schritt {position} von {total}',
      allComplete: 'Alle {total} Schritte abgeschlossen',
      none: 'Kein Schritt aktiv, {total} Schritte',
    },
    twoFactorCodeLabel: 'Bestätigungscode',
    twoFactorSubmit: 'Bestätigen',
    twoFactorVerifying: 'Code wird geprüft …',
    twoFactorVerified: 'Code bestätigt.',
    twoFactorEmptyCode: 'Geben Sie den Code ein, den wir Ihnen gesendet haben.',
    twoFactorSubmitFailed: 'Der Code konnte nicht bestätigt werden.',
    dismiss: "{title} schließen",
    errorPrefix: "Fehler:",
  },
  outcomes: {
    synced: { one: '{count} synchronisiert', other: '{count} synchronisiert' },
    'in-progress': { one: '{count} in Arbeit', other: '{count} in Arbeit' },
    'needs-attention': { one: '{count} erfordert Aufmerksamkeit', other: '{count} erfordern Aufmerksamkeit' },
    failed: { one: '{count} fehlgeschlagen', other: '{count} fehlgeschlagen' },
    disconnected: { one: '{count} getrennt', other: '{count} getrennt' },
    unknown: { one: '{count} unbekannt', other: '{count} unbekannt' },
  },
  announcements: {
    synced: { one: '{count} Verbindung synchronisiert', other: '{count} Verbindungen synchronisiert', subject: '{subject} synchronisiert' },
    'in-progress': { one: '{count} Verbindung in Arbeit', other: '{count} Verbindungen in Arbeit', subject: '{subject} in Arbeit' },
    'needs-attention': { one: '{count} Verbindung erfordert Aufmerksamkeit', other: '{count} Verbindungen erfordern Aufmerksamkeit', subject: '{subject} erfordert Aufmerksamkeit' },
    failed: { one: '{count} Verbindung fehlgeschlagen', other: '{count} Verbindungen fehlgeschlagen', subject: '{subject} fehlgeschlagen' },
    disconnected: { one: '{count} Verbindung getrennt', other: '{count} Verbindungen getrennt', subject: '{subject} getrennt' },
    unknown: { one: '{count} Verbindung mit unbekanntem Status', other: '{count} Verbindungen mit unbekanntem Status', subject: '{subject} hat einen unbekannten Status' },
  },
  summary: { label: 'Verbindungsstatus' },
  history: {
    label: 'Statusverlauf',
    showAll: 'Alle {count} Ereignisse anzeigen',
    showLatest: 'Nur die letzten {count} anzeigen',
    stageDuration: '{stage}: {duration}',
    stageOngoing: '{stage}: bisher {duration}',
    failedHere: 'Hier fehlgeschlagen',
    stalled: 'Seit {duration} ohne Fortschritt',
    stalledDetail: 'Kein neuer Status seit {time}.',
    empty: 'Noch keine Statusänderungen.',
  },
}

export default de
