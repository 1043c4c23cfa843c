import type { PipelineStep } from '../../core/pipeline'
import { formatMessage } from '../../core/messages'
import type { StatusKitMessages } from '../../provider/ui-messages'
import { formatRelativeTime, readCallerTime } from './relative-time'

interface StepTooltipProps {
  step: PipelineStep
  messages: StatusKitMessages
  locale: string
  timestamp: unknown
  now: unknown
}

/** What a step's tooltip says: the stage, its state, the spec's explanation, and when it changed. */
export function StepTooltip({ step, messages, locale, timestamp, now }: StepTooltipProps) {
  const time = readCallerTime(timestamp, `timestamps.${step.id}`)
  return (
    <>
      <span className="sk-tooltip__eyebrow">{messages.stepStates[step.state]}</span>
      <span className="sk-tooltip__title">{step.label}</span>
      <span className="sk-tooltip__body">{step.description}</span>
      {step.waiting && <span className="sk-tooltip__body">{messages.waitingForWebhook}</span>}
      {step.substeps.length > 0 && (
        <ul className="sk-tooltip__list">
          {step.substeps.map((substep) => (
            <li key={substep.id} className="sk-tooltip__list-item" data-state={substep.state}>
              {substep.label}: {messages.stepStates[substep.state]}
            </li>
          ))}
        </ul>
      )}
      {time !== null && (
        <span className="sk-tooltip__meta">
          {formatMessage(messages.ui.relativeTimeUpdated, {
            // Tooltips render only on the client, after a user acts, so reading the clock is safe;
            // an invalid `now` counts from the clock too.
            time: formatRelativeTime(time, readCallerTime(now, 'now') ?? Date.now(), locale),
          })}
        </span>
      )}
    </>
  )
}
