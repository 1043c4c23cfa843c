import { describeValue, warnOnce } from '../internal/dev-warning'
import {
  describeConnectionStatus,
  PROCESSING_SUBSTAGES,
  STAGES,
  type ConnectionStatusInfo,
  type ConnectionStatusCode,
  type CoreOptions,
  type ProcessingSubstageId,
  type StageId,
} from './connection-status'
import { defaultMessages, type CoreMessages } from './messages'
import { field } from './read'

export const STEP_STATES = ['complete', 'current', 'error', 'warning', 'upcoming', 'inactive'] as const
/** A step's state, as a stepper shows it. */
export type StepState = (typeof STEP_STATES)[number]

/** Frozen, like the steps: pipelines are cached and shared (see connectionPipeline). */
export interface PipelineSubstep {
  readonly id: ProcessingSubstageId
  readonly label: string
  readonly state: StepState
}

export interface PipelineStep {
  readonly id: StageId
  readonly label: string
  /** The spec's explanation of the stage, for tooltips. */
  readonly description: string
  /**
   * The status this step explains, if any: the status's own stage (where it runs, stopped or just
   * completed), or every step when the whole pipeline stands still (26, or `'unknown'` for a code
   * that is not the spec's). Its tooltip explains the status, not the stage's generic text.
   */
  readonly status: ConnectionStatusCode | 'unknown' | null
  readonly state: StepState
  /** True while the stage waits on someone else (status 25, waiting for a webhook). */
  readonly waiting: boolean
  /** The processing stage's five substages; empty for every other stage. */
  readonly substeps: readonly PipelineSubstep[]
}

export interface PipelineOptions extends CoreOptions {
  /**
   * Show the optional deduplication stage even when the status is not 21 or 22.
   * @default false
   */
  showDeduplication?: boolean
  /** The substages' states, when the caller knows them, e.g. `{ forecasting: 'error' }`. */
  substages?: Partial<Record<ProcessingSubstageId, StepState>>
}

export function isStepState(value: unknown): value is StepState {
  return typeof value === 'string' && (STEP_STATES as readonly string[]).includes(value)
}

/**
 * The pipelines without caller-given substages, by status answer (itself cached per catalog and
 * code, so it stands for both) and then by `showDeduplication`. Weak: nothing to bound.
 */
const pipelineCache = new WeakMap<ConnectionStatusInfo, [plain?: readonly PipelineStep[], withDeduplication?: readonly PipelineStep[]]>()

/**
 * The steps of a stepper for a data connection status. Total: an unknown code makes every step
 * inactive (we cannot tell where the connection is, so we claim nothing).
 *
 * Memoized like describeConnectionStatus: without `options.substages` (a fresh object on every
 * render, so not a useful key) the same status, catalog and `showDeduplication` give the same
 * frozen array. With them, a new frozen array each call.
 */
export function connectionPipeline(code: unknown, options: PipelineOptions = {}): readonly PipelineStep[] {
  const info = describeConnectionStatus(code, options)
  const messages = options?.messages ?? defaultMessages
  // Deduplication is optional (spec: "Deduplication of predefined apps"); the spec does not place
  // it, we assume it sits between loading and structuring since it works on loaded data.
  const withDeduplication = options?.showDeduplication === true || info.stage === 'deduplication'
  if (options?.substages !== undefined) return buildSteps(info, withDeduplication, options.substages, messages)
  let cached = pipelineCache.get(info)
  if (!cached) pipelineCache.set(info, (cached = []))
  return (cached[Number(withDeduplication)] ??= buildSteps(info, withDeduplication, undefined, messages))
}

function buildSteps(info: ConnectionStatusInfo, withDeduplication: boolean, known: unknown, messages: CoreMessages): readonly PipelineStep[] {
  const stages = STAGES.filter((stage) => stage !== 'deduplication' || withDeduplication)
  const states = stageStates(stages, info.stage, info.effect)
  return Object.freeze(
    stages.map((id, index) => {
      const state = states[index] ?? 'inactive'
      return Object.freeze({
        id,
        label: messages.stages[id].label,
        description: messages.stages[id].description,
        state,
        status: explainedStatus(info, id),
        waiting: info.effect === 'waiting' && id === info.stage,
        substeps: id === 'processing' ? substeps(state, known, messages) : Object.freeze([]),
      })
    }),
  )
}

function explainedStatus(info: ConnectionStatusInfo, id: StageId): ConnectionStatusCode | 'unknown' | null {
  if (!info.known) return 'unknown'
  return info.stage === id || info.stage === null ? (info.code as ConnectionStatusCode) : null
}

function stageStates(stages: readonly StageId[], stage: StageId | null, effect: string | null): StepState[] {
  if (effect === 'synced') return stages.map(() => 'complete')
  const at = stage === null ? -1 : stages.indexOf(stage)
  if (at === -1) return stages.map(() => 'inactive') // disconnected or unknown
  return stages.map((_, index) => {
    if (index < at) return 'complete'
    if (index === at) return stateAtStage(effect)
    // A status that completes a stage (9, 12, 15, 18) hands over to the next one.
    return index === at + 1 && effect === 'completed' ? 'current' : 'upcoming'
  })
}

function stateAtStage(effect: string | null): StepState {
  switch (effect) {
    case 'completed':
      return 'complete'
    case 'error':
      return 'error'
    case 'warning':
      return 'warning'
    default:
      return 'current' // active, or waiting on a webhook
  }
}

function substeps(processing: StepState, known: unknown, messages: CoreMessages): readonly PipelineSubstep[] {
  const given = PROCESSING_SUBSTAGES.map((id) => field(known, id))
  const runningGiven = given.includes('current')
  const steps = PROCESSING_SUBSTAGES.map((id, index) => {
    const value = given[index]
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && value !== undefined && !isStepState(value)) {
      warnOnce(`Unknown state ${describeValue(value)} for processing substage "${id}": expected one of ${STEP_STATES.join(', ')}.`)
    }
    return Object.freeze({ id, label: messages.substages[id].label, state: isStepState(value) ? value : undescribed(processing, runningGiven) })
  })
  return Object.freeze(steps)
}

/**
 * A substage the caller did not describe follows its stage, with two exceptions. When processing
 * failed (17) we do not know which substage failed, and five "failed" would mislead: they are
 * inactive. When the caller names the substage that runs now, the undescribed ones have not
 * started: more spinners would claim they run.
 */
function undescribed(processing: StepState, runningGiven: boolean): StepState {
  if (processing === 'error') return 'inactive'
  return processing === 'current' && runningGiven ? 'upcoming' : processing
}
