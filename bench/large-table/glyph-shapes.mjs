#!/usr/bin/env node
/**
 * The icon family as clip paths (issue 20): each SVG icon of src/styles/tokens.css, its strokes
 * turned into filled outlines (round caps and joins), written as a CSS `shape()` in percentages of
 * the 16-unit grid so one value fits every icon size. A clip path is a clip, not a mask: no paint
 * effect per icon. Prints the tokens; `node bench/large-table/glyph-shapes.mjs > /tmp/shapes.css`.
 *
 * Every filled part runs clockwise and every hole (the inside of a ring) counter-clockwise, so the
 * nonzero rule unites overlapping strokes and keeps what sits inside a ring filled.
 */
const pct = (v) => `${+((v / 16) * 100).toFixed(1)}%`
const pt = ([x, y]) => `${pct(x)} ${pct(y)}`
const at = ([cx, cy], r, a) => [cx + r * Math.cos(a), cy + r * Math.sin(a)]
const DEG = Math.PI / 180

/** A disc of radius r, clockwise (or counter-clockwise: a hole). */
function disc(c, r, cw = true) {
  const dir = cw ? 'cw' : 'ccw'
  return [`move to ${pt([c[0], c[1] - r])}`, `arc to ${pt([c[0], c[1] + r])} of ${pct(r)} ${dir}`, `arc to ${pt([c[0], c[1] - r])} of ${pct(r)} ${dir}`, 'close']
}
/** A ring: the stroke of a circle of radius r, h half the stroke width. */
const ring = (c, r, h) => [...disc(c, r + h), ...disc(c, r - h, false)]
/** A straight stroke from a to b with round caps. */
function segment(a, b, h) {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1])
  if (len === 0) return disc(a, h)
  const m = [((b[1] - a[1]) / len) * h, (-(b[0] - a[0]) / len) * h] // a's left side, seen going to b on screen
  const p = (q, s) => [q[0] + s * m[0], q[1] + s * m[1]]
  return [`move to ${pt(p(a, 1))}`, `line to ${pt(p(b, 1))}`, `arc to ${pt(p(b, -1))} of ${pct(h)} cw`, `line to ${pt(p(a, -1))}`, `arc to ${pt(p(a, 1))} of ${pct(h)} cw`, 'close']
}
const polyline = (points, h) => points.slice(1).flatMap((b, i) => segment(points[i], b, h))
/** A stroke along a circle from angle a0 clockwise to a1 (radians, y down), with round caps. */
function arcStroke(c, r, a0, a1, h) {
  const large = a1 - a0 > Math.PI ? 'large' : 'small'
  return [
    `move to ${pt(at(c, r + h, a0))}`,
    `arc to ${pt(at(c, r + h, a1))} of ${pct(r + h)} cw ${large}`,
    `arc to ${pt(at(c, r - h, a1))} of ${pct(h)} cw`,
    `arc to ${pt(at(c, r - h, a0))} of ${pct(r - h)} ccw ${large}`,
    `arc to ${pt(at(c, r + h, a0))} of ${pct(h)} cw`,
    'close',
  ]
}
/** The stroke of a rectangle with rounded corners (radius rx). */
function roundRect(x, y, w, hgt, rx, h) {
  const R = rx + h
  const [x0, y0, x1, y1] = [x - h, y - h, x + w + h, y + hgt + h]
  const arc = (p) => `arc to ${pt(p)} of ${pct(R)} cw`
  const ri = Math.max(rx - h, 0)
  if (ri > 0) throw new Error('inner corner radius: not needed by the family')
  const [i0, j0, i1, j1] = [x + h, y + h, x + w - h, y + hgt - h]
  return [
    `move to ${pt([x0 + R, y0])}`, `line to ${pt([x1 - R, y0])}`, arc([x1, y0 + R]), `line to ${pt([x1, y1 - R])}`, arc([x1 - R, y1]),
    `line to ${pt([x0 + R, y1])}`, arc([x0, y1 - R]), `line to ${pt([x0, y0 + R])}`, arc([x0 + R, y0]), 'close',
    `move to ${pt([i0, j0])}`, `line to ${pt([i0, j1])}`, `line to ${pt([i1, j1])}`, `line to ${pt([i1, j0])}`, 'close',
  ]
}
/** A cubic Bézier's stroke, as short straight strokes (n pieces): sub-pixel at icon sizes. */
function cubic(p0, p1, p2, p3, h, n = 8) {
  const points = Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n
    const u = 1 - t
    return [0, 1].map((k) => u ** 3 * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t ** 3 * p3[k])
  })
  return polyline(points, h)
}
/** SVG's endpoint arc (large-arc 1, sweep 1 as the question mark has it) to a centre and angles. */
function svgArc(p0, p1, r) {
  const mid = [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2]
  const d = Math.hypot(p1[0] - p0[0], p1[1] - p0[1])
  const k = Math.sqrt(r * r - (d / 2) ** 2)
  const n = [-(p1[1] - p0[1]) / d, (p1[0] - p0[0]) / d]
  // large arc with sweep 1: the centre lies to the right of p0→p1 in y-down coordinates, negated.
  const c = [mid[0] - k * n[0], mid[1] - k * n[1]]
  let a0 = Math.atan2(p0[1] - c[1], p0[0] - c[0])
  let a1 = Math.atan2(p1[1] - c[1], p1[0] - c[0])
  while (a1 <= a0) a1 += 2 * Math.PI
  return { c, a0, a1 }
}

const C = [8, 8]
const I = 0.8 // icons: stroke 1.6
const G = 1 // stepper glyphs: stroke 2
const icon = (...parts) => [...ring(C, 6.25, I), ...parts.flat()]
const q = svgArc([6.25, 6.25], [8.85, 7.95], 1.85)

export const SHAPES = {
  'icon-check': icon(polyline([[5.25, 8.25], [7.15, 10.15], [10.75, 6.25]], I)),
  'icon-cross': icon(segment([5.75, 5.75], [10.25, 10.25], I), segment([10.25, 5.75], [5.75, 10.25], I)),
  'icon-warning': icon(segment([8, 4.75], [8, 8.5], I), disc([8, 11], 0.4 + I)),
  // The progress ring is the whole ring; its faded part and full arc are the paint (base.css).
  'icon-progress': ring(C, 6.25, I),
  'icon-info': icon(segment([8, 7.25], [8, 11.25], I), disc([8, 4.9], 0.4 + I)),
  'icon-minus': icon(segment([5.25, 8], [10.75, 8], I)),
  'icon-question': icon(arcStroke(q.c, 1.85, q.a0, q.a1, I), cubic([8.85, 7.95], [8.3, 8.2], [8, 8.65], [8, 9.25], I), segment([8, 9.25], [8, 9.5], I), disc([8, 11.6], 0.4 + I)),
  'icon-clock': icon(polyline([[8, 4.75], [8, 8], [10.25, 9.5]], I)),
  'icon-lock': icon(roundRect(5.5, 7.5, 5, 3.75, 0.75, I), segment([6.5, 7.5], [6.5, 6.25], I), arcStroke([8, 6.25], 1.5, 180 * DEG, 360 * DEG, I), segment([9.5, 6.25], [9.5, 7.5], I)),
  'glyph-check': polyline([[4, 8.25], [6.75, 11], [12, 5.25]], G),
  'glyph-cross': [...segment([5, 5], [11, 11], G), ...segment([11, 5], [5, 11], G)],
  'glyph-warning': [...segment([8, 3.5], [8, 8.75], G), ...disc([8, 12], 0.6 + G)],
  'glyph-minus': segment([4.5, 8], [11.5, 8], G),
  'glyph-clock': polyline([[8, 4], [8, 8.25], [10.75, 10]], G),
}

/** `shape()` wants its first point after `from`, the rest as commands. */
export function css(commands) {
  const [first, ...rest] = commands
  return `shape(nonzero from ${first.replace('move to ', '')}, ${rest.join(', ')})`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, commands] of Object.entries(SHAPES)) console.log(`    --sk-shape-${name.replace(/^icon-/, '')}: ${css(commands)};`)
}
