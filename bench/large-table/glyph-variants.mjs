/**
 * Glyph variants for the large-table benchmark (`--kinds statuskit,plain,statuskit+<name>`): CSS
 * put on the page while that kind runs, to compare ways of drawing the icons side by side in one
 * run. Issue 20: the CSS masks were the recipe's excess paint.
 */
const ICONS = ['.sk-icon::before', '.sk-badge::before', '.sk-pill::before', '.sk-summary__count::before', '.sk-history__stalled::before'].join(', ')
const DOTS = ".sk-pipeline__marker::before, .sk-pipeline[data-density='compact'] .sk-pipeline__step::before"
const GLYPHS = `${ICONS}, ${DOTS}`

export const VARIANTS = {
  /** The glyphs as they were drawn before issue 20: CSS masks of the SVG tokens. */
  masks: `${ICONS} { clip-path: none !important; background: currentColor !important; mask: var(--sk-icon) center / contain no-repeat !important }
    ${DOTS} { clip-path: none !important; mask: var(--sk-marker-glyph) center / contain no-repeat !important }`,
  /** No glyph at all: the floor any drawing can reach. */
  'masks-off': `${GLYPHS} { mask: none !important; clip-path: none !important }`,
  /** The mask sized in the box's own units instead of `contain` (no intrinsic-size lookup). */
  'mask-100%': `${GLYPHS} { mask-size: 100% 100% !important }`,
  'mask-alpha': `${GLYPHS} { mask-mode: alpha !important }`,
  'contain-paint': `${GLYPHS} { contain: paint }`,
  isolation: `${GLYPHS} { isolation: isolate }`,
  'will-change': `${GLYPHS} { will-change: transform }`,
  /** A clip path in place of the mask (a circle: the wrong shape, the cost of a path clip). */
  'clip-circle': `${GLYPHS} { mask: none !important; clip-path: circle(50%) }`,
}
