#!/usr/bin/env node
/**
 * Render benchmark: builds bench/page in production mode, serves it on 127.0.0.1 and drives it in
 * headless Chromium with playwright-core. Every round runs every candidate once (the order rotates
 * from round to round), each in a fresh container that is unmounted afterwards; we report medians
 * and, for ratios, the median of the per-round ratios to the floor measured in the same round.
 *
 *   npm run bench                      table on stdout, bench/results.json
 *   npm run bench -- --json            only the JSON on stdout
 *   npm run bench -- --n 1000 --rounds 9 --only StatusBadge
 *   npm run test:bench-smoke           once with N = 20: checks the harness, not the times
 *
 * Exits non-zero when a candidate renders the wrong number of rows, an update leaves the DOM
 * unchanged, a tooltip does not appear, or a tooltip outlives its unmount.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatTable, summarize } from './stats.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = parseArgs(process.argv.slice(2))
const log = args.json ? () => {} : (...parts) => console.log(...parts)

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--js-flags=--expose-gc',
  // Keep timers and rAF at full speed in a page nobody looks at.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
]

await buildPage()
const server = await serve(path.join(here, 'dist'))
const failures = []
let browser
try {
  const { chromium } = await import('playwright-core')
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`))
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`)
  await page.waitForSelector('html[data-ready]')
  let candidates = await page.evaluate(() => window.bench.names())
  if (args.only) {
    const wanted = new Set(candidates.filter((c) => args.only.some((o) => c.name.includes(o))).flatMap((c) => [c.name, c.floor]))
    candidates = candidates.filter((c) => wanted.has(c.name))
  }
  const loadBefore = os.loadavg()
  const samples = {} // samples[n][name] = { mount: [], layout: [], update: [], tooltip: [], tooltipInDom: [] }
  for (const n of args.n) {
    samples[n] = Object.fromEntries(candidates.map((c) => [c.name, { mount: [], layout: [], update: [], tooltip: [], tooltipInDom: [] }]))
    for (let round = args.warmup ? -1 : 0; round < args.rounds; round++) {
      const order = rotate(candidates, Math.max(round, 0))
      for (const candidate of order) {
        const result = await runOnce(page, candidate, n)
        if (round >= 0) for (const [key, value] of Object.entries(result)) if (value !== null) samples[n][candidate.name][key].push(value)
      }
      log(round < 0 ? `N=${n}: warm-up done` : `N=${n}: round ${round + 1}/${args.rounds} done`)
    }
  }
  const results = {
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      node: process.version,
      loadAverageBefore: loadBefore.map((x) => +x.toFixed(2)),
      loadAverageAfter: os.loadavg().map((x) => +x.toFixed(2)),
    },
    chromium: browser.version(),
    rounds: args.rounds,
    n: args.n,
    method: 'mount = flushSync(root.render) in a fresh container (layout forced and timed apart); update = flushSync re-render with every row changed; tooltip = first pointerover to the animation frame after a [role=tooltip] entered the document, real mouse via CDP. Medians over rounds; ratio = median of per-round ratios to the floor; spread = interquartile range.',
    results: summarize(samples, candidates),
    failures,
  }
  if (!args.smoke) await writeFile(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  if (args.json) console.log(JSON.stringify(results, null, 2))
  else console.log(`\n${formatTable(results)}`)
} finally {
  await browser?.close()
  server.close()
}
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed:\n${[...new Set(failures)].join('\n')}`)
  process.exit(1)
}

/** One mount, update, hover and unmount of one candidate; checks what it can on the way. */
async function runOnce(page, candidate, n) {
  const mount = await page.evaluate(([name, n]) => window.bench.mount(name, n), [candidate.name, n])
  if (mount.count !== n) failures.push(`${candidate.name}: ${mount.count} rows rendered, expected ${n}`)
  const update = await page.evaluate(() => window.bench.update())
  if (!update.changed) failures.push(`${candidate.name}: the update did not change the DOM`)
  let tooltip = null
  if (candidate.tooltip) {
    const point = await page.evaluate(() => window.bench.hoverPoint())
    await page.mouse.move(1, 1) // over the header, away from every trigger
    await page.evaluate((timeout) => window.bench.armTooltip(timeout), 2000)
    await page.mouse.move(point.x, point.y)
    tooltip = await page.evaluate(() => window.bench.tooltipResult())
    if (!tooltip) failures.push(`${candidate.name}: no tooltip within 2 s of pointer enter`)
    await page.mouse.move(1, 1)
  }
  const { leftover } = await page.evaluate(() => window.bench.unmount())
  if (leftover > 0) failures.push(`${candidate.name}: ${leftover} tooltip(s) left in the document after unmount`)
  return { mount: mount.ms, layout: mount.layoutMs, update: update.ms, tooltip: tooltip?.visibleMs ?? null, tooltipInDom: tooltip?.inDomMs ?? null }
}

function rotate(list, by) {
  const k = by % list.length
  return [...list.slice(k), ...list.slice(0, k)]
}

async function buildPage() {
  const { build } = await import('vite')
  await build({ configFile: path.join(here, 'vite.config.ts'), logLevel: 'error' })
}

/** A tiny static server for bench/dist on 127.0.0.1, from port 6200 up (or any free port). */
async function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' }
  const server = createServer(async (request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname))
    if (!file.startsWith(root)) return response.writeHead(403).end()
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  for (const port of [6200, 6201, 6202, 6203, 0]) {
    const ok = await new Promise((resolve) => {
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => resolve(true))
    })
    if (ok) return server
  }
  throw new Error('no free port')
}

function parseArgs(argv) {
  const options = { json: false, smoke: false, n: [1000, 5000], rounds: 7, warmup: true, only: null }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--smoke') Object.assign(options, { smoke: true, n: [20], rounds: 1, warmup: false })
    else if (arg === '--n') options.n = argv[++i].split(',').map(Number)
    else if (arg === '--rounds') options.rounds = Number(argv[++i])
    else if (arg === '--only') options.only = argv[++i].split(',')
    else if (arg === '--no-warmup') options.warmup = false
    else throw new Error(`unknown argument ${arg}`)
  }
  if (options.n.some((n) => !Number.isInteger(n) || n < 4) || !(options.rounds >= 1)) throw new Error('--n needs integers >= 4, --rounds >= 1')
  return options
}
