/** Shared helpers for the browser tests (real Chromium, real layout, trusted input). */
import { expect } from 'vitest'
import { userEvent } from 'vitest/browser'

/** Lets effects, timers and frames run, for "still open" / "never opened" checks. */
export const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms))

/** The focusable trigger of a pipeline step, by its label (a labelled step or a compact dot). */
export function stepTrigger(label: string): HTMLElement {
  const trigger = [...document.querySelectorAll<HTMLElement>('.sk-pipeline [tabindex]')].find((element) =>
    `${element.textContent} ${element.getAttribute('aria-label') ?? ''}`.includes(label),
  )
  if (!trigger) throw new Error(`no step trigger "${label}"`)
  return trigger
}

/** Moves keyboard focus to the trigger with real key presses (Tab from the page's start). */
export async function focusTrigger(trigger: HTMLElement, limit = 12): Promise<void> {
  ;(document.activeElement as HTMLElement | null)?.blur()
  for (let press = 0; press < limit && document.activeElement !== trigger; press++) await userEvent.tab()
  expect(document.activeElement).toBe(trigger)
}

/** The open tooltip (Radix's role="tooltip" copy), once it is there. */
export async function openTooltip(): Promise<HTMLElement> {
  await expect.poll(() => document.querySelector('[role="tooltip"]')).not.toBeNull()
  return document.querySelector<HTMLElement>('[role="tooltip"]')!
}
