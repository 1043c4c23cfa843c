/** `@statuskit/react`: the components and their provider. The React-free core is `@statuskit/react/core`. */
export { StatusBadge, type StatusBadgeProps } from './components/StatusBadge'
export { PipelineProgress, type PipelineProgressProps } from './components/PipelineProgress'
export { CredentialStatePill, type CredentialStatePillProps } from './components/CredentialStatePill'
export { TwoFactorBanner, type TwoFactorBannerProps } from './components/TwoFactorBanner'
export { TwoFactorQueue, type TwoFactorQueueItem, type TwoFactorQueueProps } from './components/TwoFactorQueue'
export { ConnectionHealthSummary, type ConnectionHealthSummaryProps } from './components/ConnectionHealthSummary'
export { StatusHistory, type StatusHistoryProps } from './components/StatusHistory'
export { SyncActivity, type SyncActivityProps } from './components/SyncActivity'
export { LastSynced, type LastSyncedProps } from './components/LastSynced'
export { NextStepAction, type NextStepActionId, type NextStepActionProps, type NextStepHrefs } from './components/NextStepAction'
export { StatusKitProvider, useStatusKit, type StatusKitProviderProps, type StatusKitContextValue } from './provider/StatusKitProvider'
export type { AnnouncementOptions } from './internal/announcer'
export { useConnectionAnnouncements, type ConnectionAnnouncementOptions } from './provider/use-connection-announcements'
export {
  defaultStatusKitMessages,
  defaultUiMessages,
  type PartialStatusKitMessages,
  type StatusKitMessages,
  type UiMessages,
} from './provider/ui-messages'
export type { ApiCredential, ConnectionOutcome, ConnectionStatusCode, CredentialUiKind, ProcessingSubstageId, StageId, StepState, TimeInput, Tone } from './core'
