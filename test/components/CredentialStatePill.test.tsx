import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill } from '../../src'
import { COMING_SOON_MESSAGE, credential, findTooltip, setup, spyOnWarnings } from './helpers'

afterEach(() => vi.restoreAllMocks())

/** spec: "Recommended UI Mapping", for a collector that is not planned. */
const MAPPING = [
  { index: -2, label: 'Error', tone: 'danger', kind: 'error' },
  { index: -1, label: 'Error', tone: 'danger', kind: 'error' },
  { index: 0, label: 'Scheduled collection', tone: 'info', kind: 'scheduled' },
  { index: 1, label: 'Connection in progress', tone: 'progress', kind: 'connecting' },
  { index: 2, label: 'Connection in progress', tone: 'progress', kind: 'connecting' },
  { index: 3, label: '2FA required', tone: 'warning', kind: 'two-factor-required' },
  { index: 4, label: 'Connection in progress', tone: 'progress', kind: 'connecting' },
  { index: 5, label: 'Active', tone: 'success', kind: 'active' },
  { index: 6, label: 'Active', tone: 'success', kind: 'active' },
  { index: 7, label: 'Active', tone: 'success', kind: 'active' },
] as const

/** The pill is the element with a `data-kind`; its tooltip may repeat its label. */
const pill = (label: string | RegExp) => screen.getByText(label, { selector: '[data-kind]' })

describe('CredentialStatePill for every state index, collector not planned', () => {
  it.each(MAPPING)('shows index $index with an active collector as "$label" ($tone)', ({ index, label, tone, kind }) => {
    render(<CredentialStatePill credential={credential(index, 'active')} />)
    expect(pill(label)).toHaveAttribute('data-tone', tone)
    expect(pill(label)).toHaveAttribute('data-kind', kind)
  })

  it.each(MAPPING)('shows index $index with a collector in development as "$label"', ({ index, label }) => {
    render(<CredentialStatePill credential={credential(index, 'development')} />)
    expect(pill(label)).toBeInTheDocument()
  })

  it.each(MAPPING)('shows the API\'s title and message in the tooltip of index $index', async ({ index }) => {
    const title = `State ${index} title from the API`
    const message = `State ${index} message from the API`
    const { user } = setup(<CredentialStatePill credential={credential(index, 'active', { title, message })} />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent(title)
    expect(tooltip).toHaveTextContent(message)
  })

  it('falls back to the spec\'s state name and explanation when the API sends no title or message', async () => {
    const { user } = setup(<CredentialStatePill credential={credential(0, 'active')} />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent('Unknown')
    expect(tooltip).toHaveTextContent('Collection is scheduled but not yet started')
  })
})

describe('CredentialStatePill for a planned collector', () => {
  it.each(['planned', 'Planned', 'PLANNED', ' planned ', '\tPlanned\n'])('shows "Coming soon" for collector state %j, whatever the index', (collector) => {
    for (const index of [3, 7, -1]) {
      const { unmount } = render(<CredentialStatePill credential={credential(index, collector)} />)
      expect(pill('Coming soon')).toHaveAttribute('data-kind', 'coming-soon')
      unmount()
    }
  })

  it('explains "Coming soon" with the spec\'s message', async () => {
    const { user } = setup(<CredentialStatePill credential={credential(5, 'planned', { title: 'Collecting data', message: 'Busy' })} />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent(COMING_SOON_MESSAGE)
    expect(tooltip).not.toHaveTextContent('Busy')
  })

  it('shows comingSoonMessage instead of the spec\'s message', async () => {
    const { user } = setup(<CredentialStatePill credential={credential(5, 'planned')} comingSoonMessage="Arriving in June." />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent('Arriving in June.')
    expect(tooltip).not.toHaveTextContent(COMING_SOON_MESSAGE)
  })
})

describe('CredentialStatePill with API strings and bad input', () => {
  it('renders the API\'s title and message as text, never as HTML', async () => {
    const title = '<img src=x onerror=alert(1)>'
    const message = '<b>bold</b> <script>alert(2)</script>'
    const { user } = setup(<CredentialStatePill credential={credential(-1, 'active', { title, message })} />)
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent(title)
    expect(tooltip).toHaveTextContent(message)
    expect(document.querySelector('img, b, script')).toBeNull()
  })

  it('shows index 99 as "Status unavailable", never "Active"', () => {
    spyOnWarnings()
    render(<CredentialStatePill credential={credential(99, 'active')} />)
    expect(pill('Status unavailable')).toHaveAttribute('data-tone', 'neutral')
    expect(screen.queryByText('Active')).not.toBeInTheDocument()
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'active'],
    ['an empty object', {}],
    ['a null state', { state: null, collector: { state: 'active' } }],
    ['a non-integer index', credential(3.5)],
    ['a word for an index', credential('three')],
    ['index 8', credential(8)],
    ['index -3', credential(-3)],
    ['an array', [3, 'active']],
  ])('shows %s as a neutral "Status unavailable" without throwing', (_name, value) => {
    const warnings = spyOnWarnings()
    render(<CredentialStatePill credential={value} />)
    expect(pill('Status unavailable')).toHaveAttribute('data-tone', 'neutral')
    expect(warnings.statuskit()).toHaveLength(1)
  })

  it('reads an index sent as a string ("3")', () => {
    render(<CredentialStatePill credential={credential('3')} />)
    expect(pill('2FA required')).toBeInTheDocument()
  })

  it('survives a credential whose getters throw', () => {
    spyOnWarnings()
    const hostile = {
      get state(): never {
        throw new Error('boom')
      },
    }
    render(<CredentialStatePill credential={hostile} />)
    expect(pill('Status unavailable')).toBeInTheDocument()
  })
})

describe('CredentialStatePill props', () => {
  it('is medium by default and small with size="sm"', () => {
    render(
      <>
        <CredentialStatePill credential={credential(0)} />
        <CredentialStatePill credential={credential(7)} size="sm" />
      </>,
    )
    // Only the non-default size is marked (data-size="sm").
    expect(pill('Scheduled collection')).not.toHaveAttribute('data-size', 'sm')
    expect(pill('Active')).toHaveAttribute('data-size', 'sm')
  })

  it('shows the label override, keeping the tone', () => {
    render(<CredentialStatePill credential={credential(3)} label="Code needed" />)
    expect(pill('Code needed')).toHaveAttribute('data-tone', 'warning')
  })

  it('with tooltip={false} is no tab stop and never shows a tooltip', async () => {
    const { user } = setup(<CredentialStatePill credential={credential(3)} tooltip={false} />)
    expect(pill('2FA required')).not.toHaveAttribute('tabindex')
    await user.tab()
    expect(document.body).toHaveFocus()
    await user.hover(pill('2FA required'))
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('shows custom tooltip content', async () => {
    const { user } = setup(<CredentialStatePill credential={credential(3)} tooltip="Check your inbox" />)
    await user.tab()
    expect(await findTooltip()).toHaveTextContent('Check your inbox')
  })
})
