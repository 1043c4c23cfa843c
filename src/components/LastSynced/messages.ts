/**
 * LastSynced's English texts (`messages.freshness`). They ship with the component, not in the
 * provider's catalog, so that the other components do not carry them; the provider passes a
 * consumer's overrides of this section through and the component lays them over these defaults
 * (`useLiveDashboardMessages`). Times and durations come from Intl (`Intl.RelativeTimeFormat`,
 * unit `NumberFormat`), which carries each locale's plural forms: no `{ one, other }` pairs here.
 */
export const defaultFreshnessMessages = {
  /** `{time}`: "5 minutes ago", or the absolute time when there is no present to count from. */
  synced: 'Synced {time}',
  /** `{time}`: "in 10 minutes". */
  next: 'next {time}',
  /** The next sync's time has passed and no sync has come yet. */
  due: 'next sync due',
  never: 'Never synced',
  /** The last sync could not be read. */
  unknown: 'Last sync unknown',
  /** More than one interval (by default) without a sync: said in words, never by colour alone. */
  late: 'Late',
  /** More than two intervals (by default) without a sync. */
  overdue: 'Overdue',
  /** The detail line beside the absolute time; `{interval}`: "15 minutes". */
  interval: 'syncs every {interval}',
}
