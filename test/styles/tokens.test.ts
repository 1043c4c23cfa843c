// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8')

/** The custom properties declared in the block that follows `marker` (a selector as written). */
function tokens(marker: string): Map<string, string> {
  const start = css.indexOf(marker)
  if (start === -1) throw new Error(`no block ${marker} in tokens.css`)
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  return new Map([...body.matchAll(/(--sk-[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]))
}

const themes = {
  light: tokens(':where(:root) {'),
  'dark (system)': tokens(":where(:root:not([data-theme='light'], .light)) {"),
  'dark (page)': tokens(":where([data-theme='dark'], .dark) {"),
}

function luminance(hex: string): number {
  const channels = hex.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i)
  if (!channels) throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = channels.slice(1).map((channel) => {
    const value = parseInt(channel, 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const tones = ['neutral', 'info', 'progress', 'success', 'warning', 'danger']
/** [foreground, background, minimum ratio, where the pair is used] */
const pairs: [string, string, number, string][] = [
  ...tones.map((tone): [string, string, number, string] => [`${tone}-fg`, `${tone}-bg`, 4.5, `${tone} badge label`]),
  ...tones.map((tone): [string, string, number, string] => [`${tone}-fg`, 'surface', 4.5, `${tone} label on the page (coming soon pill, step icons)`]),
  ['text', 'surface', 4.5, 'body text'],
  ['text-muted', 'surface', 4.5, 'upcoming step labels'],
  ['neutral-fg', 'neutral-bg', 4.5, 'substage count'],
  ['tooltip-fg', 'tooltip-bg', 4.5, 'tooltip text'],
  ['text', 'warning-bg', 4.5, '2FA banner text'],
  ['text', 'progress-bg', 4.5, 'busy 2FA banner text'],
  ['danger-fg', 'warning-bg', 4.5, '2FA error message'],
  ['surface', 'text', 4.5, 'verify button'],
  ['focus', 'surface', 3, 'focus ring (non-text)'],
  ['track', 'surface', 3, 'connectors and the code input border (non-text)'],
]

describe('design tokens', () => {
  it('declares the same dark tokens for the system setting and for the page setting', () => {
    expect([...themes['dark (system)']]).toEqual([...themes['dark (page)']])
  })

  it('gives every light colour token a dark value', () => {
    const lightColours = [...themes.light.keys()].filter((name) => name.startsWith('--sk-color-'))
    expect(lightColours.length).toBeGreaterThan(20)
    expect([...themes['dark (page)'].keys()].sort()).toEqual(lightColours.sort())
  })

  describe.each(Object.entries(themes))('%s theme', (_, values) => {
    it.each(pairs)('%s on %s meets %s:1 (%s)', (fg, bg, minimum) => {
      const ratio = contrast(values.get(`--sk-color-${fg}`) ?? 'missing', values.get(`--sk-color-${bg}`) ?? 'missing')
      expect(ratio).toBeGreaterThanOrEqual(minimum)
    })
  })

  it('documents every token in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const undocumented = [...themes.light.keys()].filter((name) => !readme.includes(`| \`${name}\` |`))
    expect(undocumented).toEqual([])
  })

  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})
