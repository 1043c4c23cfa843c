// @vitest-environment node
// The theming docs say what the stylesheet does (issue 20, item 4): dark never comes from the
// operating system alone, and the layers are the ones styles.css declares.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const tokensCss = read('../../src/styles/tokens.css')
const indexCss = read('../../src/styles/index.css')
const docs = { 'the Theming page': read('../../stories/docs/Theming.mdx'), 'docs/theming.md': read('../../docs/theming.md') }

describe.each(Object.entries(docs))('%s', (_, text) => {
  it('never says dark applies under prefers-color-scheme (tokens.css has no such rule)', () => {
    expect(tokensCss).not.toMatch(/prefers-color-scheme/)
    expect(text).not.toMatch(/apply under `prefers-color-scheme/)
    expect(text).toMatch(/never the operating system alone/)
  })

  it('names no cascade layer that styles.css does not declare', () => {
    const declared = new Set([...indexCss.matchAll(/@layer ([\w., ]+)[;{]/g)].flatMap((m) => m[1]!.split(',').map((name) => name.trim())))
    for (const file of ['tokens.css', 'base.css']) for (const m of read(`../../src/styles/${file}`).matchAll(/@layer ([\w.]+) \{/g)) declared.add(m[1]!)
    const named = [...text.matchAll(/@layer ([\w.]+)`/g), ...text.matchAll(/`((?:theme|components)\.statuskit)`/g)].map((m) => m[1]!)
    expect(named.filter((name) => !declared.has(name))).toEqual([])
  })
})
