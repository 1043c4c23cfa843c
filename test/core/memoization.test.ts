// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { connectionPipeline, defaultMessages, describeConnectionStatus, mergeMessages } from '../../src/core'
import { silenceWarnings } from './helpers'

silenceWarnings()

const german = mergeMessages(defaultMessages, { connectionStatuses: { 14: { label: 'Strukturierungsfehler' } } })

describe('describeConnectionStatus is memoized per catalog and code', () => {
  it.each([14, 4801, null])('returns the same frozen answer for %j, however the code is written', (code) => {
    const first = describeConnectionStatus(code)
    expect(describeConnectionStatus(code)).toBe(first)
    if (code !== null) expect(describeConnectionStatus(` ${code} `)).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
  })

  it('keeps catalogs apart', () => {
    expect(describeConnectionStatus(14, { messages: german }).label).toBe('Strukturierungsfehler')
    expect(describeConnectionStatus(14).label).toBe('Structuring error')
    expect(describeConnectionStatus(14, { messages: german })).toBe(describeConnectionStatus(14, { messages: german }))
  })

  it('stays correct past its bound on distinct unknown codes', () => {
    const first = describeConnectionStatus(14)
    for (let code = 5000; code < 5500; code++) expect(describeConnectionStatus(code).label).toBe(`Unknown status (${code})`)
    expect(describeConnectionStatus(14)).toEqual(first)
  })
})

describe('connectionPipeline is memoized without caller-given substages', () => {
  it('returns the same deeply frozen steps per status and showDeduplication', () => {
    const steps = connectionPipeline(16)
    expect(connectionPipeline('16')).toBe(steps)
    expect(connectionPipeline(16, { showDeduplication: true })).not.toBe(steps)
    expect(connectionPipeline(16, { showDeduplication: true })).toBe(connectionPipeline(16, { showDeduplication: true }))
    expect(connectionPipeline(16, { showDeduplication: true }).map((step) => step.id)).toContain('deduplication')
    expect(steps.map((step) => step.id)).not.toContain('deduplication')
    const processing = steps.find((step) => step.id === 'processing')
    expect([steps, steps[0], processing, processing?.substeps, processing?.substeps[0]].every(Object.isFrozen)).toBe(true)
  })

  it('computes a fresh, frozen pipeline when the caller gives substages', () => {
    const given = connectionPipeline(16, { substages: { forecasting: 'error' } })
    expect(given).not.toBe(connectionPipeline(16, { substages: { forecasting: 'error' } }))
    expect(Object.isFrozen(given)).toBe(true)
    expect(given.find((step) => step.id === 'processing')?.substeps.find((sub) => sub.id === 'forecasting')?.state).toBe('error')
  })

  it('keeps catalogs apart', () => {
    const messages = mergeMessages(defaultMessages, { stages: { loading: { label: 'Laden' } } })
    expect(connectionPipeline(12, { messages })[1]?.label).toBe('Laden')
    expect(connectionPipeline(12)[1]?.label).toBe('Loading')
  })

  it('a frozen step cannot be changed by one caller under another', () => {
    const step = connectionPipeline(19)[0] as { label: string }
    expect(() => {
      step.label = 'changed'
    }).toThrow(TypeError)
    expect(connectionPipeline(19)[0]?.label).toBe('Authorization')
  })
})
