import type { StatusKitMessages } from '../provider/ui-messages'

/**
 * French (`fr`): every text of the package. `<StatusKitProvider messages={fr} locale="fr">`.
 * French typography: a no-break space (U+00A0) before a colon, inside « guillemets ».
 *
 * `connectionStatuses.*.name` stay as the spec writes them: they are identifiers
 * (`describeConnectionStatus(...).name` always reports the spec's English name), never shown.
 */
export const fr: StatusKitMessages = {
  connectionStatuses: {
    2: { name: 'Loading', label: 'Chargement', description: 'Les données de l’application tierce sont en cours de chargement dans le lac de données' },
    6: { name: 'Authorization', label: 'Autorisation', description: 'L’utilisateur tente de se connecter à l’application tierce ou a déjà tenté de le faire' },
    7: { name: 'Error in Authorization', label: 'Erreur d’autorisation', description: 'Erreur après l’autorisation (identifiants non valides)' },
    8: { name: 'Deauthorized', label: 'Autorisation révoquée', description: 'La connexion de l’application a pris fin et l’utilisateur doit la reconnecter' },
    9: { name: 'Authorized', label: 'Autorisé', description: 'L’autorisation est terminée' },
    11: { name: 'Loading Error', label: 'Erreur de chargement', description: 'Erreur lors du chargement des données' },
    12: { name: 'Loaded', label: 'Chargé', description: 'Données enregistrées dans le lac de données' },
    13: { name: 'Structuring', label: 'Structuration', description: 'Les données sont chargées et leur structuration est en cours' },
    14: { name: 'Structuring Error', label: 'Erreur de structuration', description: 'La structuration des données a été interrompue' },
    15: { name: 'Structured', label: 'Structuré', description: 'La structuration des données s’est terminée avec succès' },
    16: { name: 'Processing', label: 'Traitement', description: 'Les données sont structurées et leur traitement est en cours' },
    17: { name: 'Processing error', label: 'Erreur de traitement', description: 'Erreur lors du traitement des données' },
    18: { name: 'Processed', label: 'Traité', description: 'Traitement' },
    19: { name: 'Synced', label: 'Synchronisé', description: 'Synchronisé' },
    20: { name: 'Authorization timedout', label: 'Autorisation expirée', description: 'Délai d’autorisation dépassé' },
    21: { name: 'Deduplication', label: 'Déduplication', description: 'Déduplication des applications prédéfinies' },
    22: { name: 'Deduplication Error', label: 'Erreur de déduplication', description: 'Erreur lors de la déduplication' },
    23: { name: 'Timed Out', label: 'Délai dépassé', description: 'Concerne les sessions de chargement dont le statut n’a pas changé dans un délai défini' },
    25: { name: 'Waiting For Webhook', label: 'En attente du webhook', description: 'Si les données proviennent de l’agrégateur d’applications, la session de partage attend un webhook' },
    26: { name: 'Disconnected', label: 'Déconnecté', description: 'Lorsqu’une application est déconnectée' },
  },
  unknownStatus: {
    label: 'Statut inconnu',
    labelWithCode: 'Statut inconnu ({code})',
    description: 'Ce statut n’est pas reconnu. La connexion nécessite peut-être l’intervention de l’assistance.',
  },
  stages: {
    authorization: { label: 'Autorisation', description: 'Lorsque l’utilisateur est connecté à l’application tierce ou tente de s’y connecter.' },
    loading: {
      label: 'Chargement',
      description: 'Les données de l’application tierce sont en cours de chargement dans le lac de données. « Chargé » signifie que les données ont été chargées avec succès.',
    },
    deduplication: { label: 'Déduplication', description: 'Déduplication des applications prédéfinies.' },
    structuring: { label: 'Structuration', description: 'Les données de l’application tierce ont été téléchargées et leur structuration est en cours.' },
    processing: {
      label: 'Traitement',
      description:
        'Les données de l’application tierce sont structurées et leur traitement est en cours : surveillance, prévisions, analyses, étalonnage et nettoyage des données historiques.',
    },
    synced: { label: 'Synchronisé', description: 'Toutes les données de l’application tierce sont connectées et synchronisées.' },
  },
  substages: {
    monitoring: { label: 'Surveillance' },
    forecasting: { label: 'Prévisions' },
    insights: { label: 'Analyses' },
    benchmarking: { label: 'Étalonnage' },
    'historical-data-cleaning': { label: 'Nettoyage des données historiques' },
  },
  credentialStates: {
    '-2': { name: 'Déconnexion', description: 'Les identifiants doivent être reconnectés' },
    '-1': { name: 'Erreur', description: 'Une erreur s’est produite pendant le processus' },
    '0': { name: 'Inconnu', description: 'Un problème est survenu : état inattendu' },
    '1': { name: 'Préparation de la collecte', description: 'Phase de préparation initiale avant le début de la collecte' },
    '2': { name: 'Authentification en cours', description: 'Le processus d’authentification est en cours' },
    '3': { name: 'Code 2FA requis', description: 'L’utilisateur doit fournir un code d’authentification à deux facteurs' },
    '4': { name: 'Vérification 2FA en cours', description: 'Traitement du code 2FA fourni' },
    '5': { name: 'Collecte des données', description: 'Récupération des données depuis la source du collecteur' },
    '6': { name: 'Téléchargement des factures', description: 'Récupération des fichiers de factures' },
    '7': { name: 'Terminé', description: 'Collecte terminée avec succès' },
  },
  collectorStates: {
    planned: {
      name: 'Planifié',
      description:
        'Le collecteur est en cours de développement et n’est pas encore fonctionnel. Les utilisateurs le voient déjà dans l’interface, mais aucune facture ne sera collectée tant qu’il ne sera pas actif.',
    },
    development: {
      name: 'En développement',
      description: 'Le collecteur est en cours de développement mais n’est pas encore prêt pour la production. Les factures ne sont pas encore collectées.',
    },
    active: {
      name: 'Actif',
      description: 'Le collecteur est entièrement développé et opérationnel. Au moins une facture a été collectée avec succès.',
    },
  },
  credentialUi: {
    'coming-soon': {
      label: 'Bientôt disponible',
      explanation: 'Ce collecteur est en cours de développement. Nous vous préviendrons dès qu’il sera opérationnel.',
    },
    error: { label: 'Erreur', explanation: 'Une erreur s’est produite.', reconnectExplanation: 'Reconnexion nécessaire.' },
    scheduled: { label: 'Collecte planifiée', explanation: 'La collecte est planifiée mais n’a pas encore commencé' },
    connecting: { label: 'Connexion en cours', explanation: 'Authentification ou vérification 2FA en cours' },
    'two-factor-required': { label: 'Code 2FA requis', explanation: 'En attente du code 2FA de l’utilisateur' },
    active: { label: 'Actif', explanation: 'La collecte est en cours ou s’est terminée avec succès' },
    unknown: { label: 'Statut indisponible', explanation: 'L’état des identifiants n’a pas pu être lu.' },
  },
  actions: { reconnect: 'Reconnecter l’application', retry: 'Réessayer' },
  stepStates: {
    complete: 'terminée',
    current: 'en cours',
    error: 'en échec',
    warning: 'à vérifier',
    upcoming: 'non commencée',
    inactive: 'inactive',
  },
  waitingForWebhook: 'en attente du webhook',
  statusOnStep: {
    7: "Erreur d'autorisation : les identifiants sont incorrects ou non valides, ou l'autorisation n'a pas été menée à bien.",
    8: "La connexion de l'application a pris fin et l'utilisateur doit la reconnecter.",
    9: "Autorisé : l'autorisation est terminée, le chargement suit.",
    20: "Délai d'autorisation dépassé : l'autorisation a été lancée mais pas terminée, par exemple la fenêtre de connexion a été ouverte sans que rien ne soit saisi.",
    11: "Erreur de chargement des données : une erreur s'est produite lors de la collecte.",
    12: "Chargé : les données ont été chargées et enregistrées dans le lac de données.",
    23: "Délai dépassé : la session de chargement n'a pas changé de statut dans le délai prévu.",
    25: "Si les données proviennent d'un agrégateur d'applications, la session de partage attend un webhook.",
    22: "Erreur lors de la déduplication des applications prédéfinies.",
    14: "La structuration des données est interrompue : une erreur s'est produite pendant la structuration.",
    15: "Structuré : les données ont été intégrées à la base sans erreur.",
    17: "Erreur de traitement des données : une erreur s'est produite dans l'une des sous-étapes du traitement.",
    18: "Traité : l'étape de traitement est terminée.",
    26: "L'application est déconnectée : aucune étape ne s'exécute tant qu'elle n'est pas reconnectée.",
  },
  ui: {
    stagePrefix: 'Étape : {stage}',
    nextStep: 'Étape suivante : {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: '{done} sous-étapes de traitement terminées sur {total}',
    relativeTimeUpdated: 'Mis à jour {time}',
    pipelineLabel: 'Progression de la connexion',
    // pipelineSummary: first draft by the keyboard-scale helper, for the locales helper to review.
    pipelineSummary: {
      current: '{step} en cours, étape {position} sur {total}',
      waiting: '{step} en attente du webhook, étape {position} sur {total}',
      error: '{step} en échec, étape {position} sur {total}',
      warning: '{step} à vérifier, étape {position} sur {total}',
      allComplete: 'Les {total} étapes sont terminées',
      none: 'Aucune étape en cours, {total} étapes',
    },
    twoFactorCodeLabel: 'Code de vérification',
    twoFactorSubmit: 'Vérifier',
    twoFactorVerifying: 'Vérification de votre code…',
    twoFactorVerified: 'Code vérifié.',
    twoFactorEmptyCode: 'Saisissez le code que nous vous avons envoyé.',
    twoFactorSubmitFailed: 'Le code n’a pas pu être vérifié.',
    dismiss: "Fermer « {title} »",
    errorPrefix: "Erreur :",
  },
  outcomes: {
    synced: { one: '{count} synchronisée', other: '{count} synchronisées' },
    'in-progress': { one: '{count} en cours', other: '{count} en cours' },
    'needs-attention': { one: '{count} à vérifier', other: '{count} à vérifier' },
    failed: { one: '{count} en échec', other: '{count} en échec' },
    disconnected: { one: '{count} déconnectée', other: '{count} déconnectées' },
    unknown: { one: '{count} inconnue', other: '{count} inconnues' },
  },
  announcements: {
    synced: { one: '{count} connexion synchronisée', other: '{count} connexions synchronisées', subject: '{subject}\u00a0: synchronisée' },
    'in-progress': { one: '{count} connexion en cours', other: '{count} connexions en cours', subject: '{subject}\u00a0: en cours' },
    'needs-attention': { one: '{count} connexion à vérifier', other: '{count} connexions à vérifier', subject: '{subject}\u00a0: à vérifier' },
    failed: { one: '{count} connexion en échec', other: '{count} connexions en échec', subject: '{subject}\u00a0: échec' },
    disconnected: { one: '{count} connexion déconnectée', other: '{count} connexions déconnectées', subject: '{subject}\u00a0: déconnectée' },
    unknown: { one: '{count} connexion à l’état inconnu', other: '{count} connexions à l’état inconnu', subject: '{subject}\u00a0: état inconnu' },
  },
  summary: { label: 'État des connexions' },
  history: {
    label: 'Historique des états',
    showAll: 'Afficher les {count} événements',
    showLatest: 'N’afficher que les {count} derniers',
    showEarlier: { one: 'Afficher {count} événement précédent', other: 'Afficher {count} événements précédents' },
    stageDuration: '{stage}\u00a0: {duration}',
    stageOngoing: '{stage}\u00a0: {duration} jusqu’ici',
    stageStarted: '{stage}\u00a0: vient de commencer',
    failedHere: 'Échec ici',
    stalled: 'Bloquée depuis {duration}',
    stalledDetail: 'Aucun nouvel état depuis le {time}.',
    empty: 'Aucun changement d’état pour l’instant.',
  },
}

export default fr
