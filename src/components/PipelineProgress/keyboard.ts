import type { PipelineStep } from '../../core/pipeline'

/**
 * The stepper's keyboard model, as pure functions (WAI-ARIA APG, "Keyboard Navigation Inside
 * Components": roving tabindex). A stepper is one tab stop; arrow keys move between its steps.
 */

/**
 * The step a stepper stands for: where the status sits (the step that failed, needs attention or
 * runs), else the last completed step, else -1 (nothing has happened: every step inactive or not
 * started). It is the first tab stop of a default stepper and the subject of a compact one's name.
 */
export function summaryIndex(steps: readonly PipelineStep[]): number {
  const active = steps.findIndex((step) => step.state === 'error' || step.state === 'warning' || step.state === 'current')
  if (active >= 0) return active
  return steps.map((step) => step.state).lastIndexOf('complete')
}

/**
 * Where a key moves focus from step `index` of `count`, or null for a key the stepper leaves
 * alone. Both arrow pairs work whatever the orientation, since a responsive horizontal stepper
 * stacks in a narrow container without changing its `orientation`. Left and Right follow the
 * reading direction (`rtl`) (in RTL the next step is to the left). No wrapping: Home and End jump.
 */
export function stepKeyTarget(key: string, index: number, count: number, rtl: boolean): number | null {
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  const step = STEP_KEYS[key]
  if (!step) return null
  const mirrored = rtl && (key === 'ArrowLeft' || key === 'ArrowRight')
  const next = index + (mirrored ? -step : step)
  return Math.min(Math.max(next, 0), count - 1)
}

const STEP_KEYS: Record<string, number | undefined> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }
