/** `@statuskit/react`: the components and their provider. The React-free core is `@statuskit/react/core`. */
export { StatusBadge, type StatusBadgeProps } from './components/StatusBadge'
export { PipelineProgress, type PipelineProgressProps } from './components/PipelineProgress'
export { CredentialStatePill, type CredentialStatePillProps } from './components/CredentialStatePill'
export { TwoFactorBanner, type TwoFactorBannerProps } from './components/TwoFactorBanner'
export { StatusKitProvider, useStatusKit, type StatusKitProviderProps, type StatusKitContextValue } from './provider/StatusKitProvider'
export {
  defaultStatusKitMessages,
  defaultUiMessages,
  type PartialStatusKitMessages,
  type StatusKitMessages,
  type UiMessages,
} from './provider/ui-messages'
export type { ApiCredential, ConnectionStatusCode, CredentialUiKind, ProcessingSubstageId, StageId, StepState, Tone } from './core'
