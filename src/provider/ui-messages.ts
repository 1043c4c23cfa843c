import { defaultMessages, type CoreMessages, type DeepPartial, type Widen } from '../core/messages'

/**
 * The texts only the React components show: tooltips, screen-reader words, the 2FA form. They
 * live here, not in the core's catalog, so that `@statuskit/react/core` ships only the spec's
 * texts (issue 5's size budget for the core). The keys sit where they sat in the one catalog
 * before, so translations written for it still fit.
 */
export const defaultUiMessages = {
  actions: {
    reconnect: 'Reconnect the app',
    retry: 'Try again',
  },
  /** Screen-reader text for each step state: state is never shown by colour alone. */
  stepStates: {
    complete: 'completed',
    current: 'current',
    error: 'failed',
    warning: 'needs attention',
    upcoming: 'not started',
    inactive: 'inactive',
  },
  waitingForWebhook: 'waiting for webhook',
  /** Texts of the React components (tooltips, the 2FA form). */
  ui: {
    stagePrefix: 'Stage: {stage}',
    nextStep: 'Next step: {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: '{done} of {total} processing substages completed',
    relativeTimeUpdated: 'Updated {time}',
    pipelineLabel: 'Connection progress',
    twoFactorCodeLabel: 'Verification code',
    twoFactorSubmit: 'Verify',
    twoFactorVerifying: 'Verifying your code...',
    twoFactorEmptyCode: 'Enter the code we sent you.',
    twoFactorSubmitFailed: 'The code could not be verified.',
    dismiss: 'Dismiss',
  },
}

/** The components' texts' shape. */
export type UiMessages = Widen<typeof defaultUiMessages>

/** Every text of the package: the core's catalog and the components' texts. */
export interface StatusKitMessages extends CoreMessages, UiMessages {}
/** What a consumer passes to override texts (`StatusKitProvider messages`): any subset of the catalog. */
export type PartialStatusKitMessages = DeepPartial<StatusKitMessages>

/** The English catalog the components use without a provider, and the base the provider merges onto. */
export const defaultStatusKitMessages: StatusKitMessages = { ...defaultMessages, ...defaultUiMessages }
