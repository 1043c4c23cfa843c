/**
 * The spec's part of the core: catalogs of every status code, stage and credential state, the
 * functions that describe them, and the default texts. `index.ts` adds the live-dashboard
 * helpers (outcomes, summary, timeline) on top; the size check budgets the two apart.
 */
export { TONES, type Tone } from './tone'
export {
  CONNECTION_STATUS_CODES,
  CONNECTION_STATUSES,
  PROCESSING_SUBSTAGES,
  STAGES,
  describeConnectionStatus,
  isConnectionStatusCode,
  parseStatusCode,
  type ConnectionAction,
  type ConnectionStatusCode,
  type ConnectionStatusInfo,
  type ConnectionStatusMeta,
  type ConnectionStatusText,
  type CoreOptions,
  type ProcessingSubstageId,
  type StageEffect,
  type StageId,
} from './connection-status'
export {
  STEP_STATES,
  connectionPipeline,
  isStepState,
  type PipelineOptions,
  type PipelineStep,
  type PipelineSubstep,
  type StepState,
} from './pipeline'
export {
  COLLECTOR_STATES,
  CREDENTIAL_STATE_INDEXES,
  CREDENTIAL_UI_TONES,
  credentialKindForIndex,
  credentialUiState,
  parseCredentialIndex,
  type ApiCredential,
  type CollectorState,
  type CredentialStateIndex,
  type CredentialUiKind,
  type CredentialUiState,
} from './credential-state'
export { defaultMessages, formatMessage, mergeMessages, type CoreMessages, type PartialCoreMessages } from './messages'
