import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusBadge } from '../../src'
import { STAGE_LABELS, STATUS_TABLE, findTooltip, settle, setup, spyOnWarnings } from './helpers'

afterEach(() => vi.restoreAllMocks())

const KNOWN_LABELS = STATUS_TABLE.map((row) => row.label)
/** issue 3: "what to do next when the core gives an action". */
const NEXT_STEP = { reconnect: 'Next step: Reconnect the app', retry: 'Next step: Try again' } as const

describe('StatusBadge for every status of "Status Numbering in the system"', () => {
  it.each(STATUS_TABLE)('shows $code as "$label" with tone $tone', ({ code, label, tone }) => {
    render(<StatusBadge status={code} />)
    const badge = screen.getByText(label)
    expect(badge).toHaveAttribute('data-tone', tone)
    expect(badge).toHaveAttribute('data-status', String(code))
  })

  it.each(STATUS_TABLE)('explains $code in its tooltip: stage, the spec\'s description and the next step', async (row) => {
    const { user } = setup(<StatusBadge status={row.code} />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent(row.description)
    if (row.stage) expect(tooltip).toHaveTextContent(`Stage: ${STAGE_LABELS[row.stage]}`)
    else expect(tooltip).not.toHaveTextContent('Stage:')
    if (row.action) expect(tooltip).toHaveTextContent(NEXT_STEP[row.action])
    else expect(tooltip).not.toHaveTextContent('Next step')
  })

  it.each([7, 8, 20, 26])('tells the user to reconnect the app for %i', async (code) => {
    const { user } = setup(<StatusBadge status={code} />)
    await user.tab()
    expect(await findTooltip()).toHaveTextContent('Reconnect the app')
  })

  it.each([11, 14, 17, 22, 23])('tells the user to try again for %i', async (code) => {
    const { user } = setup(<StatusBadge status={code} />)
    await user.tab()
    expect(await findTooltip()).toHaveTextContent('Try again')
  })

  it('reads a numeric string such as "14" as its status', () => {
    render(<StatusBadge status="14" />)
    expect(screen.getByText('Structuring error')).toHaveAttribute('data-status', '14')
  })
})

describe('StatusBadge for unknown codes', () => {
  it.each([
    { status: 1, label: 'Unknown status (1)' },
    { status: 24, label: 'Unknown status (24)' },
    { status: 99, label: 'Unknown status (99)' },
    { status: 'abc', label: 'Unknown status' },
    { status: null, label: 'Unknown status' },
  ])('shows $status as a neutral "$label" badge with one development warning', ({ status, label }) => {
    const warnings = spyOnWarnings()
    const { rerender } = render(<StatusBadge status={status} />)
    rerender(<StatusBadge status={status} />)
    const badge = screen.getByText(label)
    expect(badge).toHaveAttribute('data-tone', 'neutral')
    expect(badge).toHaveAttribute('data-status', 'unknown')
    for (const known of KNOWN_LABELS) expect(badge).not.toHaveTextContent(new RegExp(`^${known}$`))
    expect(warnings.statuskit()).toHaveLength(1)
    expect(warnings.statuskit()[0]).toContain(JSON.stringify(status))
  })

  it.each([undefined, Number.NaN, Infinity, 2.5, -2, '', '  ', {}, [], [14], true, Symbol('14'), () => 14, 10n])(
    'renders %s as "Unknown status" without throwing',
    (status) => {
      spyOnWarnings()
      expect(() => render(<StatusBadge status={status} />)).not.toThrow()
      expect(screen.getByText(/^Unknown status/)).toHaveAttribute('data-tone', 'neutral')
    },
  )

  it('survives a revoked Proxy as its status', () => {
    spyOnWarnings()
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    render(<StatusBadge status={proxy} />)
    expect(screen.getByText('Unknown status')).toBeInTheDocument()
  })

  it('explains an unknown status in its tooltip without a stage or a next step', async () => {
    spyOnWarnings()
    const { user } = setup(<StatusBadge status={99} />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent('This status is not recognised.')
    expect(tooltip).not.toHaveTextContent('Stage:')
    expect(tooltip).not.toHaveTextContent('Next step')
  })
})

describe('StatusBadge props', () => {
  it('is medium by default and small with size="sm"', () => {
    render(
      <>
        <StatusBadge status={2} />
        <StatusBadge status={19} size="sm" />
      </>,
    )
    // Only the non-default size is marked (data-size="sm").
    expect(screen.getByText('Loading')).not.toHaveAttribute('data-size', 'sm')
    expect(screen.getByText('Synced')).toHaveAttribute('data-size', 'sm')
  })

  it('shows the label override instead of the status label, keeping tone and status', () => {
    render(<StatusBadge status={7} label="Sign in again" />)
    const badge = screen.getByText('Sign in again')
    expect(badge).toHaveAttribute('data-tone', 'danger')
    expect(badge).toHaveAttribute('data-status', '7')
    expect(screen.queryByText('Error in authorization')).not.toBeInTheDocument()
  })

  it('with tooltip={false} is no tab stop and never shows a tooltip', async () => {
    const { user } = setup(<StatusBadge status={14} tooltip={false} />)
    const badge = screen.getByText('Structuring error')
    expect(badge).not.toHaveAttribute('tabindex')
    await user.tab()
    expect(document.body).toHaveFocus()
    await user.hover(badge)
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('shows custom tooltip content instead of the default explanation', async () => {
    const { user } = setup(<StatusBadge status={14} tooltip={<span>Ask your admin to re-run the import</span>} />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent('Ask your admin to re-run the import')
    expect(tooltip).not.toHaveTextContent('Data structuring is interrupted')
  })
})
