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
