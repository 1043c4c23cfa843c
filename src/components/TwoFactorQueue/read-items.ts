import { credentialUiState, type CredentialUiState } from '../../core/credential-state'
import type { CoreMessages } from '../../core/messages'
import { field } from '../../core/read'
import { describeValue, warnOnce } from '../../internal/dev-warning'
import { readSubject } from '../TwoFactorBanner/subject'
import { twoFactorPhase } from '../TwoFactorBanner/use-banner-phase'

/** One credential of the queue, as you pass it. */
export interface TwoFactorQueueItem {
  /** A stable key (the credential's id): `onSubmitCode` gets it, and the entry keeps its form by it. */
  id: string
  /** The connection's name ("Xero"): the entry's button, the field's label and the submit button say it. */
  subject: string
  /** The credential as the API sends it; listed at index 3 (code required) and 4 (verifying). */
  credential: unknown
}

/** An entry the queue lists: a credential at 3 or 4. */
export interface QueueEntryData {
  id: string
  subject: string
  ui: CredentialUiState
  phase: 'code' | 'verifying'
}

export interface ReadItems {
  /** The credentials at 3 or 4, in your order. */
  listed: QueueEntryData[]
  /** Every readable item by id, whatever its state: what became of an entry that left. */
  all: Map<string, { subject: string; ui: CredentialUiState }>
}

const dev = () => typeof process !== 'undefined' && process.env.NODE_ENV !== 'production'

/** Total over any input: bad entries and repeated ids are skipped, each kind with one warning. */
export function readItems(items: unknown, messages: CoreMessages): ReadItems {
  const listed: QueueEntryData[] = []
  const all: ReadItems['all'] = new Map()
  if (!Array.isArray(items)) {
    if (dev()) warnOnce(`TwoFactorQueue: \`items\` ${describeValue(items)} is not an array of { id, subject, credential }. Nothing is listed.`)
    return { listed, all }
  }
  for (const item of items as unknown[]) {
    // `field`: a throwing getter or a revoked Proxy reads as missing instead of throwing in render.
    const id = field(item, 'id')
    if (typeof id !== 'string' || id === '') {
      if (dev()) warnOnce(`TwoFactorQueue: an item without a string \`id\` (${describeValue(item)}) is skipped.`)
      continue
    }
    if (all.has(id)) {
      if (dev()) warnOnce(`TwoFactorQueue: the id ${JSON.stringify(id)} is used twice; the first item is listed.`)
      continue
    }
    const subject = readSubject(field(item, 'subject'), 'TwoFactorQueue') ?? id
    const ui = credentialUiState(field(item, 'credential'), { messages })
    all.set(id, { subject, ui })
    const phase = twoFactorPhase(ui)
    if (phase !== null) listed.push({ id, subject, ui, phase })
  }
  return { listed, all }
}
