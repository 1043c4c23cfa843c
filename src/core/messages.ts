import type { ConnectionStatusCode, ConnectionStatusText } from './connection-status'

/**
 * The texts of the core, in English, in one typed catalog: the spec's names and descriptions and
 * the labels users see. The components add their own texts (tooltips, the 2FA form, screen-reader
 * state words) in `src/provider/ui-messages.ts`; together they make the package's
 * `StatusKitMessages`.
 *
 * Texts marked "spec" are the words of `data-connection-statuses.txt` or
 * `credential-collector-states.txt`; everything else is ours. Consumers replace any of them through
 * `StatusKitProvider messages={...}` or by passing `mergeMessages(defaultMessages, overrides)` as
 * the `messages` option, so keep every text here and nowhere else. Templates use `{name}`
 * placeholders, filled by `formatMessage`.
 */
export const defaultMessages = {
  /** spec: "Status Numbering in the system". `name` is the spec's, `label` the one users see. */
  connectionStatuses: {
    2: { name: 'Loading', label: 'Loading', description: 'The data from the third-party app is loading to the datalake' },
    6: { name: 'Authorization', label: 'Authorization', description: 'The user is trying or has already tried to log in to the third-party app' },
    7: { name: 'Error in Authorization', label: 'Error in authorization', description: 'Error after authorization (invalid credentials)' },
    8: { name: 'Deauthorized', label: 'Deauthorized', description: "The app's connection has ended, and the user needs to reconnect the app" },
    9: { name: 'Authorized', label: 'Authorized', description: 'Authorization is completed' },
    11: { name: 'Loading Error', label: 'Loading error', description: 'Error with loading data' },
    12: { name: 'Loaded', label: 'Loaded', description: 'Data saved in datalake' },
    13: { name: 'Structuring', label: 'Structuring', description: 'Data is loaded, and the process of structuring is in progress' },
    14: { name: 'Structuring Error', label: 'Structuring error', description: 'Data structuring is interrupted' },
    15: { name: 'Structured', label: 'Structured', description: 'Data structuring was completed successfully' },
    16: { name: 'Processing', label: 'Processing', description: 'Data is structured, and the process of processing is in progress' },
    17: { name: 'Processing error', label: 'Processing error', description: 'Error with processing data' },
    18: { name: 'Processed', label: 'Processed', description: 'Processing' },
    19: { name: 'Synced', label: 'Synced', description: 'Synced' },
    // The spec writes "timedout"; the label mends it.
    20: { name: 'Authorization timedout', label: 'Authorization timed out', description: 'Authorization timeout' },
    21: { name: 'Deduplication', label: 'Deduplication', description: 'Deduplication of predefined apps' },
    22: { name: 'Deduplication Error', label: 'Deduplication error', description: 'Error in Deduplication' },
    23: { name: 'Timed Out', label: 'Timed out', description: 'This applies to the loading sessions that did not change status within a defined period' },
    25: { name: 'Waiting For Webhook', label: 'Waiting for webhook', description: 'If data originates from the app aggregator, the sharing session waits for a webhook' },
    26: { name: 'Disconnected', label: 'Disconnected', description: 'When an app is disconnected' },
  } satisfies Record<ConnectionStatusCode, ConnectionStatusText>,
  unknownStatus: {
    label: 'Unknown status',
    labelWithCode: 'Unknown status ({code})',
    description: 'This status is not recognised. The connection may need attention from support.',
  },
  /** spec: the stage sections under "Basic Flow of the Data Sharing Process". */
  stages: {
    authorization: { label: 'Authorization', description: 'When the user is logged in or trying to log in to the third-party app.' },
    // The spec titles this section "Re-Authorization stage" and repeats the authorization sentence
    // above it, a copy-paste slip: we explain loading with the words of status 2 and of the section.
    loading: {
      label: 'Loading',
      description: 'The data from the third-party app is loading to the datalake. Loaded means that data is loaded successfully.',
    },
    // The spec has no section for deduplication, only statuses 21 and 22.
    deduplication: { label: 'Deduplication', description: 'Deduplication of predefined apps.' },
    structuring: { label: 'Structuring', description: 'Data from a third-party app has downloaded and the structuring process is in progress.' },
    processing: {
      label: 'Processing',
      description: 'Data from a third-party app is structured and data processing is in progress: monitoring, forecasting, insights, benchmarking and historical data cleaning.',
    },
    synced: { label: 'Synced', description: 'All the data from the third-party app is connected and synced.' },
  },
  /** spec: "The Processing stage consists of the following substages". */
  substages: {
    monitoring: { label: 'Monitoring' },
    forecasting: { label: 'Forecasting' },
    insights: { label: 'Insights' },
    benchmarking: { label: 'Benchmarking' },
    'historical-data-cleaning': { label: 'Historical data cleaning' },
  },
  /** spec: the Credential State table. */
  credentialStates: {
    '-2': { name: 'Disconnect', description: 'Credential needs to be reconnected' },
    '-1': { name: 'Error', description: 'An error occurred during the process' },
    '0': { name: 'Unknown', description: 'Something went wrong - Unexpected state' },
    '1': { name: 'Preparing collect', description: 'Initial preparation phase before collection starts' },
    '2': { name: 'Authentication in progress', description: 'Authentication process is underway' },
    '3': { name: '2FA code required', description: 'Two-factor authentication code is needed from user' },
    '4': { name: 'Performing 2FA', description: 'Processing the provided 2FA code' },
    '5': { name: 'Collecting data', description: 'Gathering data from the collector source' },
    '6': { name: 'Downloading invoices', description: 'Retrieving invoice files' },
    '7': { name: 'Done', description: 'Collection completed successfully' },
  },
  /** spec: the Collector State table. */
  collectorStates: {
    planned: { name: 'Planned', description: 'The collector is under development and not yet functional. Users can still see the collector in the UI, but no invoices will be collected until it becomes active.' },
    development: { name: 'Development', description: 'The collector is being developed but not yet ready for production. Invoices are not yet being collected.' },
    active: { name: 'Active', description: 'The collector is fully developed and operational. At least one invoice has been collected successfully.' },
  },
  /** spec: "Recommended UI Mapping": the Suggested UI Label and Explanation columns. */
  credentialUi: {
    'coming-soon': {
      label: 'Coming soon',
      // spec: the explanatory message the mapping recommends for "Coming soon".
      explanation: 'This collector is currently under development. We will notify you as soon as it becomes operational.',
    },
    // spec: "An error occurred (index -1) or reconnection needed (index -2)", split by index.
    error: { label: 'Error', explanation: 'An error occurred.', reconnectExplanation: 'Reconnection needed.' },
    scheduled: { label: 'Scheduled collection', explanation: 'Collection is scheduled but not yet started' },
    connecting: { label: 'Connection in progress', explanation: 'Authentication or 2FA verification is in progress' },
    'two-factor-required': { label: '2FA required', explanation: 'Waiting for user to provide 2FA code' },
    active: { label: 'Active', explanation: 'Collection is running or completed successfully' },
    unknown: { label: 'Status unavailable', explanation: 'The credential state could not be read.' },
  },
}

/** Every text of a catalog optional, at any depth: what a translation passes. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> }
/** A catalog's shape with every text a `string`, not the English literal. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** The core catalog's shape: what `describeConnectionStatus` and friends take as `messages`. */
export type CoreMessages = Widen<typeof defaultMessages>
/** Overrides for the core catalog: any subset of it. */
export type PartialCoreMessages = DeepPartial<CoreMessages>


/**
 * Lays `overrides` over `base`, key by key. Non-string leaves and unknown keys in the overrides are
 * ignored, so a malformed override object can never blank a text.
 */
export function mergeMessages<Messages extends object>(base: Messages, overrides: unknown): Messages {
  return mergeNode(base, overrides) as Messages
}

function mergeNode(base: unknown, override: unknown): unknown {
  if (typeof base === 'string') return typeof override === 'string' ? override : base
  if (!isRecord(base) || !isRecord(override)) return base
  const merged: Record<string, unknown> = {}
  for (const key of Object.keys(base)) merged[key] = mergeNode(base[key], read(override, key))
  return merged
}

function read(record: Record<string, unknown>, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
  } catch {
    return undefined // a throwing getter or Proxy: keep the default text
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match,
  )
}
