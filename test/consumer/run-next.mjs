#!/usr/bin/env node
// The Next.js App Router check (issues 6 and 20): pack the library, install it into a fresh Next app
// in a temporary folder (test/consumer/fixture-next/), then, with the server in UTC and Chromium in
// America/New_York (the page holds a StatusHistory of absolute times, which differ between them):
//   1. `next build` + `next start`: the Server Component page rendered the client components to
//      HTML; they hydrate; axe finds no contrast failure on a light host page, data-theme="dark" and
//      the host's color-scheme: dark, each with the OS light and dark (fixture/contrast-matrix.mjs);
//      the provider's messages from the server layout reach a tooltip; a Server Action passed as
//      TwoFactorBanner's onSubmitCode runs (its rejection shows in the banner, the code kept).
//      Issue 21: the page's initial JS (every chunk a script tag or the RSC payload names) is
//      printed. A package that imports its tooltip stack (Radix Tooltip, floating-ui, our
//      ActiveTooltip) on demand ships dist/internal/tooltip-loader.js; then the stack must be in a
//      chunk of its own that the page does not load at start, and the first hover loads it.
//   2. `next dev`: the same page server-rendered and hydrated with React's development build, the
//      only one that prints hydration warnings (a production build patches a differing attribute
//      silently).
// Any console error or warning in the browser, any uncaught error, and any error or warning the
// server prints while rendering fails the check (the Server Action's deliberate rejection aside).
// Usage: node test/consumer/run-next.mjs [--skip-build] [--keep]   (KEEP=1 also keeps the temp folder)
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { ensureChromium, launchOptions } from '../../scripts/chromium.mjs'
import { checkContrastMatrix } from './fixture/contrast-matrix.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = new Set(process.argv.slice(2))
const keep = args.has('--keep') || process.env.KEEP === '1'
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const env = { ...process.env, NODE_ENV: undefined, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }
const SERVER_ZONE = 'UTC'
const BROWSER_ZONE = 'America/New_York'

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

const servers = []
/** `next start` or `next dev` in the server's zone; resolves with the first HTML it answers. */
async function startNext(mode, app) {
  const port = await freePort(6350)
  const url = `http://127.0.0.1:${port}/`
  // Next's own CLI, not npx: its exit is the server's (npx exits first and leaves it writing).
  const cli = join(app, 'node_modules/next/dist/bin/next')
  const proc = spawn(process.execPath, [cli, mode, '-p', String(port), '-H', '127.0.0.1'], { cwd: app, env: { ...env, TZ: SERVER_ZONE }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const exited = new Promise((resolve) => proc.once('exit', resolve))
  servers.push({ proc, exited })
  const server = { url, log: '', html: '' }
  proc.stdout.on('data', (d) => (server.log += d))
  proc.stderr.on('data', (d) => (server.log += d))
  const t = Date.now()
  // `next dev` compiles the page on its first request: allow it a minute on a loaded machine.
  while (Date.now() - t < 60_000 && !server.html) {
    server.html = await fetch(url).then((r) => r.text(), () => new Promise((r) => setTimeout(() => r(''), 300)))
  }
  assert.ok(server.html, `next ${mode} did not answer on ${url} within 60 s:\n${server.log}`)
  console.log(`✓ next ${mode}, TZ=${SERVER_ZONE}, first page served (${seconds(t)})`)
  return server
}

/** Ends the last server started, with its process group, and waits for it (`next dev` writes to .next until it exits). */
async function stopNext() {
  const { proc, exited } = servers.pop()
  try {
    process.kill(-proc.pid)
  } catch {}
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
}

/** Removes the temporary folder: a stopped `next dev` may still flush a trace file into .next for a moment. */
async function removeWork() {
  for (let attempt = 1; ; attempt++) {
    try {
      return rmSync(work, { recursive: true, force: true })
    } catch (error) {
      if (attempt === 20) throw error
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/** What the server printed that looks like an error or a warning (Next marks them ⨯ and ⚠). */
const serverProblems = (log) => log.split('\n').filter((line) => /⨯|⚠|\b(error|warn(ing)?)\b/i.test(line))

let browser
/**
 * Opens the page in a fresh context in New York and waits for hydration and one more frame.
 * `problems` collects every console error and warning and every uncaught error from the first byte.
 */
async function openHydrated(url) {
  const context = await browser.newContext({ timezoneId: BROWSER_ZONE })
  const page = await context.newPage()
  const problems = []
  const requested = []
  page.on('request', (r) => requested.push(r.url()))
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console.${m.type()}: ${m.text().slice(0, 600)} (${m.location().url})`))
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.goto(url)
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 30_000 }).catch(() => {
    throw new Error(`the page did not hydrate within 30 s; ${problems.join('; ') || 'no console output'}`)
  })
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))))
  assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), BROWSER_ZONE)
  return { page, context, problems, requested }
}

/** The server rendered the history in UTC, named; the hydrated page shows it in New York time. */
async function checkHistoryZones(server, page) {
  assert.match(server.html, /6:30\s*AM\s*UTC/, 'the server did not render the history in UTC, named ("6:30 AM UTC" is missing)')
  const times = await page.getByTestId('history').locator('time').allInnerTexts()
  assert.ok(times.some((t) => /1:30\s*AM/.test(t)), `after hydration the history is not in the reader's zone (${BROWSER_ZONE}): ${times.join(' | ')}`)
}

/** Strings that only the tooltip stack's code holds: Radix Tooltip's, floating-ui's, our ActiveTooltip's. */
const TOOLTIP_STACK = ['TooltipContentImpl', 'convertOffsetParentRelativeRectToViewportRelativeRect', 'sk-tooltip__arrow']

/**
 * The page's JS at start (every chunk its HTML names, in script tags or in the RSC payload that
 * hydration loads) against the chunks that hold the tooltip stack, which must not be among them.
 */
function checkTooltipSplit(app, html) {
  const dir = join(app, '.next/static/chunks')
  const chunks = readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.js')).map(String)
  const named = new Set([...html.matchAll(/static\/chunks\/([\w\-./~]+?\.js)/g)].map((m) => m[1]))
  const gzip = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length
  const tooltip = chunks.filter((file) => TOOLTIP_STACK.some((marker) => readFileSync(join(dir, file), 'utf8').includes(marker)))
  assert.ok(tooltip.length > 0, `no chunk in .next/static/chunks holds the tooltip stack (${TOOLTIP_STACK.join(', ')})`)
  const onDemand = existsSync(join(app, 'node_modules/@statuskit/react/dist/internal/tooltip-loader.js'))
  const eager = tooltip.filter((file) => named.has(file))
  if (onDemand) assert.deepEqual(eager, [], 'the tooltip stack is in the JS the page loads at start: Next did not split the on-demand import')
  const initial = chunks.filter((file) => named.has(file))
  assert.ok(initial.length > 0, 'found none of the page\'s initial chunks in .next/static/chunks')
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
  const sum = (files) => files.reduce((total, file) => total + gzip(file), 0)
  const where = onDemand ? 'on demand' : 'at start (the package imports it eagerly)'
  return { initial: `${kB(sum(initial))} gzip in ${initial.length} chunks`, tooltipStack: `${kB(sum(tooltip))} gzip in ${tooltip.length} chunk${tooltip.length > 1 ? 's' : ''}, ${where}`, tooltip }
}

const work = mkdtempSync(join(tmpdir(), 'statuskit-next-'))
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

  const { chromium } = createRequire(join(app, 'package.json'))('playwright-core')
  // The repo's pinned Chromium (scripts/chromium.mjs); CHROMIUM_PATH overrides it.
  await ensureChromium()
  browser = await chromium.launch(launchOptions())

  // 1. The production build.
  const prod = await startNext('start', app)
  // The server HTML already holds the rendered client components and the core's text.
  for (const expected of ['Server says: Structuring error', 'sk-badge', 'sk-pipeline', 'sk-pill', 'A 2FA code has been sent to ***@gmail.com', 'one-time-code', 'sk-history']) {
    assert.ok(prod.html.includes(expected), `the server-rendered HTML lacks ${JSON.stringify(expected)}`)
  }
  console.log('✓ Server Component page rendered the components to HTML')
  const split = checkTooltipSplit(app, prod.html)
  console.log(`✓ bundle: the page loads ${split.initial} of JS at start (Next's runtime, React and the page's client components); the tooltip stack: ${split.tooltipStack}`)
  const { page, problems, requested } = await openHydrated(prod.url)
  assert.deepEqual(problems, [], `the production build logged errors or warnings while hydrating in ${BROWSER_ZONE}`)
  await checkHistoryZones(prod, page)
  console.log(`✓ Chromium in ${BROWSER_ZONE}: the production build hydrated without a console error or warning; the history's times turned from UTC to New York time`)

  const colours = await checkContrastMatrix(page, page.getByTestId('badge'), import.meta.url)
  console.log(`✓ Chromium: axe contrast clean on a light host, data-theme="dark" and color-scheme: dark, each with the OS light and dark (badge ${colours['light host (no theme), OS light']}, dark host ${colours['dark host (data-theme="dark"), OS light']})`)

  await page.getByTestId('badge').hover()
  const tooltip = page.getByRole('tooltip').first()
  await tooltip.waitFor({ state: 'visible', timeout: 5_000 })
  const tip = await tooltip.innerText()
  assert.ok(tip.includes('Try again (from the layout)'), `the provider's messages from the server layout did not reach the tooltip: ${tip}`)
  // Prefetched when the page was idle or at the hover: either way the browser asked for it.
  for (const file of split.tooltip) assert.ok(requested.some((url) => url.endsWith(file)), `the tooltip chunk ${file} was never requested, yet the tooltip opened`)
  await page.keyboard.press('Escape')
  assert.deepEqual(serverProblems(prod.log), [], 'next start printed errors or warnings while rendering the page')

  const banner = page.getByTestId('banner')
  await banner.locator('input[autocomplete="one-time-code"]').fill('000000')
  await banner.getByRole('button').first().click()
  await banner.getByRole('alert').waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error('a rejected Server Action showed no error in the banner')
  })
  assert.equal(await banner.locator('input[autocomplete="one-time-code"]').inputValue(), '000000', 'the typed code was lost after the rejected Server Action')
  // The rejected action answers 500 and Next logs it (masked in production); nothing else may appear.
  const unexpected = problems.filter((p) => !/status of 500|Server Components render|digest/i.test(p))
  assert.deepEqual(unexpected, [], 'the browser logged errors or warnings')
  console.log('✓ Chromium: no console errors, tooltip with the layout\'s messages, Server Action as onSubmitCode')
  await stopNext()

  // 2. The development build: React's hydration warnings.
  const dev = await startNext('dev', app)
  const devPage = await openHydrated(dev.url)
  assert.deepEqual(devPage.problems, [], `the development build logged errors or warnings (React's hydration warnings among them) while hydrating in ${BROWSER_ZONE}`)
  await checkHistoryZones(dev, devPage.page)
  assert.deepEqual(serverProblems(dev.log), [], 'next dev printed errors or warnings while rendering the page')
  console.log(`✓ Chromium in ${BROWSER_ZONE}: next dev (React's development build) server-rendered and hydrated without an error or warning, in the browser or the server's log`)
  console.log(`\nNext.js check passed in ${seconds(started)}`)
} catch (error) {
  failed = true
  console.error(`\n✗ Next.js check failed: ${error.message}`)
  if (!keep) console.error('  (re-run with --keep to inspect the temporary app)')
} finally {
  await browser?.close()
  while (servers.length > 0) await stopNext()
  if (keep) console.log(`kept ${work}`)
  else await removeWork()
}
process.exit(failed ? 1 : 0)
