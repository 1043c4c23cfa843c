/**
 * The shipped translations (`@statuskit/react/locales/<code>`): every key of the English catalog,
 * no English left, the same placeholders, badge labels that fit; then each one rendered.
 */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PipelineProgress, StatusBadge, StatusKitProvider, defaultStatusKitMessages, type StatusKitMessages } from '../../src'
import { formatMessage } from '../../src/core'
import { ar } from '../../src/locales/ar'
import { de } from '../../src/locales/de'
import { es } from '../../src/locales/es'
import { fr } from '../../src/locales/fr'
import { nl } from '../../src/locales/nl'
import { ptBR } from '../../src/locales/pt-BR'
import { findTooltip, setup } from '../components/helpers'
import { englishLeft, extraKeys, isSpecName, missingKeys, overlongLabels, placeholderMismatches, texts, type LocaleRules } from './catalog-checks'

interface Locale extends LocaleRules {
  code: string
  messages: StatusKitMessages
}

// Proper nouns, codes and the loanwords each language uses in software (checked against its
// usage: German and Dutch write "Datalake", "Monitoring" and "Status"; French "code" and "session"
// are French words). "Webhook" is a product term everywhere.
const LOCALES: Locale[] = [
  {
    code: 'de',
    messages: de,
    sameAsEnglish: ['substages.monitoring.label', 'substages.insights.label', 'substages.benchmarking.label'],
    loanwords: ['webhook', 'datalake', 'monitoring', 'insights', 'benchmarking', 'status', 'code', 'apps', 'support', 'collector', 'aggregator', 'phase'],
  },
  { code: 'fr', messages: fr, sameAsEnglish: ['stepStates.inactive'], loanwords: ['webhook', 'code', 'session', 'sessions', 'phase', 'source', 'production'] },
  { code: 'es', messages: es, sameAsEnglish: ['credentialStates.-1.name', 'credentialUi.error.label', 'ui.errorPrefix'], loanwords: ['webhook', 'error'] },
  {
    code: 'nl',
    messages: nl,
    sameAsEnglish: ['substages.monitoring.label', 'substages.benchmarking.label'],
    loanwords: ['webhook', 'datalake', 'monitoring', 'benchmarking', 'status', 'code', 'apps', 'collector', 'aggregator'],
  },
  {
    code: 'pt-BR',
    messages: ptBR,
    sameAsEnglish: ['substages.insights.label', 'substages.benchmarking.label'],
    loanwords: ['webhook', 'data', 'lake', 'insights', 'benchmarking', 'status'],
  },
  { code: 'ar', messages: ar, loanwords: ['webhook'] },
]

const english = defaultStatusKitMessages
// toHaveTextContent collapses white space, French no-break spaces included.
const spaced = (text: string) => text.replace(/\s+/g, ' ')
const report = (problems: string[]) => `\n  ${problems.join('\n  ')}`

describe.each(LOCALES)('locale $code', ({ code, messages, ...rules }) => {
  it('has every key of the English catalog', () => {
    const missing = missingKeys(english, messages)
    expect(missing, `${code} lacks ${missing.length} text(s); translate them in src/locales/${code}.ts:${report(missing)}`).toEqual([])
  })

  it('has no key that English lacks', () => {
    const extra = extraKeys(english, messages)
    expect(extra, `${code} has key(s) English no longer has:${report(extra)}`).toEqual([])
  })

  it('leaves no English but the spec names, proper nouns and listed loanwords', () => {
    const left = englishLeft(english, messages, rules)
    expect(left, `${code} still has English:${report(left)}`).toEqual([])
  })

  it('keeps the spec names as identifiers', () => {
    const names = [...texts(messages)].filter(([path]) => isSpecName(path))
    expect(Object.fromEntries(names)).toEqual(Object.fromEntries([...texts(english)].filter(([path]) => isSpecName(path))))
  })

  it('uses the same {placeholders} as English', () => {
    const mismatches = placeholderMismatches(english, messages)
    expect(mismatches, `${code}:${report(mismatches)}`).toEqual([])
  })

  it('keeps badge labels short enough for one line', () => {
    const overlong = overlongLabels(messages)
    expect(overlong, `${code}:${report(overlong)}`).toEqual([])
  })

  it('shows a badge, its tooltip and its next step in the language', async () => {
    const { user } = setup(
      <StatusKitProvider messages={messages} locale={code}>
        <StatusBadge status={14} />
      </StatusKitProvider>,
    )
    await user.tab()
    const tooltip = await findTooltip()
    expect(tooltip).toHaveTextContent(spaced(formatMessage(messages.ui.stagePrefix, { stage: messages.stages.structuring.label })))
    expect(tooltip).toHaveTextContent(spaced(messages.connectionStatuses[14].description))
    expect(tooltip).toHaveTextContent(spaced(formatMessage(messages.ui.nextStep, { action: messages.actions.retry })))
    expect(screen.getByText(messages.connectionStatuses[14].label, { selector: '.sk-badge' })).toBeInTheDocument()
  })

  it('says step states and relative times in the language (Intl.RelativeTimeFormat)', async () => {
    const now = new Date('2026-11-24T12:00:00Z')
    const { user } = setup(
      <StatusKitProvider messages={messages} locale={code}>
        <PipelineProgress status={13} timestamps={{ loading: new Date(now.getTime() - 3 * 60_000) }} now={now} />
      </StatusKitProvider>,
    )
    expect(screen.getByRole('list', { name: messages.ui.pipelineLabel })).toHaveTextContent(messages.stepStates.complete)
    // The stepper is one tab stop; Home and ArrowDown reach Loading in either direction.
    await user.tab()
    await user.keyboard('{Home}{ArrowDown}')
    expect(document.activeElement).toHaveTextContent(messages.stages.loading.label)
    const threeMinutesAgo = new Intl.RelativeTimeFormat(code, { numeric: 'auto' }).format(-3, 'minute')
    expect(await findTooltip()).toHaveTextContent(spaced(formatMessage(messages.ui.relativeTimeUpdated, { time: threeMinutesAgo })))
  })
})

describe('the locale checks', () => {
  const broken = {
    ...de,
    ui: { ...de.ui, nextStep: 'Nächster Schritt', dismiss: 'Dismiss the banner {title}' },
    stages: { ...de.stages, synced: { label: 'Synchronisiert', description: 'Alle data ist synced.' } },
    unknownStatus: { ...de.unknownStatus, labelWithCode: 'Ein sehr, sehr unbekannter Status ({code})' },
  }
  const { waitingForWebhook: _dropped, ...incomplete } = de

  it('list the missing keys with the English text to translate', () => {
    expect(missingKeys(english, incomplete)).toEqual(['waitingForWebhook: "waiting for webhook"'])
  })

  it('find English texts and English words', () => {
    const german = LOCALES[0]!
    expect(englishLeft(english, { ...broken, actions: { ...de.actions, retry: 'Try again' } }, german)).toEqual([
      'stages.synced.description: "Alle data ist synced." keeps English data, synced',
      'actions.retry: "Try again" is the English text',
      'ui.dismiss: "Dismiss the banner {title}" keeps English dismiss',
    ])
  })

  it('find a lost placeholder and an overlong badge label', () => {
    expect(placeholderMismatches(english, broken)).toEqual(['ui.nextStep: "Nächster Schritt" has {}, English has {action}'])
    expect(overlongLabels(broken)).toEqual(['unknownStatus.labelWithCode: "Ein sehr, sehr unbekannter Status (999)" has 39 characters (at most 28)'])
  })
})
