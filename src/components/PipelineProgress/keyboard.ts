import type { KeyboardEvent } from 'react'
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

/**
 * For the lists with one tab stop (the stepper, the history rows, the activity's days): where the
 * key of `event` moves focus from item `index` of `count`, or null when a modifier is held
 * (Alt+Left is the browser's Back), focus is on no item (`index` -1) or the key is not one of
 * ours. The direction is the one the page renders (dir on any ancestor, or CSS), read when the key
 * is pressed. A key it answers has its default prevented: no page scroll.
 */
export function rovingKeyTarget(event: KeyboardEvent<Element>, index: number, count: number): number | null {
  if (event.altKey || event.ctrlKey || event.metaKey || index < 0) return null
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl'
  const next = stepKeyTarget(event.key, index, count, rtl)
  if (next !== null) event.preventDefault()
  return next
}
