#!/usr/bin/env node
/**
 * API report (issue 23): the public surface of every entry point in package.json's `exports`,
 * read from the built package, committed under api/ (one `*.api.md` per entry point, as API
 * Extractor writes them; API Extractor itself cannot read TypeScript 7's projects):
 * - `.`, `./core` and each module of `./locales/*`: every exported name with its full declaration,
 *   and the declarations those use that the entry does not export (scripts/api-report/types.mjs);
 * - `./styles.css`: layers, `--sk-*` custom properties and `sk-*` classes (stylesheet.mjs).
 *
 *   node scripts/api-report.mjs            check: exit 1 and print what changed when api/ is stale
 *   node scripts/api-report.mjs --update   rewrite api/ (`npm run api:update` builds first)
 *   --dist <dir>                           read another build than dist/ (no check that it is fresh)
 *
 * It reads dist/, so it runs after `npm run build` (`npm run test:package` builds, then runs it).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeChanges, renderReport, stylesheetSurface, typeReport } from './api-report/index.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const args = process.argv.slice(2)
const update = args.includes('--update')
const dist = resolve(root, args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist')
const reportDir = join(root, 'api')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const started = performance.now()

/** A path of the exports map (`./dist/x`) in the build being read. */
const built = (path) => join(dist, path.replace(/^\.\/dist\//, ''))
const shown = (file) => relative(root, file)
/** A built file as the report names it: `dist/...` whichever build was read. */
const inDist = (file) => `dist/${relative(dist, file)}`

/** The modules behind an exports entry: one, or every file a `*` pattern matches. */
function modulesOf(subpath, pattern) {
  const label = (name) => `\`${manifest.name}${subpath.slice(1).replace('*', name)}\``
  if (!pattern.includes('*')) return [{ label: label(''), file: built(pattern) }]
  const [before, after] = built(pattern).split('*')
  const dir = dirname(`${before}x`)
  const prefix = before.slice(dir.length + 1)
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(after))
    .sort()
    .map((name) => ({ label: label(name.slice(prefix.length, -after.length)), file: join(dir, name) }))
}

/** { name: 'core', markdown } for every public entry point. */
function reports() {
  return Object.entries(manifest.exports)
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, target]) => {
      const name = subpath === '.' ? 'index' : subpath.slice(2).replace(/\/?\*$/, '').replace(/\.css$/, '').replaceAll('/', '-')
      const title = `\`${manifest.name}${subpath.slice(1)}\``
      if (typeof target === 'string' && target.endsWith('.css')) {
        const file = built(target)
        return { name, markdown: renderReport(title, inDist(file), stylesheetSurface(readFileSync(file, 'utf8'))) }
      }
      const modules = modulesOf(subpath, target.types)
      if (modules.length === 0) throw new Error(`api-report: ${subpath} matches no file in ${shown(dist)}`)
      const source = inDist(modules.length === 1 ? modules[0].file : built(target.types))
      return { name, markdown: renderReport(title, source, typeReport(modules).sections) }
    })
}

/** The newest source file, when it is newer than the build: the report would describe old code. */
function sourceNewerThanBuild() {
  const builtAt = statSync(join(dist, 'index.d.ts')).mtimeMs
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
  return walk(join(root, 'src')).find((file) => !/\.(test|stories)\.tsx?$/.test(file) && statSync(file).mtimeMs > builtAt)
}

/** A unified diff, by git (present wherever the repository is); the changed lines otherwise. */
function diff(before, after, label) {
  const scratch = mkdtempSync(join(tmpdir(), 'api-report-'))
  const [a, b] = [join(scratch, 'committed'), join(scratch, 'package')]
  writeFileSync(a, before)
  writeFileSync(b, after)
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', '-U2', a, b], { encoding: 'utf8' })
  rmSync(scratch, { recursive: true, force: true })
  if (result.error || result.stdout === '') {
    const [was, now] = [new Set(before.split('\n')), new Set(after.split('\n'))]
    return [...[...was].filter((l) => !now.has(l)).map((l) => `-${l}`), ...[...now].filter((l) => !was.has(l)).map((l) => `+${l}`)].join('\n')
  }
  return result.stdout
    .split('\n')
    .filter((line) => !/^(diff --git|index |--- |\+\+\+ )/.test(line))
    .join('\n')
    .replace(/^/, `--- ${label} (committed)\n+++ ${label} (the package now)\n`)
}

if (!existsSync(join(dist, 'index.d.ts'))) {
  console.error(`api-report: no build in ${shown(dist)}/: run \`npm run build\` first (\`npm run api:update\` does).`)
  process.exit(1)
}
const stale = args.includes('--dist') ? undefined : sourceNewerThanBuild() // another build: the caller knows
if (stale) {
  console.error(`api-report: ${shown(stale)} changed after the last build: run \`npm run build\` first (\`npm run api:update\` does).`)
  process.exit(1)
}

const fresh = reports()
const committed = existsSync(reportDir) ? readdirSync(reportDir).filter((file) => file.endsWith('.api.md')) : []
const gone = committed.filter((file) => !fresh.some(({ name }) => `${name}.api.md` === file))
const elapsed = () => `${Math.round(performance.now() - started)} ms`

if (update) {
  mkdirSync(reportDir, { recursive: true })
  for (const { name, markdown } of fresh) writeFileSync(join(reportDir, `${name}.api.md`), markdown)
  for (const file of gone) rmSync(join(reportDir, file))
  console.log(`api-report: wrote ${fresh.map(({ name }) => `api/${name}.api.md`).join(', ')}${gone.length ? `; removed ${gone.join(', ')}` : ''} (${elapsed()})`)
  process.exit(0)
}

const problems = []
for (const { name, markdown } of fresh) {
  const file = join(reportDir, `${name}.api.md`)
  const before = existsSync(file) ? readFileSync(file, 'utf8') : ''
  if (before === markdown) continue
  const changes = before === '' ? ['no committed report: a new entry point'] : describeChanges(before, markdown)
  problems.push(`api/${name}.api.md is out of date:\n${changes.map((c) => `  - ${c}`).join('\n')}\n\n${diff(before, markdown, `api/${name}.api.md`)}`)
}
for (const file of gone) problems.push(`api/${file}: its entry point is no longer in package.json's exports`)

if (problems.length > 0) {
  console.error(`\n✗ The public API changed (the report in api/ no longer matches the package):\n\n${problems.join('\n\n')}`)
  console.error('\nIf the change is meant: `npm run api:update`, commit api/ with it, and add a changeset (`npx changeset`) that says what changed for consumers.')
  process.exit(1)
}
console.log(`✓ API report: the package matches ${fresh.map(({ name }) => `api/${name}.api.md`).join(', ')} (${elapsed()})`)
