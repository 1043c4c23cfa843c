/**
 * Glyph variants for the large-table benchmark (`--kinds statuskit,plain,statuskit+<name>`): CSS
 * put on the page while that kind runs, to compare ways of drawing the icons side by side in one
 * run. Issue 20: the CSS masks were the recipe's excess paint.
 */
const ICONS = ['.sk-icon::before', '.sk-badge::before', '.sk-pill::before', '.sk-summary__count::before', '.sk-history__stalled::before'].join(', ')
const DOTS = ".sk-pipeline__marker::before, .sk-pipeline[data-density='compact'] .sk-pipeline__step::before"
const GLYPHS = `${ICONS}, ${DOTS}`

/** The glyphs as they were drawn before issue 20: CSS masks of the SVG tokens. */
const MASKS = `${ICONS} { clip-path: none !important; background: currentColor !important; mask: var(--sk-icon) center / contain no-repeat !important }
  ${DOTS} { clip-path: none !important; mask: var(--sk-marker-glyph) center / contain no-repeat !important }`

/** Each variant but `masks-off` and `clip-circle` changes the masks: measured on top of them. */
export const VARIANTS = {
  masks: MASKS,
  /** No glyph at all: the floor any drawing can reach. */
  'masks-off': `${GLYPHS} { mask: none !important; clip-path: none !important }`,
  /** The mask sized in the box's own units instead of `contain` (no intrinsic-size lookup). */
  'mask-100%': `${MASKS} ${GLYPHS} { mask-size: 100% 100% !important }`,
  'mask-alpha': `${MASKS} ${GLYPHS} { mask-mode: alpha !important }`,
  'contain-paint': `${MASKS} ${GLYPHS} { contain: paint }`,
  isolation: `${MASKS} ${GLYPHS} { isolation: isolate }`,
  'will-change': `${MASKS} ${GLYPHS} { will-change: transform }`,
  /** A clip path in place of the mask (a circle: the wrong shape, the cost of a path clip). */
  'clip-circle': `${GLYPHS} { mask: none !important; clip-path: circle(50%) }`,
}

// ---- Issue 20, the last 0.03x: how the shapes and the dots reach the page ----
import { readFileSync } from 'node:fs'

const SRC = new URL('../../src/', import.meta.url)
// In the cascade's order: the stylesheet's own @imports.
const cssFiles = [...readFileSync(new URL('styles/index.css', SRC), 'utf8').matchAll(/@import '([^']+)'/g)].map(([, path]) => new URL(path, new URL('styles/', SRC)))
const SHAPES = Object.fromEntries([...readFileSync(new URL('styles/tokens.css', SRC), 'utf8').matchAll(/(--sk-shape-[a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]))
const literal = (value) => value.replace(/var\((--sk-shape-[a-z-]+)\)/g, (_, name) => SHAPES[name])
/** A selector list split at its top-level commas (not those inside :where(...)). */
function selectors(list) {
  const parts = []
  let depth = 0
  let start = 0
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++
    else if (list[i] === ')') depth--
    else if (list[i] === ',' && depth === 0) parts.push(list.slice(start, i).trim()), (start = i + 1)
  }
  return [...parts, list.slice(start).trim()]
}
/** Every rule that names a shape through a custom property, as a rule that sets its ::before's clip-path to the shape itself. */
function literalShapes() {
  const rules = []
  for (const file of cssFiles) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
    for (const [, list, body] of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      const shape = body.match(/--sk-(?:marker-)?shape:\s*([^;]+);/)
      if (!shape) continue
      rules.push(`${selectors(list).map((s) => `${s}::before`).join(', ')} { clip-path: ${literal(shape[1]).trim()} }`)
    }
  }
  return rules.join('\n')
}
const COMPACT_DOT = ".sk-pipeline[data-density='compact'] .sk-pipeline__step"
Object.assign(VARIANTS, {
  /** Each shape written into the rule that uses it, instead of var(--sk-shape): parsed once with the sheet, not per element. */
  'literal-shapes': literalShapes(),
  /** No ::before on a compact dot that draws no glyph (upcoming, unknown). */
  'dots-glyph-only': `:where(.sk-pipeline:not([data-disconnected])) ${COMPACT_DOT}:is([data-state='upcoming'], [data-state='inactive']):not([data-waiting])::before { content: none }`,
  /** Compact dots centre their glyph with flex instead of grid. */
  'dots-flex': `${COMPACT_DOT} { display: inline-flex !important; align-items: center; justify-content: center }`,
})
VARIANTS['all-three'] = `${VARIANTS['literal-shapes']}\n${VARIANTS['dots-glyph-only']}\n${VARIANTS['dots-flex']}`
