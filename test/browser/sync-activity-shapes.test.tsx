/**
 * SyncActivity tells days apart by shape as well as colour (issue 22: never colour alone). The
 * outcome rules are one attribute each, so the rule every day shares must not outrank them: at
 * first it did (`.sk-activity__days > span`, 0-1-1), and every day was drawn at the same height,
 * a failed day in the neutral colour without its break, a day without syncs as a full bar.
 */
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SyncActivity } from '../../src'

const NOW = '2026-12-02T12:00:00Z'
const RUNS = [
  { at: '2026-11-28T10:00:00Z', status: 19 }, // synced
  { at: '2026-11-29T10:00:00Z', status: 8 }, // needs attention
  { at: '2026-11-30T10:00:00Z', status: 14 }, // failed
  // Dec 1: no runs
]

function day(container: HTMLElement, outcome: string): CSSStyleDeclaration {
  const span = container.querySelector<HTMLElement>(`.sk-activity__days > [data-outcome="${outcome}"]`)
  if (!span) throw new Error(`no ${outcome} day`)
  return getComputedStyle(span)
}

describe('SyncActivity draws each outcome in its own shape', () => {
  it('heights: none a tick, synced two thirds, needs attention taller, failed full height with a break', () => {
    const { container } = render(<SyncActivity runs={RUNS} now={NOW} days={5} />)
    const days = container.querySelector<HTMLElement>('.sk-activity__days')!
    const full = days.getBoundingClientRect().height
    expect(full).toBeGreaterThan(10)
    const height = (outcome: string) => parseFloat(day(container, outcome).height)
    expect(height('none')).toBe(4)
    expect(height('synced')).toBeCloseTo(full * 0.66, 0)
    expect(height('needs-attention')).toBeCloseTo(full * 0.83, 0)
    expect(height('failed')).toBeCloseTo(full, 0)
    // The failed day's break is a gradient with a transparent band; the others are a flat fill.
    expect(day(container, 'failed').backgroundImage).toMatch(/linear-gradient\(.*(transparent|rgba\(0, 0, 0, 0\))/)
    expect(day(container, 'synced').backgroundImage).toBe('none')
    // And the colours differ too: failed is not the neutral grey of an unknown day.
    expect(day(container, 'failed').backgroundImage).not.toContain(day(container, 'synced').backgroundColor)
  })
})
