import type { StageId } from '../../core/connection-status'
import type { PipelineStep } from '../../core/pipeline'
import type { TimeInput } from '../../core/read'
import { ancestorFocusRef } from '../../internal/ancestor-focus'
import { ActiveTooltip, lazyTriggerProps, useLazyTooltip } from '../../internal/LazyTooltip'
import type { StatusKitContextValue } from '../../provider/StatusKitProvider'
import { summaryIndex } from './keyboard'
import { StepDetails } from './StepTooltip'
import { pipelineSummary } from './summary'

interface CompactStepsProps {
  steps: readonly PipelineStep[]
  kit: StatusKitContextValue
  timestamps: Partial<Record<StageId, TimeInput>> | undefined
  now: TimeInput | undefined
  /** The caller's name for this stepper ("Xero: connection progress"), read before the summary. */
  label: string | undefined
  focusable: boolean
}

const NO_OWN_PROPS = {}

/**
 * Compact density: ONE trigger for the whole stepper, not one per dot. Decided by what each user
 * gets:
 * - keyboard: one tab stop per table row instead of five or six (a 1,000-row dashboard was
 *   thousands of Tab presses);
 * - touch: one target as wide as the row of dots and 24 px high (WCAG 2.5.8), where each dot was
 *   too small and too close to its neighbours to hit;
 * - screen reader: one name that says where the connection is ("Processing failed, step 4 of 5")
 *   instead of five list items that most readers announce as empty (they skip a listitem's
 *   aria-label in browse mode). `role="img"`: the dots are a picture of that sentence. The
 *   caller's `label` comes first ("Xero: connection progress, Processing failed, step 4 of 5"):
 *   a table's rows share a few summaries, so which connection it is must be heard first, as a
 *   screen reader reads a control's name before its value; without a label the summary alone.
 * The tooltip gives everyone the rest: every step with its state, then the explanation of the
 * step the name is about.
 */
export function CompactSteps({ steps, kit, timestamps, now, label, focusable }: CompactStepsProps) {
  const [active, activate] = useLazyTooltip()
  const summary = pipelineSummary(steps, kit.messages)
  return (
    <>
      <span
        ref={focusable ? undefined : ancestorFocusRef(activate, undefined)}
        className="sk-pipeline__summary"
        role="img"
        aria-label={typeof label === 'string' && label.trim() ? `${label}, ${summary}` : summary}
        {...lazyTriggerProps(NO_OWN_PROPS, activate, focusable)}
      >
        {steps.map((step) => (
          <span key={step.id} className="sk-pipeline__step" data-state={step.state} data-waiting={step.waiting || undefined} />
        ))}
      </span>
      {active && (
        <ActiveTooltip activation={active} onTriggerGone={() => activate(null)} content={<CompactTooltip steps={steps} kit={kit} timestamps={timestamps} now={now} />} />
      )}
    </>
  )
}

type CompactTooltipProps = Omit<CompactStepsProps, 'focusable' | 'label'>

/**
 * The stepper's summary, every step and its state, and what the summarised step means, in the
 * words for the status that sits on it (statusOnStep: "Error with processing data: ...", not the
 * stage's generic "in progress" text).
 */
function CompactTooltip({ steps, kit, timestamps, now }: CompactTooltipProps) {
  const { messages, locale } = kit
  // The step the summary names; with none (an unknown or disconnected status, where every step
  // stands still), a step that explains the status: the explanation uses the status's own words.
  const subject = steps[summaryIndex(steps)] ?? steps.find((step) => step.status !== null)
  return (
    <>
      <span className="sk-tooltip__title">{pipelineSummary(steps, messages)}</span>
      <ol className="sk-tooltip__list">
        {steps.map((step) => (
          <li key={step.id} className="sk-tooltip__list-item" data-state={step.state}>
            {step.label}: {messages.stepStates[step.state]}
            {step.waiting && `, ${messages.waitingForWebhook}`}
          </li>
        ))}
      </ol>
      {subject && <StepDetails step={subject} messages={messages} locale={locale} timestamp={timestamps?.[subject.id]} now={now} />}
    </>
  )
}
