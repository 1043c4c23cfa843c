/** A second language through the provider: German labels, tooltips and screen-reader text. */
import { render, screen, within } from '@testing-library/react'
import { memo, Profiler, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider, TwoFactorBanner, type PartialStatusKitMessages } from '../../src'
import { credential, findTooltip, setup, tabToText } from './helpers'

const german = {
  connectionStatuses: {
    14: { label: 'Strukturierungsfehler', description: 'Die Strukturierung der Daten wurde unterbrochen' },
    19: { label: 'Synchronisiert' },
  },
  stages: {
    authorization: { label: 'Autorisierung' },
    loading: { label: 'Laden' },
    structuring: { label: 'Strukturierung', description: 'Die Daten werden strukturiert.' },
    processing: { label: 'Verarbeitung' },
    synced: { label: 'Synchronisiert' },
  },
  substages: { forecasting: { label: 'Prognose' } },
  actions: { retry: 'Erneut versuchen' },
  stepStates: { complete: 'abgeschlossen', current: 'aktuell', error: 'fehlgeschlagen', upcoming: 'nicht begonnen' },
  credentialUi: {
    'coming-soon': { label: 'Demnächst', explanation: 'Dieser Connector ist in Entwicklung.' },
    'two-factor-required': { label: '2FA erforderlich' },
  },
  ui: {
    stagePrefix: 'Phase: {stage}',
    nextStep: 'Nächster Schritt: {action}',
    pipelineLabel: 'Verbindungsfortschritt',
    substagesSummary: '{done} von {total} Teilschritten abgeschlossen',
    twoFactorCodeLabel: 'Bestätigungscode',
    twoFactorSubmit: 'Bestätigen',
    twoFactorEmptyCode: 'Bitte den Code eingeben.',
    dismiss: 'Schließen',
  },
} satisfies PartialStatusKitMessages

const inGerman = (children: ReactNode) => (
  <StatusKitProvider messages={german} locale="de">
    {children}
  </StatusKitProvider>
)

describe('StatusKitProvider with German messages', () => {
  it('replaces a badge\'s label', () => {
    render(inGerman(<StatusBadge status={14} />))
    expect(screen.getByText('Strukturierungsfehler')).toHaveAttribute('data-status', '14')
    expect(screen.queryByText('Structuring error')).not.toBeInTheDocument()
  })

  it('replaces a badge\'s tooltip: stage, description and next step', async () => {
    const { user } = setup(inGerman(<StatusBadge status={14} />))
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent('Phase: Strukturierung')
    expect(tooltip).toHaveTextContent('Die Strukturierung der Daten wurde unterbrochen')
    expect(tooltip).toHaveTextContent('Nächster Schritt: Erneut versuchen')
    expect(tooltip).not.toHaveTextContent(/Stage|Next step|Try again/)
  })

  it('keeps English for the texts it does not replace', () => {
    render(inGerman(<StatusBadge status={2} />))
    expect(screen.getByText('Loading')).toBeInTheDocument()
  })

  it('replaces the pipeline\'s name, step labels and screen-reader state text', () => {
    render(inGerman(<PipelineProgress status={14} />))
    const list = screen.getByRole('list', { name: 'Verbindungsfortschritt' })
    const steps = within(list).getAllByRole('listitem')
    expect(steps.map((step) => step.textContent)).toEqual([
      'Autorisierung, abgeschlossen',
      'Laden, abgeschlossen',
      'Strukturierung, fehlgeschlagen',
      'Verarbeitung, nicht begonnen',
      'Synchronisiert, nicht begonnen',
    ])
    expect(steps[3]).not.toHaveTextContent('0 von 5 Teilschritten abgeschlossen')
  })

  it('replaces a step\'s tooltip text, substages included', async () => {
    const { user } = setup(inGerman(<PipelineProgress status={16} substages={{ forecasting: 'error' }} />))
    await tabToText(user, 'Verarbeitung')
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent('aktuell')
    expect(tooltip).toHaveTextContent('Prognose: fehlgeschlagen')
  })

  it('replaces a pill\'s label and the coming-soon tooltip', async () => {
    const { user } = setup(
      inGerman(
        <>
          <CredentialStatePill credential={credential(3)} />
          <CredentialStatePill credential={credential(3, 'planned')} />
        </>,
      ),
    )
    expect(screen.getByText('2FA erforderlich')).toBeInTheDocument()
    await tabToText(user, 'Demnächst')
    expect(await findTooltip()).toHaveTextContent('Dieser Connector ist in Entwicklung.')
  })

  it('replaces the 2FA form\'s texts', async () => {
    const { user } = setup(inGerman(<TwoFactorBanner credential={credential(3)} onSubmitCode={async () => {}} onDismiss={() => {}} />))
    expect(screen.getByRole('textbox', { name: 'Bestätigungscode' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte den Code eingeben.')
  })
})

describe('a component\'s label prop', () => {
  it('beats the provider\'s messages', () => {
    render(
      inGerman(
        <>
          <StatusBadge status={19} label="Fertig" />
          <CredentialStatePill credential={credential(3)} label="Code fehlt" />
          <PipelineProgress status={19} label="Fortschritt der Bank" />
        </>,
      ),
    )
    expect(screen.getByText('Fertig')).toHaveAttribute('data-status', '19')
    expect(screen.queryByText('Synchronisiert', { selector: '[data-status]' })).not.toBeInTheDocument()
    expect(screen.getByText('Code fehlt')).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Fortschritt der Bank' })).toBeInTheDocument()
  })
})

// Issue 11, defect 8: the provider compared catalogs by identity, so messages written inline (a new
// but equal object on every render) re-rendered every component below it.
describe('StatusKitProvider messages written inline', () => {
  /** A dashboard whose rows are memoised; `renders()` counts the commits in which a badge rendered. */
  function dashboard(rows: number) {
    let badgeRenders = 0
    const Rows = memo(function Rows() {
      return (
        <Profiler id="badges" onRender={() => badgeRenders++}>
          {Array.from({ length: rows }, (_, i) => (
            <StatusBadge key={i} status={14} />
          ))}
        </Profiler>
      )
    })
    const Page = ({ tick, messages }: { tick: number; messages: PartialStatusKitMessages }) => (
      <StatusKitProvider messages={messages}>
        <output>{tick}</output>
        <Rows />
      </StatusKitProvider>
    )
    return { Page, renders: () => badgeRenders }
  }

  it('re-renders no badge when the parent re-renders with an equal catalog', () => {
    const { Page, renders } = dashboard(5)
    const inline = () => ({ connectionStatuses: { 14: { label: 'Strukturierungsfehler' } } })
    const { rerender } = render(<Page tick={0} messages={inline()} />)
    const before = renders()
    for (let tick = 1; tick <= 20; tick++) rerender(<Page tick={tick} messages={inline()} />)
    expect(screen.getByText('20')).toBeInTheDocument()
    expect(renders() - before).toBe(0)
    expect(screen.getAllByText('Strukturierungsfehler')).toHaveLength(5)
  })

  it('re-renders the badges when the catalog\'s content changes', () => {
    const { Page, renders } = dashboard(5)
    const { rerender } = render(<Page tick={0} messages={{ connectionStatuses: { 14: { label: 'Strukturierungsfehler' } } }} />)
    const before = renders()
    rerender(<Page tick={1} messages={{ connectionStatuses: { 14: { label: 'Erreur de structuration' } } }} />)
    expect(renders() - before).toBe(1)
    expect(screen.getAllByText('Erreur de structuration')).toHaveLength(5)
  })

  it('accepts a catalog JSON cannot write (a cycle), compared by identity', () => {
    const cyclic: Record<string, unknown> = { ui: { dismiss: 'Schließen' } }
    cyclic.self = cyclic
    render(<StatusKitProvider messages={cyclic as PartialStatusKitMessages}><TwoFactorBanner credential={credential(3)} onDismiss={() => {}} /></StatusKitProvider>)
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument()
  })
})
