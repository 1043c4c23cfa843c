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
  /**
   * A count per outcome, as the health summary shows it ("12 synced"). `one` and `other` are the
   * plural categories of `Intl.PluralRules` in the provider's locale; `{count}` is formatted in it.
   */
  outcomes: {
    synced: { one: '{count} synced', other: '{count} synced' },
    'in-progress': { one: '{count} in progress', other: '{count} in progress' },
    'needs-attention': { one: '{count} needs attention', other: '{count} need attention' },
    failed: { one: '{count} failed', other: '{count} failed' },
    disconnected: { one: '{count} disconnected', other: '{count} disconnected' },
    unknown: { one: '{count} unknown', other: '{count} unknown' },
  },
  /** The sentences of the provider's live region: counts, or the badge's `subject` when one changed. */
  announcements: {
    synced: { one: '{count} connection synced', other: '{count} connections synced', subject: '{subject} synced' },
    'in-progress': { one: '{count} connection in progress', other: '{count} connections in progress', subject: '{subject} in progress' },
    'needs-attention': { one: '{count} connection needs attention', other: '{count} connections need attention', subject: '{subject} needs attention' },
    failed: { one: '{count} connection failed', other: '{count} connections failed', subject: '{subject} failed' },
    disconnected: { one: '{count} connection disconnected', other: '{count} connections disconnected', subject: '{subject} disconnected' },
    unknown: { one: '{count} connection has an unknown status', other: '{count} connections have an unknown status', subject: '{subject} has an unknown status' },
  },
  summary: {
    label: 'Connection health',
  },
  history: {
    label: 'Status history',
    showAll: 'Show all {count} events',
    showLatest: 'Show the latest {count}',
    stageDuration: '{stage}: {duration}',
    stageOngoing: '{stage}: {duration} so far',
    failedHere: 'Failed here',
    stalled: 'Stalled for {duration}',
    stalledDetail: 'No new status since {time}.',
    empty: 'No status changes yet.',
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
