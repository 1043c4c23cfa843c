import type { StatusKitMessages } from '../provider/ui-messages'

/**
 * Spanish (`es`): every text of the package. `<StatusKitProvider messages={es} locale="es">`.
 *
 * `connectionStatuses.*.name` stay as the spec writes them: they are identifiers
 * (`describeConnectionStatus(...).name` always reports the spec's English name), never shown.
 */
export const es: StatusKitMessages = {
  connectionStatuses: {
    2: { name: 'Loading', label: 'Cargando', description: 'Los datos de la aplicación de terceros se están cargando en el lago de datos' },
    6: { name: 'Authorization', label: 'Autorización', description: 'El usuario está intentando iniciar sesión en la aplicación de terceros o ya lo ha intentado' },
    7: { name: 'Error in Authorization', label: 'Error de autorización', description: 'Error tras la autorización (credenciales no válidas)' },
    8: { name: 'Deauthorized', label: 'Desautorizado', description: 'La conexión de la aplicación ha finalizado y el usuario debe volver a conectarla' },
    9: { name: 'Authorized', label: 'Autorizado', description: 'La autorización se ha completado' },
    11: { name: 'Loading Error', label: 'Error de carga', description: 'Error al cargar los datos' },
    12: { name: 'Loaded', label: 'Cargado', description: 'Datos guardados en el lago de datos' },
    13: { name: 'Structuring', label: 'Estructurando', description: 'Los datos están cargados y su estructuración está en curso' },
    14: { name: 'Structuring Error', label: 'Error de estructuración', description: 'La estructuración de los datos se ha interrumpido' },
    15: { name: 'Structured', label: 'Estructurado', description: 'La estructuración de los datos se completó correctamente' },
    16: { name: 'Processing', label: 'Procesando', description: 'Los datos están estructurados y su procesamiento está en curso' },
    17: { name: 'Processing error', label: 'Error de procesamiento', description: 'Error al procesar los datos' },
    18: { name: 'Processed', label: 'Procesado', description: 'Procesamiento' },
    19: { name: 'Synced', label: 'Sincronizado', description: 'Sincronizado' },
    20: { name: 'Authorization timedout', label: 'Autorización caducada', description: 'Tiempo de espera de la autorización agotado' },
    21: { name: 'Deduplication', label: 'Deduplicación', description: 'Deduplicación de aplicaciones predefinidas' },
    22: { name: 'Deduplication Error', label: 'Error de deduplicación', description: 'Error en la deduplicación' },
    23: { name: 'Timed Out', label: 'Tiempo agotado', description: 'Se aplica a las sesiones de carga cuyo estado no cambió dentro de un plazo definido' },
    25: { name: 'Waiting For Webhook', label: 'Esperando webhook', description: 'Si los datos proceden del agregador de aplicaciones, la sesión de intercambio espera un webhook' },
    26: { name: 'Disconnected', label: 'Desconectado', description: 'Cuando una aplicación se desconecta' },
  },
  unknownStatus: {
    label: 'Estado desconocido',
    labelWithCode: 'Estado desconocido ({code})',
    description: 'Este estado no se reconoce. Es posible que el equipo de soporte deba revisar la conexión.',
  },
  stages: {
    authorization: { label: 'Autorización', description: 'Cuando el usuario ha iniciado sesión en la aplicación de terceros o está intentando hacerlo.' },
    loading: {
      label: 'Carga',
      description: 'Los datos de la aplicación de terceros se están cargando en el lago de datos. «Cargado» significa que los datos se cargaron correctamente.',
    },
    deduplication: { label: 'Deduplicación', description: 'Deduplicación de aplicaciones predefinidas.' },
    structuring: { label: 'Estructuración', description: 'Los datos de la aplicación de terceros se han descargado y su estructuración está en curso.' },
    processing: {
      label: 'Procesamiento',
      description:
        'Los datos de la aplicación de terceros están estructurados y su procesamiento está en curso: supervisión, previsión, análisis, comparativa y limpieza de datos históricos.',
    },
    synced: { label: 'Sincronizado', description: 'Todos los datos de la aplicación de terceros están conectados y sincronizados.' },
  },
  substages: {
    monitoring: { label: 'Supervisión' },
    forecasting: { label: 'Previsión' },
    insights: { label: 'Análisis' },
    benchmarking: { label: 'Comparativa' },
    'historical-data-cleaning': { label: 'Limpieza de datos históricos' },
  },
  credentialStates: {
    '-2': { name: 'Desconexión', description: 'Es necesario volver a conectar la credencial' },
    '-1': { name: 'Error', description: 'Se produjo un error durante el proceso' },
    '0': { name: 'Desconocido', description: 'Algo salió mal: estado inesperado' },
    '1': { name: 'Preparando la recopilación', description: 'Fase de preparación inicial antes de que empiece la recopilación' },
    '2': { name: 'Autenticación en curso', description: 'El proceso de autenticación está en marcha' },
    '3': { name: 'Código 2FA obligatorio', description: 'El usuario debe introducir un código de autenticación en dos pasos' },
    '4': { name: 'Verificando 2FA', description: 'Procesando el código 2FA introducido' },
    '5': { name: 'Recopilando datos', description: 'Obteniendo datos de la fuente del recopilador' },
    '6': { name: 'Descargando facturas', description: 'Obteniendo los archivos de las facturas' },
    '7': { name: 'Listo', description: 'Recopilación completada correctamente' },
  },
  collectorStates: {
    planned: {
      name: 'Planificado',
      description:
        'El recopilador está en desarrollo y todavía no funciona. Los usuarios ya pueden verlo en la interfaz, pero no se recopilará ninguna factura hasta que esté activo.',
    },
    development: {
      name: 'En desarrollo',
      description: 'El recopilador se está desarrollando, pero todavía no está listo para producción. Aún no se recopilan facturas.',
    },
    active: {
      name: 'Activo',
      description: 'El recopilador está completamente desarrollado y operativo. Se ha recopilado correctamente al menos una factura.',
    },
  },
  credentialUi: {
    'coming-soon': {
      label: 'Próximamente',
      explanation: 'Este recopilador está en desarrollo. Le avisaremos en cuanto esté operativo.',
    },
    error: { label: 'Error', explanation: 'Se produjo un error.', reconnectExplanation: 'Es necesario volver a conectar.' },
    scheduled: { label: 'Recopilación programada', explanation: 'La recopilación está programada, pero aún no ha comenzado' },
    connecting: { label: 'Conexión en curso', explanation: 'La autenticación o la verificación 2FA está en curso' },
    'two-factor-required': { label: 'Se requiere 2FA', explanation: 'Esperando a que el usuario introduzca el código 2FA' },
    active: { label: 'Activo', explanation: 'La recopilación está en curso o se completó correctamente' },
    unknown: { label: 'Estado no disponible', explanation: 'No se pudo leer el estado de la credencial.' },
  },
  actions: { reconnect: 'Volver a conectar la aplicación', retry: 'Reintentar' },
  stepStates: {
    complete: 'completado',
    current: 'en curso',
    error: 'fallido',
    warning: 'requiere atención',
    upcoming: 'sin empezar',
    inactive: 'inactivo',
  },
  waitingForWebhook: 'a la espera del webhook',
  statusOnStep: {
    7: "Error de autorización: las credenciales son incorrectas o no válidas, o la autorización no se completó correctamente.",
    8: "La conexión de la aplicación ha finalizado y el usuario debe volver a conectarla.",
    9: "Autorizado: la autorización se ha completado y sigue la carga.",
    20: "Tiempo de autorización agotado: la autorización se inició pero no se completó, por ejemplo, se abrió la ventana de inicio de sesión sin introducir datos.",
    11: "Error al cargar los datos: se produjo un error durante la captura de datos.",
    12: "Cargado: los datos se cargaron correctamente y se guardaron en el lago de datos.",
    23: "Tiempo agotado: la sesión de carga no cambió de estado en el plazo definido.",
    25: "Si los datos proceden del agregador de aplicaciones, la sesión de intercambio espera un webhook.",
    22: "Error en la deduplicación de aplicaciones predefinidas.",
    14: "La estructuración de los datos se ha interrumpido: se produjo un error durante la estructuración.",
    15: "Estructurado: los datos se incorporaron a la base de datos sin errores.",
    17: "Error al procesar los datos: se produjo un error en una de las subetapas del procesamiento.",
    18: "Procesado: la etapa de procesamiento ha finalizado.",
    26: "La aplicación está desconectada: ninguna etapa se ejecuta hasta que se vuelva a conectar.",
  },
  ui: {
    stagePrefix: 'Etapa: {stage}',
    nextStep: 'Siguiente paso: {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: '{done} de {total} subetapas de procesamiento completadas',
    relativeTimeUpdated: 'Actualizado {time}',
    pipelineLabel: 'Progreso de la conexión',
    // pipelineSummary: first draft by the keyboard-scale helper, for the locales helper to review.
    pipelineSummary: {
      current: '{step} en curso, paso {position} de {total}',
      waiting: '{step} a la espera del webhook, paso {position} de {total}',
      error: '{step} fallido, paso {position} de {total}',
      warning: '{step} requiere atención, paso {position} de {total}',
      allComplete: 'Los {total} pasos completados',
      none: 'Ningún paso en curso, {total} pasos',
    },
    twoFactorCodeLabel: 'Código de verificación',
    twoFactorSubmit: 'Verificar',
    twoFactorVerifying: 'Verificando su código…',
    twoFactorVerified: 'Código verificado.',
    twoFactorEmptyCode: 'Escriba el código que le enviamos.',
    twoFactorSubmitFailed: 'No se pudo verificar el código.',
    dismiss: "Cerrar «{title}»",
    errorPrefix: "Error:",
  },
  outcomes: {
    synced: { one: '{count} sincronizada', other: '{count} sincronizadas' },
    'in-progress': { one: '{count} en curso', other: '{count} en curso' },
    'needs-attention': { one: '{count} requiere atención', other: '{count} requieren atención' },
    failed: { one: '{count} con fallo', other: '{count} con fallo' },
    disconnected: { one: '{count} desconectada', other: '{count} desconectadas' },
    unknown: { one: '{count} desconocida', other: '{count} desconocidas' },
  },
  announcements: {
    synced: { one: '{count} conexión sincronizada', other: '{count} conexiones sincronizadas', subject: '{subject} se sincronizó' },
    'in-progress': { one: '{count} conexión en curso', other: '{count} conexiones en curso', subject: '{subject} está en curso' },
    'needs-attention': { one: '{count} conexión requiere atención', other: '{count} conexiones requieren atención', subject: '{subject} requiere atención' },
    failed: { one: '{count} conexión falló', other: '{count} conexiones fallaron', subject: '{subject} falló' },
    disconnected: { one: '{count} conexión desconectada', other: '{count} conexiones desconectadas', subject: '{subject} se desconectó' },
    unknown: { one: '{count} conexión con estado desconocido', other: '{count} conexiones con estado desconocido', subject: '{subject} tiene un estado desconocido' },
  },
  summary: { label: 'Estado de las conexiones' },
  history: {
    label: 'Historial de estados',
    showAll: 'Mostrar los {count} eventos',
    showLatest: 'Mostrar solo los {count} últimos',
    stageDuration: '{stage}: {duration}',
    stageOngoing: '{stage}: {duration} hasta ahora',
    failedHere: 'Falló aquí',
    stalled: 'Detenida desde hace {duration}',
    stalledDetail: 'Sin estado nuevo desde {time}.',
    empty: 'Aún no hay cambios de estado.',
  },
}

export default es
