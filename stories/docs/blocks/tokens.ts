/**
 * The design tokens as tokens.css declares them, read from its source text so that the Theming page
 * lists every `--sk-` custom property without a hand-kept list, and the contrast rules that say
 * what each colour sits on. Pure functions: the page resolves colours in the browser.
 */

export type ThemeName = 'light' | 'dark'
export interface TokenValues {
  name: string
  light: string
  dark: string
}

const LIGHT_BLOCK = ':where(:root) {'
const DARK_BLOCK = ":where([data-theme='dark'], .dark) {"

/** The `--sk-*: value;` declarations of the first rule block after `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(selector)
  if (start === -1) return new Map()
  const body = css.slice(start + selector.length, css.indexOf('}', start))
  return new Map([...body.matchAll(/(--sk-[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]))
}

/** `light-dark(a, b)` carries both themes in one declaration; split it at its top-level comma. */
function splitLightDark(value: string): [string, string] | null {
  const match = /^light-dark\((.*)\)$/s.exec(value)
  if (!match) return null
  let depth = 0
  const inner = match[1]!
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++
    else if (inner[i] === ')') depth--
    else if (inner[i] === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()]
  }
  return null
}

/** Every token of tokens.css with its light and dark value (the same when no theme re-assigns it). */
export function readTokens(css: string): TokenValues[] {
  const light = declarations(css, LIGHT_BLOCK)
  const dark = declarations(css, DARK_BLOCK)
  return [...light].map(([name, value]) => {
    const pair = splitLightDark(value)
    return { name, light: pair ? pair[0] : value, dark: pair ? pair[1] : (dark.get(name) ?? value) }
  })
}

/** Follows `var(--sk-x)` references to a final value within one theme. */
export function resolveValue(value: string, tokens: readonly TokenValues[], theme: ThemeName, depth = 0): string {
  const reference = /^var\((--sk-[\w-]+)\)$/.exec(value)
  const target = reference && tokens.find((token) => token.name === reference[1])
  return target && depth < 8 ? resolveValue(target[theme], tokens, theme, depth + 1) : value
}

export interface ContrastRule {
  /** The token this colour is drawn on. */
  background: string
  /** WCAG 2.2 AA: 4.5 for text, 3 for non-text parts that carry meaning (focus ring, connectors). */
  minimum: number
  usage: string
}

/** What each colour token is drawn on, and the ratio AA asks of it. Backgrounds and borders: none. */
export function contrastRules(name: string): ContrastRule[] {
  const tone = /^--sk-color-(neutral|info|progress|success|warning|danger)-fg$/.exec(name)?.[1]
  // Any other `x-fg` (tooltip, button...) is drawn only on its own `x-bg`.
  const part = /^--sk-color-([\w-]+)-fg$/.exec(name)?.[1]
  if (part && !tone) return [{ background: `--sk-color-${part}-bg`, minimum: 4.5, usage: `${part} text` }]
  if (tone)
    return [
      { background: `--sk-color-${tone}-bg`, minimum: 4.5, usage: 'badge and pill label' },
      { background: '--sk-color-surface', minimum: 4.5, usage: 'on the page (step icons, coming soon)' },
    ]
  if (name === '--sk-color-text') return [{ background: '--sk-color-surface', minimum: 4.5, usage: 'body text' }]
  if (name === '--sk-color-text-muted') return [{ background: '--sk-color-surface', minimum: 4.5, usage: 'upcoming step labels' }]
  if (name === '--sk-color-focus') return [{ background: '--sk-color-surface', minimum: 3, usage: 'focus ring (non-text)' }]
  if (name === '--sk-color-track') return [{ background: '--sk-color-surface', minimum: 3, usage: 'connectors, input border (non-text)' }]
  return []
}

const TONES = ['neutral', 'info', 'progress', 'success', 'warning', 'danger']
/** The banner's backgrounds: warning (code required) and progress (verifying). */
const BANNER_BACKGROUNDS = ['warning-bg', 'progress-bg']
/** `--sk-color-<foreground>` painted on `--sk-color-<background>`, the ratio WCAG asks, and where. */
export type ContrastPair = readonly [foreground: string, background: string, minimum: number, where: string]
/**
 * Every pair of colours the components paint one on the other: 4.5:1 for text, 3:1 for the
 * parts of controls and graphics (WCAG 1.4.3, 1.4.11). test/styles checks the shipped tokens
 * against it, and the Theming page the shadcn/ui mapping (shadcn.ts).
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...TONES.map((tone): ContrastPair => [`${tone}-fg`, `${tone}-bg`, 4.5, `${tone} badge and pill label, banner icon`]),
  ...TONES.map((tone): ContrastPair => [`${tone}-fg`, 'surface', 4.5, `${tone} text on the page (coming-soon pill), stepper marker discs and rings`]),
  ...['success-fg', 'danger-fg', 'warning-fg'].map((fill): ContrastPair => ['surface', fill, 3, `glyph on a solid ${fill} stepper marker`]),
  ['text', 'surface', 4.5, 'body text, step labels, the code typed in the input'],
  ['text-muted', 'surface', 4.5, 'upcoming and inactive step labels'],
  ['track', 'surface', 3, 'upcoming markers and connectors'],
  ['neutral-fg', 'neutral-bg', 4.5, 'substage count'],
  ['tooltip-fg', 'tooltip-bg', 4.5, 'tooltip text'],
  ['focus', 'surface', 3, 'focus ring on the page'],
  ['button-fg', 'button-bg', 4.5, 'verify button label'],
  ['text-muted', 'neutral-bg', 4.5, 'read-only code input while verifying'],
  ['input-border', 'surface', 3, 'code input border against its own fill'],
  ...BANNER_BACKGROUNDS.flatMap((bg): ContrastPair[] => [
    ['text', bg, 4.5, `banner text on ${bg}`],
    ['danger-fg', bg, 4.5, `2FA error message on ${bg}`],
    ['link', bg, 4.5, `action link on ${bg}`],
    ['input-border', bg, 3, `code input border against the banner (${bg})`],
    ['button-bg', bg, 3, `verify button against the banner (${bg})`],
    ['text-muted', bg, 3, `dismiss icon on ${bg}`],
    ['focus', bg, 3, `focus ring inside the banner (${bg})`],
  ]),
]

export type Rgb = readonly [number, number, number]

/** WCAG 2.2 relative luminance of an sRGB colour (0-255 channels). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2.2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (lighter + 0.05) / (darker + 0.05)
}
