#!/usr/bin/env node
// The consumer check (issue 6): pack the library, install the tarball into a fresh app in a
// temporary folder, and use it only through its public entry points:
//   1. tsc --noEmit of a strict file that uses every component and the core (Bundler and NodeNext);
//   2. vite build of the app, server-rendered and hydrated in headless Chromium, and of the
//      Recipes page's large table (TanStack Table and Virtual, a few thousand rows) on its own page;
//   3. react-dom/server rendering of every component straight from Node;
//   4. the same again with react@18 + react-dom@18 (+ their types);
//   5. a Tailwind CSS v4 + shadcn/ui app, both import orders of the stylesheet (tailwind-host.mjs);
//   6. the app's own test suites, Vitest and Jest, each bare (suites.mjs);
//   7. what the app's Vite build gains from the package, printed (fixture/bundle-size.mjs).
// Server rendering (in UTC) and hydration (in the production build and in the development build,
// which alone prints React's hydration warnings, and in a browser in New York) fail on any console
// error or warning. A failure under React 19 does not stop the React 18 checks: both are reported.
// The apps are independent: the main app's steps (1-4, 7) run one after another, beside the
// Tailwind host's and then the suites' (5, 6), so that one chain's installs and browser waits
// leave the cores to the other. Each step's line names its app.
// Usage: node test/consumer/run.mjs [--skip-build] [--keep]   (KEEP=1 also keeps the temp folder)
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureChromium, launchOptions } from '../../scripts/chromium.mjs'
import { checkTailwindHost } from './tailwind-host.mjs'
import { checkConsumerSuites } from './suites.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const fixture = join(repo, 'test/consumer/fixture')
const args = new Set(process.argv.slice(2))
const keep = args.has('--keep') || process.env.KEEP === '1'
const screenshots = join(repo, 'test-results/consumer')
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

// The app's browser check runs on the repo's pinned Chromium (scripts/chromium.mjs): its path,
// flags and font config reach the app, which sits in a temporary folder, through the environment.
await ensureChromium()
const chromium = launchOptions()
const browserEnv = { ...chromium.env, CHROMIUM_PATH: chromium.executablePath, CHROMIUM_ARGS: JSON.stringify(chromium.args) }

/** Runs one step; resolves to its output, or rejects with 'failed: <label>' after printing why. */
async function run(label, command, commandArgs, cwd, env = {}) {
  const t = Date.now()
  const result = await spawnAsync(command, commandArgs, { cwd, env: { ...browserEnv, NODE_ENV: undefined, FORCE_COLOR: '0', ...env } })
  const output = `${result.stdout}${result.stderr}`.split('\n').filter((l) => !/Unknown (user|env) config "nodedir"/.test(l)).join('\n').trim()
  if (result.status !== 0) {
    console.error(`\n✗ consumer check failed at: ${label}\n  $ ${command} ${commandArgs.join(' ')}   (in ${cwd})\n\n${output}\n`)
    if (!keep) console.error('  (re-run with --keep to inspect the temporary app)')
    throw new Error(`failed: ${label}`)
  }
  const summary = output.split('\n').filter((l) => /^(ssr|browser|bundle):/.test(l)).join(' | ')
  console.log(`✓ ${label} (${seconds(t)})${summary ? `\n    ${summary}` : ''}`)
  return output
}

/** spawnSync's result, without blocking the other chain of steps. */
function spawnAsync(command, commandArgs, options) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', (error) => resolve({ status: null, stdout, stderr: `${stderr}${error.message}` }))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

const work = mkdtempSync(join(tmpdir(), 'statuskit-consumer-'))
let failed = false
try {
  if (!args.has('--skip-build')) run('npm run build', 'npm', ['run', 'build'], repo)
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  const tarball = join(work, packed[0].filename)
  // Only what consumers need: dist/ plus the files npm always adds.
  const packedFiles = packed[0].files.map((f) => f.path)
  const stray = packedFiles.filter((f) => !f.startsWith('dist/') && !/^(package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md)$/.test(f))
  const required = ['dist/index.js', 'dist/index.d.ts', 'dist/core/index.js', 'dist/core/index.d.ts', 'dist/styles.css']
  const missing = required.filter((f) => !packedFiles.includes(f))
  if (stray.length > 0 || missing.length > 0) {
    console.error(`\n✗ the tarball's contents are wrong: unexpected ${JSON.stringify(stray)}, missing ${JSON.stringify(missing)}`)
    throw new Error('failed: tarball contents')
  }
  console.log(`✓ npm pack: ${packed[0].filename}, ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(1)} kB packed, ${(packed[0].unpackedSize / 1024).toFixed(1)} kB unpacked`)

  // The app: fixture sources only; the library comes from the tarball, nothing else from the repo.
  const app = join(work, 'app')
  cpSync(fixture, app, { recursive: true, filter: (src) => !/node_modules|[/\\]dist/.test(src.slice(fixture.length)) })
  // The Recipes page's large table (issue 20): its files as the page gives them (test/readme keeps
  // page and story equal; the story imports the source, a consumer the package), plus the story's
  // data, with TanStack at the versions the repo pins, so tsc, vite build and Chromium check it.
  const recipeDir = join(app, 'src/large-table')
  mkdirSync(recipeDir)
  for (const file of readdirSync(join(repo, 'stories/LargeTable'))) {
    const text = readFileSync(join(repo, 'stories/LargeTable', file), 'utf8')
      .replaceAll("from '../../src/core'", "from '@statuskit/react/core'")
      .replaceAll("from '../../src'", "from '@statuskit/react'")
    if (text.includes('../../')) throw new Error(`stories/LargeTable/${file} imports from the repo beyond '../../src(/core)': a consumer could not`)
    writeFileSync(join(recipeDir, file), text)
  }
  const repoManifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
  manifest.dependencies = {
    '@statuskit/react': `file:${tarball}`,
    ...Object.fromEntries(['@tanstack/react-table', '@tanstack/react-virtual'].map((name) => [name, repoManifest.devDependencies[name]])),
  }
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  const npmInstall = (specs) => ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs]
  mkdirSync(screenshots, { recursive: true })

  const checks = async (react) => {
    await run(`[React ${react}] tsc --noEmit, moduleResolution Bundler`, 'npx', ['tsc', '-p', 'tsconfig.json', '--pretty', 'false'], app)
    await run(`[React ${react}] tsc --noEmit, moduleResolution NodeNext`, 'npx', ['tsc', '-p', 'tsconfig.nodenext.json', '--pretty', 'false'], app)
    await run(`[React ${react}] vite build (client)`, 'npx', ['vite', 'build', '--logLevel', 'warn'], app)
    // Vite 8 keeps NODE_ENV=production under --mode development unless NODE_ENV says otherwise.
    const devBuild = ['vite', 'build', '--mode', 'development', '--base', '/dev/', '--outDir', 'dist/dev', '--logLevel', 'warn']
    await run(`[React ${react}] vite build (client, development)`, 'npx', devBuild, app, { NODE_ENV: 'development' })
    await run(`[React ${react}] vite build (server)`, 'npx', ['vite', 'build', '--logLevel', 'warn', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server'], app)
    await run(`[React ${react}] server rendering from Node`, 'node', ['ssr.mjs'], app)
    await run(`[React ${react}] Chromium: hydrate (also in another time zone), render, tooltip, CSS, the large table`, 'node', ['check-browser.mjs', join(screenshots, `react${react}.png`)], app)
  }
  const failedReacts = []
  const checkReact = async (react) => {
    try {
      await checks(react)
    } catch (error) {
      if (!String(error.message).startsWith('failed:')) throw error
      failedReacts.push(react)
    }
  }
  const mainApp = async () => {
    await run('[React 19] npm install (tarball, TanStack Table and Virtual, React 19, Vite, TypeScript, playwright-core)', 'npm', npmInstall([]), app)
    await run('[React 19] bundle size: the app built without the package, with StatusBadge, with every component', 'node', ['bundle-size.mjs'], app)
    await checkReact(19)
    await run('[React 18] npm install react@18 react-dom@18 @types/react@18 @types/react-dom@18', 'npm', npmInstall(['react@18', 'react-dom@18', '@types/react@18', '@types/react-dom@18']), app)
    await checkReact(18)
  }
  const otherApps = async () => {
    const tailwind = await checkTailwindHost({ tarball, work, run, npmInstall, screenshots })
    const suites = await checkConsumerSuites({ tarball, work, run, npmInstall })
    return [tailwind, suites]
  }
  // Both chains finish (and report each failed step with ✗) even when one fails; the summary names every failure.
  const [main, others] = await Promise.allSettled([mainApp(), otherApps()])
  for (const chain of [main, others]) if (chain.status === 'rejected' && !String(chain.reason?.message).startsWith('failed:')) throw chain.reason
  const failures = [
    ...(main.status === 'rejected' ? [main.reason.message.slice('failed: '.length)] : []),
    ...failedReacts.map((react) => `React ${react}`),
    ...(others.status === 'rejected' ? [others.reason.message.slice('failed: '.length)] : []),
    ...(others.status === 'fulfilled' && !others.value[0] ? ['the Tailwind v4 host'] : []),
    ...(others.status === 'fulfilled' && !others.value[1] ? ['the Vitest and Jest consumer suites'] : []),
  ]
  if (failures.length > 0) throw new Error(`failed: ${failures.join('; ')}`)
  console.log(`\nconsumer check passed in ${seconds(started)} (screenshots in ${screenshots})`)
} catch (error) {
  failed = true
  if (!String(error.message).startsWith('failed:')) console.error(error)
  else console.error(`\nconsumer check ${error.message} (see each ✗ above) after ${seconds(started)}`)
} finally {
  if (keep) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
