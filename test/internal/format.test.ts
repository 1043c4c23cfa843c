/** The remembered duration and relative-time texts say exactly what Intl says, per locale. */
import { describe, expect, it } from 'vitest'
import { formatDuration, formatRelative } from '../../src/internal/format'

const NOW = Date.UTC(2026, 10, 25, 12, 0)
const MIN = 60_000

describe('formatRelative', () => {
  it.each(['en', 'de', 'ar'])('gives Intl’s text in %s, the first time and when remembered', (locale) => {
    const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    const cases: Array<[number, string, Intl.RelativeTimeFormatUnit]> = [
      [NOW - 3 * MIN, intl.format(-3, 'minute'), 'minute'],
      [NOW - 2 * 60 * MIN, intl.format(-2, 'hour'), 'hour'],
      [NOW - 30_000, intl.format(-30, 'second'), 'second'],
      [NOW + 5 * MIN, intl.format(5, 'minute'), 'minute'],
    ]
    for (let pass = 0; pass < 2; pass++) for (const [time, text] of cases) expect(formatRelative(time, NOW, locale)).toBe(text)
  })

  it('keeps locales apart: the same value in two locales gives two texts', () => {
    expect(formatRelative(NOW - 3 * MIN, NOW, 'en')).toBe('3 minutes ago')
    expect(formatRelative(NOW - 3 * MIN, NOW, 'de')).toBe('vor 3 Minuten')
    expect(formatRelative(NOW - 3 * MIN, NOW, 'en')).toBe('3 minutes ago')
  })
})

describe('formatDuration', () => {
  it('gives Intl’s unit text, per locale, the first time and when remembered', () => {
    for (let pass = 0; pass < 2; pass++) {
      expect(formatDuration(12 * MIN, 'en')).toBe('12 minutes')
      expect(formatDuration(12 * MIN, 'de')).toBe('12 Minuten')
      expect(formatDuration(2 * 60 * MIN, 'en')).toBe('2 hours')
    }
  })

  it('stays right past the number of texts it remembers', () => {
    for (let minutes = 1; minutes <= 2500; minutes++) formatDuration(minutes * 24 * 60 * MIN, 'en')
    expect(formatDuration(3 * 24 * 60 * MIN, 'en')).toBe('3 days')
    expect(formatDuration(2600 * 24 * 60 * MIN, 'en')).toBe('2,600 days')
  })
})
