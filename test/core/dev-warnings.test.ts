// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { connectionPipeline, CONNECTION_STATUS_CODES, COLLECTOR_STATES, CREDENTIAL_STATE_INDEXES, credentialUiState, describeConnectionStatus } from '../../src/core'
import { warnOnce } from '../../src/internal/dev-warning'

// warnOnce remembers every message for the life of the module, so each test uses values no other
// test uses.
let warn: MockInstance<typeof console.warn>
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('warnOnce', () => {
  it('prints each distinct message once, with the library prefix', () => {
    warnOnce('first message')
    warnOnce('first message')
    warnOnce('second message')
    warnOnce('first message')
    expect(warn.mock.calls).toEqual([['[statuskit] first message'], ['[statuskit] second message']])
  })

  it('is silent when NODE_ENV is production, and does not remember what it kept quiet', () => {
    vi.stubEnv('NODE_ENV', 'production')
    warnOnce('a production message')
    expect(warn).not.toHaveBeenCalled()
    vi.unstubAllEnvs()
    warnOnce('a production message')
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

describe('the core warns once about bad input, in words a developer can act on', () => {
  it('an unknown connection status, rendered a thousand times, warns once', () => {
    for (let i = 0; i < 1000; i++) describeConnectionStatus(4711)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toBe(
      '[statuskit] Unknown data connection status 4711: expected one of 2, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26. Rendered as an unknown status.',
    )
  })

  it('each distinct unknown status warns once of its own', () => {
    for (const code of [4712, 'nonsense-4712', 4712, 'nonsense-4712']) describeConnectionStatus(code)
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('Unknown data connection status 4712:'),
      expect.stringContaining('Unknown data connection status "nonsense-4712":'),
    ])
  })

  it('a pipeline for an unknown status warns once', () => {
    connectionPipeline(4713)
    connectionPipeline(4713)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toContain('Unknown data connection status 4713')
  })

  it('an unknown substage state warns once, naming the substage and the valid states', () => {
    const substages = { forecasting: 'exploded' } as never
    connectionPipeline(16, { substages })
    connectionPipeline(16, { substages })
    expect(warn.mock.calls).toEqual([
      ['[statuskit] Unknown state "exploded" for processing substage "forecasting": expected one of complete, current, error, warning, upcoming, inactive.'],
    ])
  })

  it('a credential with an index out of range warns once, saying what is wrong', () => {
    const credential = { state: { index: 4714 }, collector: { state: 'active' } }
    credentialUiState(credential)
    credentialUiState({ ...credential })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toBe(
      '[statuskit] Malformed credential {"state":{"index":4714},"collector":{"state":"active"}}: state index 4714 is not an integer from -2 to 7.',
    )
  })

  it('a credential with an unknown collector state warns that it is treated as not planned', () => {
    credentialUiState({ state: { index: 5 }, collector: { state: 'retired-4715' } })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toContain('collector state "retired-4715" is not one of planned, development, active (treated as not planned)')
  })

  it('is silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production')
    describeConnectionStatus(4716)
    connectionPipeline(4717, { substages: { monitoring: 'nope' } as never })
    credentialUiState({ state: { index: 4718 } })
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('valid input never warns', () => {
  it('no status of the spec warns, nor its pipeline, with or without deduplication', () => {
    for (const code of CONNECTION_STATUS_CODES) {
      describeConnectionStatus(code)
      describeConnectionStatus(String(code))
      connectionPipeline(code)
      connectionPipeline(code, { showDeduplication: true, substages: { monitoring: 'complete', forecasting: 'error' } })
    }
    expect(warn).not.toHaveBeenCalled()
  })

  it('no credential with a known collector state and an index in -2..7 warns', () => {
    for (const collector of COLLECTOR_STATES) {
      for (const index of CREDENTIAL_STATE_INDEXES) {
        credentialUiState({ state: { index, max: 7, title: 'Title', message: 'Message' }, collector: { state: collector } })
        credentialUiState({ state: { index: String(index) }, collector: { state: ` ${collector.toUpperCase()} ` } })
      }
    }
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('the cache never swallows a warning', () => {
  it('warns for an unknown code first seen through the pipeline, then through the badge path', () => {
    connectionPipeline(4719)
    describeConnectionStatus(4719)
    describeConnectionStatus('4720')
    describeConnectionStatus(4720) // same parsed code, different input: a message of its own
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('Unknown data connection status 4719:'),
      expect.stringContaining('Unknown data connection status "4720":'),
      expect.stringContaining('Unknown data connection status 4720:'),
    ])
  })

  it('warns in development for a code whose answer was cached in production', () => {
    vi.stubEnv('NODE_ENV', 'production')
    describeConnectionStatus(4721)
    vi.unstubAllEnvs()
    describeConnectionStatus(4721)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
