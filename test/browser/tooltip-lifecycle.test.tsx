/**
 * Issue 11, defect 1: a tooltip opens only when the user acts on a trigger in the page, and it
 * follows its trigger when a re-render replaces that element. In Chromium: the defect showed as a
 * tooltip open at the page's top-left corner, anchored to an element no longer in the page.
 */
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { PipelineProgress, StatusBadge } from '../../src'
import { focusTrigger, openTooltip, settle, stepTrigger } from './helpers'

/** Renders beside a button the user moves on to. */
function renderWithNext(ui: ReactElement): RenderResult & { update: (next: ReactElement) => void } {
  const result = render(
    <>
      {ui}
      <button type="button">Next</button>
    </>,
  )
  const update = (next: ReactElement) =>
    result.rerender(
      <>
        {next}
        <button type="button">Next</button>
      </>,
    )
  return { ...result, update }
}

/** Focus, Escape, then Tab on to the next control: the trigger has been used and left. */
async function useAndLeave(trigger: HTMLElement): Promise<void> {
  await focusTrigger(trigger)
  await openTooltip()
  await userEvent.keyboard('{Escape}')
  ;(document.querySelector('button') as HTMLButtonElement).focus()
  await settle()
  expect(document.querySelector('[role="tooltip"]')).toBeNull()
}

/** The tooltip sits next to its trigger (within 40 px vertically, overlapping horizontally). */
function expectAnchoredTo(tooltip: Element, trigger: Element): void {
  const box = tooltip.getBoundingClientRect()
  const anchor = trigger.getBoundingClientRect()
  expect(Math.min(Math.abs(box.bottom - anchor.top), Math.abs(box.top - anchor.bottom))).toBeLessThan(40)
  expect(box.right > anchor.left && box.left < anchor.right).toBe(true)
}

describe('a pipeline step whose status goes 21 -> 2 -> 21 after its tooltip was used', () => {
  it('opens nothing by itself, and hovering the step again opens its tooltip next to it', async () => {
    const { update } = renderWithNext(<PipelineProgress status={21} />)
    await useAndLeave(stepTrigger('Deduplication'))

    update(<PipelineProgress status={2} />) // a retry: deduplication is not shown
    await settle()
    update(<PipelineProgress status={21} />)
    await settle()
    expect(document.querySelector('[role="tooltip"]')).toBeNull()

    // Straight to the step with the mouse: no other trigger is used on the way.
    const step = stepTrigger('Deduplication')
    await userEvent.hover(step)
    const tooltip = await openTooltip()
    expect(tooltip).toHaveTextContent('Deduplication')
    expect(step.getAttribute('aria-describedby')).toBe(tooltip.id)
    expectAnchoredTo(tooltip, step)
  })
})

describe('a compact pipeline switched to the default density after a dot\'s tooltip was used', () => {
  it('binds the tooltip to the labelled step that replaced the dot', async () => {
    const { update } = renderWithNext(<PipelineProgress status={13} density="compact" />)
    await useAndLeave(stepTrigger('Structuring'))

    update(<PipelineProgress status={13} />)
    await settle()
    expect(document.querySelector('[role="tooltip"]')).toBeNull()

    const step = stepTrigger('Structuring')
    await userEvent.hover(step)
    const tooltip = await openTooltip()
    expect(step.getAttribute('aria-describedby')).toBe(tooltip.id)
    expectAnchoredTo(tooltip, step)
  })
})

describe('a badge whose tooltip is turned off and on again', () => {
  it('does not reopen its tooltip by itself, and opens it again on hover', async () => {
    const { update } = renderWithNext(<StatusBadge status={14} />)
    const badge = document.querySelector<HTMLElement>('[data-status="14"]')!
    await useAndLeave(badge)

    update(<StatusBadge status={14} tooltip={false} />)
    await settle()
    update(<StatusBadge status={14} />)
    await settle(200)
    expect(document.querySelector('[role="tooltip"]')).toBeNull()

    await userEvent.hover(badge)
    expectAnchoredTo(await openTooltip(), badge)
  })
})
