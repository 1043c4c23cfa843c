import type { Ref } from 'react'
import type { ConnectionTimeline, TimelineStage } from '../../core/health'
import { formatMessage } from '../../core/messages'
import { formatDateTime, formatDuration, formatRelative } from '../../internal/format'
import type { ProvidedMessages, UiMessages } from '../../provider/ui-messages'

export interface EventRowsOptions {
  /** Each event's key (see StatusHistory): rows are keyed by their event, not their position. */
  keys: readonly string[]
  /** How many of the oldest events are not shown. */
  hidden: number
  /** The present for relative times, or `null` when unreadable (no relative times). */
  nowMs: number | null
  messages: ProvidedMessages
  /** The history's texts (`messages.history`, completed by `useLiveDashboardMessages`). */
  history: UiMessages['history']
  locale: string
  /** The zone absolute times are shown in (`useDisplayTimeZone`). */
  timeZone: string | undefined
  /** The index of the event whose badge is the list's one tab stop; -1 when badges are no tab stops. */
  tabStopIndex: number
  /** Given when badges are no tab stops: the first badge's ref, for its focus owner (see StatusHistory). */
  firstBadgeRef: Ref<HTMLSpanElement> | undefined
}

/**
 * One `<li>` per shown event: the stage's duration on its first shown event, the badge (StatusBadge's
 * markup, size sm; its tooltip is the list's), "Failed here" on the failure, and the time. Plain
 * elements, no component per row: a history of hundreds of events mounts as a list does.
 */
export function eventRows(timeline: ConnectionTimeline, { keys, hidden, nowMs, messages, history, locale, timeZone, tabStopIndex, firstBadgeRef }: EventRowsOptions) {
  const stageLabels = stageLabelsByRow(timeline, hidden)
  const stageLabel = (stage: TimelineStage) =>
    formatMessage(stage.ongoing && stage.duration < 500 ? history.stageStarted : stage.ongoing ? history.stageOngoing : history.stageDuration, {
      stage: messages.stages[stage.stage!].label,
      duration: formatDuration(stage.duration, locale),
    })
  const focusable = firstBadgeRef === undefined
  return timeline.events.slice(hidden).map((event, offset) => {
    const index = hidden + offset
    const stage = stageLabels.get(index)
    const isFailure = event === timeline.failure
    const { status } = event
    return (
      // By event: a late event or a sliding limit leaves every other row (and the focus in it) in place.
      <li key={keys[index]} data-key={keys[index]} className="sk-history__event" data-tone={status.tone} data-failed={isFailure || undefined}>
        {stage && stage.stage && stage.stage !== 'synced' && <span className="sk-history__stage">{stageLabel(stage)}</span>}
        <span className="sk-history__status">
          <span
            ref={offset === 0 ? firstBadgeRef : undefined}
            className="sk-badge"
            data-tone={status.tone}
            data-status={status.known ? status.code : 'unknown'}
            data-size="sm"
            // One tab stop for the list (roving tabindex, see row-focus.ts).
            tabIndex={focusable ? (index === tabStopIndex ? 0 : -1) : undefined}
            data-focusable={focusable ? undefined : 'false'}
          >
            {status.label}
          </span>
          {isFailure && <strong className="sk-history__failed">{history.failedHere}</strong>}
        </span>
        <span className="sk-history__time">
          <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at, locale, timeZone)}</time>
          {/* Two text nodes, as the span around them held: one node would shape " · 1" as one run and move the glyphs by a subpixel. */}
          {nowMs !== null && ' · '}
          {nowMs !== null && formatRelative(event.at, nowMs, locale)}
        </span>
      </li>
    )
  })
}

/**
 * Which shown row carries which stage's duration: the stage's first event, or the first shown
 * one when the limit hides its start (the running stage of a long history keeps its "so far").
 */
function stageLabelsByRow(timeline: ConnectionTimeline, hidden: number): Map<number, TimelineStage> {
  const byRow = new Map<number, TimelineStage>()
  timeline.stages.forEach((stage, i) => {
    const lastEvent = (timeline.stages[i + 1]?.firstEvent ?? timeline.events.length) - 1
    if (lastEvent >= hidden) byRow.set(Math.max(stage.firstEvent, hidden), stage)
  })
  return byRow
}
