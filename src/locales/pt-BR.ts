import type { StatusKitMessages } from '../provider/ui-messages'

/**
 * Brazilian Portuguese (`pt-BR`): every text of the package.
 * `<StatusKitProvider messages={ptBR} locale="pt-BR">`.
 *
 * `connectionStatuses.*.name` stay as the spec writes them: they are identifiers
 * (`describeConnectionStatus(...).name` always reports the spec's English name), never shown.
 */
export const ptBR: StatusKitMessages = {
  connectionStatuses: {
    2: { name: 'Loading', label: 'Carregando', description: 'Os dados do aplicativo de terceiros estão sendo carregados no data lake' },
    6: { name: 'Authorization', label: 'Autorização', description: 'O usuário está tentando entrar no aplicativo de terceiros ou já tentou' },
    7: { name: 'Error in Authorization', label: 'Erro de autorização', description: 'Erro após a autorização (credenciais inválidas)' },
    8: { name: 'Deauthorized', label: 'Desautorizado', description: 'A conexão do aplicativo foi encerrada e o usuário precisa reconectá-lo' },
    9: { name: 'Authorized', label: 'Autorizado', description: 'A autorização foi concluída' },
    11: { name: 'Loading Error', label: 'Erro de carregamento', description: 'Erro ao carregar os dados' },
    12: { name: 'Loaded', label: 'Carregado', description: 'Dados salvos no data lake' },
    13: { name: 'Structuring', label: 'Estruturando', description: 'Os dados foram carregados e a estruturação está em andamento' },
    14: { name: 'Structuring Error', label: 'Erro de estruturação', description: 'A estruturação dos dados foi interrompida' },
    15: { name: 'Structured', label: 'Estruturado', description: 'A estruturação dos dados foi concluída com sucesso' },
    16: { name: 'Processing', label: 'Processando', description: 'Os dados estão estruturados e o processamento está em andamento' },
    17: { name: 'Processing error', label: 'Erro de processamento', description: 'Erro ao processar os dados' },
    18: { name: 'Processed', label: 'Processado', description: 'Processamento' },
    19: { name: 'Synced', label: 'Sincronizado', description: 'Sincronizado' },
    20: { name: 'Authorization timedout', label: 'Autorização expirada', description: 'Tempo limite da autorização esgotado' },
    21: { name: 'Deduplication', label: 'Desduplicação', description: 'Desduplicação de aplicativos predefinidos' },
    22: { name: 'Deduplication Error', label: 'Erro de desduplicação', description: 'Erro na desduplicação' },
    23: { name: 'Timed Out', label: 'Tempo esgotado', description: 'Aplica-se às sessões de carregamento cujo status não mudou dentro de um período definido' },
    25: { name: 'Waiting For Webhook', label: 'Aguardando webhook', description: 'Se os dados vêm do agregador de aplicativos, a sessão de compartilhamento aguarda um webhook' },
    26: { name: 'Disconnected', label: 'Desconectado', description: 'Quando um aplicativo é desconectado' },
  },
  unknownStatus: {
    label: 'Status desconhecido',
    labelWithCode: 'Status desconhecido ({code})',
    description: 'Este status não é reconhecido. Talvez a conexão precise de atenção do suporte.',
  },
  stages: {
    authorization: { label: 'Autorização', description: 'Quando o usuário está conectado ao aplicativo de terceiros ou tentando entrar nele.' },
    loading: {
      label: 'Carregamento',
      description: 'Os dados do aplicativo de terceiros estão sendo carregados no data lake. “Carregado” significa que os dados foram carregados com sucesso.',
    },
    deduplication: { label: 'Desduplicação', description: 'Desduplicação de aplicativos predefinidos.' },
    structuring: { label: 'Estruturação', description: 'Os dados do aplicativo de terceiros foram baixados e a estruturação está em andamento.' },
    processing: {
      label: 'Processamento',
      description:
        'Os dados do aplicativo de terceiros estão estruturados e o processamento está em andamento: monitoramento, previsão, insights, benchmarking e limpeza de dados históricos.',
    },
    synced: { label: 'Sincronizado', description: 'Todos os dados do aplicativo de terceiros estão conectados e sincronizados.' },
  },
  substages: {
    monitoring: { label: 'Monitoramento' },
    forecasting: { label: 'Previsão' },
    insights: { label: 'Insights' },
    benchmarking: { label: 'Benchmarking' },
    'historical-data-cleaning': { label: 'Limpeza de dados históricos' },
  },
  credentialStates: {
    '-2': { name: 'Desconectada', description: 'A credencial precisa ser reconectada' },
    '-1': { name: 'Erro', description: 'Ocorreu um erro durante o processo' },
    '0': { name: 'Desconhecido', description: 'Algo deu errado: estado inesperado' },
    '1': { name: 'Preparando a coleta', description: 'Fase inicial de preparação antes do início da coleta' },
    '2': { name: 'Autenticação em andamento', description: 'O processo de autenticação está em andamento' },
    '3': { name: 'Código 2FA necessário', description: 'O usuário precisa informar um código de autenticação de dois fatores' },
    '4': { name: 'Verificando 2FA', description: 'Processando o código 2FA informado' },
    '5': { name: 'Coletando dados', description: 'Obtendo dados da fonte do coletor' },
    '6': { name: 'Baixando faturas', description: 'Recuperando os arquivos das faturas' },
    '7': { name: 'Concluído', description: 'Coleta concluída com sucesso' },
  },
  collectorStates: {
    planned: {
      name: 'Planejado',
      description:
        'O coletor está em desenvolvimento e ainda não funciona. Os usuários já podem vê-lo na interface, mas nenhuma fatura será coletada até que ele esteja ativo.',
    },
    development: {
      name: 'Em desenvolvimento',
      description: 'O coletor está sendo desenvolvido, mas ainda não está pronto para produção. As faturas ainda não estão sendo coletadas.',
    },
    active: {
      name: 'Ativo',
      description: 'O coletor está totalmente desenvolvido e em operação. Pelo menos uma fatura foi coletada com sucesso.',
    },
  },
  credentialUi: {
    'coming-soon': {
      label: 'Em breve',
      explanation: 'Este coletor está em desenvolvimento. Avisaremos você assim que ele estiver em operação.',
    },
    error: { label: 'Erro', explanation: 'Ocorreu um erro.', reconnectExplanation: 'É necessário reconectar.' },
    scheduled: { label: 'Coleta agendada', explanation: 'A coleta está agendada, mas ainda não começou' },
    connecting: { label: 'Conectando', explanation: 'Autenticação ou verificação 2FA em andamento' },
    'two-factor-required': { label: '2FA necessário', explanation: 'Aguardando o usuário informar o código 2FA' },
    active: { label: 'Ativo', explanation: 'A coleta está em andamento ou foi concluída com sucesso' },
    unknown: { label: 'Status indisponível', explanation: 'Não foi possível ler o estado da credencial.' },
  },
  actions: { reconnect: 'Reconectar o aplicativo', retry: 'Tentar novamente' },
  stepStates: {
    complete: 'concluída',
    current: 'em andamento',
    error: 'falhou',
    warning: 'requer atenção',
    upcoming: 'não iniciada',
    inactive: 'inativa',
  },
  waitingForWebhook: 'aguardando webhook',
  statusOnStep: {
    7: "Erro de autorização: as credenciais estão incorretas ou inválidas, ou a autorização não foi concluída corretamente.",
    8: "A conexão do aplicativo foi encerrada e o usuário precisa reconectá-lo.",
    9: "Autorizado: a autorização foi concluída; em seguida vem o carregamento.",
    20: "Tempo de autorização esgotado: a autorização foi iniciada, mas não concluída; por exemplo, a janela de login foi aberta sem que nada fosse informado.",
    11: "Erro ao carregar os dados: ocorreu um erro durante a captura.",
    12: "Carregado: os dados foram carregados e salvos no data lake.",
    23: "Tempo esgotado: a sessão de carregamento não mudou de status dentro do prazo definido.",
    25: "Se os dados vêm do agregador de aplicativos, a sessão de compartilhamento aguarda um webhook.",
    22: "Erro na deduplicação de aplicativos predefinidos.",
    14: "A estruturação dos dados foi interrompida: ocorreu um erro durante a estruturação.",
    15: "Estruturado: os dados foram incorporados ao banco de dados sem erros.",
    17: "Erro ao processar os dados: ocorreu um erro em uma das subetapas do processamento.",
    18: "Processado: a etapa de processamento foi concluída.",
    26: "O aplicativo está desconectado: nenhuma etapa é executada até que ele seja reconectado.",
  },
  ui: {
    stagePrefix: 'Etapa: {stage}',
    nextStep: 'Próximo passo: {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: '{done} de {total} subetapas de processamento concluídas',
    relativeTimeUpdated: 'Atualizado {time}',
    pipelineLabel: 'Progresso da conexão',
    // pipelineSummary: first draft by the keyboard-scale helper, for the locales helper to review.
    pipelineSummary: {
      current: '{step} em andamento, etapa {position} de {total}',
      waiting: '{step} aguardando webhook, etapa {position} de {total}',
      error: '{step} falhou, etapa {position} de {total}',
      warning: '{step} requer atenção, etapa {position} de {total}',
      allComplete: 'Todas as {total} etapas concluídas',
      none: 'Nenhuma etapa em andamento, {total} etapas',
    },
    twoFactorCodeLabel: 'Código de verificação',
    twoFactorSubmit: 'Verificar',
    twoFactorVerifying: 'Verificando seu código…',
    twoFactorVerified: 'Código verificado.',
    twoFactorEmptyCode: 'Digite o código que enviamos para você.',
    twoFactorSubmitFailed: 'Não foi possível verificar o código.',
    dismiss: "Fechar “{title}”",
    errorPrefix: "Erro:",
  },
  outcomes: {
    synced: { one: '{count} sincronizada', other: '{count} sincronizadas' },
    'in-progress': { one: '{count} em andamento', other: '{count} em andamento' },
    'needs-attention': { one: '{count} requer atenção', other: '{count} requerem atenção' },
    failed: { one: '{count} com falha', other: '{count} com falha' },
    disconnected: { one: '{count} desconectada', other: '{count} desconectadas' },
    unknown: { one: '{count} desconhecida', other: '{count} desconhecidas' },
  },
  announcements: {
    synced: { one: '{count} conexão sincronizada', other: '{count} conexões sincronizadas', subject: '{subject} sincronizou' },
    'in-progress': { one: '{count} conexão em andamento', other: '{count} conexões em andamento', subject: '{subject} em andamento' },
    'needs-attention': { one: '{count} conexão requer atenção', other: '{count} conexões requerem atenção', subject: '{subject} requer atenção' },
    failed: { one: '{count} conexão falhou', other: '{count} conexões falharam', subject: '{subject} falhou' },
    disconnected: { one: '{count} conexão desconectada', other: '{count} conexões desconectadas', subject: '{subject} foi desconectada' },
    unknown: { one: '{count} conexão com estado desconhecido', other: '{count} conexões com estado desconhecido', subject: '{subject} tem um estado desconhecido' },
  },
  summary: { label: 'Estado das conexões' },
  history: {
    label: 'Histórico de estados',
    showAll: 'Mostrar os {count} eventos',
    showLatest: 'Mostrar só os {count} últimos',
    showEarlier: { one: 'Mostrar {count} evento anterior', other: 'Mostrar {count} eventos anteriores' },
    stageDuration: '{stage}: {duration}',
    stageOngoing: '{stage}: {duration} até agora',
    stageStarted: '{stage}: começou agora',
    failedHere: 'Falhou aqui',
    stalled: 'Parada há {duration}',
    stalledDetail: 'Nenhum estado novo desde {time}.',
    empty: 'Ainda não há mudanças de estado.',
  },
}

export default ptBR
