// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  blockFileName,
  emitPackageTypes,
  extractCodeBlocks,
  importedPackages,
  installedVersion,
  satisfiesStated,
  statedVersions,
  typeCheckBlocks,
} from './code-blocks'

const ROOT = resolve(import.meta.dirname, '../..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
// Inside node_modules so that the blocks resolve react and its types like a consumer's app does.
const WORK = join(ROOT, 'node_modules/.cache/readme-code-blocks')
const TYPES = `${WORK}-types`

// Emitted once for the README's and the MDX pages' blocks.
beforeAll(() => emitPackageTypes(TYPES), 60_000)

describe('README code blocks', () => {
  const blocks = extractCodeBlocks(README)

  it('has TypeScript examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6)
  })

  it('compiles every ```ts and ```tsx block against the package types', () => {
    expect(typeCheckBlocks(blocks, WORK, TYPES)).toEqual([])
  }, 60_000)

  it('catches an example that uses an undefined type or a wrong prop', () => {
    const broken = [
      { lang: 'tsx' as const, line: 10, code: "import { StatusBadge } from '@statuskit/react'\nexport const Row = ({ app }: { app: ApiApp }) => <StatusBadge status={app.status} />" },
      { lang: 'tsx' as const, line: 20, code: "import { StatusBadge } from '@statuskit/react'\nexport const Badge = () => <StatusBadge status={1} size=\"lg\" />" },
    ]
    const errors = typeCheckBlocks(broken, `${WORK}-self-test`, TYPES, 'example.md')
    expect(errors.join('\n')).toMatch(/example\.md:11:\d+: .*ApiApp/)
    expect(errors.join('\n')).toMatch(/example\.md:21:\d+: .*"lg"/)
  }, 60_000)
})

// Issue 20, item 2: the docs site's pages (stories/docs/*.mdx), as the README's blocks.
const DOCS = 'stories/docs'
const PAGES = readdirSync(join(ROOT, DOCS)).filter((file) => file.endsWith('.mdx'))
const pageText = (page: string) => readFileSync(join(ROOT, DOCS, page), 'utf8')
// The packages a page may use without stating a version: React (the peer the README states) and ours.
const PEERS = new Set(['react', 'react-dom', '@statuskit/react'])

describe('MDX pages code blocks (issue 20, item 2)', () => {
  const blocks = PAGES.flatMap((page) => extractCodeBlocks(pageText(page)).map((block) => ({ ...block, source: `${DOCS}/${page}` })))

  it('has TypeScript examples to check', () => {
    expect(blocks.filter((block) => block.source.endsWith('Recipes.mdx')).length).toBeGreaterThanOrEqual(8)
  })

  it('compiles every ```ts and ```tsx block of every page against the package types and the installed packages', () => {
    expect(typeCheckBlocks(blocks, `${WORK}-mdx`, TYPES)).toEqual([])
  }, 60_000)

  it.each(PAGES)('%s states the version of every package its blocks import, and that version is the one installed', (page) => {
    const text = pageText(page)
    const stated = statedVersions(text)
    const imported = new Set(extractCodeBlocks(text).flatMap((block) => importedPackages(block.code)))
    const problems = [...imported]
      .filter((name) => !PEERS.has(name))
      .flatMap((name) => {
        const range = stated.get(name)
        const installed = installedVersion(name)
        if (range === undefined) return [`${name}: imported, but no npm install line on the page states its version`]
        if (installed === null || !satisfiesStated(installed, range)) return [`${name}: the page states ${range}, the blocks compile against ${installed ?? 'nothing'}`]
        return []
      })
    expect(problems).toEqual([])
  })

  it('reads stated versions and names the files of a recipe', () => {
    const page = '```sh\nnpm install -D vitest@4 jsdom @tanstack/react-table@^9.3.1   # tests\n```\n'
    expect(statedVersions(page)).toEqual(new Map([['vitest', '4'], ['@tanstack/react-table', '^9.3.1']]))
    expect(satisfiesStated('9.3.1', '9')).toBe(true)
    expect(satisfiesStated('9.3.1', '^9.3.1')).toBe(true)
    expect(satisfiesStated('8.21.3', '9')).toBe(false) // the case: code for one major, another installed
    expect(satisfiesStated('9.2.8', '9.3')).toBe(false)
    expect(importedPackages("import { x } from '@tanstack/react-table'\nimport './a.css'\nimport y from 'vitest/config'\nimport { z } from './z'")).toEqual([
      '@tanstack/react-table',
      'vitest',
    ])
    expect(blockFileName({ code: '// app/layout.tsx (a Server Component)\n' })).toBe('app/layout.tsx')
    expect(blockFileName({ code: '/* connections.css */\n' })).toBe('connections.css')
    expect(blockFileName({ code: "import x from 'y'" })).toBeNull()
  })

  it('catches code written for TanStack Table 8 compiled against the installed 9', () => {
    const v8 = [
      {
        lang: 'tsx' as const,
        line: 5,
        code: "import { getCoreRowModel, useReactTable } from '@tanstack/react-table'\nexport const useRows = (data: object[]) => useReactTable({ data, columns: [], getCoreRowModel: getCoreRowModel() })",
      },
    ]
    const errors = typeCheckBlocks(v8, `${WORK}-v8-self-test`, TYPES, 'v8.mdx').join('\n')
    expect(errors).toMatch(/v8\.mdx:5:\d+: .*getCoreRowModel/)
  }, 60_000)
})

describe('the Recipes page (issue 20, items 2 and 4)', () => {
  const recipes = pageText('Recipes.mdx')
  const named = new Map(extractCodeBlocks(recipes, ['ts', 'tsx', 'css']).flatMap((block) => {
    const file = blockFileName(block)
    return file ? [[file, block.code.split('\n').slice(1).join('\n')] as const] : []
  }))

  it.each(['connections-dashboard.tsx', 'connection-columns.tsx', 'connections-grid.tsx', 'use-grid-focus.ts', 'connections.css'])(
    'shows %s as the large-table story runs it (stories/LargeTable)',
    (file) => {
      // The story imports the source; a consumer imports the package.
      const story = readFileSync(join(ROOT, 'stories/LargeTable', file), 'utf8')
        .replaceAll("from '../../src/core'", "from '@statuskit/react/core'")
        .replaceAll("from '../../src'", "from '@statuskit/react'")
        .trimEnd()
      expect(named.get(file)).toBe(story)
    },
  )

  it('filters by connectionOutcome, the function the summary counts with, never by a status tone', () => {
    const code = extractCodeBlocks(recipes).map((block) => block.code).join('\n')
    expect(code).toContain('connectionOutcome(connection) === outcome')
    expect(code).not.toMatch(/\.tone\s*===/)
  })

  it('documents connectionOutcome in the README core list', () => {
    const core = README.split('\n').find((line) => line.startsWith('| `@statuskit/react/core` |'))
    expect(core).toContain('`connectionOutcome`')
  })
})

/**
 * Issue 20, item 4: an example that relabels texts must keep their meaning. For the German
 * examples: a failed status's label still names an error ("Fehler"), and the retry action still
 * says to try again ("versuchen"); the example made 14 read as progress on a red badge and
 * sent "retry" to support.
 */
describe('translation examples keep the meaning (issue 20, item 4)', () => {
  const docs = [['README.md', README], ...PAGES.map((page) => [`${DOCS}/${page}`, pageText(page)])] as const
  const overrides = docs.flatMap(([source, text]) =>
    extractCodeBlocks(text)
      .filter((block) => /from '@statuskit\/react\/locales\/de'/.test(block.code) && /ourWords/.test(block.code))
      .map((block) => ({ source: `${source}:${block.line}`, code: block.code })),
  )

  it('finds the German override examples', () => {
    expect(overrides.length).toBeGreaterThanOrEqual(2)
  })

  it.each(overrides)('$source: error labels name an error, retry still says try again', ({ code }) => {
    const errorCodes = [7, 11, 14, 17, 22]
    for (const [, status, label] of code.matchAll(/(\d+):\s*\{\s*label:\s*'([^']*)'/g)) {
      if (errorCodes.includes(Number(status))) expect(label, `status ${status}`).toMatch(/fehler/i)
    }
    const retry = /retry:\s*'([^']*)'/.exec(code)
    if (retry) expect(retry[1]).toMatch(/versuch/i)
  })
})
