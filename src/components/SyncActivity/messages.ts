/**
 * The sync activity's English texts (`messages.activity`). They ship with the component, not in
 * the provider's catalog, so that the other components do not carry them; the provider passes a
 * consumer's overrides of this section through and the component lays them over these defaults
 * (`useLiveDashboardMessages`). `one` and `other` are `Intl.PluralRules` categories; `{count}` is
 * formatted in the locale.
 */
export const defaultActivityMessages = {
  /** The summary line, which is also the activity's accessible name: `{count}` days in all, `{free}` of them without a failed sync. */
  summary: { one: '{free} of {count} day without a failure', other: '{free} of {count} days without a failure' },
  /** After the summary when a sync failed in the window; `{time}` is the locale's "today", "yesterday", "3 days ago". */
  lastFailure: '{summary}; last failure {time}',
  /** The summary when no sync ran in the whole window. */
  noRuns: { one: 'No syncs today', other: 'No syncs in the last {count} days' },
  /** The summary when there is no present to count days from (no `now`, no runs). */
  unavailable: 'Sync activity unavailable',
  /** A day's outcome: the worst of its syncs', or none. First in the day's name and tooltip. */
  outcomes: {
    synced: 'Synced',
    'in-progress': 'In progress',
    'needs-attention': 'Needs attention',
    failed: 'Failed',
    disconnected: 'Disconnected',
    unknown: 'Unknown outcome',
    none: 'No syncs',
  },
  syncs: { one: '{count} sync', other: '{count} syncs' },
  failures: { one: '{count} failure', other: '{count} failures' },
  /** The day's syncs' durations added up. */
  duration: '{duration} in total',
  /** What a screen reader hears on a day: `{date}: {outcome}`, then `{details}` (syncs, failures, duration) when it had syncs. */
  day: '{date}: {outcome}',
  dayDetails: '{day}, {syncs}, {failures}, {duration}',
}
