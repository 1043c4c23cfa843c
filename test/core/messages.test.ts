// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { connectionPipeline, credentialUiState, defaultMessages, describeConnectionStatus, formatMessage, mergeMessages } from '../../src/core'
import { defaultStatusKitMessages, defaultUiMessages } from '../../src/provider/ui-messages'
import { silenceWarnings } from './helpers'

silenceWarnings()

/** A German consumer overrides a few texts and leaves the rest in English. */
const german = {
  connectionStatuses: { 14: { label: 'Strukturierungsfehler', description: 'Die Strukturierung der Daten wurde unterbrochen' } },
  unknownStatus: { label: 'Unbekannter Status', labelWithCode: 'Unbekannter Status ({code})' },
  stages: { loading: { label: 'Laden' } },
  substages: { forecasting: { label: 'Prognose' } },
  credentialUi: { 'coming-soon': { label: 'Demnächst' } },
}

describe('mergeMessages', () => {
  const merged = mergeMessages(defaultMessages, german)

  it('replaces the texts it is given and keeps every other text', () => {
    expect(merged.connectionStatuses[14]).toEqual({
      name: 'Structuring Error',
      label: 'Strukturierungsfehler',
      description: 'Die Strukturierung der Daten wurde unterbrochen',
    })
    expect(merged.connectionStatuses[13]).toEqual(defaultMessages.connectionStatuses[13])
    expect(merged.stages.loading).toEqual({ label: 'Laden', description: defaultMessages.stages.loading.description })
    expect(merged.collectorStates).toEqual(defaultMessages.collectorStates)
  })

  it('leaves the default catalog untouched', () => {
    expect(defaultMessages.connectionStatuses[14].label).toBe('Structuring error')
  })

  it.each([
    ['a number', { connectionStatuses: { 14: { label: 42 } } }],
    ['null', { connectionStatuses: { 14: { label: null } } }],
    ['an object', { connectionStatuses: { 14: { label: { de: 'Fehler' } } } }],
    ['an array', { connectionStatuses: { 14: ['Fehler'] } }],
    ['a string in place of a group', { connectionStatuses: 'Fehler' }],
  ])('ignores %s where a text belongs', (_, overrides) => {
    expect(mergeMessages(defaultMessages, overrides)).toEqual(defaultMessages)
  })

  it('ignores keys the catalog does not have', () => {
    const result = mergeMessages(defaultMessages, { nonsense: 'x', connectionStatuses: { 99: { label: 'Ninety-nine' } }, ui: { extra: 'y' } })
    expect(result).toEqual(defaultMessages)
    expect(Object.keys(result)).not.toContain('nonsense')
    expect(Object.keys(result.connectionStatuses)).not.toContain('99')
  })

  it.each([undefined, null, 'de', 42, []])('returns the base for the override %j', (overrides) => {
    expect(mergeMessages(defaultMessages, overrides)).toEqual(defaultMessages)
  })

  it('does not let "__proto__" in an override reach the catalog\'s prototype', () => {
    const result = mergeMessages(defaultMessages, JSON.parse('{"__proto__": {"polluted": "yes"}, "ui": {"__proto__": {"polluted": "yes"}}}'))
    expect(result).toEqual(defaultMessages)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('the merged catalog reaches every core function', () => {
  const messages = mergeMessages(defaultMessages, german)

  it('describeConnectionStatus(14, { messages }) speaks German and keeps the spec\'s name', () => {
    expect(describeConnectionStatus(14, { messages })).toMatchObject({
      label: 'Strukturierungsfehler',
      description: 'Die Strukturierung der Daten wurde unterbrochen',
      name: 'Structuring Error',
      tone: 'danger',
    })
  })

  it('labels unknown statuses with the override', () => {
    expect(describeConnectionStatus(99, { messages }).label).toBe('Unbekannter Status (99)')
    expect(describeConnectionStatus('abc', { messages }).label).toBe('Unbekannter Status')
  })

  it('labels stages and substages with the override', () => {
    const steps = connectionPipeline(16, { messages })
    expect(steps.find((step) => step.id === 'loading')?.label).toBe('Laden')
    expect(steps.find((step) => step.id === 'processing')?.substeps.find((sub) => sub.id === 'forecasting')?.label).toBe('Prognose')
  })

  it('labels credentials with the override', () => {
    expect(credentialUiState({ state: { index: 5 }, collector: { state: 'planned' } }, { messages }).label).toBe('Demnächst')
  })
})

describe('the core catalog holds the spec\'s texts; the components\' texts live beside the provider', () => {
  it('the core catalog has no component-only text', () => {
    expect(Object.keys(defaultMessages).sort()).toEqual(['collectorStates', 'connectionStatuses', 'credentialStates', 'credentialUi', 'stages', 'substages', 'unknownStatus'])
  })

  it('the full catalog is the core one plus the components\' texts, every key where it was', () => {
    expect(defaultStatusKitMessages).toEqual({ ...defaultMessages, ...defaultUiMessages })
    expect(Object.keys(defaultUiMessages).sort()).toEqual(['actions', 'activity', 'announcements', 'freshness', 'history', 'nextStep', 'outcomes', 'statusOnStep', 'stepStates', 'summary', 'twoFactorQueue', 'ui', 'waitingForWebhook'])
    expect(defaultStatusKitMessages.ui.pipelineLabel).toBe('Connection progress')
  })

  it('mergeMessages over the full catalog overrides core and component texts alike', () => {
    const merged = mergeMessages(defaultStatusKitMessages, { ...german, ui: { dismiss: 'Schließen' }, stepStates: { error: 'fehlgeschlagen' } })
    expect(merged.ui).toEqual({ ...defaultUiMessages.ui, dismiss: 'Schließen' })
    expect(merged.stepStates.error).toBe('fehlgeschlagen')
    expect(merged.stages.loading.label).toBe('Laden')
  })
})

describe('formatMessage', () => {
  it.each([
    ['Unknown status ({code})', { code: 24 }, 'Unknown status (24)'],
    ['{done} of {total} processing substages completed', { done: 2, total: 5 }, '2 of 5 processing substages completed'],
    ['Stage: {stage}', {}, 'Stage: {stage}'],
    ['{a}{a} {b}', { a: 'x', b: '' }, 'xx '],
    ['{toString} {constructor}', {}, '{toString} {constructor}'],
    ['no placeholders', { code: 1 }, 'no placeholders'],
  ])('fills %j with %j as %j', (template, values, expected) => {
    expect(formatMessage(template, values)).toBe(expected)
  })
})
