/**
 * Review of issue 22, part 2: LastSynced fed the way real APIs send times. Airbyte's public API
 * gives epoch seconds, and an interval in seconds ("frequency: 900") is an easy slip: both look
 * like milliseconds of 1970 or of a second, so every row reads "Overdue". A development warning
 * says so, once.
 */
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LastSynced } from '../../src'
import { spyOnWarnings } from '../components/helpers'

afterEach(() => vi.restoreAllMocks())
const NOW = Date.parse('2026-12-01T12:00:00Z')

describe('LastSynced: times and intervals in seconds', () => {
  it('warns once when `at` looks like epoch seconds (1.7e9 is January 1970 in ms)', () => {
    const warnings = spyOnWarnings()
    const { rerender } = render(<LastSynced at={1_764_590_000} interval={900_000} now={NOW} />)
    rerender(<LastSynced at={1_764_590_000} interval={900_000} now={NOW + 1} />)
    expect(screen.getByText('Overdue')).toBeInTheDocument() // shown as given: the warning tells the developer
    expect(warnings.statuskit().filter((message) => /seconds/.test(message))).toHaveLength(1)
  })

  it('warns once when the interval looks like seconds (900 for 15 minutes)', () => {
    const warnings = spyOnWarnings()
    render(<LastSynced at={NOW - 60_000} interval={900} now={NOW} />)
    expect(warnings.statuskit().filter((message) => /interval 900\b.*seconds/.test(message))).toHaveLength(1)
  })

  it('does not warn for milliseconds', () => {
    const warnings = spyOnWarnings()
    render(<LastSynced at={NOW - 60_000} interval={60_000} now={NOW} />)
    expect(warnings.statuskit()).toEqual([])
  })
})
