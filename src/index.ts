/** `@statuskit/react`: the components and their provider. The React-free core is `@statuskit/react/core`. */
export { StatusBadge, type StatusBadgeProps } from './components/StatusBadge'
export { PipelineProgress, type PipelineProgressProps } from './components/PipelineProgress'
export { CredentialStatePill, type CredentialStatePillProps } from './components/CredentialStatePill'
export { TwoFactorBanner, type TwoFactorBannerProps } from './components/TwoFactorBanner'
export { StatusKitProvider, useStatusKit, type StatusKitProviderProps, type StatusKitContextValue } from './provider/StatusKitProvider'
export type {
  ApiCredential,
  ConnectionStatusCode,
  CredentialUiKind,
  PartialStatusKitMessages,
  ProcessingSubstageId,
  StageId,
  StatusKitMessages,
  StepState,
  Tone,
} from './core'
