/**
 * The Theming page's shadcn/ui mapping as data: the tokens it re-assigns, shadcn's default theme
 * (neutral, as `npx shadcn init` writes it) for the variables it reads, and every pair of colours
 * the components paint (CONTRAST_PAIRS) that the mapping touches, measured in light and dark.
 * test/docs/shadcn.test.ts holds the page's CSS block, and the Tailwind host app of the consumer
 * check, to this mapping.
 */
import { CONTRAST_PAIRS, contrastRatio, type ContrastPair, type Rgb, type ThemeName, type TokenValues } from './tokens'

/**
 * statuskit token → the shadcn/ui variable it reads, in the page's order. `--sk-color-text-muted`
 * stays statuskit's: shadcn's --muted-foreground is 4.3:1 on the read-only code input's grey.
 */
export const SHADCN_MAPPING: Readonly<Record<string, string>> = {
  '--sk-font-family': '--font-sans',
  '--sk-color-surface': '--background',
  '--sk-color-text': '--foreground',
  '--sk-color-border': '--border',
  // Not --ring: a mid grey for a translucent halo, 2.6:1 on white (WCAG 1.4.11 asks 3:1).
  '--sk-color-focus': '--foreground',
  '--sk-color-tooltip-bg': '--popover-foreground',
  '--sk-color-tooltip-fg': '--popover',
  '--sk-color-tooltip-border': '--popover-foreground',
  '--sk-radius-box': '--radius',
}

/** shadcn/ui's default theme (base colour neutral), light and dark, for the colours mapped above. */
export const SHADCN_NEUTRAL: Readonly<Record<string, { light: string; dark: string }>> = {
  '--background': { light: 'oklch(1 0 0)', dark: 'oklch(0.145 0 0)' },
  '--foreground': { light: 'oklch(0.145 0 0)', dark: 'oklch(0.985 0 0)' },
  '--muted-foreground': { light: 'oklch(0.556 0 0)', dark: 'oklch(0.708 0 0)' },
  '--border': { light: 'oklch(0.922 0 0)', dark: 'oklch(1 0 0 / 10%)' },
  '--ring': { light: 'oklch(0.708 0 0)', dark: 'oklch(0.556 0 0)' },
  '--popover': { light: 'oklch(1 0 0)', dark: 'oklch(0.205 0 0)' },
  '--popover-foreground': { light: 'oklch(0.145 0 0)', dark: 'oklch(0.985 0 0)' },
}

const toSrgb = (linear: number) => {
  const clamped = Math.min(1, Math.max(0, linear))
  return Math.round(255 * (clamped <= 0.0031308 ? 12.92 * clamped : 1.055 * clamped ** (1 / 2.4) - 0.055))
}

/**
 * `#rrggbb` or `oklch(L C H)` (CSS Color 4, Björn Ottosson's OKLab matrices) as sRGB bytes; null
 * for anything else, or a translucent colour (its contrast depends on what lies under it).
 */
export function parseColour(value: string): Rgb | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim())
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)]
  const oklch = /^oklch\(\s*([\d.]+)(%?)\s+([\d.]+)\s+([\d.]+)(?:deg)?\s*(?:\/\s*([\d.]+)(%?))?\s*\)$/i.exec(value.trim())
  if (!oklch) return null
  const alpha = oklch[5] === undefined ? 1 : Number(oklch[5]) / (oklch[6] ? 100 : 1)
  if (alpha < 1) return null
  const L = Number(oklch[1]) / (oklch[2] ? 100 : 1)
  const hue = (Number(oklch[4]) * Math.PI) / 180
  const [a, b] = [Number(oklch[3]) * Math.cos(hue), Number(oklch[3]) * Math.sin(hue)]
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3
  return [
    toSrgb(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    toSrgb(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    toSrgb(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ]
}

export interface MappedContrast {
  pair: ContrastPair
  ratio: Record<ThemeName, number | null>
}

/**
 * Every pair of CONTRAST_PAIRS with a mapped token on either side, measured with shadcn's neutral
 * theme for the mapped tokens and the shipped values (`tokens`, from tokens.css) for the others.
 */
export function mappedContrast(tokens: readonly TokenValues[], mapping = SHADCN_MAPPING): MappedContrast[] {
  const colour = (suffix: string, theme: ThemeName): Rgb | null => {
    const name = `--sk-color-${suffix}`
    const variable = mapping[name]
    if (variable) return parseColour(SHADCN_NEUTRAL[variable]?.[theme] ?? '')
    return parseColour(tokens.find((token) => token.name === name)?.[theme] ?? '')
  }
  const measure = (pair: ContrastPair, theme: ThemeName) => {
    const [fg, bg] = [colour(pair[0], theme), colour(pair[1], theme)]
    return fg && bg ? contrastRatio(fg, bg) : null
  }
  return CONTRAST_PAIRS.filter(([fg, bg]) => `--sk-color-${fg}` in mapping || `--sk-color-${bg}` in mapping).map((pair) => ({
    pair,
    ratio: { light: measure(pair, 'light'), dark: measure(pair, 'dark') },
  }))
}
