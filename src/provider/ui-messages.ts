import { defaultOutcomeMessages, defaultSummaryMessages } from '../components/ConnectionHealthSummary/messages'
import { defaultHistoryMessages } from '../components/StatusHistory/messages'
import { defaultFreshnessMessages } from '../components/LastSynced/messages'
import { defaultNextStepMessages } from '../components/NextStepAction/messages'
import { defaultTwoFactorQueueMessages } from '../components/TwoFactorQueue/messages'
import { defaultActivityMessages } from '../components/SyncActivity/messages'
import type { ConnectionStatusCode } from '../core/connection-status'
import { defaultMessages, type CoreMessages, type DeepPartial, type Widen } from '../core/messages'

/**
 * The texts only the React components show: tooltips, screen-reader words, the 2FA form. They
 * live here, not in the core's catalog, so that `@statuskit/react/core` ships only the spec's
 * texts (issue 5's size budget for the core). The keys sit where they sat in the one catalog
 * before, so translations written for it still fit.
 *
 * These are the sections the provider hands to every component (and speaks through its
 * announcer). The live-dashboard sections (`outcomes`, `summary`, `history`) ship with
 * ConnectionHealthSummary and StatusHistory instead, so that the other components do not carry
 * them (issue 13's size budget); `defaultUiMessages` below puts the whole catalog together.
 */
export const providedUiMessages = {
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
  /**
   * What the step a status sits on says in its tooltip, in place of the stage's generic text
   * (issue 10: a failed step must not say it is still running). Built from the spec's stage
   * sections and status table; statuses that only say their stage runs (2, 6, 13, 16, 19, 21)
   * keep the stage's text. Every sentence ends with a full stop.
   */
  statusOnStep: {
    7: 'Error in authorization: the credentials are incorrect or invalid, or authorization was not completed correctly.',
    8: "The app's connection has ended, and the user needs to reconnect the app.",
    9: 'Authorized: authorization is completed, and loading follows.',
    20: 'Authorization timed out: authorization was started but not completed, for example the sign-in window was opened but no details were entered.',
    11: 'Error with loading data: an error occurred during data capture.',
    12: 'Loaded: the data is loaded successfully and saved in the datalake.',
    23: 'Timed out: the loading session did not change status within a defined period.',
    25: 'If data originates from the app aggregator, the sharing session waits for a webhook.',
    22: 'Error in deduplication of predefined apps.',
    14: 'Data structuring is interrupted: an error occurred during structuring.',
    15: 'Structured: the data is parsed into the database without errors.',
    17: 'Error with processing data: an error occurred in one of the processing substages.',
    18: 'Processed: the processing stage is completed.',
    26: 'The app is disconnected: no stage runs until it is reconnected.',
  } satisfies Partial<Record<ConnectionStatusCode, string>>,
  /** Texts of the React components (tooltips, the 2FA form). */
  ui: {
    stagePrefix: 'Stage: {stage}',
    nextStep: 'Next step: {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: '{done} of {total} processing substages completed',
    relativeTimeUpdated: 'Updated {time}',
    pipelineLabel: 'Connection progress',
    /**
     * The compact stepper's accessible name (one trigger for the whole stepper), by the state of
     * the step it stands for: where the status sits, else the last completed step.
     */
    pipelineSummary: {
      current: '{step} in progress, step {position} of {total}',
      waiting: '{step} waiting for webhook, step {position} of {total}',
      error: '{step} failed, step {position} of {total}',
      warning: '{step} needs attention, step {position} of {total}',
      allComplete: 'All {total} steps completed',
      /** Every step inactive or not started (an unknown or disconnected status). */
      none: 'No step in progress, {total} steps',
    },
    twoFactorCodeLabel: 'Verification code',
    twoFactorSubmit: 'Verify',
    twoFactorVerifying: 'Verifying your code…',
    twoFactorVerified: 'Code verified.',
    twoFactorEmptyCode: 'Enter the code we sent you.',
    twoFactorSubmitFailed: 'The code could not be verified.',
    /**
     * The banner's texts with a `subject` ("Xero"), so that two banners, their fields and their
     * buttons can be told apart. `submit` is the button's accessible name: it must contain the
     * visible `twoFactorSubmit` text (WCAG 2.5.3, label in name).
     */
    twoFactorSubject: {
      title: '{subject} needs a 2FA code',
      /** The heading at 4 and after: the API's (or the spec's) title for this connection. */
      status: '{subject}: {title}',
      codeLabel: 'Verification code for {subject}',
      submit: 'Verify the code for {subject}',
    },
    /** The dismiss button's name; `{title}` is the banner's title. */
    dismiss: 'Dismiss {title}',
    /** Read before an error message, for screen readers only. */
    errorPrefix: 'Error:',
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
}

/** The sections only the live-dashboard components show; each ships its own English defaults. */
export type LiveDashboardSection = 'outcomes' | 'summary' | 'history' | 'nextStep' | 'twoFactorQueue' | 'activity' | 'freshness'

/** The components' texts' shape. */
export interface UiMessages extends Widen<typeof providedUiMessages> {
  outcomes: Widen<typeof defaultOutcomeMessages>
  summary: Widen<typeof defaultSummaryMessages>
  history: Widen<typeof defaultHistoryMessages>
  freshness: Widen<typeof defaultFreshnessMessages>
  nextStep: Widen<typeof defaultNextStepMessages>
  twoFactorQueue: Widen<typeof defaultTwoFactorQueueMessages>
  activity: Widen<typeof defaultActivityMessages>
}

/** Every text of the package: the core's catalog and the components' texts. */
export interface StatusKitMessages extends CoreMessages, UiMessages {}
/** What a consumer passes to override texts (`StatusKitProvider messages`): any subset of the catalog. */
export type PartialStatusKitMessages = DeepPartial<StatusKitMessages>

/**
 * The catalog the provider hands down (`useStatusKit().messages`): every text of the core and of
 * the shared sections, complete; the live-dashboard sections only as far as the consumer
 * overrode them, for the component that shows them to lay over its own defaults.
 */
export type ProvidedMessages = Omit<StatusKitMessages, LiveDashboardSection> & Pick<PartialStatusKitMessages, LiveDashboardSection>

/** What the components use without a provider, and the base the provider merges onto. */
export const defaultProvidedMessages: ProvidedMessages = { ...defaultMessages, ...providedUiMessages }

// The whole English catalogs, for consumers (a base for their own catalog, the English entry of a
// language switch). Marked pure so that a bundler drops them, and the live-dashboard texts with
// them, from an app that does not use them: an object spread would count as a side effect.

/** Every English text of the components. */
export const defaultUiMessages: UiMessages = /* @__PURE__ */ Object.assign({}, providedUiMessages, {
  outcomes: defaultOutcomeMessages,
  summary: defaultSummaryMessages,
  history: defaultHistoryMessages,
  freshness: defaultFreshnessMessages,
  nextStep: defaultNextStepMessages,
  twoFactorQueue: defaultTwoFactorQueueMessages,
  activity: defaultActivityMessages,
})

/** Every English text of the package: the core's catalog and the components' texts. */
export const defaultStatusKitMessages: StatusKitMessages = /* @__PURE__ */ Object.assign({}, defaultMessages, defaultUiMessages)
