// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTRAST_PAIRS } from '../../stories/docs/blocks/tokens'

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8')

/** Every `--sk-color-*: light-dark(light, dark);` declaration, split into the two themes. */
function colourTokens(): { light: Map<string, string>; dark: Map<string, string>; all: string[] } {
  const light = new Map<string, string>()
  const dark = new Map<string, string>()
  const all = [...css.matchAll(/(--sk-color-[\w-]+):\s*([^;]+);/g)]
  for (const [, name, value] of all) {
    const pair = value!.trim().match(/^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i)
    if (!pair) continue
    light.set(name!, pair[1]!)
    dark.set(name!, pair[2]!)
  }
  return { light, dark, all: all.map((match) => match[1]!) }
}

const colours = colourTokens()
const themes = { light: colours.light, dark: colours.dark }

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

const pairs = CONTRAST_PAIRS

describe('design tokens', () => {
  it('gives every colour token a light and a dark value in one light-dark() declaration', () => {
    expect(colours.all.length).toBeGreaterThan(20)
    expect([...colours.light.keys()].sort()).toEqual([...colours.all].sort())
  })

  it('never switches to dark on the operating system setting alone', () => {
    expect(css).not.toMatch(/prefers-color-scheme/)
    expect(css).toMatch(/\[data-theme='dark'\], \.dark\) \{\s*color-scheme: dark;/)
  })

  describe.each(Object.entries(themes))('%s theme', (_, values) => {
    it.each(pairs)('%s on %s meets %s:1 (%s)', (fg, bg, minimum) => {
      const ratio = contrast(values.get(`--sk-color-${fg}`) ?? 'missing', values.get(`--sk-color-${bg}`) ?? 'missing')
      expect(ratio).toBeGreaterThanOrEqual(minimum)
    })
  })

  it('documents every token in docs/theming.md (the README links there)', () => {
    const readme = readFileSync(new URL('../../docs/theming.md', import.meta.url), 'utf8')
    const declared = [...css.matchAll(/^\s*(--sk-[\w-]+):/gm)].map((match) => match[1]!)
    const undocumented = declared.filter((name) => !readme.includes(`| \`${name}\` |`))
    expect(undocumented).toEqual([])
  })

  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})
