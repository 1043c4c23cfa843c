// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio, contrastRules, readTokens, resolveValue } from '../../stories/docs/blocks/tokens'

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8')
const declared = new Set([...css.matchAll(/(--sk-[\w-]+)\s*:/g)].map((match) => match[1]))

describe('the Theming page reads tokens.css', () => {
  const tokens = readTokens(css)

  it('lists every --sk- custom property the stylesheet declares, once', () => {
    expect(new Set(tokens.map((token) => token.name))).toEqual(declared)
    expect(tokens).toHaveLength(declared.size)
  })

  it('gives the dark value where the dark theme re-assigns a token, the light one elsewhere', () => {
    expect(tokens.find((token) => token.name === '--sk-color-surface')).toEqual({ name: '--sk-color-surface', light: '#ffffff', dark: '#15181d' })
    expect(tokens.find((token) => token.name === '--sk-radius-pill')).toMatchObject({ light: '999px', dark: '999px' })
  })

  it('splits a light-dark() declaration into its two themes and follows var() references', () => {
    const written = readTokens(":where(:root) {\n  --sk-color-text: light-dark(#111111, rgb(240, 240, 240));\n  --sk-color-tooltip-bg: var(--sk-color-text);\n}")
    expect(written[0]).toMatchObject({ light: '#111111', dark: 'rgb(240, 240, 240)' })
    expect(resolveValue(written[1]!.dark, written, 'dark')).toBe('rgb(240, 240, 240)')
  })
})

describe('contrast on the Theming page', () => {
  it('computes WCAG ratios: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5)
    expect(contrastRatio([23, 105, 58], [23, 105, 58])).toBe(1)
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2)
  })

  it('measures text on its background at 4.5 and the focus ring at 3, and nothing for backgrounds', () => {
    expect(contrastRules('--sk-color-danger-fg').map((rule) => [rule.background, rule.minimum])).toEqual([
      ['--sk-color-danger-bg', 4.5],
      ['--sk-color-surface', 4.5],
    ])
    expect(contrastRules('--sk-color-focus')).toMatchObject([{ background: '--sk-color-surface', minimum: 3 }])
    expect(contrastRules('--sk-color-danger-bg')).toEqual([])
    expect(contrastRules('--sk-color-button-fg')).toMatchObject([{ background: '--sk-color-button-bg', minimum: 4.5 }])
  })
})
