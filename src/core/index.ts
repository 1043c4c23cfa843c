/**
 * `@statuskit/react/core`: the spec as typed data and total functions. No React, no DOM: safe in
 * React Server Components, workers and Node.
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
export {
  CONNECTION_OUTCOMES,
  OUTCOME_BY_TONE,
  OUTCOME_TONES,
  credentialOutcome,
  statusOutcome,
  type ConnectionOutcome,
} from './outcome'
export {
  DEFAULT_STALL_AFTER,
  connectionOutcome,
  connectionTimeline,
  summarizeConnections,
  type ConnectionGroup,
  type ConnectionItem,
  type ConnectionSummary,
  type ConnectionTimeline,
  type TimelineEvent,
  type TimelineOptions,
  type TimelineStage,
} from './health'
