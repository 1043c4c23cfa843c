/**
 * Components and the live region: one polite region per provider, and no component announces on
 * its own (issue 21). What is spoken comes from the data: test/components/connection-announcements.test.tsx.
 */
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, StatusBadge, StatusKitProvider } from '../../src'
import { credential, spyOnWarnings } from './helpers'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

describe('components do not announce on their own (issue 21)', () => {
  it('says nothing when mounted badges and pills change: what is heard must not depend on what is mounted', () => {
    const onAnnounce = vi.fn()
    const ui = (status: number, index: number) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        <StatusBadge status={status} tooltip={false} />
        <StatusBadge status={status} tooltip={false} />
        <CredentialStatePill credential={credential(index)} tooltip={false} />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(16, 2))
    rerender(ui(17, 3))
    advance(5000)
    expect(onAnnounce).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('has one polite status region per provider, not one per badge, empty on first render', () => {
    render(
      <StatusKitProvider>
        {Array.from({ length: 50 }, (_, i) => (
          <StatusBadge key={i} status={14} tooltip={false} />
        ))}
      </StatusKitProvider>,
    )
    expect(screen.getAllByRole('status')).toHaveLength(1)
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite')
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('has no region with announcements={false}', () => {
    render(
      <StatusKitProvider announcements={false}>
        <StatusBadge status={2} tooltip={false} />
      </StatusKitProvider>,
    )
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('keeps the deprecated `subject` prop working as a no-op: not in the DOM, one development warning per component type', () => {
    const warnings = spyOnWarnings()
    const onAnnounce = vi.fn()
    const ui = (status: number, index: number) => (
      <StatusKitProvider announcements={{ onAnnounce }}>
        <StatusBadge status={status} subject="Xero" tooltip={false} data-testid="a" />
        <StatusBadge status={status} subject="Sage" tooltip={false} />
        <CredentialStatePill credential={credential(index)} subject="Xero" tooltip={false} data-testid="b" />
      </StatusKitProvider>
    )
    const { rerender } = render(ui(16, 2))
    rerender(ui(17, 3))
    advance(5000)
    expect(onAnnounce).not.toHaveBeenCalled()
    expect(screen.getByTestId('a')).not.toHaveAttribute('subject')
    expect(screen.getByTestId('b')).not.toHaveAttribute('subject')
    expect(warnings.statuskit()).toEqual([
      expect.stringContaining('StatusBadge: `subject` is deprecated'),
      expect.stringContaining('CredentialStatePill: `subject` is deprecated'),
    ])
  })
})
