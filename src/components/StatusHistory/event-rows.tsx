import type { Ref } from 'react'
import type { ConnectionTimeline, TimelineStage } from '../../core/health'
import { formatMessage } from '../../core/messages'
import { formatDateTime, formatDuration, formatRelative } from '../../internal/format'
import type { ProvidedMessages, UiMessages } from '../../provider/ui-messages'

export interface EventRowsOptions {
  /** How many of the oldest events are not shown. */
  hidden: number
  /** The present for relative times, or `null` when unreadable (no relative times). */
  nowMs: number | null
  messages: ProvidedMessages
  /** The history's texts (`messages.history`, completed by `useLiveDashboardMessages`). */
  history: UiMessages['history']
  locale: string
  /** Given when badges are no tab stops: the first badge's ref, for its focus owner (see StatusHistory). */
  firstBadgeRef: Ref<HTMLSpanElement> | undefined
}

/**
 * One `<li>` per shown event: the stage's duration on its first event, the badge (StatusBadge's
 * markup, size sm; its tooltip is the list's), "Failed here" on the failure, and the time. Plain
 * elements, no component per row: a history of hundreds of events mounts as a list does.
 */
export function eventRows(timeline: ConnectionTimeline, { hidden, nowMs, messages, history, locale, firstBadgeRef }: EventRowsOptions) {
  const stageByFirstEvent = new Map<number, TimelineStage>(timeline.stages.map((stage) => [stage.firstEvent, stage]))
  const stageLabel = (stage: TimelineStage) =>
    formatMessage(stage.ongoing ? history.stageOngoing : history.stageDuration, {
      stage: messages.stages[stage.stage!].label,
      duration: formatDuration(stage.duration, locale),
    })
  const focusable = firstBadgeRef === undefined
  return timeline.events.slice(hidden).map((event, offset) => {
    const index = hidden + offset
    const stage = stageByFirstEvent.get(index)
    const isFailure = event === timeline.failure
    const { status } = event
    return (
      // By position: new events append at the end, so earlier rows keep their keys.
      <li key={index} className="sk-history__event" data-tone={status.tone} data-failed={isFailure || undefined}>
        {stage && stage.stage && stage.stage !== 'synced' && <span className="sk-history__stage">{stageLabel(stage)}</span>}
        <span className="sk-history__status">
          <span
            ref={offset === 0 ? firstBadgeRef : undefined}
            className="sk-badge"
            data-tone={status.tone}
            data-status={status.known ? status.code : 'unknown'}
            data-size="sm"
            tabIndex={focusable ? 0 : undefined}
            data-focusable={focusable ? undefined : 'false'}
          >
            {status.label}
          </span>
          {isFailure && <strong className="sk-history__failed">{history.failedHere}</strong>}
        </span>
        <span className="sk-history__time">
          <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at, locale)}</time>
          {/* Two text nodes, as the span around them held: one node would shape " · 1" as one run and move the glyphs by a subpixel. */}
          {nowMs !== null && ' · '}
          {nowMs !== null && formatRelative(event.at, nowMs, locale)}
        </span>
      </li>
    )
  })
}
