'use client'
import { clsx } from 'clsx'
import { forwardRef, useState, type ComponentPropsWithoutRef, type FocusEvent, type KeyboardEvent } from 'react'
import { describeConnectionStatus, type ProcessingSubstageId, type StageId } from '../../core/connection-status'
import { formatMessage } from '../../core/messages'
import { connectionPipeline, type PipelineStep, type StepState } from '../../core/pipeline'
import type { TimeInput } from '../../core/read'
import { ActiveTooltip, useLazyTooltips } from '../../internal/LazyTooltip'
import { CompactSteps } from './CompactSteps'
import { rovingKeyTarget, summaryIndex } from './keyboard'
import { useFocusKeeper } from './focus-keeper'
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
   * `compact` shows dots only, for table cells: one trigger for the whole stepper, named by
   * `label` and a summary ("Processing failed, step 4 of 5"), whose tooltip lists every step and
   * its state.
   * @default 'default'
   */
  density?: 'default' | 'compact'
  /**
   * Let a horizontal stepper stack vertically when its container is too narrow (a container query).
   * @default true
   */
  responsive?: boolean
  /**
   * When each stage last changed (a Date, an ISO 8601 string or epoch milliseconds), shown in its
   * tooltip as a relative time.
   */
  timestamps?: Partial<Record<StageId, TimeInput>>
  /**
   * The time that relative times count from (a Date, an ISO 8601 string or epoch milliseconds).
   * Defaults to the moment a tooltip opens.
   */
  now?: TimeInput
  /**
   * Accessible name of the list of steps (beats the provider's messages). In compact density it
   * comes before the summary in the one trigger's name ("Xero: connection progress, Processing
   * failed, step 4 of 5"), so that the rows of a table read differently; without it the summary
   * alone names the trigger.
   */
  label?: string
  /**
   * Compact density: whether the stepper's one trigger is a tab stop. `false` in a grid whose
   * cells own focus; the tooltip then opens when the focused cell contains the stepper. (A
   * default-density stepper is always one tab stop: arrow keys move between its steps.)
   * @default true (or the provider's `focusable`)
   */
  focusable?: boolean
}

/** A stepper that shows where a data connection is in the pipeline and where it stopped. */
export const PipelineProgress = forwardRef<HTMLDivElement, PipelineProgressProps>(function PipelineProgress(
  { status, substages, showSubstages = false, showDeduplication = false, orientation = 'horizontal', density = 'default', responsive = true, timestamps, now, label, focusable, className, ...rest },
  ref,
) {
  const kit = useStatusKit()
  const steps = connectionPipeline(status, { messages: kit.messages, substages, showDeduplication })
  const info = describeConnectionStatus(status, { messages: kit.messages })
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
      {compact ? (
        <CompactSteps steps={steps} kit={kit} timestamps={timestamps} now={now} label={label} focusable={focusable ?? kit.focusable} />
      ) : (
        <Steps steps={steps} kit={kit} label={label} timestamps={timestamps} now={now} showSubstages={showSubstages} />
      )}
    </div>
  )
})

interface StepsProps {
  steps: readonly PipelineStep[]
  kit: StatusKitContextValue
  label: string | undefined
  timestamps: PipelineProgressProps['timestamps']
  now: PipelineProgressProps['now']
  showSubstages: boolean
}

/**
 * Default density: a list of steps that is one tab stop (WAI-ARIA APG roving tabindex). Tab
 * reaches the step where the status sits (or the one last focused); arrow keys, Home and End move
 * between steps and the focused step shows its tooltip. The list keeps its list semantics, so a
 * screen reader in browse mode still reads every step and its state. One delegated handler per
 * list: Radix's RovingFocusGroup would add a component per step and reads the direction from a
 * React DirectionProvider, where ours follows the `dir` the page actually renders.
 */
function Steps({ steps, kit, label, timestamps, now, showSubstages }: StepsProps) {
  // One tooltip state for the whole stepper, one handler on the list: only the step in use mounts Radix.
  const [active, activate, forget] = useLazyTooltips((trigger) => steps[indexInList(trigger)]?.id)
  const [focused, setFocused] = useState<StageId | null>(null)
  const focusedIndex = steps.findIndex((step) => step.id === focused)
  const tabStop = focusedIndex >= 0 ? focusedIndex : Math.max(summaryIndex(steps), 0)
  const activeStep = active && steps.find((step) => step.id === active.key)
  const [listRef, triggerRef] = useFocusKeeper()

  const onFocus = (event: FocusEvent<HTMLOListElement, Element>) => {
    activate(event)
    const step = event.target.classList.contains('sk-pipeline__trigger') ? steps[indexInList(event.target)] : undefined
    if (step) setFocused(step.id)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const next = rovingKeyTarget(event, indexInList(event.target as Element), steps.length)
    if (next === null) return
    const trigger = event.currentTarget.children[next]?.firstElementChild as HTMLElement | null | undefined // li > trigger
    trigger?.focus()
  }
  return (
    <>
      <ol ref={listRef} className="sk-pipeline__steps" aria-label={label ?? kit.messages.ui.pipelineLabel} onPointerOver={activate} onFocus={onFocus} onPointerDown={activate} onKeyDown={onKeyDown}>
        {steps.map((step, index) => (
          <Step key={step.id} step={step} kit={kit} showSubstages={showSubstages} tabStop={index === tabStop} triggerRef={triggerRef} />
        ))}
      </ol>
      {activeStep && (
        <ActiveTooltip
          key={activeStep.id}
          activation={active}
          onTriggerGone={forget}
          content={<StepTooltip step={activeStep} messages={kit.messages} locale={kit.locale} timestamp={timestamps?.[activeStep.id]} now={now} />}
        />
      )}
    </>
  )
}

/** The position of a trigger's step in the list of steps. */
function indexInList(trigger: Element): number {
  const item = trigger.closest('.sk-pipeline__steps > li')
  return item?.parentElement ? Array.prototype.indexOf.call(item.parentElement.children, item) : -1
}

interface StepProps {
  step: PipelineStep
  kit: StatusKitContextValue
  showSubstages: boolean
  /** The stepper's one tab stop (roving tabindex). */
  tabStop: boolean
  /** Tells the stepper when this step leaves while it has focus (useFocusKeeper). */
  triggerRef: (trigger: HTMLElement | null) => void
}

function Step({ step, kit, showSubstages, tabStop, triggerRef }: StepProps) {
  const { messages } = kit
  const done = step.substeps.filter((substep) => substep.state === 'complete').length
  const total = step.substeps.length
  return (
    <li className="sk-pipeline__step" data-state={step.state} data-waiting={step.waiting || undefined} aria-current={ariaCurrent(step)}>
      <span ref={triggerRef} className="sk-pipeline__trigger" tabIndex={tabStop ? 0 : -1}>
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
