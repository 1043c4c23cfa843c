#!/usr/bin/env node
// The Next.js App Router check (issue 6), opt-in because Next is large (about 340 MB installed,
// 35 s to install cold): pack the library, install it into a fresh Next app in a temporary folder
// (test/consumer/fixture-next/), `next build`, `next start`, then in headless Chromium: the Server
// Component page rendered the client components to HTML, they hydrate without a console error,
// the provider's messages from the server layout reach a tooltip, and a Server Action passed as
// TwoFactorBanner's onSubmitCode runs (its rejection shows in the banner, the code kept), and axe
// finds no contrast failure on a light host page, data-theme="dark" and the host's color-scheme:
// dark, each with the OS light and dark (the matrix of the Vite check, fixture/contrast-matrix.mjs).
// Usage: node test/consumer/run-next.mjs [--skip-build] [--keep]
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureChromium, launchOptions } from '../../scripts/chromium.mjs'
import { checkContrastMatrix } from './fixture/contrast-matrix.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = new Set(process.argv.slice(2))
const keep = args.has('--keep') || process.env.KEEP === '1'
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const env = { ...process.env, NODE_ENV: undefined, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }

function run(label, command, commandArgs, cwd) {
  const t = Date.now()
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env })
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
    throw new Error(`${label} failed:\n  $ ${command} ${commandArgs.join(' ')}   (in ${cwd})\n\n${output}`)
  }
  console.log(`✓ ${label} (${seconds(t)})`)
}

async function freePort(from) {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`no free port in ${from}-${from + 49}`)
}

const work = mkdtempSync(join(tmpdir(), 'statuskit-next-'))
let server
let browser
let failed = false
try {
  if (!args.has('--skip-build')) run('npm run build', 'npm', ['run', 'build'], repo)
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  const app = join(work, 'app')
  cpSync(join(repo, 'test/consumer/fixture-next'), app, { recursive: true, filter: (src) => !/node_modules|\.next/.test(src) })
  // The host's own dark switch (color-scheme: dark on data-host-scheme), the Vite app's stylesheet.
  cpSync(join(repo, 'test/consumer/fixture/src/host.css'), join(app, 'app/host.css'))
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
  manifest.dependencies['@statuskit/react'] = `file:${join(work, packed[0].filename)}`
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  run('npm install (tarball, next, react 19, playwright-core)', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app)
  run('next build', 'npx', ['next', 'build'], app)

  const port = await freePort(6350)
  const url = `http://127.0.0.1:${port}/`
  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let serverLog = ''
  server.stdout.on('data', (d) => (serverLog += d))
  server.stderr.on('data', (d) => (serverLog += d))
  const t = Date.now()
  let html = ''
  while (Date.now() - t < 30_000) {
    try {
      html = await (await fetch(url)).text()
      break
    } catch {
      await new Promise((r) => setTimeout(r, 300))
    }
  }
  assert.ok(html, `next start did not answer on ${url} within 30 s:\n${serverLog}`)
  console.log(`✓ next start (${seconds(t)})`)

  // The server HTML already holds the rendered client components and the core's text.
  for (const expected of ['Server says: Structuring error', 'sk-badge', 'sk-pipeline', 'sk-pill', 'A 2FA code has been sent to ***@gmail.com', 'one-time-code']) {
    assert.ok(html.includes(expected), `the server-rendered HTML lacks ${JSON.stringify(expected)}`)
  }
  console.log('✓ Server Component page rendered the components to HTML')

  const { chromium } = createRequire(join(app, 'package.json'))('playwright-core')
  // The repo's pinned Chromium (scripts/chromium.mjs); CHROMIUM_PATH overrides it.
  await ensureChromium()
  browser = await chromium.launch(launchOptions())
  const page = await browser.newPage()
  const problems = []
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console.${m.type()}: ${m.text()} (${m.location().url})`))
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.goto(url, { waitUntil: 'networkidle' })

  // No favicon in the fixture: its 404 is not ours.
  const ours = () => problems.filter((p) => !/404 \(Not Found\)/.test(p) || !p.includes('favicon'))
  assert.deepEqual(ours(), [], 'the browser logged errors or warnings while hydrating')

  const colours = await checkContrastMatrix(page, page.getByTestId('badge'), import.meta.url)
  console.log(`✓ Chromium: axe contrast clean on a light host, data-theme="dark" and color-scheme: dark, each with the OS light and dark (badge ${colours['light host (no theme), OS light']}, dark host ${colours['dark host (data-theme="dark"), OS light']})`)

  await page.getByTestId('badge').hover()
  const tooltip = page.getByRole('tooltip').first()
  await tooltip.waitFor({ state: 'visible', timeout: 5_000 })
  const tip = await tooltip.innerText()
  assert.ok(tip.includes('Try again (from the layout)'), `the provider's messages from the server layout did not reach the tooltip: ${tip}`)
  await page.keyboard.press('Escape')

  const banner = page.getByTestId('banner')
  await banner.locator('input[autocomplete="one-time-code"]').fill('000000')
  await banner.getByRole('button').first().click()
  await banner.getByRole('alert').waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error('a rejected Server Action showed no error in the banner')
  })
  assert.equal(await banner.locator('input[autocomplete="one-time-code"]').inputValue(), '000000', 'the typed code was lost after the rejected Server Action')
  // The rejected action answers 500 and Next logs it (masked in production); nothing else may appear.
  const unexpected = ours().filter((p) => !/status of 500|Server Components render|digest/i.test(p))
  assert.deepEqual(unexpected, [], 'the browser logged errors or warnings')
  console.log('✓ Chromium: hydrated without console errors, tooltip with the layout\'s messages, Server Action as onSubmitCode')
  console.log(`\nNext.js check passed in ${seconds(started)}`)
} catch (error) {
  failed = true
  console.error(`\n✗ Next.js check failed: ${error.message}`)
  if (!keep) console.error('  (re-run with --keep to inspect the temporary app)')
} finally {
  await browser?.close()
  if (server?.pid) {
    try {
      process.kill(-server.pid)
    } catch {}
  }
  if (keep) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
