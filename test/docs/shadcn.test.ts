// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mappedContrast, parseColour, SHADCN_MAPPING, SHADCN_NEUTRAL } from '../../stories/docs/blocks/shadcn'
import { contrastRatio, readTokens } from '../../stories/docs/blocks/tokens'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const tokens = readTokens(read('../../src/styles/tokens.css'))

/** `--sk-x: var(--y);` declarations of a CSS text, in order. */
const mappingIn = (css: string) => Object.fromEntries([...css.matchAll(/(--sk-[\w-]+):\s*var\((--[\w-]+)\);/g)].map((m) => [m[1], m[2]]))

describe('colours as shadcn/ui writes them', () => {
  it('converts oklch() to sRGB as browsers do (Tailwind neutral-400, -500, -950)', () => {
    expect(parseColour('oklch(0.708 0 0)')).toEqual([161, 161, 161])
    expect(parseColour('oklch(0.556 0 0)')).toEqual([115, 115, 115])
    expect(parseColour('oklch(14.5% 0 0)')).toEqual([10, 10, 10])
    expect(parseColour('oklch(0.577 0.245 27.325)')).toEqual([231, 0, 11])
    expect(parseColour('#ff9a92')).toEqual([255, 154, 146])
  })

  it('reads a translucent or unknown colour as no colour', () => {
    expect(parseColour('oklch(1 0 0 / 10%)')).toBeNull()
    expect(parseColour('var(--ring)')).toBeNull()
  })

  it("finds shadcn's --ring below 3:1 on white, as issue 20 measured", () => {
    expect(contrastRatio(parseColour(SHADCN_NEUTRAL['--ring']!.light)!, [255, 255, 255])).toBeCloseTo(2.6, 1)
  })
})

describe("the Theming page's shadcn/ui mapping", () => {
  const rows = mappedContrast(tokens)

  it('measures every pair the components paint with a mapped colour', () => {
    expect(rows.map((row) => row.pair.slice(0, 2).join(' on '))).toEqual(expect.arrayContaining(['focus on surface', 'text on surface', 'tooltip-fg on tooltip-bg']))
    for (const row of rows) expect(row.ratio.light === null || row.ratio.dark === null ? row.pair : null).toBeNull()
  })

  it.each(['light', 'dark'] as const)('meets WCAG 2.2 AA for every such pair in the %s theme', (theme) => {
    const failing = rows
      .filter((row) => row.ratio[theme]! < row.pair[2])
      .map(({ pair, ratio }) => `--sk-color-${pair[0]} on --sk-color-${pair[1]}: ${ratio[theme]!.toFixed(2)}:1 < ${pair[2]} (${pair[3]})`)
    expect(failing).toEqual([])
  })

  it('is the mapping the page shows, word for word', () => {
    const page = read('../../stories/docs/Theming.mdx')
    const block = /### shadcn\/ui[\s\S]*?```css\n([\s\S]*?)```/.exec(page)?.[1] ?? ''
    expect(mappingIn(block)).toEqual(SHADCN_MAPPING)
  })

  it('is what the Tailwind host app of the consumer check uses, on the same shadcn theme', () => {
    const app = read('../consumer/fixture-tailwind/src/theme.css')
    expect(mappingIn(app)).toEqual(SHADCN_MAPPING)
    for (const [name, { light, dark }] of Object.entries(SHADCN_NEUTRAL)) {
      expect(app).toMatch(new RegExp(`:root \\{[^}]*${name}: ${light.replace(/[()/%.]/g, '\\$&')};`))
      expect(app).toMatch(new RegExp(`\\.dark \\{[^}]*${name}: ${dark.replace(/[()/%.]/g, '\\$&')};`))
    }
  })
})
