/**
 * Review of issue 20 (unit tests share modules, and order is checked with --sequence.shuffle):
 * `spyOnWarnings()` (test/components/helpers.tsx) does not start from zero when an earlier test of
 * the same file spied on console.warn: Vitest's vi.spyOn returns the existing spy with its calls,
 * and neither test/setup.ts nor vite.config.ts restores mocks after each test (only after each
 * file). So a test asserting "no warnings" fails or passes by test order:
 * `npx vitest run --project unit --sequence.shuffle --sequence.seed=1 test/components/LastSynced.test.tsx`
 * fails "says Never synced, neutrally" (it sees the "interval 0" test's warning), with or without --isolate.
 */
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LastSynced } from '../../src'
import { spyOnWarnings } from '../components/helpers'

const SYNCED = '2026-11-25T09:00:00Z'

describe('spyOnWarnings in consecutive tests of one file', () => {
  it('sees the warning of a bad interval', () => {
    const warnings = spyOnWarnings()
    render(<LastSynced at={SYNCED} interval={0} now={Date.parse(SYNCED)} />)
    expect(warnings.statuskit().some((w) => w.includes('interval 0'))).toBe(true)
  })

  // Was a defect (issue 20 review): the previous test's warning was still in this test's spy.
  it('starts from no warnings in the next test', () => {
    const warnings = spyOnWarnings()
    render(<LastSynced at={SYNCED} interval={15 * 60_000} now={Date.parse(SYNCED)} />)
    expect(warnings.statuskit()).toEqual([])
  })
})
