import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

export interface CodeBlock {
  lang: 'ts' | 'tsx'
  /** 1-based line of the block's first code line in the Markdown file. */
  line: number
  code: string
}

/** The ```ts and ```tsx blocks of a Markdown text (other languages are not TypeScript). */
export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|tsx)\s*$/.exec(lines[i]!)
    if (!open) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++
    blocks.push({ lang: open[1] as 'ts' | 'tsx', line: start + 1, code: lines.slice(start, end).join('\n') })
    i = end
  }
  return blocks
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
 * consumer's app would use. Returns tsc's diagnostics, each pointed at the Markdown line, or []
 * when every block compiles.
 */
export function typeCheckBlocks(blocks: CodeBlock[], workDir: string, typesDir: string, source = 'README.md'): string[] {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const files = blocks.map((block, index) => {
    const file = `block-${index}-line-${block.line}.${block.lang}`
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
    files: ['css.d.ts', ...files],
  }
  writeFileSync(join(workDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2))
  try {
    tsc('-p', workDir, '--pretty', 'false')
    return []
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error)
    return output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) =>
        line.replace(/\S*block-\d+-line-(\d+)\.tsx?\((\d+),(\d+)\)/, (_, blockLine: string, row: string, column: string) => `${source}:${Number(blockLine) + Number(row) - 1}:${column}`),
      )
  }
}
