import { CONNECTION_OUTCOMES, type ConnectionOutcome } from '../core/outcome'
import { formatMessage } from '../core/messages'
import type { StatusKitMessages } from '../provider/ui-messages'
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
  /** A component's status changed. `source` identifies the component: its latest change in a batch wins. */
  report(source: object, outcome: ConnectionOutcome, subject: string | undefined): void
  /** Drops what is pending (the provider unmounts). */
  cancel(): void
}

/**
 * Batches status changes into one sentence per interval for the provider's single live region.
 * React-free: the provider owns the region and passes `speak`; settings are read at flush time,
 * so a locale switch in between speaks the new language.
 */
export function createAnnouncer(settings: () => AnnouncerSettings): Announcer {
  let pending = new Map<object, { outcome: ConnectionOutcome; subject: string | undefined }>()
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    timer = undefined
    const { outcomes, messages, locale, speak } = settings()
    const changes = [...pending.values()].filter((change) => outcomes.includes(change.outcome))
    pending = new Map()
    const sentence = announcementText(changes, messages, locale)
    if (sentence) speak(sentence)
  }
  return {
    report(source, outcome, subject) {
      const { enabled, delay } = settings()
      if (!enabled || !(CONNECTION_OUTCOMES as readonly string[]).includes(outcome)) return
      pending.set(source, { outcome, subject })
      timer ??= setTimeout(flush, delay)
    },
    cancel() {
      clearTimeout(timer)
      timer = undefined
      pending = new Map()
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
