import { CONNECTION_OUTCOMES, type ConnectionOutcome } from '../core/outcome'
import { formatMessage } from '../core/messages'
import type { StatusKitMessages } from '../provider/ui-messages'
import { connectionKey } from './connection-diff'
import { formatCount } from './format'

export interface AnnouncementOptions {
  /**
   * The outcomes whose changes are spoken. Progress is what a dashboard shows all day: saying
   * each step aloud would drown the news.
   * @default ['failed', 'needs-attention', 'synced']
   */
  outcomes?: readonly ConnectionOutcome[]
  /**
   * Milliseconds to gather changes into one sentence. Counted from the first change, not reset by
   * later ones, so a table that never stops updating is still heard once per interval.
   * @default 1000
   */
  delay?: number
  /** Called with every sentence the live region speaks (a visible log, analytics, tests). */
  onAnnounce?: (message: string) => void
}

export const DEFAULT_ANNOUNCED_OUTCOMES: readonly ConnectionOutcome[] = ['failed', 'needs-attention', 'synced']

/** The most urgent news first. */
const SPOKEN_ORDER: readonly ConnectionOutcome[] = ['failed', 'needs-attention', 'disconnected', 'unknown', 'in-progress', 'synced']

export interface AnnouncerSettings {
  enabled: boolean
  outcomes: readonly ConnectionOutcome[]
  delay: number
  messages: Pick<StatusKitMessages, 'announcements'>
  locale: string
  speak: (message: string) => void
}

export interface Announcer {
  /**
   * A connection's outcome changed from `from` to `outcome` (`useConnectionAnnouncements`). Keyed
   * by the connection's id: its latest outcome in a batch wins, and a change back to where the
   * batch found it (19 -> 17 -> 19) is no news.
   */
  report(id: unknown, from: ConnectionOutcome, outcome: ConnectionOutcome, subject: string | undefined): void
  /**
   * A list saw the connection for the first time with this outcome (no news): what is known of it
   * now, so that a list that left and came back is not taken for an echo of old news.
   */
  notice(id: unknown, outcome: ConnectionOutcome): void
  /** The app's own sentence (`announce`), spoken after the status news of the same batch. */
  say(message: string): void
  /** Drops what is pending (the provider unmounts, or announcements are turned off). */
  cancel(): void
}

interface PendingChange {
  from: ConnectionOutcome
  outcome: ConnectionOutcome
  subject: string | undefined
}

/**
 * Batches status changes into one sentence per interval for the provider's single live region.
 * React-free: the provider owns the region and passes `speak`; settings are read at flush time,
 * so a locale switch in between speaks the new language.
 */
export function createAnnouncer(settings: () => AnnouncerSettings): Announcer {
  let pending = new Map<unknown, PendingChange>()
  // The latest outcome reported per connection, by any hook call: a second list showing the same
  // connection (a detail panel, its own query a poll later) reports what is already known.
  const known = new Map<unknown, ConnectionOutcome>()
  let said = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    timer = undefined
    const { enabled, outcomes, messages, locale, speak } = settings()
    const changes = [...pending.values()].filter((change) => outcomes.includes(change.outcome))
    const own = [...said]
    pending = new Map()
    said = new Set()
    if (!enabled) return
    const sentence = [announcementText(changes, messages, locale), ...own].filter(Boolean).join(' ')
    if (sentence) speak(sentence)
  }
  const schedule = () => {
    timer ??= setTimeout(flush, settings().delay)
  }
  return {
    report(reportedId, from, outcome, subject) {
      const id = connectionKey(reportedId)
      if (known.get(id) === outcome) return
      // Kept while announcements are off too: what is known must be the latest, not a stale echo.
      known.set(id, outcome)
      if (!settings().enabled || !(CONNECTION_OUTCOMES as readonly string[]).includes(outcome)) return
      const change = pending.get(id)
      if (!change) {
        pending.set(id, { from, outcome, subject })
        schedule()
      } else if (change.from === outcome) {
        pending.delete(id) // undone within the batch
      } else {
        change.outcome = outcome
        change.subject = subject
      }
    },
    notice(id, outcome) {
      const key = connectionKey(id)
      if (!pending.has(key)) known.set(key, outcome)
    },
    say(message) {
      if (!settings().enabled || message === '') return
      said.add(message)
      schedule()
    },
    cancel() {
      clearTimeout(timer)
      timer = undefined
      pending = new Map()
      said = new Set()
    },
  }
}

/** "Xero failed. 3 connections need attention.": per outcome, the subject when one changed, else the count. */
export function announcementText(changes: readonly { outcome: ConnectionOutcome; subject: string | undefined }[], messages: Pick<StatusKitMessages, 'announcements'>, locale: string): string {
  return SPOKEN_ORDER.flatMap((outcome) => {
    const group = changes.filter((change) => change.outcome === outcome)
    if (group.length === 0) return []
    const templates = messages.announcements[outcome]
    const subject = group[0]!.subject
    return [group.length === 1 && subject ? formatMessage(templates.subject, { subject }) : formatCount(templates, group.length, locale)]
  })
    .map((sentence) => `${sentence}.`)
    .join(' ')
}
