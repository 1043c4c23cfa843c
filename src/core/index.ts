/**
 * `@statuskit/react/core`: the spec as typed data and total functions. No React, no DOM: safe in
 * React Server Components, workers and Node.
 */
export * from './spec'
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
export type { TimeInput } from './read'
export { DEFAULT_FRESHNESS_THRESHOLDS, syncFreshness, type SyncFreshness, type SyncFreshnessInput, type SyncFreshnessState } from './freshness'
export {
  DEFAULT_ACTIVITY_DAYS,
  MAX_ACTIVITY_DAYS,
  syncActivity,
  type ActivityDay,
  type DayOutcome,
  type ActivitySummary,
  type SyncActivityOptions,
  type SyncRun,
} from './activity'
