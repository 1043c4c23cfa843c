import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

export interface CodeBlock<Lang extends string = 'ts' | 'tsx'> {
  lang: Lang
  /** 1-based line of the block's first code line in the Markdown file. */
  line: number
  code: string
  /** `Markdown.md:line`, for messages. */
  source?: string
}

/**
 * The fenced blocks of a Markdown or MDX text in the given languages; by default the ```ts and
 * ```tsx ones (other languages are not TypeScript).
 */
export function extractCodeBlocks<Lang extends string = 'ts' | 'tsx'>(markdown: string, langs: readonly Lang[] = ['ts', 'tsx'] as unknown as Lang[]): CodeBlock<Lang>[] {
  const blocks: CodeBlock<Lang>[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^```([\w-]+)\s*$/.exec(lines[i]!)
    if (!open) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++
    if (langs.includes(open[1] as Lang)) blocks.push({ lang: open[1] as Lang, line: start + 1, code: lines.slice(start, end).join('\n') })
    i = end
  }
  return blocks
}

/**
 * The file a block says it is, from a first-line comment (`// app/layout.tsx (a Server
 * Component)`, `/* connections.css *\/`): blocks that name their files can import each other
 * (`./connections-grid`), as the files of a recipe do.
 */
export function blockFileName(block: Pick<CodeBlock<string>, 'code'>): string | null {
  const first = block.code.split('\n', 1)[0]!
  const named = /^(?:\/\/|\/\*)\s*([\w.@[\]/-]+\.(?:tsx?|css))(?=[\s:*]|$)/.exec(first)
  return named ? named[1]! : null
}

/** The packages a block imports (bare specifiers: `@tanstack/react-table`, `vitest`), not relative paths or Node built-ins. */
export function importedPackages(code: string): string[] {
  const packages = new Set<string>()
  // `import x from 'p'`, `import type { A,\n B } from 'p'`, `import 'p'`, `export * from 'p'`: the clause before `from` has no quotes, brackets or `=`.
  for (const [, specifier] of code.matchAll(/^\s*(?:import|export)\s+(?:[\w*{}\s,$]+?\s+from\s*)?['"]([^'"]+)['"]/gm)) {
    if (specifier!.startsWith('.') || specifier!.startsWith('node:')) continue
    const parts = specifier!.split('/')
    packages.add(specifier!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
  }
  return [...packages]
}

/**
 * The versions a page states, from its `npm install` commands (`npm install -D vitest@4
 * @tanstack/react-table@9.3`): package name to the range written after its `@`.
 */
export function statedVersions(markdown: string): Map<string, string> {
  const stated = new Map<string, string>()
  for (const block of extractCodeBlocks(markdown, ['sh', 'bash'])) {
    for (const line of block.code.split('\n')) {
      const command = /^\s*npm\s+(?:install|i|add)\b(.*)$/.exec(line.replace(/#.*$/, ''))
      if (!command) continue
      for (const word of command[1]!.trim().split(/\s+/)) {
        const spec = /^(@?[^@\s]+)@([^\s]+)$/.exec(word)
        if (spec) stated.set(spec[1]!, spec[2]!)
      }
    }
  }
  return stated
}

/**
 * Whether the installed `version` is one a stated range (`9`, `9.x`, `^9.3.1`, `9.3`) allows:
 * the same major, and at least the minor and patch the range names.
 */
export function satisfiesStated(version: string, range: string): boolean {
  const want = /^[\^~]?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(range)
  const have = /^(\d+)\.(\d+)\.(\d+)/.exec(version)
  if (!want || !have) return false
  const [major, minor, patch] = have.slice(1).map(Number) as [number, number, number]
  if (Number(want[1]) !== major) return false
  const wantMinor = want[2] === undefined || want[2] === 'x' ? 0 : Number(want[2])
  const wantPatch = want[3] === undefined || want[3] === 'x' ? 0 : Number(want[3])
  return minor > wantMinor || (minor === wantMinor && patch >= wantPatch)
}

/** The version of a package in the repository's node_modules (what the blocks compile against), or null. */
export function installedVersion(name: string): string | null {
  const manifest = join(ROOT, 'node_modules', name, 'package.json')
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : null
}

const tsc = (...args: string[]) => execFileSync(join(ROOT, 'node_modules/.bin/tsc'), args, { encoding: 'utf8', stdio: 'pipe' })

/**
 * The package's declarations, emitted the way `npm run build` emits them (tsconfig.build.json) into
 * `outDir`: what a consumer's compiler sees, not the library's source (which needs Node's types).
 */
export function emitPackageTypes(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true })
  tsc('-p', join(ROOT, 'tsconfig.build.json'), '--outDir', outDir)
}

/**
 * Type-checks each block as its own module against the package's declarations in `typesDir`
 * (from emitPackageTypes, mapped to the names a consumer imports), with the strict settings a
 * consumer's app would use. A block whose first line names its file (`// connections-grid.tsx`) is
 * written under that name, so that the blocks of one page can import each other; a block's own
 * `source` (for blocks from several pages) puts it in that page's folder. Returns tsc's
 * diagnostics, each pointed at the Markdown line, or [] when every block compiles.
 */
export function typeCheckBlocks(blocks: CodeBlock[], workDir: string, typesDir: string, source = 'README.md'): string[] {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const origins = new Map<string, { source: string; line: number }>()
  const files = blocks.map((block, index) => {
    const page = block.source ?? source
    const folder = page.replace(/[^\w.-]+/g, '_')
    const file = `${folder}/${blockFileName(block) ?? `block-${index}-line-${block.line}.${block.lang}`}`
    if (origins.has(file)) throw new Error(`${page}:${block.line}: a second block names the file ${file}`)
    origins.set(file, { source: page, line: block.line })
    mkdirSync(dirname(join(workDir, file)), { recursive: true })
    writeFileSync(join(workDir, file), `${block.code}\n`)
    return file
  })
  // A consumer's bundler (Vite, Next.js) declares CSS imports; this stands in for vite/client.
  writeFileSync(join(workDir, 'css.d.ts'), "declare module '*.css'\n")
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
      types: [],
      paths: {
        '@statuskit/react': [join(typesDir, 'index.d.ts')],
        '@statuskit/react/core': [join(typesDir, 'core/index.d.ts')],
        '@statuskit/react/locales/*': [join(typesDir, 'locales/*.d.ts')],
      },
    },
    files: ['css.d.ts', ...files.filter((file) => !file.endsWith('.css'))],
  }
  writeFileSync(join(workDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2))
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.', '--pretty', 'false'], { cwd: workDir, encoding: 'utf8', stdio: 'pipe' })
    return []
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error)
    return output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) =>
        line.replace(/^(\S+?)\((\d+),(\d+)\)/, (whole, file: string, row: string, column: string) => {
          const origin = origins.get(file.replace(/^\.\//, ''))
          return origin ? `${origin.source}:${origin.line + Number(row) - 1}:${column}` : whole
        }),
      )
  }
}
