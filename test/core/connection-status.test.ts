// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CONNECTION_STATUS_CODES, CONNECTION_STATUSES, describeConnectionStatus, isConnectionStatusCode, parseStatusCode } from '../../src/core'
import { silenceWarnings } from './helpers'
import { STATUS_TABLE } from './spec-tables'

silenceWarnings()

describe('describeConnectionStatus, row by row of "Status Numbering in the system"', () => {
  it('knows exactly the spec\'s 20 codes', () => {
    expect([...CONNECTION_STATUS_CODES].sort((a, b) => a - b)).toEqual(STATUS_TABLE.map((row) => row.code))
    expect(Object.keys(CONNECTION_STATUSES).map(Number).sort((a, b) => a - b)).toEqual(STATUS_TABLE.map((row) => row.code))
  })

  it.each(STATUS_TABLE)('$code $name reads $label, stage $stage, tone $tone, action $action', (row) => {
    const info = describeConnectionStatus(row.code)
    expect(info).toMatchObject({
      code: row.code,
      known: true,
      name: row.name,
      label: row.label,
      description: row.description,
      stage: row.stage,
      tone: row.tone,
      action: row.action,
    })
    expect(isConnectionStatusCode(row.code)).toBe(true)
  })

  it.each(STATUS_TABLE)('$code is labelled in sentence case', ({ code }) => {
    const { label } = describeConnectionStatus(code)
    const [first = '', ...rest] = label.split(' ')
    expect(first[0]).toBe(first[0]?.toUpperCase())
    for (const word of rest) expect(word, `"${label}"`).toBe(word.toLowerCase())
  })

  it('mends the spec\'s "timedout" typo in the label but keeps the spec\'s name', () => {
    expect(describeConnectionStatus(20)).toMatchObject({ name: 'Authorization timedout', label: 'Authorization timed out' })
  })

  it.each(STATUS_TABLE)('reads $code written as a string (with or without spaces) as $code', ({ code }) => {
    expect(describeConnectionStatus(String(code))).toEqual(describeConnectionStatus(code))
    expect(describeConnectionStatus(` ${code} `)).toEqual(describeConnectionStatus(code))
  })

  describe('tones by group, as issue 2 lists them', () => {
    const tones = {
      danger: [7, 11, 14, 17, 22],
      warning: [8, 20, 23],
      success: [19],
      progress: [2, 6, 9, 12, 13, 15, 16, 18, 21],
      info: [25],
      neutral: [26],
    }
    it.each(Object.entries(tones))('%s is the tone of exactly %j', (tone, codes) => {
      expect(CONNECTION_STATUS_CODES.filter((code) => describeConnectionStatus(code).tone === tone).sort((a, b) => a - b)).toEqual(codes)
    })
  })
})

describe('describeConnectionStatus with an unknown code', () => {
  const unknown: [string, string, unknown][] = [
    ['1', 'Unknown status (1)', 1],
    ['24', 'Unknown status (24)', 24],
    ['99', 'Unknown status (99)', 99],
    ['-1', 'Unknown status (-1)', -1],
    ['0', 'Unknown status (0)', 0],
    ['the string "24"', 'Unknown status (24)', '24'],
    ['"abc"', 'Unknown status', 'abc'],
    ['an empty string', 'Unknown status', ''],
    ['null', 'Unknown status', null],
    ['undefined', 'Unknown status', undefined],
    ['NaN', 'Unknown status', Number.NaN],
    ['Infinity', 'Unknown status', Number.POSITIVE_INFINITY],
    ['2.5', 'Unknown status', 2.5],
    ['19.5', 'Unknown status', 19.5],
    ['{}', 'Unknown status', {}],
    ['[]', 'Unknown status', []],
    ['[19]', 'Unknown status', [19]],
    ['{ code: 19 }', 'Unknown status', { code: 19 }],
    ['true', 'Unknown status', true],
    ['a symbol', 'Unknown status', Symbol('19')],
    ['a bigint', 'Unknown status', 19n],
    ['"toString"', 'Unknown status', 'toString'],
    ['"constructor"', 'Unknown status', 'constructor'],
  ]

  it.each(unknown)('%s gives known: false, tone neutral, "%s", no stage, no action', (_, label, code) => {
    expect(describeConnectionStatus(code)).toMatchObject({ known: false, name: null, tone: 'neutral', label, stage: null, action: null })
  })

  it.each(unknown)('%s never borrows a known label', (_, _label, code) => {
    const known = STATUS_TABLE.map((row) => row.label)
    expect(known).not.toContain(describeConnectionStatus(code).label)
  })
})

describe('parseStatusCode', () => {
  it.each([
    [14, 14],
    ['14', 14],
    [' 14 ', 14],
    ['-1', -1],
    [2.5, null],
    ['2.5', null],
    ['1e1', null],
    ['0x13', null],
    [null, null],
    [Number.NaN, null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseStatusCode(input)).toBe(expected)
  })
})
