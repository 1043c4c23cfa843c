/**
 * The spec's tables, transcribed row by row and word for word, plus what issue 2 asks of each row.
 * The spec lives outside the repository (../shared/spec); `spec-tables.test.ts` checks this
 * transcription against it whenever it is there.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ConnectionAction, StageId, Tone } from '../../src/core'

export interface StatusRow {
  code: number
  /** spec: STATUS NAME, as written. */
  name: string
  /** issue 2: the spec's name in sentence case, typos mended. */
  label: string
  /** spec: DESCRIPTION, as written. */
  description: string
  stage: StageId | null
  tone: Tone
  action: ConnectionAction | null
}

const row = (code: number, name: string, label: string, description: string, stage: StageId | null, tone: Tone, action: ConnectionAction | null = null): StatusRow =>
  ({ code, name, label, description, stage, tone, action })

/** spec: "Status Numbering in the system"; stage, tone and action from issue 2. */
export const STATUS_TABLE: readonly StatusRow[] = [
  row(2, 'Loading', 'Loading', 'The data from the third-party app is loading to the datalake', 'loading', 'progress'),
  row(6, 'Authorization', 'Authorization', 'The user is trying or has already tried to log in to the third-party app', 'authorization', 'progress'),
  row(7, 'Error in Authorization', 'Error in authorization', 'Error after authorization (invalid credentials)', 'authorization', 'danger', 'reconnect'),
  row(8, 'Deauthorized', 'Deauthorized', "The app's connection has ended, and the user needs to reconnect the app", 'authorization', 'warning', 'reconnect'),
  row(9, 'Authorized', 'Authorized', 'Authorization is completed', 'authorization', 'progress'),
  row(11, 'Loading Error', 'Loading error', 'Error with loading data', 'loading', 'danger', 'retry'),
  row(12, 'Loaded', 'Loaded', 'Data saved in datalake', 'loading', 'progress'),
  row(13, 'Structuring', 'Structuring', 'Data is loaded, and the process of structuring is in progress', 'structuring', 'progress'),
  row(14, 'Structuring Error', 'Structuring error', 'Data structuring is interrupted', 'structuring', 'danger', 'retry'),
  row(15, 'Structured', 'Structured', 'Data structuring was completed successfully', 'structuring', 'progress'),
  row(16, 'Processing', 'Processing', 'Data is structured, and the process of processing is in progress', 'processing', 'progress'),
  row(17, 'Processing error', 'Processing error', 'Error with processing data', 'processing', 'danger', 'retry'),
  row(18, 'Processed', 'Processed', 'Processing', 'processing', 'progress'),
  row(19, 'Synced', 'Synced', 'Synced', 'synced', 'success'),
  row(20, 'Authorization timedout', 'Authorization timed out', 'Authorization timeout', 'authorization', 'warning', 'reconnect'),
  row(21, 'Deduplication', 'Deduplication', 'Deduplication of predefined apps', 'deduplication', 'progress'),
  row(22, 'Deduplication Error', 'Deduplication error', 'Error in Deduplication', 'deduplication', 'danger', 'retry'),
  row(23, 'Timed Out', 'Timed out', 'This applies to the loading sessions that did not change status within a defined period', 'loading', 'warning', 'retry'),
  row(25, 'Waiting For Webhook', 'Waiting for webhook', 'If data originates from the app aggregator, the sharing session waits for a webhook', 'loading', 'info'),
  row(26, 'Disconnected', 'Disconnected', 'When an app is disconnected', null, 'neutral', 'reconnect'),
]

/** spec: the Credential State table (State, Index, Description). */
export const CREDENTIAL_STATE_TABLE: readonly { index: number; name: string; description: string }[] = [
  { index: 0, name: 'Unknown', description: 'Something went wrong - Unexpected state' },
  { index: 1, name: 'Preparing collect', description: 'Initial preparation phase before collection starts' },
  { index: 2, name: 'Authentication in progress', description: 'Authentication process is underway' },
  { index: 3, name: '2FA code required', description: 'Two-factor authentication code is needed from user' },
  { index: 4, name: 'Performing 2FA', description: 'Processing the provided 2FA code' },
  { index: 5, name: 'Collecting data', description: 'Gathering data from the collector source' },
  { index: 6, name: 'Downloading invoices', description: 'Retrieving invoice files' },
  { index: 7, name: 'Done', description: 'Collection completed successfully' },
  { index: -1, name: 'Error', description: 'An error occurred during the process' },
  { index: -2, name: 'Disconnect', description: 'Credential needs to be reconnected' },
]

/** spec: the Collector State table. */
export const COLLECTOR_STATE_TABLE: readonly { state: string; name: string; description: string }[] = [
  { state: 'planned', name: 'Planned', description: 'The collector is under development and not yet functional. Users can still see the collector in the UI, but no invoices will be collected until it becomes active.' },
  { state: 'development', name: 'Development', description: 'The collector is being developed but not yet ready for production. Invoices are not yet being collected.' },
  { state: 'active', name: 'Active', description: 'The collector is fully developed and operational. At least one invoice has been collected successfully.' },
]

/** spec: the message the mapping recommends next to "Coming soon". */
export const COMING_SOON_MESSAGE = 'This collector is currently under development. We will notify you as soon as it becomes operational.'

/** spec: "Recommended UI Mapping", one row per condition, with the kind issue 2 names it by. */
export const UI_MAPPING_TABLE = [
  { condition: 'credential.collector.state == "planned"', kind: 'coming-soon', label: 'Coming soon', indexes: [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7] },
  { condition: 'credential.collector.state != "planned" and credential.state.index < 0', kind: 'error', label: 'Error', indexes: [-2, -1] },
  { condition: 'credential.collector.state != "planned" and credential.state.index == 0', kind: 'scheduled', label: 'Scheduled collection', indexes: [0] },
  {
    condition: 'credential.collector.state != "planned" and (credential.state.index == 1 or credential.state.index == 2 or credential.state.index == 4)',
    kind: 'connecting',
    label: 'Connection in progress',
    indexes: [1, 2, 4],
  },
  { condition: 'credential.collector.state != "planned" and credential.state.index == 3', kind: 'two-factor-required', label: '2FA required', indexes: [3] },
  { condition: 'credential.collector.state != "planned" and credential.state.index >= 5', kind: 'active', label: 'Active', indexes: [5, 6, 7] },
] as const

/** spec: the mapping's Explanation column, as written. */
export const UI_MAPPING_EXPLANATIONS = {
  'coming-soon': "The collector is under development. The user's request has been registered and will be processed once the collector is operational.",
  error: 'An error occurred (index -1) or reconnection needed (index -2)',
  scheduled: 'Collection is scheduled but not yet started',
  connecting: 'Authentication or 2FA verification is in progress',
  'two-factor-required': 'Waiting for user to provide 2FA code',
  active: 'Collection is running or completed successfully',
} as const

export const SPEC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/spec')
