// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONNECTION_STATUS_CODES,
  connectionPipeline,
  credentialUiState,
  describeConnectionStatus,
  PROCESSING_SUBSTAGES,
  STEP_STATES,
  TONES,
  type PipelineStep,
} from '../../src/core'
import { silenceWarnings } from './helpers'
import { COMING_SOON_MESSAGE } from './spec-tables'

silenceWarnings()

/** Any value at all, including nested objects with odd keys, boxed values, typed arrays... */
const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true })

/** Values that hide a trap: throwing getters, throwing and revoked proxies, frozen objects. */
const hostile = fc.oneof(
  fc.constant(Object.defineProperty({}, 'state', { get: () => { throw new Error('getter') }, enumerable: true })),
  fc.constant({ state: Object.defineProperty({}, 'index', { get: () => { throw new Error('getter') } }), collector: { state: 'active' } }),
  fc.constant({ state: { index: 3 }, collector: Object.defineProperty({}, 'state', { get: () => { throw new Error('getter') } }) }),
  fc.constant({ state: new Proxy({}, { get: () => { throw new Error('trap') } }) }),
  fc.constant({ collector: new Proxy({}, { has: () => { throw new Error('trap') }, ownKeys: () => { throw new Error('trap') } }) }),
  fc.constant(Object.freeze({ state: Object.freeze({ index: 3 }), collector: Object.freeze({ state: 'planned' }) })),
  fc.constant(Object.create(null) as object),
  fc.constant({ state: { index: { valueOf: () => 3, toString: () => '3' } } }),
  fc.constant((() => { const cycle: Record<string, unknown> = { state: { index: 3 } }; cycle.self = cycle; return cycle })()),
)

/** Objects shaped like an API credential whose fields may hold anything. */
const credentialLike = fc.record(
  {
    state: fc.oneof(anything, fc.record({ index: anything, max: anything, title: anything, message: anything }, { requiredKeys: [] })),
    collector: fc.oneof(anything, fc.record({ state: anything }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
)

describe('totality: any input gets an answer, never a throw', () => {
  it('describeConnectionStatus answers with a tone and a non-empty label for anything', () => {
    fc.assert(
      fc.property(fc.oneof(anything, hostile), (value) => {
        const info = describeConnectionStatus(value)
        expect(TONES).toContain(info.tone)
        expect(info.label).not.toBe('')
        if (!info.known) expect(info).toMatchObject({ tone: 'neutral', stage: null, action: null })
      }),
    )
  })

  it('connectionPipeline answers with well-formed steps for anything, with options of any shape', () => {
    fc.assert(
      fc.property(fc.oneof(anything, hostile), anything, fc.boolean(), (value, substages, showDeduplication) => {
        const steps = connectionPipeline(value, { substages: substages as never, showDeduplication })
        expect(steps.length).toBeGreaterThanOrEqual(5)
        for (const step of steps) {
          expect(STEP_STATES).toContain(step.state)
          for (const sub of step.substeps) expect(STEP_STATES).toContain(sub.state)
        }
      }),
    )
  })

  it('credentialUiState answers with a kind and a label for anything, credential-shaped or not', () => {
    fc.assert(
      fc.property(fc.oneof(anything, credentialLike, hostile), (value) => {
        const state = credentialUiState(value)
        expect(TONES).toContain(state.tone)
        expect(state.label).not.toBe('')
        expect(state.title === null || typeof state.title === 'string').toBe(true)
        expect(state.message === null || typeof state.message === 'string').toBe(true)
      }),
    )
  })

  // KNOWN BUG, reported to the lead (src/internal/dev-warning.ts is not ours to edit): the
  // development warning's describeValue falls back to Object.prototype.toString, which throws
  // for these two values, so all three functions throw while composing the warning. Once
  // describeValue guards that fallback, these tests fail: turn `it.each` into `it.each`.
  const wholeInputTraps = [
    ['a proxy whose every read throws', new Proxy({}, { get: () => { throw new Error('trap') } })],
    ['a revoked proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy })()],
  ] as const
  const functions = [
    ['describeConnectionStatus', (value: unknown) => describeConnectionStatus(value).label],
    ['connectionPipeline', (value: unknown) => connectionPipeline(value).map((step) => step.state).join()],
    ['credentialUiState', (value: unknown) => credentialUiState(value).label],
  ] as const
  const cases = functions.flatMap(([name, call]) => wholeInputTraps.map(([what, value]) => ({ name, call, what, value })))
  it.each(cases)('$name survives $what as its whole input', ({ call, value }) => {
    expect(call(value)).toMatch(/unknown|unavailable|inactive/i)
  })
})

/**
 * The spec's Recommended UI Mapping, condition column by condition column, written without looking
 * at the implementation. `planned` is compared trimmed and case-insensitively (issue 2).
 */
function referenceMapping(collectorState: unknown, index: number): { label: string; explanation?: string } {
  const planned = typeof collectorState === 'string' && collectorState.trim().toLowerCase() === 'planned'
  if (planned) return { label: 'Coming soon', explanation: COMING_SOON_MESSAGE }
  if (index < 0) return { label: 'Error' }
  if (index === 0) return { label: 'Scheduled collection', explanation: 'Collection is scheduled but not yet started' }
  if (index === 1 || index === 2 || index === 4) return { label: 'Connection in progress', explanation: 'Authentication or 2FA verification is in progress' }
  if (index === 3) return { label: '2FA required', explanation: 'Waiting for user to provide 2FA code' }
  return { label: 'Active', explanation: 'Collection is running or completed successfully' } // index >= 5
}

/** A known collector state in random case with random surrounding whitespace, or any string. */
const whitespace = fc.constantFrom('', ' ', '  ', '\t', '\n', ' \t ')
const knownCollectorState = fc
  .tuple(fc.constantFrom('planned', 'development', 'active'), whitespace, whitespace, fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }))
  .map(([state, before, after, upper]) => before + [...state].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join('') + after)
const collectorState = fc.oneof(knownCollectorState, fc.string(), fc.constantFrom(undefined, null, 42))

describe('the credential mapping equals the spec\'s conditions', () => {
  it('for every collector state and every integer index -2..7 (as a number or a string)', () => {
    fc.assert(
      fc.property(collectorState, fc.integer({ min: -2, max: 7 }), fc.boolean(), (collector, index, asString) => {
        const state = credentialUiState({ state: { index: asString ? String(index) : index, max: 7 }, collector: { state: collector } })
        const expected = referenceMapping(collector, index)
        expect(state.label).toBe(expected.label)
        if (expected.explanation !== undefined) expect(state.explanation).toBe(expected.explanation)
        expect(state.index).toBe(index)
      }),
      { numRuns: 1000 },
    )
  })

  it('never says "Active" for an index outside -2..7 unless the collector is planned', () => {
    fc.assert(
      fc.property(collectorState, fc.oneof(fc.integer(), fc.double()).filter((n) => !(Number.isInteger(n) && n >= -2 && n <= 7)), (collector, index) => {
        const state = credentialUiState({ state: { index }, collector: { state: collector } })
        expect(state.label).toBe(referenceMapping(collector, 0).label === 'Coming soon' ? 'Coming soon' : 'Status unavailable')
      }),
    )
  })
})

describe('every pipeline points at one place, or at none when there is nothing to point at', () => {
  const showing = (steps: readonly PipelineStep[], ...wanted: string[]) => steps.filter((step) => wanted.includes(step.state))
  const code = fc.oneof(fc.constantFrom(...CONNECTION_STATUS_CODES), anything)

  it('has exactly one current step, or exactly one error/warning step, or none when synced, disconnected or unknown', () => {
    fc.assert(
      fc.property(code, fc.boolean(), fc.dictionary(fc.constantFrom(...PROCESSING_SUBSTAGES), fc.constantFrom(...STEP_STATES)), (value, showDeduplication, substages) => {
        const steps = connectionPipeline(value, { showDeduplication, substages })
        const info = describeConnectionStatus(value)
        const current = showing(steps, 'current')
        const stopped = showing(steps, 'error', 'warning')
        if (!info.known || info.code === 19 || info.code === 26) {
          expect(current.length + stopped.length).toBe(0)
        } else {
          expect([current.length, stopped.length].sort()).toEqual([0, 1])
        }
        // Before the one place everything is complete; after it nothing has started.
        const at = steps.findIndex((step) => step.state !== 'complete')
        if (at !== -1 && steps[at]?.state !== 'inactive') {
          for (const step of steps.slice(at + 1)) expect(step.state).toBe('upcoming')
        }
      }),
      { numRuns: 500 },
    )
  })
})
