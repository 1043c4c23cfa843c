/**
 * How a consumer's test finds each component (issue 20, item 3): the queries the Recipes page's
 * testing section documents, run in bare jsdom with Testing Library's own queries only. Badges and
 * pills are text with a tooltip: ARIA gives such an element no role that can carry a name (a span
 * is `generic`, which prohibits naming), so they are found by their text and public class name.
 */
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ConnectionHealthSummary, CredentialStatePill, PipelineProgress, StatusBadge, StatusHistory, TwoFactorBanner } from '../../src'

afterEach(cleanup)

const TWO_FACTOR = { state: { index: 3, max: 7, title: '2FA code required', message: 'A code was sent' }, collector: { state: 'active' } }

describe('finding each component in a consumer test', () => {
  it('cannot find a badge by role and name: a focusable span is a generic, which ARIA does not name', () => {
    render(<StatusBadge status={14} />)
    expect(screen.queryByRole('generic', { name: 'Structuring error' })).toBeNull()
  })

  it('finds a badge and a pill by their text and class, also while the tooltip repeats the label', async () => {
    const user = userEvent.setup()
    render(
      <>
        <StatusBadge status={14} />
        <CredentialStatePill credential={TWO_FACTOR} />
      </>,
    )
    const badge = screen.getByText('Structuring error', { selector: '.sk-badge' })
    expect(screen.getByText('2FA required', { selector: '.sk-pill' })).toBeTruthy()
    await user.hover(badge)
    const tooltip = await screen.findByRole('tooltip')
    // The trap: the open tooltip has the label too, so the plain text query finds two.
    expect(screen.getAllByText('Structuring error')).toHaveLength(2)
    expect(screen.getByText('Structuring error', { selector: '.sk-badge' })).toBe(badge)
    // While open, the tooltip is the badge's accessible description.
    expect(badge.getAttribute('aria-describedby')).toBe(tooltip.id)
  })

  it('finds every badge in a table, in row order, and one by its status code', () => {
    render(
      <table>
        <tbody>
          {[14, 19, 26].map((status) => (
            <tr key={status}>
              <td>
                <StatusBadge status={status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>,
    )
    expect(screen.getAllByText(/./, { selector: '.sk-badge' }).map((badge) => badge.textContent)).toEqual(['Structuring error', 'Synced', 'Disconnected'])
    expect(document.querySelector('.sk-badge[data-status="19"]')?.textContent).toBe('Synced')
  })

  it('finds the stepper, the compact stepper, the banner, the summary and the history by role and name', () => {
    render(
      <>
        <PipelineProgress status={14} />
        <PipelineProgress status={17} density="compact" label="Xero: connection progress" />
        <TwoFactorBanner credential={TWO_FACTOR} onSubmitCode={async () => {}} />
        <ConnectionHealthSummary items={[19, 14]} onSelect={() => {}} />
        <StatusHistory events={[{ status: 14, at: '2026-01-15T11:00:00Z' }]} now="2026-01-15T12:00:00Z" />
      </>,
    )
    const steps = screen.getByRole('list', { name: 'Connection progress' })
    expect(within(steps).getAllByRole('listitem')).toHaveLength(5)
    expect(screen.getByRole('img', { name: /^Xero: connection progress, / })).toBeTruthy()
    const banner = screen.getByRole('region', { name: '2FA code required' })
    expect(within(banner).getByRole('textbox', { name: 'Verification code' })).toBeTruthy()
    expect(within(banner).getByRole('button', { name: 'Verify' })).toBeTruthy()
    expect(within(screen.getByRole('list', { name: 'Connection health' })).getByRole('button', { name: '1 failed' })).toBeTruthy()
    expect(within(screen.getByRole('list', { name: 'Status history' })).getAllByRole('listitem')).toHaveLength(1)
  })
})
