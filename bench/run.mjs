#!/usr/bin/env node
/**
 * Render benchmark: builds bench/page in production mode, serves it on 127.0.0.1 and drives it in
 * headless Chromium with playwright-core. Every round runs every candidate once (the order rotates
 * from round to round), each in a fresh container that is unmounted afterwards; we report medians
 * and, for ratios, the median of the per-round ratios to the floor measured in the same round.
 *
 *   npm run bench                      table on stdout, bench/results.json
 *   npm run -s bench -- --json         only the JSON on stdout (-s: without npm's banner)
 *   npm run bench -- --n 1000 --rounds 9 --only StatusBadge
 *   npm run bench -- --variants --n 1000   StatusBadge profiled by elimination (bench/page/variants.tsx)
 *   npm run bench -- --no-diff         without the announcements diff cost (issue 21)
 *   npm run test:bench-smoke           once with N = 20: checks the harness, not the times (and
 *                                      bench/large-table.mjs --smoke, the large-table recipe's)
 *
 * Exits non-zero when a candidate renders the wrong number of rows, an update leaves the DOM
 * unchanged, a tooltip does not appear, a tooltip outlives its unmount, or the announcements diff
 * reports another number of changes than it was given.
 */
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPage, launchBrowser, serve } from './lib.mjs'
import { DIFF_CASES, formatTable, summarize, summarizeDiff } from './stats.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
/** How long a tooltip may take before the harness calls it missing (MUI's took 1.8 s at N = 5,000 under load). */
const TOOLTIP_TIMEOUT_MS = 5000
const args = parseArgs(process.argv.slice(2))
const log = args.json ? () => {} : (...parts) => console.log(...parts)

await buildPage()
const server = await serve()
const failures = []
let cdp = null // CDP session for CPU times, opened on first use
let cpuOverhead = 0
let browser
try {
  browser = await launchBrowser()
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`))
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html${args.variants ? '?variants' : ''}`)
  await page.waitForSelector('html[data-ready]')
  let candidates = await page.evaluate(() => window.bench.names())
  if (args.only) {
    // The chosen candidates, their floors, and the floors' own references.
    const wanted = new Set(candidates.filter((c) => args.only.some((o) => c.name.includes(o))).map((c) => c.name))
    for (let grew = true; grew; ) {
      grew = false
      for (const c of candidates) if (wanted.has(c.name) && c.floor && !wanted.has(c.floor)) grew = wanted.add(c.floor)
    }
    candidates = candidates.filter((c) => wanted.has(c.name))
  }
  // A markup floor is only a floor if it commits exactly what its component commits.
  for (const floor of candidates.filter((c) => c.markupOf)) {
    const [floorHtml, componentHtml] = await page.evaluate((names) => window.bench.committedHtml(names, 24), [floor.name, floor.markupOf])
    if (floorHtml !== componentHtml) failures.push(`${floor.name}: commits other HTML than ${floor.markupOf}:\n  ${floorHtml.slice(0, 300)}\n  ${componentHtml.slice(0, 300)}`)
  }
  const loadBefore = os.loadavg()
  const samples = {} // samples[n][name] = { mount: [], mountLayout: [], update: [], updateLayout: [], mountCpu: [], updateCpu: [], tooltip: [], tooltipInDom: [], tooltipFocus: [] }
  for (const n of args.n) {
    samples[n] = Object.fromEntries(candidates.map((c) => [c.name, { mount: [], mountLayout: [], update: [], updateLayout: [], mountCpu: [], updateCpu: [], tooltip: [], tooltipInDom: [], tooltipFocus: [] }]))
    for (let round = args.warmup ? -1 : 0; round < args.rounds; round++) {
      const order = rotate(candidates, Math.max(round, 0))
      for (const candidate of order) {
        const result = await runOnce(page, candidate, n)
        if (round >= 0) for (const [key, value] of Object.entries(result)) if (value !== null) samples[n][candidate.name][key].push(value)
      }
      log(round < 0 ? `N=${n}: warm-up done` : `N=${n}: round ${round + 1}/${args.rounds} done`)
    }
  }
  // Issue 21: the announcements hook's diff, in the same page and run as the mounts above.
  const diffSamples = {}
  if (args.diff) {
    for (const c of DIFF_CASES) diffSamples[c.name] = { wall: [], cpu: [] }
    for (let round = args.warmup ? -1 : 0; round < args.rounds; round++) {
      for (const c of DIFF_CASES) {
        const result = await diffOnce(page, c)
        if (round >= 0) for (const key of ['wall', 'cpu']) diffSamples[c.name][key].push(result[key])
      }
    }
    log('diff cost done')
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
    commit: gitState(),
    chromium: browser.version(),
    cpuOverheadMs: +cpuOverhead.toFixed(3),
    crossOriginIsolated: await page.evaluate(() => window.crossOriginIsolated),
    rounds: args.rounds,
    repsPerSample: args.reps,
    n: args.n,
    method: 'each sample is the fastest of `repsPerSample` mount/update/unmount cycles; mount = flushSync(root.render) of all rows in a fresh container; update = flushSync re-render with every row changed; mountLayout/updateLayout add the style and layout forced right after (offsetHeight); mountCpu/updateCpu = renderer main-thread CPU time (CDP Performance ThreadTime) of the same mount/update in a display:none container, less the cost of an empty evaluate; tooltip = first pointerover to the animation frame after a [role=tooltip] entered the document, real mouse via CDP; tooltipFocus = the same from the focusin of a real Tab onto the first row\'s trigger (never used before). Medians over rounds; ratio = median of per-round ratios to the floor; spread = interquartile range.',
    results: summarize(samples, candidates, { targets: !args.smoke }),
    diffFunction: args.diff ? await page.evaluate(() => window.bench.diffName()) : null,
    diff: args.diff ? summarizeDiff(diffSamples) : [],
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
// The large-table recipe's benchmark (issue 20) checks its own harness in the same smoke run.
if (args.smoke) execFileSync(process.execPath, [path.join(here, 'large-table.mjs'), '--smoke'], { stdio: 'inherit' })

/**
 * One sample of one candidate, as `reps` cycles of each kind, keeping the fastest of each (other
 * processes on a shared machine only ever add time):
 * - visible cycles: mount, update (wall clock in the page, then the forced layout), unmount; the
 *   last one also times a pointer enter on a badge until its tooltip shows;
 * - hidden cycles (container under display: none): the renderer main thread's CPU time (CDP
 *   ThreadTime) around the mount and the update alone, which other processes cannot inflate.
 */
async function runOnce(page, candidate, n) {
  const best = { mount: Infinity, mountLayout: Infinity, update: Infinity, updateLayout: Infinity, mountCpu: Infinity, updateCpu: Infinity }
  let tooltip = null
  let focusTooltip = null
  for (let rep = 0; rep < args.reps; rep++) {
    await page.evaluate(([name, n]) => window.bench.prepare(name, n), [candidate.name, n])
    const mount = await page.evaluate(() => window.bench.mount())
    if (mount.count !== n) failures.push(`${candidate.name}: ${mount.count} rows rendered, expected ${n}`)
    await page.evaluate(() => window.bench.prepareUpdate())
    const update = await page.evaluate(() => window.bench.update())
    if (!update.changed) failures.push(`${candidate.name}: the update did not change the DOM`)
    best.mount = Math.min(best.mount, mount.ms)
    best.mountLayout = Math.min(best.mountLayout, mount.ms + mount.layoutMs)
    best.update = Math.min(best.update, update.ms)
    best.updateLayout = Math.min(best.updateLayout, update.ms + update.layoutMs)
    if (candidate.tooltip && rep === args.reps - 1) {
      const point = await page.evaluate(() => window.bench.hoverPoint())
      await page.mouse.move(1, 1) // over the header, away from every trigger
      await page.evaluate((timeout) => window.bench.armTooltip(timeout), TOOLTIP_TIMEOUT_MS)
      await page.mouse.move(point.x, point.y)
      tooltip = await page.evaluate(() => window.bench.tooltipResult())
      if (!tooltip) failures.push(`${candidate.name}: no tooltip within ${TOOLTIP_TIMEOUT_MS / 1000} s of pointer enter`)
      const closed = await pointerAway(page)
      if (candidate.keyboard) {
        // Tab onto the first row's trigger, which no pointer has touched.
        if (!closed) failures.push(`${candidate.name}: the tooltip stayed open after the pointer left`)
        await page.evaluate(() => window.bench.focusBeforeRows())
        await page.evaluate((timeout) => window.bench.armTooltip(timeout, 'focusin'), TOOLTIP_TIMEOUT_MS)
        await page.keyboard.press('Tab')
        focusTooltip = await page.evaluate(() => window.bench.tooltipResult())
        if (!focusTooltip) failures.push(`${candidate.name}: no tooltip within ${TOOLTIP_TIMEOUT_MS / 1000} s of keyboard focus`)
      }
    }
    await unmount(page, candidate)
  }
  for (let rep = 0; rep < args.reps; rep++) {
    await page.evaluate(([name, n]) => window.bench.prepare(name, n, true), [candidate.name, n])
    best.mountCpu = Math.min(best.mountCpu, await cpuTime(page, () => window.bench.mount(false)))
    await page.evaluate(() => window.bench.prepareUpdate())
    best.updateCpu = Math.min(best.updateCpu, await cpuTime(page, () => window.bench.update(false)))
    await unmount(page, candidate)
  }
  return { ...best, tooltip: tooltip?.visibleMs ?? null, tooltipInDom: tooltip?.inDomMs ?? null, tooltipFocus: focusTooltip?.visibleMs ?? null }
}

/**
 * One sample of the diff cost: the fastest of `reps` diffs of fresh item arrays (as a fetch gives
 * them) against the outcomes seen for the same ids, wall clock in the page and renderer CPU time.
 */
async function diffOnce(page, c) {
  let wall = Infinity
  let cpu = Infinity
  for (let rep = 0; rep < args.reps; rep++) {
    await page.evaluate(([items, changes]) => window.bench.diffPrepare(items, changes), [c.items, c.changes])
    const { ms, reported } = await page.evaluate(() => window.bench.diffRun())
    if (reported !== c.changes) failures.push(`diff of ${c.items} items, ${c.name}: ${reported} change(s) reported, expected ${c.changes}`)
    wall = Math.min(wall, ms)
    await page.evaluate(([items, changes]) => window.bench.diffPrepare(items, changes), [c.items, c.changes])
    cpu = Math.min(cpu, await cpuTime(page, () => window.bench.diffRun()))
  }
  return { wall, cpu }
}

/**
 * Moves the pointer off every trigger until no tooltip is open (at most 2 s); false if one stays.
 * Radix keeps a tooltip open while the pointer may still be heading for it (its grace area) and
 * decides on a later pointer move, which under load may come before it listens: so move again.
 */
async function pointerAway(page) {
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(1 + (i % 2), 1)
    if (!(await page.evaluate(() => window.bench.tooltipOpen()))) return true
    await page.waitForTimeout(50)
  }
  return false
}

async function unmount(page, candidate) {
  const { leftover } = await page.evaluate(() => window.bench.unmount())
  if (leftover > 0) failures.push(`${candidate.name}: ${leftover} tooltip(s) left in the document after unmount`)
}

/** Main-thread CPU ms spent on `fn` in the page, less what an empty evaluate costs. */
async function cpuTime(page, fn) {
  if (!cdp) {
    cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
    const empty = []
    for (let i = 0; i < 15; i++) empty.push(await rawCpuTime(page, () => 0))
    cpuOverhead = empty.sort((a, b) => a - b)[7]
  }
  return Math.max(0, (await rawCpuTime(page, fn)) - cpuOverhead)
}

async function rawCpuTime(page, fn) {
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value
  const before = await threadTime()
  await page.evaluate(fn)
  return ((await threadTime()) - before) * 1000
}

/** The commit measured, and whether src/ had uncommitted changes. */
function gitState() {
  try {
    const git = (...a) => execFileSync('git', a, { cwd: here, encoding: 'utf8' }).trim()
    return { head: git('rev-parse', '--short', 'HEAD'), srcDirty: git('status', '--porcelain', '--', '../src') !== '' }
  } catch {
    return null
  }
}

function rotate(list, by) {
  const k = by % list.length
  return [...list.slice(k), ...list.slice(0, k)]
}

function parseArgs(argv) {
  const options = { json: false, smoke: false, n: [1000, 5000], rounds: 7, reps: 3, warmup: true, only: null, variants: false, diff: true }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--smoke') Object.assign(options, { smoke: true, n: [20], rounds: 1, reps: 1, warmup: false })
    else if (arg === '--n') options.n = argv[++i].split(',').map(Number)
    else if (arg === '--rounds') options.rounds = Number(argv[++i])
    else if (arg === '--reps') options.reps = Number(argv[++i])
    else if (arg === '--only') options.only = argv[++i].split(',')
    else if (arg === '--no-warmup') options.warmup = false
    else if (arg === '--no-diff') options.diff = false
    else if (arg === '--variants') Object.assign(options, { variants: true, only: options.only ?? ['StatusBadge', 'PipelineProgress', ': '] })
    else throw new Error(`unknown argument ${arg}`)
  }
  if (options.n.some((n) => !Number.isInteger(n) || n < 4) || !(options.rounds >= 1) || !(options.reps >= 1)) throw new Error('--n needs integers >= 4, --rounds and --reps >= 1')
  return options
}
