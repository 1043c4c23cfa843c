// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { connectionPipeline, PROCESSING_SUBSTAGES, STAGES, type PipelineStep, type StepState } from '../../src/core'
import { silenceWarnings } from './helpers'

silenceWarnings()

/** `{ authorization: 'complete', ... }`: the stage states of a pipeline, readable in a failure. */
const states = (steps: readonly PipelineStep[]) => Object.fromEntries(steps.map((step) => [step.id, step.state]))
const substates = (steps: readonly PipelineStep[]) =>
  Object.fromEntries((steps.find((step) => step.id === 'processing')?.substeps ?? []).map((sub) => [sub.id, sub.state]))

const C = 'complete', CUR = 'current', E = 'error', W = 'warning', U = 'upcoming', I = 'inactive'
/** Expected states without deduplication: authorization, loading, structuring, processing, synced. */
const EXPECTED: Record<number, [StepState, StepState, StepState, StepState, StepState]> = {
  6: [CUR, U, U, U, U],
  7: [E, U, U, U, U],
  8: [W, U, U, U, U],
  9: [C, CUR, U, U, U],
  20: [W, U, U, U, U],
  2: [C, CUR, U, U, U],
  11: [C, E, U, U, U],
  12: [C, C, CUR, U, U],
  23: [C, W, U, U, U],
  25: [C, CUR, U, U, U],
  13: [C, C, CUR, U, U],
  14: [C, C, E, U, U],
  15: [C, C, C, CUR, U],
  16: [C, C, C, CUR, U],
  17: [C, C, C, E, U],
  18: [C, C, C, C, CUR],
  19: [C, C, C, C, C],
  26: [I, I, I, I, I],
}
const WITHOUT_DEDUPLICATION = ['authorization', 'loading', 'structuring', 'processing', 'synced']

describe('connectionPipeline, status by status', () => {
  it.each(Object.entries(EXPECTED))('status %s gives %j', (code, expected) => {
    const steps = connectionPipeline(Number(code))
    expect(steps.map((step) => step.id)).toEqual(WITHOUT_DEDUPLICATION)
    expect(steps.map((step) => step.state)).toEqual(expected)
  })

  it.each([
    [21, { authorization: C, loading: C, deduplication: CUR, structuring: U, processing: U, synced: U }],
    [22, { authorization: C, loading: C, deduplication: E, structuring: U, processing: U, synced: U }],
  ])('status %s shows deduplication between loading and structuring: %j', (code, expected) => {
    const steps = connectionPipeline(code)
    expect(steps.map((step) => step.id)).toEqual([...STAGES])
    expect(states(steps)).toEqual(expected)
  })

  it.each([
    [12, { authorization: C, loading: C, deduplication: CUR, structuring: U, processing: U, synced: U }],
    [13, { authorization: C, loading: C, deduplication: C, structuring: CUR, processing: U, synced: U }],
    [2, { authorization: C, loading: CUR, deduplication: U, structuring: U, processing: U, synced: U }],
    [19, { authorization: C, loading: C, deduplication: C, structuring: C, processing: C, synced: C }],
    [26, { authorization: I, loading: I, deduplication: I, structuring: I, processing: I, synced: I }],
  ])('status %s with showDeduplication gives %j', (code, expected) => {
    const steps = connectionPipeline(code, { showDeduplication: true })
    expect(steps.map((step) => step.id)).toEqual([...STAGES])
    expect(states(steps)).toEqual(expected)
  })

  it('marks only status 25 as waiting, on the loading stage', () => {
    for (const code of [...Object.keys(EXPECTED).map(Number), 21, 22]) {
      const waiting = connectionPipeline(code).filter((step) => step.waiting).map((step) => step.id)
      expect(waiting, `status ${code}`).toEqual(code === 25 ? ['loading'] : [])
    }
  })

  it.each([1, 24, 99, -1, 'abc', null, undefined, Number.NaN, {}, []])('unknown status %j makes every step inactive', (code) => {
    const steps = connectionPipeline(code)
    expect(steps.map((step) => step.id)).toEqual(WITHOUT_DEDUPLICATION)
    expect(steps.every((step) => step.state === 'inactive' && !step.waiting)).toBe(true)
    expect(substates(steps)).toEqual(Object.fromEntries(PROCESSING_SUBSTAGES.map((id) => [id, I])))
  })

  it('gives every step its label and the spec\'s explanation', () => {
    const steps = connectionPipeline(16, { showDeduplication: true })
    expect(steps.map((step) => step.label)).toEqual(['Authorization', 'Loading', 'Deduplication', 'Structuring', 'Processing', 'Synced'])
    expect(steps.find((step) => step.id === 'structuring')?.description).toBe(
      'Data from a third-party app has downloaded and the structuring process is in progress.',
    )
    expect(steps.find((step) => step.id === 'synced')?.description).toBe('All the data from the third-party app is connected and synced.')
    for (const step of steps) expect(step.description, step.id).not.toBe('')
  })
})

describe('connectionPipeline, processing substages', () => {
  const all = (state: StepState) => Object.fromEntries(PROCESSING_SUBSTAGES.map((id) => [id, state]))

  it('has the five substages of the spec, in order, only under processing', () => {
    const steps = connectionPipeline(16)
    const processing = steps.find((step) => step.id === 'processing')
    expect(processing?.substeps.map((sub) => sub.id)).toEqual(['monitoring', 'forecasting', 'insights', 'benchmarking', 'historical-data-cleaning'])
    expect(processing?.substeps.map((sub) => sub.label)).toEqual(['Monitoring', 'Forecasting', 'Insights', 'Benchmarking', 'Historical data cleaning'])
    for (const step of steps.filter((step) => step.id !== 'processing')) expect(step.substeps, step.id).toEqual([])
  })

  it.each([
    [19, C],
    [18, C],
    [16, CUR],
    [15, CUR],
    [13, U],
    [6, U],
    [26, I],
  ] as const)('follow the processing stage when the caller does not know them: status %s gives %s', (code, state) => {
    expect(substates(connectionPipeline(code))).toEqual(all(state))
  })

  it('stay inactive when processing failed (17) and the caller does not say which substage failed', () => {
    // The core's deliberate choice: marking all five "failed" would mislead.
    expect(substates(connectionPipeline(17))).toEqual(all(I))
  })

  it('come from options.substages when the caller knows them', () => {
    expect(substates(connectionPipeline(17, { substages: { monitoring: C, forecasting: E } }))).toEqual({
      monitoring: C,
      forecasting: E,
      insights: I,
      benchmarking: I,
      'historical-data-cleaning': I,
    })
    expect(substates(connectionPipeline(16, { substages: { monitoring: C, forecasting: C } }))).toEqual({
      monitoring: C,
      forecasting: C,
      insights: CUR,
      benchmarking: CUR,
      'historical-data-cleaning': CUR,
    })
  })

  it('leave the undescribed substages not started when the caller names the one that runs', () => {
    expect(substates(connectionPipeline(16, { substages: { monitoring: C, forecasting: C, insights: CUR } }))).toEqual({
      monitoring: C,
      forecasting: C,
      insights: CUR,
      benchmarking: U,
      'historical-data-cleaning': U,
    })
  })

  it('ignore substage states that are not step states', () => {
    const substages = { monitoring: 'done', forecasting: 3, insights: null } as unknown as Record<string, StepState>
    expect(substates(connectionPipeline(18, { substages }))).toEqual(all(C))
  })
})
