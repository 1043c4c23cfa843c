import type { PipelineStep } from '../../core/pipeline'
import { formatMessage } from '../../core/messages'
import type { ProvidedMessages } from '../../provider/ui-messages'
import { formatRelative } from '../../internal/format'
import { asSentence } from '../../internal/sentence'
import { readCallerTime } from './relative-time'

interface StepTooltipProps {
  step: PipelineStep
  messages: ProvidedMessages
  locale: string
  timestamp: unknown
  now: unknown
}

/**
 * The step's explanation: the status that sits on it, when the catalog has words for that status
 * (the core says which status a step explains), else the stage's text.
 */
function stepDescription(step: PipelineStep, messages: ProvidedMessages): string {
  if (step.status === 'unknown') return messages.unknownStatus.description
  const byStatus: Partial<Record<number, string>> = messages.statusOnStep
  return (step.status !== null && byStatus[step.status]) || step.description
}

/** What a step's tooltip says: the stage, its state, the spec's explanation, and when it changed. */
export function StepTooltip(props: StepTooltipProps) {
  const { step, messages } = props
  return (
    <>
      <span className="sk-tooltip__eyebrow">{messages.stepStates[step.state]}</span>
      <span className="sk-tooltip__title">{step.label}</span>
      <StepDetails {...props} />
    </>
  )
}

/**
 * A step's explanation, its substages and when it changed: shared by the step tooltip and the
 * compact stepper's tooltip, which explains the step its summary names.
 */
export function StepDetails({ step, messages, locale, timestamp, now }: StepTooltipProps) {
  const time = readCallerTime(timestamp, `timestamps.${step.id}`)
  return (
    <>
      <span className="sk-tooltip__body">{asSentence(stepDescription(step, messages))}</span>
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
          {asSentence(
            formatMessage(messages.ui.relativeTimeUpdated, {
              // Tooltips render only on the client, after a user acts, so reading the clock is
              // safe; an invalid `now` counts from the clock too.
              time: formatRelative(time, readCallerTime(now, 'now') ?? Date.now(), locale),
            }),
          )}
        </span>
      )}
    </>
  )
}
