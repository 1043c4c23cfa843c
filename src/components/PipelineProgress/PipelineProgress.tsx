'use client'
import { clsx } from 'clsx'
import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { describeConnectionStatus, type ProcessingSubstageId, type StageId } from '../../core/connection-status'
import { formatMessage } from '../../core/messages'
import { connectionPipeline, type PipelineStep, type StepState } from '../../core/pipeline'
import { ActiveTooltip, useLazyTooltips } from '../../internal/LazyTooltip'
import { VisuallyHidden } from '../../internal/VisuallyHidden'
import { useStatusKit, type StatusKitContextValue } from '../../provider/StatusKitProvider'
import { StepTooltip } from './StepTooltip'

export interface PipelineProgressProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The data connection status code from the API. An unknown code shows every step inactive. */
  status: unknown
  /** The processing substages' states, when known, e.g. `{ forecasting: 'error' }`. Others follow the processing stage. */
  substages?: Partial<Record<ProcessingSubstageId, StepState>>
  /**
   * Show processing's five substages as a nested list instead of a "2/5" count.
   * @default false
   */
  showSubstages?: boolean
  /**
   * Show the optional deduplication stage even when the status is not 21 or 22.
   * @default false
   */
  showDeduplication?: boolean
  /**
   * Steps side by side or stacked.
   * @default 'horizontal'
   */
  orientation?: 'horizontal' | 'vertical'
  /**
   * `compact` shows dots only (labels stay available to screen readers and in tooltips), for table cells.
   * @default 'default'
   */
  density?: 'default' | 'compact'
  /**
   * Let a horizontal stepper stack vertically when its container is too narrow (a container query).
   * @default true
   */
  responsive?: boolean
  /** When each stage last changed (Date or ISO string), shown in its tooltip as a relative time. */
  timestamps?: Partial<Record<StageId, Date | string>>
  /** The time that relative times count from. Defaults to the moment a tooltip opens. */
  now?: Date | number
  /** Accessible name of the list of steps (beats the provider's messages). */
  label?: string
}

/** A stepper that shows where a data connection is in the pipeline and where it stopped. */
export const PipelineProgress = forwardRef<HTMLDivElement, PipelineProgressProps>(function PipelineProgress(
  { status, substages, showSubstages = false, showDeduplication = false, orientation = 'horizontal', density = 'default', responsive = true, timestamps, now, label, className, ...rest },
  ref,
) {
  const kit = useStatusKit()
  const steps = connectionPipeline(status, { messages: kit.messages, substages, showDeduplication })
  const info = describeConnectionStatus(status, { messages: kit.messages })
  // One tooltip state for the whole stepper, one handler on the list: only the step in use mounts Radix.
  const [active, activate, forget] = useLazyTooltips((trigger) => steps[indexInList(trigger)]?.id)
  const activeStep = active && steps.find((step) => step.id === active.key)
  const compact = density === 'compact'
  return (
    <div
      {...rest}
      ref={ref}
      className={clsx('sk-pipeline', className)}
      // A disconnected pipeline (26) must not look like an unknown code's; only then is it set, so
      // that thousands of rows write no extra attribute.
      data-disconnected={info.effect === 'disconnected' || undefined}
      data-orientation={orientation}
      data-density={density}
      data-responsive={(responsive && orientation === 'horizontal' && !compact) || undefined}
    >
      <ol className="sk-pipeline__steps" aria-label={label ?? kit.messages.ui.pipelineLabel} onPointerOver={activate} onFocus={activate} onPointerDown={activate}>
        {steps.map((step) =>
          compact ? (
            // A dot, named for screen readers: "Loading, failed".
            <li key={step.id} className="sk-pipeline__step" data-state={step.state} data-waiting={step.waiting || undefined} aria-current={ariaCurrent(step)} aria-label={stepName(step, kit)} tabIndex={0} />
          ) : (
            <Step key={step.id} step={step} kit={kit} showSubstages={showSubstages} />
          ),
        )}
      </ol>
      {activeStep && (
        <ActiveTooltip
          key={activeStep.id}
          activation={active}
          onTriggerGone={forget}
          content={<StepTooltip step={activeStep} messages={kit.messages} locale={kit.locale} timestamp={timestamps?.[activeStep.id]} now={now} />}
        />
      )}
    </div>
  )
})

/** The position of a trigger's step in the list of steps. */
function indexInList(trigger: HTMLElement): number {
  const item = trigger.closest('.sk-pipeline__steps > li')
  return item?.parentElement ? Array.prototype.indexOf.call(item.parentElement.children, item) : -1
}

interface StepProps {
  step: PipelineStep
  kit: StatusKitContextValue
  showSubstages: boolean
}

function Step({ step, kit, showSubstages }: StepProps) {
  const { messages } = kit
  const done = step.substeps.filter((substep) => substep.state === 'complete').length
  const total = step.substeps.length
  return (
    <li className="sk-pipeline__step" data-state={step.state} data-waiting={step.waiting || undefined} aria-current={ariaCurrent(step)}>
      <span className="sk-pipeline__trigger" tabIndex={0}>
        <span className="sk-pipeline__marker" aria-hidden="true" />
        <span className="sk-pipeline__label">{step.label}</span>
        <VisuallyHidden>, {stateText(step, kit)}</VisuallyHidden>
        {/* A count only once processing has started: "0/5" on a step not reached says nothing. */}
        {total > 0 && !showSubstages && step.state !== 'inactive' && step.state !== 'upcoming' && (
          <>
            <span className="sk-pipeline__count" aria-hidden="true">
              {formatMessage(messages.ui.substagesProgress, { done, total })}
            </span>
            <VisuallyHidden>, {formatMessage(messages.ui.substagesSummary, { done, total })}</VisuallyHidden>
          </>
        )}
      </span>
      {total > 0 && showSubstages && (
        <ol className="sk-pipeline__substeps" aria-label={step.label}>
          {step.substeps.map((substep) => (
            <li key={substep.id} className="sk-pipeline__substep" data-state={substep.state}>
              <span className="sk-pipeline__marker" aria-hidden="true" />
              <span className="sk-pipeline__label">{substep.label}</span>
              <VisuallyHidden>, {messages.stepStates[substep.state]}</VisuallyHidden>
            </li>
          ))}
        </ol>
      )}
    </li>
  )
}

function ariaCurrent(step: PipelineStep): 'step' | undefined {
  return step.state === 'current' ? 'step' : undefined
}

function stateText(step: PipelineStep, { messages }: StatusKitContextValue): string {
  const state = messages.stepStates[step.state]
  return step.waiting ? `${state}, ${messages.waitingForWebhook}` : state
}

function stepName(step: PipelineStep, kit: StatusKitContextValue): string {
  return `${step.label}, ${stateText(step, kit)}`
}
