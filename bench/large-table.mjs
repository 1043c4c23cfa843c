#!/usr/bin/env node
/**
 * Issue 20, item 2: the Recipes page's large table (stories/LargeTable: TanStack Table 9 with
 * react-virtual, 10,000 connections) against the same virtualized table of plain spans
 * (bench/large-table/plain.tsx), in headless Chromium (the repo's pinned one), production build.
 * Each round runs both kinds (the order alternates), each in a fresh container:
 *
 * - first render: the dashboard mounted over all N connections (render, commit, then layout);
 * - update: a poll that changes 50 statuses, every row in view among them (flushSync + layout);
 * - scroll: `--frames` animation frames scrolling 3 rows each, with a poll of 50 changes every
 *   `--update-every` frames (setState, as an app does).
 *
 * First render and update are each the fastest of `--reps` cycles (3). Wall-clock ms for those
 * two, and for all three the renderer main thread's CPU time (CDP ThreadTime), which other
 * processes on the machine cannot inflate. Ratios are per round, statuskit / plain; we report
 * their median and range against the 1.3x target.
 *
 *   node bench/large-table.mjs                   7 rounds, N = 10,000
 *   node bench/large-table.mjs --rounds 3 --json
 *   node bench/large-table.mjs --kinds statuskit,plain,badge,stepper,pill,summary   by elimination:
 *                                                the plain table with one column of the recipe's, or its summary
 *   node bench/large-table.mjs --css '*::before, *::after { mask: none !important }'
 *                                                extra CSS on the page, for every kind (diagnosis)
 *   node bench/large-table.mjs --kinds statuskit,plain,statuskit+masks-off
 *                                                the recipe again with a glyph variant's CSS on the page while it runs
 *                                                (bench/large-table/glyph-variants.mjs), side by side in one run
 *   node bench/large-table.mjs --smoke           N = 300, one short round: checks the harness
 *
 * Exits non-zero when a check fails: rows not virtualized, more than one tab stop in the grid, an
 * update that changed nothing on screen, a scroll that did not move the rows, a page error or console error, a tooltip left over.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchBrowser, serve } from './lib.mjs'
import { VARIANTS } from './large-table/glyph-variants.mjs'
import { quantile, ratioSpread, round2 } from './stats.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const TARGET = 1.3
const LABELS = { statuskit: 'statuskit recipe', plain: 'plain spans', badge: 'plain + StatusBadge column', stepper: 'plain + PipelineProgress column', pill: 'plain + CredentialStatePill column', summary: 'plain + ConnectionHealthSummary' }
for (const name of Object.keys(VARIANTS)) LABELS[`statuskit+${name}`] = `recipe, glyphs: ${name}`
const args = parseArgs(process.argv.slice(2))
const log = args.json ? () => {} : (...parts) => console.log(...parts)
const failures = []

const { build } = await import('vite')
await build({ configFile: path.join(here, 'large-table/vite.config.ts'), logLevel: 'error' })
const server = await serve(path.join(here, 'large-table/dist'))
let browser
try {
  browser = await launchBrowser()
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`))
  page.on('console', (message) => message.type() === 'error' && failures.push(`console error: ${message.text()}`))
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`)
  await page.waitForSelector('html[data-ready]', { state: 'attached' })
  if (args.css) await page.addStyleTag({ content: args.css })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
  /** The page call's result and the main thread's CPU ms it took. */
  const timed = async (fn, arg) => {
    const before = await threadTime()
    const result = await page.evaluate(fn, arg)
    return { result, cpu: (await threadTime()) - before }
  }

  const kinds = args.kinds
  const samples = Object.fromEntries(kinds.map((kind) => [kind, { mount: [], mountLayout: [], mountCpu: [], update: [], updateLayout: [], updateCpu: [], elements: [], rowsMounted: [], scrollCpuPerFrame: [], frameP50: [], frameP95: [], longFrames: [] }]))
  const loadBefore = os.loadavg()
  for (let round = args.warmup ? -1 : 0; round < args.rounds; round++) {
    for (const kind of rotate(kinds, Math.max(round, 0))) {
      const result = await runOnce(page, timed, kind)
      if (round >= 0) for (const [key, value] of Object.entries(result)) samples[kind][key].push(value)
    }
    log(round < 0 ? 'warm-up done' : `round ${round + 1}/${args.rounds} done`)
  }
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, loadAverageBefore: loadBefore.map((x) => +x.toFixed(2)), loadAverageAfter: os.loadavg().map((x) => +x.toFixed(2)) },
    commit: gitHead(),
    chromium: browser.version(),
    n: args.n,
    smoke: args.smoke,
    rounds: args.rounds,
    repsPerSample: args.reps,
    scroll: { frames: args.frames, rowsPerFrame: 3, updateEvery: args.updateEvery },
    css: args.css,
    medians: Object.fromEntries(kinds.map((kind) => [kind, Object.fromEntries(Object.entries(samples[kind]).map(([key, values]) => [key, round2(median(values))]))])),
    /** Per kind but plain: the median, min and max over rounds of its ratio to plain in the same round. */
    ratios: Object.fromEntries(
      kinds
        .filter((kind) => kind !== 'plain')
        .map((kind) => [
          kind,
          Object.fromEntries(
            ['mount', 'mountLayout', 'mountCpu', 'update', 'updateLayout', 'updateCpu', 'scrollCpuPerFrame'].map((key) => [key, ratioSpread(samples[kind][key], samples.plain[key])]),
          ),
        ]),
    ),
    failures,
  }
  if (args.json) console.log(JSON.stringify(results, null, 2))
  else console.log(`\n${table(results)}`)
} finally {
  await browser?.close()
  server.close()
}
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed:\n${[...new Set(failures)].join('\n')}`)
  process.exit(1)
}

/**
 * One round of one kind: first render and update, each the fastest of `--reps` cycles (other
 * processes and a garbage collection falling inside a call only ever add time), then the scroll.
 */
async function runOnce(page, timed, variantKind) {
  // `statuskit+name`: the recipe with that glyph variant's CSS on the page for this kind only.
  const [kind, variant] = variantKind.split('+')
  await page.evaluate((css) => {
    document.getElementById('glyph-variant')?.remove()
    if (css) document.head.append(Object.assign(document.createElement('style'), { id: 'glyph-variant', textContent: css }))
  }, variant ? VARIANTS[variant] : '')
  const best = { mount: Infinity, mountLayout: Infinity, mountCpu: Infinity, update: Infinity, updateLayout: Infinity, updateCpu: Infinity }
  let dom
  for (let rep = 0; rep < args.reps; rep++) {
    if (rep > 0) await unmount(page, kind)
    await page.evaluate(([kind, n]) => window.largeTable.prepare(kind, n), [kind, args.n])
    const mount = await timed(() => window.largeTable.mount())
    const { rows, rowCount } = mount.result
    if (rowCount !== args.n + 1) failures.push(`${kind}: aria-rowcount ${rowCount}, expected ${args.n + 1}`)
    if (!(rows > 5 && rows < 60)) failures.push(`${kind}: ${rows} rows mounted: not virtualized`)
    if (mount.result.tabStops !== 1) failures.push(`${kind}: ${mount.result.tabStops} tab stops in the grid, expected 1`)
    dom = { elements: mount.result.elements, rows }
    await page.evaluate(() => new Promise(requestAnimationFrame)) // let the virtualizer settle before the update
    await page.evaluate((changes) => window.largeTable.prepareUpdate(changes), 50)
    const update = await timed(() => window.largeTable.update())
    if (!update.result.changed) failures.push(`${kind}: the update of 50 rows changed nothing in view`)
    best.mount = Math.min(best.mount, mount.result.ms)
    best.mountLayout = Math.min(best.mountLayout, mount.result.ms + mount.result.layoutMs)
    best.mountCpu = Math.min(best.mountCpu, mount.cpu)
    best.update = Math.min(best.update, update.result.ms)
    best.updateLayout = Math.min(best.updateLayout, update.result.ms + update.result.layoutMs)
    best.updateCpu = Math.min(best.updateCpu, update.cpu)
  }
  const scroll = await timed(([frames, updateEvery]) => window.largeTable.scroll(frames, 3, updateEvery), [args.frames, args.updateEvery])
  const { intervals, updates, lastRow } = scroll.result
  if (lastRow < args.frames * 3 * 0.8 || updates < 1) failures.push(`${kind}: the scroll reached row ${lastRow} with ${updates} updates`)
  await unmount(page, kind)
  return {
    ...best,
    elements: dom.elements,
    rowsMounted: dom.rows,
    scrollCpuPerFrame: scroll.cpu / args.frames,
    frameP50: quantile(intervals, 0.5),
    frameP95: quantile(intervals, 0.95),
    longFrames: intervals.filter((ms) => ms > 34).length, // two frames or more at 60 Hz
  }
}

async function unmount(page, kind) {
  const { leftover } = await page.evaluate(() => window.largeTable.unmount())
  if (leftover > 0) failures.push(`${kind}: ${leftover} tooltip(s) left after unmount`)
}

function table(results) {
  const { medians: m, ratios: r } = results
  const others = Object.keys(r)
  const ratio = (kind, key) => (r[kind][key] ? `${r[kind][key].median}x (${r[kind][key].min}–${r[kind][key].max})` : '–')
  const met = (key) => (results.smoke ? '– (smoke)' : r.statuskit?.[key] && r.statuskit[key].median <= TARGET ? 'yes' : '**no**')
  const rows = [
    ['first render (render + commit)', 'mount'],
    ['first render + layout', 'mountLayout'],
    ['first render, CPU', 'mountCpu'],
    ['update of 50 rows (render + commit)', 'update'],
    ['update of 50 rows + layout', 'updateLayout'],
    ['update of 50 rows, CPU', 'updateCpu'],
    ['scrolling while statuses change, CPU per frame', 'scrollCpuPerFrame'],
  ]
  const kinds = ['statuskit', 'plain', ...others.filter((kind) => kind !== 'statuskit')].filter((kind) => m[kind])
  return [
    `${results.css ? `extra CSS: ${results.css} · ` : ''}${results.date.slice(0, 10)} · ${results.machine.cpu}, ${results.machine.cores} cores · Chromium ${results.chromium} · N = ${results.n.toLocaleString('en')}, ${results.rounds} rounds, first render and update the fastest of ${results.repsPerSample} · scroll: ${results.scroll.frames} frames of 3 rows, 50 changes every ${results.scroll.updateEvery} frames · load ${results.machine.loadAverageBefore.join('/')} before, ${results.machine.loadAverageAfter.join('/')} after · ${results.commit ?? ''}`,
    '',
    `| measure (ms, median) | ${kinds.map((kind) => LABELS[kind]).join(' | ')} | ${others.map((kind) => `${LABELS[kind]} / plain (min–max)`).join(' | ')}${r.statuskit ? ' | within 1.3x' : ''} |`,
    `|---|${kinds.map(() => '---|').join('')}${others.map(() => '---|').join('')}${r.statuskit ? '---|' : ''}`,
    ...rows.map(([name, key]) => `| ${name} | ${kinds.map((kind) => m[kind][key]).join(' | ')} | ${others.map((kind) => ratio(kind, key)).join(' | ')}${r.statuskit ? ` | ${met(key)}` : ''} |`),
    `| frame interval while scrolling, median / 95th percentile | ${kinds.map((kind) => `${m[kind].frameP50} / ${m[kind].frameP95}`).join(' | ')} |${others.map(() => ' – |').join('')}${r.statuskit ? ' – |' : ''}`,
    `| elements in the dashboard after the first render (body rows mounted) | ${kinds.map((kind) => `${m[kind].elements} (${m[kind].rowsMounted})`).join(' | ')} |${others.map(() => ' – |').join('')}${r.statuskit ? ' – |' : ''}`,
    `| frames of 34 ms or more (of ${results.scroll.frames}) | ${kinds.map((kind) => m[kind].longFrames).join(' | ')} |${others.map(() => ' – |').join('')}${r.statuskit ? ' – |' : ''}`,
  ].join('\n')
}

function rotate(list, by) {
  const k = by % list.length
  return [...list.slice(k), ...list.slice(0, k)]
}

function median(values) {
  return quantile(values, 0.5)
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

function parseArgs(argv) {
  const options = { json: false, smoke: false, n: 10_000, rounds: 7, reps: 3, frames: 180, updateEvery: 15, warmup: true, kinds: ['statuskit', 'plain'] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--smoke') Object.assign(options, { smoke: true, n: 300, rounds: 1, reps: 1, frames: 20, updateEvery: 5, warmup: false })
    else if (arg === '--n') options.n = Number(argv[++i])
    else if (arg === '--rounds') options.rounds = Number(argv[++i])
    else if (arg === '--frames') options.frames = Number(argv[++i])
    else if (arg === '--reps') options.reps = Number(argv[++i])
    else if (arg === '--update-every') options.updateEvery = Number(argv[++i])
    else if (arg === '--kinds') options.kinds = argv[++i].split(',')
    else if (arg === '--css') options.css = argv[++i]
    else throw new Error(`unknown argument ${arg}`)
  }
  if (!options.kinds.includes('plain') || options.kinds.some((kind) => !(kind in LABELS))) throw new Error(`--kinds: plain and any of ${Object.keys(LABELS).join(', ')}`)
  return options
}
