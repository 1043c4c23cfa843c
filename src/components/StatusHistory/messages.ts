/**
 * The status history's English texts (`messages.history`). They ship with the component, not in
 * the provider's catalog, so that the other components do not carry them; the provider passes a
 * consumer's overrides of this section through and the component lays them over these defaults
 * (`useLiveDashboardMessages`).
 */
export const defaultHistoryMessages = {
  label: 'Status history',
  showAll: 'Show all {count} events',
  showLatest: 'Show the latest {count}',
  showEarlier: { one: 'Show {count} earlier event', other: 'Show {count} earlier events' },
  stageDuration: '{stage}: {duration}',
  stageOngoing: '{stage}: {duration} so far',
  stageStarted: '{stage}: started just now',
  failedHere: 'Failed here',
  stalled: 'Stalled for {duration}',
  stalledDetail: 'No new status since {time}.',
  empty: 'No status changes yet.',
}
