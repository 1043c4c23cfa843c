import { formatMessage } from '../../core/messages'
import type { PipelineStep } from '../../core/pipeline'
import type { ProvidedMessages } from '../../provider/ui-messages'
import { summaryIndex } from './keyboard'

/**
 * A whole stepper in one phrase, for the compact trigger's accessible name: "Processing failed,
 * step 4 of 5". Names the step where the status sits, so a screen reader user hears the one fact
 * a table cell is there for without walking five dots.
 */
export function pipelineSummary(steps: readonly PipelineStep[], messages: ProvidedMessages): string {
  const patterns = messages.ui.pipelineSummary
  const total = steps.length
  const index = summaryIndex(steps)
  const step = steps[index]
  // No step running, failed or waiting: all done, or nothing to say.
  if (step?.state !== 'current' && step?.state !== 'error' && step?.state !== 'warning') {
    return formatMessage(step && index === total - 1 ? patterns.allComplete : patterns.none, { total })
  }
  return formatMessage(step.waiting ? patterns.waiting : patterns[step.state], { step: step.label, position: index + 1, total })
}
