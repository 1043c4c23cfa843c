// @vitest-environment node
// How the icons are drawn (issue 20, the large table): a CSS mask is a paint effect per icon, and
// a virtualized table of thousands of rows repainting them cost 1.4x the plain table's CPU on an
// update and while scrolling. The icons are clip paths; masks remain only as the fallback for
// browsers without shape().
import { readdirSync, readFileSync } from 'node:fs'
import postcss, { type Declaration, type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'
import { SHAPES, css as shapeCss } from '../../bench/large-table/glyph-shapes.mjs'

const src = new URL('../../src/', import.meta.url)
const files = [
  'styles/base.css',
  'styles/tokens.css',
  ...readdirSync(new URL('components/', src), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => `components/${file}`),
]
const sheets = files.map((file) => ({ file, root: postcss.parse(readFileSync(new URL(file, src), 'utf8')) }))
const SHAPE_FALLBACK = /^not \(clip-path: shape\(/

/** Whether a node sits inside `@supports not (clip-path: shape(...))`. */
function inFallback(node: postcss.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule' && (parent as postcss.AtRule).name === 'supports' && SHAPE_FALLBACK.test((parent as postcss.AtRule).params)) return true
  }
  return false
}

describe('icon glyphs', () => {
  it('draws no icon with a mask where shape() is supported (a mask is a paint effect per icon)', () => {
    const masks: string[] = []
    const clips: string[] = []
    for (const { file, root } of sheets) {
      root.walkDecls(/^(-webkit-)?mask(-image)?$/, (decl) => {
        if (!inFallback(decl)) masks.push(`${file}: ${(decl.parent as Rule).selector}`)
      })
      root.walkDecls('clip-path', (decl) => {
        if (/^var\(--sk-(shape|marker-shape)[,)]/.test(decl.value)) clips.push((decl.parent as Rule).selector)
      })
    }
    // What a table repeats per row. One-off icons with their own mask rule (the 2FA banner's icon,
    // spinners) cost one effect each, not one per row: they may keep theirs.
    expect(masks.filter((where) => /^(styles|components\/(StatusBadge|CredentialStatePill|ConnectionHealthSummary|PipelineProgress|StatusHistory))\//.test(where))).toEqual([])
    expect(clips.join(',')).toMatch(/\.sk-badge::before/)
    expect(clips.join(',')).toMatch(/\.sk-pipeline\[data-density='compact'\] \.sk-pipeline__step::before/)
  })

  it('sets the shape and its paint wherever it sets the mask icon (custom properties inherit into nested icons)', () => {
    const unpaired: string[] = []
    for (const { file, root } of sheets) {
      root.walkRules((rule) => {
        const props = new Map<string, string>()
        rule.each((node) => {
          if (node.type === 'decl') props.set((node as Declaration).prop, (node as Declaration).value)
        })
        const icon = props.get('--sk-icon')?.match(/^var\(--sk-(icon|glyph)-([a-z]+)\)$/)
        if (icon) {
          const shape = `var(--sk-shape-${icon[1] === 'glyph' ? 'glyph-' : ''}${icon[2]})`
          const paint = icon[2] === 'progress' && icon[1] === 'icon' ? 'var(--sk-shape-progress-paint)' : 'initial'
          if (props.get('--sk-shape') !== shape || props.get('--sk-shape-paint') !== paint) unpaired.push(`${file}: ${rule.selector}`)
        }
        const glyph = props.get('--sk-marker-glyph')?.match(/^var\(--sk-glyph-([a-z]+)\)$/)
        if (glyph && props.get('--sk-marker-shape') !== `var(--sk-shape-glyph-${glyph[1]})`) unpaired.push(`${file}: ${rule.selector}`)
        // Any other marker glyph (the current step's dot) still needs a clip, or the ink fills the box.
        if (props.has('--sk-marker-glyph') && !props.has('--sk-marker-shape')) unpaired.push(`${file}: ${rule.selector}`)
      })
    }
    expect(unpaired).toEqual([])
  })

  it('has a clip path for every mask icon, as bench/large-table/glyph-shapes.mjs generates it', () => {
    const tokens = new Map<string, string>()
    sheets.find(({ file }) => file === 'styles/tokens.css')!.root.walkDecls(/^--sk-(icon|glyph|shape)-/, (decl) => {
      tokens.set(decl.prop, decl.value)
    })
    const icons = [...tokens.keys()].filter((name) => /^--sk-(icon|glyph)-[a-z]+$/.test(name) && name !== '--sk-icon-size')
    expect(icons.length).toBe(14)
    for (const icon of icons) {
      const name = icon.replace(/^--sk-icon-/, 'icon-').replace(/^--sk-glyph-/, 'glyph-')
      expect(tokens.get(`--sk-shape-${name.replace(/^icon-/, '')}`), icon).toBe(shapeCss(SHAPES[name]!))
    }
  })
})
