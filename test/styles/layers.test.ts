// @vitest-environment node
// Where the stylesheet's rules sit in the cascade (issue 20; docs/theming.md, "Cascade layers").
// The consumer check's Tailwind host (test/consumer/fixture-tailwind) proves the effect in a
// browser; this keeps the structure that gives it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(path, new URL('../../src/styles/', import.meta.url)), 'utf8')
const index = read('index.css')
const imported = [...index.matchAll(/@import '([^']+)';/g)].map((match) => match[1]!)

/** The preludes of a stylesheet's top-level statements and blocks, comments left out. */
function topLevel(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const preludes: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '{' && depth++ === 0) preludes.push(text.slice(start, i).trim())
    else if (char === '}' && --depth === 0) start = i + 1
    else if (char === ';' && depth === 0) {
      preludes.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  return preludes.filter(Boolean)
}

describe('cascade layers', () => {
  it("declares Tailwind CSS v4's layer order before anything else, so it holds whichever stylesheet loads first", () => {
    expect(topLevel(index)[0]).toBe('@layer theme, base, components, utilities')
    expect(topLevel(index).slice(1).every((statement) => statement.startsWith('@import'))).toBe(true)
  })

  it('puts the tokens and the dark/light switches in theme.statuskit, below preflight', () => {
    expect(imported[0]).toBe('./tokens.css')
    expect(topLevel(read('tokens.css'))).toEqual(['@layer theme.statuskit'])
  })

  it.each(imported.slice(1))('puts every rule of %s in components.statuskit, above preflight and below utilities', (file) => {
    expect(topLevel(read(file))).toEqual(['@layer components.statuskit'])
  })
})
