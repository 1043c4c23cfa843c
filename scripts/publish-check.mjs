#!/usr/bin/env node
/**
 * Would `npm publish` work today? (issue 23) Run after `npm run build`, in `npm run test:package`.
 * The rest of the package is checked elsewhere: publint and attw (exports, types), the consumer
 * check (the packed file list, install, type-check, 'use client' in every component module and
 * none in the core), api-report.mjs (the public API).
 * 1. `npm publish --dry-run`: npm packs the manifest it would upload; any warning about it (a field
 *    npm would auto-correct, a bad `bin` or `repository`) fails, except the one about not being
 *    logged in, which a dry run always prints.
 * 2. `sideEffects`: a bundler that honours it, as a consumer's does, through the package's own
 *    exports (esbuild, from the built dist/): a bare import of every JS entry point leaves no code
 *    (so unused components are dropped). And the stylesheet must match one of its globs: webpack
 *    drops `import '@statuskit/react/styles.css'` otherwise (esbuild keeps CSS whatever it says).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const started = performance.now()
const problems = []

// 1. The dry run. --ignore-scripts: prepublishOnly would build again; test:package just built.
const publish = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } })
const warnings = publish.stderr.split('\n').filter((line) => /^npm (warn|error)/i.test(line) && !/requires you to be logged in|Unknown (user|env) config/.test(line))
if (publish.status !== 0 || warnings.length > 0) problems.push(`npm publish --dry-run: ${publish.status !== 0 ? `exit ${publish.status}` : 'warnings'}\n    ${warnings.join('\n    ') || publish.stderr.trim()}`)
let summary = ''
try {
  const packed = JSON.parse(publish.stdout)
  const { name, version, entryCount, size } = packed[Object.keys(packed)[0]] ?? packed
  summary = `${name}@${version}, ${entryCount} files, ${(size / 1024).toFixed(1)} kB`
} catch {
  problems.push(`npm publish --dry-run --json printed no JSON:\n${publish.stdout.slice(0, 500)}`)
}

// 2. sideEffects, as a consumer's bundler reads it: the package installed as a link to this repo.
const consumer = mkdtempSync(join(tmpdir(), 'statuskit-side-effects-'))
try {
  mkdirSync(join(consumer, 'node_modules/@statuskit'), { recursive: true })
  symlinkSync(root, join(consumer, 'node_modules/@statuskit/react'), 'dir')
  const bundle = (contents) =>
    build({
      stdin: { contents, resolveDir: consumer, sourcefile: 'app.js' },
      absWorkingDir: consumer,
      bundle: true,
      write: false,
      outdir: 'out',
      format: 'esm',
      minify: true,
      logLevel: 'silent',
      external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@radix-ui/*', 'clsx'],
    })
  const js = await bundle("import '@statuskit/react'; import '@statuskit/react/core'; import '@statuskit/react/locales/de'")
  const code = js.outputFiles.map((file) => file.text.trim()).join('')
  if (code !== '') problems.push(`sideEffects: a bare import of the JS entry points keeps ${code.length} bytes (a module with side effects, or sideEffects no longer lists only CSS):\n    ${code.slice(0, 200)}`)
} catch (error) {
  problems.push(`sideEffects: bundling the built package failed: ${error.errors?.[0]?.text ?? error.message}`)
} finally {
  rmSync(consumer, { recursive: true, force: true })
}

/** A sideEffects glob as webpack reads it: `*` within a folder, `**` across, no `/` = any folder. */
const globMatches = (glob, path) => {
  const pattern = glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replaceAll('\u0000', '(?:.*/)?')
  return new RegExp(`^${regex}$`).test(path)
}
const { sideEffects, exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const stylesheet = exports['./styles.css'].replace(/^\.\//, '')
if (!Array.isArray(sideEffects) || !sideEffects.some((glob) => globMatches(glob, stylesheet))) {
  problems.push(`sideEffects: ${JSON.stringify(sideEffects)} does not list ${stylesheet}, so webpack drops \`import '@statuskit/react/styles.css'\` (list "**/*.css")`)
}

if (problems.length > 0) {
  console.error(`✗ publish check:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`✓ publish check: npm publish --dry-run (${summary}) without warnings; sideEffects keeps the CSS and lets unused JS go (${Math.round(performance.now() - started)} ms)`)
