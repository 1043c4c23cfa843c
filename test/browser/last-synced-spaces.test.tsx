/**
 * Found while building the customer dashboard (issue 22): LastSynced's line is an inline flex
 * box, so each run of text beside an element is its own flex item and loses the space at its
 * edge. It reads "Synced10 minutes ago· next in 50 minutes" and "Late· Synced…" on screen
 * (the DOM text is right: only real layout shows it). Measured: the space after "Synced" and the
 * one before "·" are drawn at least 2 px wide.
 */
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LastSynced } from '../../src'

/** How wide the characters `start` to `end` of a text node are drawn: 0 for a space the layout dropped. */
function drawnWidth(text: Node, start: number, end: number): number {
  const range = document.createRange()
  range.setStart(text, start)
  range.setEnd(text, end)
  return range.getBoundingClientRect().width
}

describe('LastSynced keeps the spaces of its sentence', () => {
  it.each(['default', 'compact'] as const)('%s: "Synced 10 minutes ago · next in 50 minutes"', (density) => {
    const { container } = render(
      <LastSynced at="2026-11-25T11:50:00Z" now="2026-11-25T12:00:00Z" interval={60 * 60_000} density={density} />,
    )
    const time = container.querySelector('time')!
    const synced = time.previousSibling! // the text "Synced "
    const next = time.nextSibling! // the text " · next in 50 minutes"
    expect(synced.textContent).toBe('Synced ')
    // A space at 12 to 16 px is about 3 to 4 px wide; a trimmed one is drawn 0 wide.
    expect(drawnWidth(synced, 6, 7)).toBeGreaterThanOrEqual(2) // the space after "Synced"
    expect(drawnWidth(next, 0, 1)).toBeGreaterThanOrEqual(2) // the space before "·"
  })
})
