// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COLLECTOR_STATES, CREDENTIAL_STATE_INDEXES, credentialUiState, defaultMessages, parseCredentialIndex } from '../../src/core'
import { silenceWarnings } from './helpers'
import { COLLECTOR_STATE_TABLE, COMING_SOON_MESSAGE, CREDENTIAL_STATE_TABLE, UI_MAPPING_EXPLANATIONS, UI_MAPPING_TABLE } from './spec-tables'

silenceWarnings()

const credential = (index: unknown, collector?: unknown) => ({ state: { index, max: 7 }, collector: { state: collector } })
const NOT_PLANNED = ['development', 'active', 'Active', ' DEVELOPMENT ', 'deprecated', '', undefined, null] as const
const PLANNED = ['planned', 'Planned', ' planned ', 'PLANNED', '\tplanned\n'] as const

describe('the catalogs of the Credential State and Collector State tables', () => {
  it('cover the indexes -2..7 and the collector states planned, development, active', () => {
    expect([...CREDENTIAL_STATE_INDEXES].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3, 4, 5, 6, 7])
    expect([...COLLECTOR_STATES]).toEqual(COLLECTOR_STATE_TABLE.map((row) => row.state))
  })

  it.each(CREDENTIAL_STATE_TABLE)('index $index is $name: $description', ({ index, name, description }) => {
    expect(defaultMessages.credentialStates[String(index) as keyof typeof defaultMessages.credentialStates]).toEqual({ name, description })
    expect(credentialUiState(credential(index, 'active')).stateName).toBe(name)
  })

  it.each(COLLECTOR_STATE_TABLE)('collector state $state is $name: $description', ({ state, name, description }) => {
    expect(defaultMessages.collectorStates[state as keyof typeof defaultMessages.collectorStates]).toEqual({ name, description })
  })
})

describe('credentialUiState, row by row of the Recommended UI Mapping', () => {
  const comingSoon = UI_MAPPING_TABLE[0]
  const byIndex = UI_MAPPING_TABLE.slice(1)

  describe(`${comingSoon.condition} → "${comingSoon.label}"`, () => {
    const cases = PLANNED.flatMap((collector) => comingSoon.indexes.map((index) => ({ collector, index })))
    it.each(cases)('collector $collector with index $index is coming soon', ({ collector, index }) => {
      expect(credentialUiState(credential(index, collector))).toMatchObject({
        kind: 'coming-soon',
        label: 'Coming soon',
        tone: 'neutral',
        index,
        collectorState: 'planned',
        explanation: COMING_SOON_MESSAGE,
      })
    })

    it.each([99, 2.5, null, 'abc', undefined])('a planned collector is coming soon even with the bad index %j', (index) => {
      expect(credentialUiState(credential(index, 'planned'))).toMatchObject({ kind: 'coming-soon', label: 'Coming soon', index: null })
    })
  })

  for (const { condition, kind, label, indexes } of byIndex) describe(`${condition} → "${label}"`, () => {
    const cases = NOT_PLANNED.flatMap((collector) => indexes.map((index) => ({ collector, index })))
    it.each(cases)('collector $collector with index $index', ({ collector, index }) => {
      const state = credentialUiState(credential(index, collector))
      expect(state).toMatchObject({ kind, label, index })
      expect(state.label).not.toBe('Coming soon')
    })
  })

  it('reads a credential without a collector as not planned', () => {
    expect(credentialUiState({ state: { index: 3 } })).toMatchObject({ kind: 'two-factor-required', collectorState: null })
    expect(credentialUiState({ state: { index: 5 }, collector: null })).toMatchObject({ kind: 'active', collectorState: null })
  })

  it.each([
    ['error', 'danger'],
    ['scheduled', 'info'],
    ['connecting', 'progress'],
    ['two-factor-required', 'warning'],
    ['active', 'success'],
  ] as const)('gives %s the tone %s', (kind, tone) => {
    const index = byIndex.find((row) => row.kind === kind)?.indexes[0]
    expect(credentialUiState(credential(index, 'active'))).toMatchObject({ kind, tone })
  })

  it.each(byIndex.filter((row) => row.kind !== 'error'))('explains $label with the spec\'s words', ({ kind, indexes }) => {
    expect(credentialUiState(credential(indexes[0], 'active')).explanation).toBe(UI_MAPPING_EXPLANATIONS[kind as Exclude<typeof kind, 'error'>])
  })

  it('explains each error index with its half of the spec\'s sentence', () => {
    // spec: "An error occurred (index -1) or reconnection needed (index -2)".
    expect(credentialUiState(credential(-1, 'active')).explanation).toBe('An error occurred.')
    expect(credentialUiState(credential(-2, 'active')).explanation).toBe('Reconnection needed.')
  })

  it('passes the API\'s title and message through as text', () => {
    const state = credentialUiState({
      state: { index: 3, max: 7, title: '2FA code is required', message: 'A 2FA code has been sent to ***@gmail.com' },
      collector: { state: 'active' },
    })
    expect(state).toMatchObject({ kind: 'two-factor-required', label: '2FA required', title: '2FA code is required', message: 'A 2FA code has been sent to ***@gmail.com' })
  })

  it.each([undefined, null, 42, {}, '', '   '])('gives no title or message for %j', (value) => {
    expect(credentialUiState({ state: { index: 3, title: value, message: value } })).toMatchObject({ title: null, message: null })
  })

  it.each([
    ['"3"', '3', 3],
    ['" 3 "', ' 3 ', 3],
    ['"-2"', '-2', -2],
    ['"7"', '7', 7],
  ])('reads the string %s as the index %s', (_, index, expected) => {
    expect(credentialUiState(credential(index, 'active')).index).toBe(expected)
    expect(parseCredentialIndex(index)).toBe(expected)
  })
})

describe('credentialUiState with bad input', () => {
  const bad: [string, unknown][] = [
    ['index 8', credential(8, 'active')],
    ['index 99', credential(99, 'active')],
    ['index -3', credential(-3, 'active')],
    ['index 2.5', credential(2.5, 'active')],
    ['index "2.5"', credential('2.5', 'active')],
    ['index NaN', credential(Number.NaN, 'active')],
    ['index Infinity', credential(Number.POSITIVE_INFINITY, 'active')],
    ['index null', credential(null, 'active')],
    ['index "abc"', credential('abc', 'active')],
    ['index ""', credential('', 'active')],
    ['index true', credential(true, 'active')],
    ['index [3]', credential([3], 'active')],
    ['a missing index', { state: {}, collector: { state: 'active' } }],
    ['a missing state', { collector: { state: 'active' } }],
    ['a null state', { state: null, collector: { state: 'active' } }],
    ['no credential (undefined)', undefined],
    ['null', null],
    ['a string', 'active'],
    ['a number', 5],
    ['an array', [5]],
  ]

  it.each(bad)('%s gives kind unknown, tone neutral, "Status unavailable", never "Active"', (_, input) => {
    const state = credentialUiState(input)
    expect(state).toMatchObject({ kind: 'unknown', tone: 'neutral', label: 'Status unavailable', index: null, stateName: null })
    expect(state.label).not.toBe('Active')
  })
})
