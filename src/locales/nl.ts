import type { StatusKitMessages } from '../provider/ui-messages'

/**
 * Dutch (`nl`): every text of the package. `<StatusKitProvider messages={nl} locale="nl">`.
 *
 * `connectionStatuses.*.name` stay as the spec writes them: they are identifiers
 * (`describeConnectionStatus(...).name` always reports the spec's English name), never shown.
 */
export const nl: StatusKitMessages = {
  connectionStatuses: {
    2: { name: 'Loading', label: 'Laden', description: 'De gegevens van de app van derden worden in de datalake geladen' },
    6: { name: 'Authorization', label: 'Autorisatie', description: 'De gebruiker probeert in te loggen bij de app van derden of heeft dat al geprobeerd' },
    7: { name: 'Error in Authorization', label: 'Autorisatiefout', description: 'Fout na de autorisatie (ongeldige inloggegevens)' },
    8: { name: 'Deauthorized', label: 'Autorisatie ingetrokken', description: 'De verbinding van de app is beëindigd en de gebruiker moet de app opnieuw koppelen' },
    9: { name: 'Authorized', label: 'Geautoriseerd', description: 'De autorisatie is voltooid' },
    11: { name: 'Loading Error', label: 'Laadfout', description: 'Fout bij het laden van de gegevens' },
    12: { name: 'Loaded', label: 'Geladen', description: 'Gegevens opgeslagen in de datalake' },
    13: { name: 'Structuring', label: 'Structureren', description: 'De gegevens zijn geladen en worden nu gestructureerd' },
    14: { name: 'Structuring Error', label: 'Structureringsfout', description: 'Het structureren van de gegevens is onderbroken' },
    15: { name: 'Structured', label: 'Gestructureerd', description: 'Het structureren van de gegevens is geslaagd' },
    16: { name: 'Processing', label: 'Verwerken', description: 'De gegevens zijn gestructureerd en worden nu verwerkt' },
    17: { name: 'Processing error', label: 'Verwerkingsfout', description: 'Fout bij het verwerken van de gegevens' },
    18: { name: 'Processed', label: 'Verwerkt', description: 'Verwerking' },
    19: { name: 'Synced', label: 'Gesynchroniseerd', description: 'Gesynchroniseerd' },
    20: { name: 'Authorization timedout', label: 'Autorisatie verlopen', description: 'Time-out bij de autorisatie' },
    21: { name: 'Deduplication', label: 'Ontdubbelen', description: 'Ontdubbelen van vooraf gedefinieerde apps' },
    22: { name: 'Deduplication Error', label: 'Ontdubbelingsfout', description: 'Fout bij het ontdubbelen' },
    23: { name: 'Timed Out', label: 'Time-out', description: 'Geldt voor laadsessies waarvan de status binnen een bepaalde periode niet is veranderd' },
    25: { name: 'Waiting For Webhook', label: 'Wacht op webhook', description: 'Als de gegevens van de app-aggregator komen, wacht de deelsessie op een webhook' },
    26: { name: 'Disconnected', label: 'Ontkoppeld', description: 'Wanneer een app is ontkoppeld' },
  },
  unknownStatus: {
    label: 'Onbekende status',
    labelWithCode: 'Onbekende status ({code})',
    description: 'Deze status wordt niet herkend. Mogelijk moet de klantenservice naar de verbinding kijken.',
  },
  stages: {
    authorization: { label: 'Autorisatie', description: 'Wanneer de gebruiker is ingelogd bij de app van derden of probeert in te loggen.' },
    loading: {
      label: 'Laden',
      description: 'De gegevens van de app van derden worden in de datalake geladen. ‘Geladen’ betekent dat de gegevens met succes zijn geladen.',
    },
    deduplication: { label: 'Ontdubbelen', description: 'Ontdubbelen van vooraf gedefinieerde apps.' },
    structuring: { label: 'Structureren', description: 'De gegevens van de app van derden zijn gedownload en worden nu gestructureerd.' },
    processing: {
      label: 'Verwerken',
      description:
        'De gegevens van de app van derden zijn gestructureerd en worden nu verwerkt: monitoring, prognoses, inzichten, benchmarking en opschonen van historische gegevens.',
    },
    synced: { label: 'Gesynchroniseerd', description: 'Alle gegevens van de app van derden zijn gekoppeld en gesynchroniseerd.' },
  },
  substages: {
    monitoring: { label: 'Monitoring' },
    forecasting: { label: 'Prognoses' },
    insights: { label: 'Inzichten' },
    benchmarking: { label: 'Benchmarking' },
    'historical-data-cleaning': { label: 'Opschonen van historische gegevens' },
  },
  credentialStates: {
    '-2': { name: 'Verbinding verbroken', description: 'De inloggegevens moeten opnieuw worden gekoppeld' },
    '-1': { name: 'Fout', description: 'Er is tijdens het proces een fout opgetreden' },
    '0': { name: 'Onbekend', description: 'Er is iets misgegaan: onverwachte status' },
    '1': { name: 'Ophalen voorbereiden', description: 'Eerste voorbereiding voordat het ophalen begint' },
    '2': { name: 'Bezig met authenticatie', description: 'De authenticatie wordt uitgevoerd' },
    '3': { name: '2FA-code vereist', description: 'De gebruiker moet een code voor tweestapsverificatie invoeren' },
    '4': { name: '2FA wordt uitgevoerd', description: 'De opgegeven 2FA-code wordt verwerkt' },
    '5': { name: 'Gegevens ophalen', description: 'Gegevens worden opgehaald uit de bron van de collector' },
    '6': { name: 'Facturen downloaden', description: 'Factuurbestanden worden opgehaald' },
    '7': { name: 'Klaar', description: 'Het ophalen is geslaagd' },
  },
  collectorStates: {
    planned: {
      name: 'Gepland',
      description:
        'De collector is in ontwikkeling en werkt nog niet. Gebruikers zien de collector al in de interface, maar er worden pas facturen opgehaald als hij actief is.',
    },
    development: {
      name: 'In ontwikkeling',
      description: 'De collector wordt ontwikkeld, maar is nog niet klaar voor productie. Er worden nog geen facturen opgehaald.',
    },
    active: {
      name: 'Actief',
      description: 'De collector is volledig ontwikkeld en in gebruik. Er is ten minste één factuur met succes opgehaald.',
    },
  },
  credentialUi: {
    'coming-soon': {
      label: 'Binnenkort beschikbaar',
      explanation: 'Deze collector is nog in ontwikkeling. We laten het je weten zodra hij beschikbaar is.',
    },
    error: { label: 'Fout', explanation: 'Er is een fout opgetreden.', reconnectExplanation: 'Opnieuw koppelen vereist.' },
    scheduled: { label: 'Ophalen gepland', explanation: 'Het ophalen is gepland, maar nog niet begonnen' },
    connecting: { label: 'Bezig met verbinden', explanation: 'Authenticatie of 2FA-verificatie is bezig' },
    'two-factor-required': { label: '2FA vereist', explanation: 'Wacht tot de gebruiker de 2FA-code invoert' },
    active: { label: 'Actief', explanation: 'Het ophalen loopt of is geslaagd' },
    unknown: { label: 'Status niet beschikbaar', explanation: 'De status van de inloggegevens kon niet worden gelezen.' },
  },
  actions: { reconnect: 'De app opnieuw koppelen', retry: 'Opnieuw proberen' },
  stepStates: {
    complete: 'voltooid',
    current: 'huidige stap',
    error: 'mislukt',
    warning: 'aandacht nodig',
    upcoming: 'niet gestart',
    inactive: 'inactief',
  },
  waitingForWebhook: 'wacht op webhook',
  statusOnStep: {
    7: "Autorisatiefout: de inloggegevens zijn onjuist of ongeldig, of de autorisatie is niet correct afgerond.",
    8: "De verbinding van de app is beëindigd; de gebruiker moet de app opnieuw verbinden.",
    9: "Geautoriseerd: de autorisatie is voltooid, daarna volgt het laden.",
    20: "Autorisatie verlopen: de autorisatie is gestart maar niet voltooid, bijvoorbeeld omdat het aanmeldvenster is geopend zonder dat er iets is ingevuld.",
    11: "Fout bij het laden van gegevens: er is een fout opgetreden bij het ophalen van de gegevens.",
    12: "Geladen: de gegevens zijn geladen en in de datalake opgeslagen.",
    23: "Time-out: de laadsessie is binnen de ingestelde tijd niet van status veranderd.",
    25: "Als de gegevens van de app-aggregator komen, wacht de deelsessie op een webhook.",
    22: "Fout bij de deduplicatie van vooraf gedefinieerde apps.",
    14: "Het structureren van de gegevens is onderbroken: er is een fout opgetreden tijdens het structureren.",
    15: "Gestructureerd: de gegevens zijn zonder fouten in de databank verwerkt.",
    17: "Fout bij het verwerken van gegevens: er is een fout opgetreden in een van de verwerkingsstappen.",
    18: "Verwerkt: de verwerkingsfase is voltooid.",
    26: "De app is losgekoppeld: er draait geen stap tot hij opnieuw is verbonden.",
  },
  ui: {
    stagePrefix: 'Fase: {stage}',
    nextStep: 'Volgende stap: {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: '{done} van {total} verwerkingsstappen voltooid',
    relativeTimeUpdated: 'Bijgewerkt {time}',
    pipelineLabel: 'Voortgang van de verbinding',
    // pipelineSummary: first draft by the keyboard-scale helper, for the locales helper to review.
    pipelineSummary: {
      current: '{step} bezig, stap {position} van {total}',
      waiting: '{step} wacht op webhook, stap {position} van {total}',
      error: '{step} mislukt, stap {position} van {total}',
      warning: '{step} heeft aandacht nodig, stap {position} van {total}',
      allComplete: 'Alle {total} stappen voltooid',
      none: 'Geen stap bezig, {total} stappen',
    },
    twoFactorCodeLabel: 'Verificatiecode',
    twoFactorSubmit: 'Verifiëren',
    twoFactorVerifying: 'Je code wordt geverifieerd…',
    twoFactorVerified: 'Code geverifieerd.',
    twoFactorEmptyCode: 'Voer de code in die we je hebben gestuurd.',
    twoFactorSubmitFailed: 'De code kon niet worden geverifieerd.',
    dismiss: "{title} sluiten",
    errorPrefix: "Fout:",
  },
  outcomes: {
    synced: { one: '{count} gesynchroniseerd', other: '{count} gesynchroniseerd' },
    'in-progress': { one: '{count} bezig', other: '{count} bezig' },
    'needs-attention': { one: '{count} vraagt aandacht', other: '{count} vragen aandacht' },
    failed: { one: '{count} mislukt', other: '{count} mislukt' },
    disconnected: { one: '{count} ontkoppeld', other: '{count} ontkoppeld' },
    unknown: { one: '{count} onbekend', other: '{count} onbekend' },
  },
  announcements: {
    synced: { one: '{count} koppeling gesynchroniseerd', other: '{count} koppelingen gesynchroniseerd', subject: '{subject} gesynchroniseerd' },
    'in-progress': { one: '{count} koppeling bezig', other: '{count} koppelingen bezig', subject: '{subject} is bezig' },
    'needs-attention': { one: '{count} koppeling vraagt aandacht', other: '{count} koppelingen vragen aandacht', subject: '{subject} vraagt aandacht' },
    failed: { one: '{count} koppeling mislukt', other: '{count} koppelingen mislukt', subject: '{subject} mislukt' },
    disconnected: { one: '{count} koppeling ontkoppeld', other: '{count} koppelingen ontkoppeld', subject: '{subject} ontkoppeld' },
    unknown: { one: '{count} koppeling met onbekende status', other: '{count} koppelingen met onbekende status', subject: '{subject} heeft een onbekende status' },
  },
  summary: { label: 'Staat van de koppelingen' },
  history: {
    label: 'Statusgeschiedenis',
    showAll: 'Alle {count} gebeurtenissen tonen',
    showLatest: 'Alleen de laatste {count} tonen',
    stageDuration: '{stage}: {duration}',
    stageOngoing: '{stage}: tot nu toe {duration}',
    failedHere: 'Hier mislukt',
    stalled: 'Al {duration} geen voortgang',
    stalledDetail: 'Geen nieuwe status sinds {time}.',
    empty: 'Nog geen statuswijzigingen.',
  },
}

export default nl
