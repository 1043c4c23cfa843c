#!/usr/bin/env node
/**
 * Issue 22, part 3: a table of N connections with a 90-day SyncActivity column (compact, one row
 * each, given raw runs) against the same table whose cell is a bare row of 90 spans (outcomes
 * computed beforehand), in headless Chromium (the repo's pinned one), production build
 * (bench/sync-activity). Each round runs both kinds, the order alternating, in a fresh container:
 *
 * - first render: the whole table mounted (render, commit, then layout), the fastest of `--reps`;
 *   wall-clock ms and the renderer main thread's CPU ms (CDP ThreadTime);
 * - tooltips (activity only): ms from a pointerover on a day, and from focusing a row's tab stop,
 *   until the tooltip is in the page; the first of each kind in a round includes loading the
 *   tooltip module; `--tooltips` samples each round, on different rows.
 *
 * Ratios are per round, activity / plain; we report their median and range against 1.5x, and
 * the tooltips' median and worst against 50 ms.
 *
 *   node bench/sync-activity.mjs                 7 rounds, N = 1,000, 4 syncs a day
 *   node bench/sync-activity.mjs --per-day 1 --json
 *   node bench/sync-activity.mjs --smoke         N = 50, one round: checks the harness
 *
 * Exits non-zero when a check fails: a row without its 90 days, not one tab stop per row, a
 * tooltip that never opened or was left over, a page or console error.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchBrowser, serve } from './lib.mjs'
import { quantile, ratioSpread, round2 } from './stats.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const TARGET = 1.5
const TOOLTIP_MS = 50
const KINDS = ['activity', 'plain']
const args = parseArgs(process.argv.slice(2))
const log = args.json ? () => {} : (...parts) => console.log(...parts)
const failures = []

const { build } = await import('vite')
await build({ configFile: path.join(here, 'sync-activity/vite.config.ts'), logLevel: 'error' })
const server = await serve(path.join(here, 'sync-activity/dist'))
let browser
try {
  browser = await launchBrowser()
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`))
  page.on('console', (message) => message.type() === 'error' && failures.push(`console error: ${message.text()}`))
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`)
  await page.waitForSelector('html[data-ready]', { state: 'attached' })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
  const timed = async (fn, arg) => {
    const before = await threadTime()
    const result = await page.evaluate(fn, arg)
    return { result, cpu: (await threadTime()) - before }
  }

  const samples = Object.fromEntries(KINDS.map((kind) => [kind, { mount: [], mountLayout: [], mountCpu: [], elements: [] }]))
  const tooltips = { pointerFirst: [], pointer: [], focusFirst: [], focus: [] }
  const loadBefore = os.loadavg()
  for (let round = -1; round < args.rounds; round++) {
    for (const kind of round % 2 === 0 ? KINDS : [...KINDS].reverse()) {
      const best = { mount: Infinity, mountLayout: Infinity, mountCpu: Infinity, elements: 0 }
      for (let rep = 0; rep < args.reps; rep++) {
        await page.evaluate(([kind, n, perDay]) => window.syncActivityBench.prepare(kind, n, perDay), [kind, args.n, args.perDay])
        const mount = await timed(() => window.syncActivityBench.mount())
        const { rows, days, tabStops, ms, layoutMs, elements } = mount.result
        if (rows !== args.n || days !== args.n * 90) failures.push(`${kind}: ${rows} rows and ${days} days, expected ${args.n} and ${args.n * 90}`)
        if (kind === 'activity' && tabStops !== args.n) failures.push(`activity: ${tabStops} tab stops, expected one per row (${args.n})`)
        best.mount = Math.min(best.mount, ms)
        best.mountLayout = Math.min(best.mountLayout, ms + layoutMs)
        best.mountCpu = Math.min(best.mountCpu, mount.cpu)
        best.elements = elements
        // Tooltips once the table is up, on the last rep: the first of each kind in the page's life loads the module.
        if (kind === 'activity' && rep === args.reps - 1 && round >= 0) {
          for (const by of ['pointer', 'focus']) {
            for (let sample = 0; sample < args.tooltips; sample++) {
              const ms = await page.evaluate(([by, row]) => window.syncActivityBench.tooltip(by, row), [by, (round * 37 + sample * 101) % args.n])
              if (!(ms >= 0)) failures.push(`activity: the ${by} tooltip never opened`)
              tooltips[sample === 0 ? `${by}First` : by].push(ms)
            }
          }
        }
        const { leftover } = await page.evaluate(() => window.syncActivityBench.unmount())
        if (leftover > 0) failures.push(`${kind}: ${leftover} tooltip(s) left after unmount`)
      }
      if (round >= 0) for (const [key, value] of Object.entries(best)) samples[kind][key].push(value)
    }
    log(round < 0 ? 'warm-up done' : `round ${round + 1}/${args.rounds} done`)
  }
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, loadAverageBefore: loadBefore.map((x) => +x.toFixed(2)), loadAverageAfter: os.loadavg().map((x) => +x.toFixed(2)) },
    commit: gitHead(),
    chromium: browser.version(),
    n: args.n,
    perDay: args.perDay,
    smoke: args.smoke,
    rounds: args.rounds,
    repsPerSample: args.reps,
    medians: Object.fromEntries(KINDS.map((kind) => [kind, Object.fromEntries(Object.entries(samples[kind]).map(([key, values]) => [key, round2(quantile(values, 0.5))]))])),
    ratios: Object.fromEntries(['mount', 'mountLayout', 'mountCpu'].map((key) => [key, ratioSpread(samples.activity[key], samples.plain[key])])),
    tooltips: Object.fromEntries(Object.entries(tooltips).map(([key, values]) => [key, { median: round2(quantile(values, 0.5)), max: round2(Math.max(...values)), samples: values.length }])),
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

function table(results) {
  const { medians: m, ratios: r, tooltips: t } = results
  const met = (ok) => (results.smoke ? '– (smoke)' : ok ? 'yes' : '**no**')
  const ratio = (key) => (r[key] ? `${r[key].median}x (${r[key].min}–${r[key].max})` : '–')
  return [
    `${results.date.slice(0, 10)} · ${results.machine.cpu}, ${results.machine.cores} cores · Chromium ${results.chromium} · N = ${results.n.toLocaleString('en')} rows × 90 days, ${results.perDay} syncs a day · ${results.rounds} rounds, the fastest of ${results.repsPerSample} · load ${results.machine.loadAverageBefore.join('/')} before, ${results.machine.loadAverageAfter.join('/')} after · ${results.commit ?? ''}`,
    '',
    `| measure (ms, median) | SyncActivity (raw runs) | bare row of 90 spans | SyncActivity / spans (min–max) | within ${TARGET}x |`,
    '|---|---|---|---|---|',
    ...[
      ['first render (render + commit)', 'mount'],
      ['first render + layout', 'mountLayout'],
      ['first render, CPU', 'mountCpu'],
    ].map(([name, key]) => `| ${name} | ${m.activity[key]} | ${m.plain[key]} | ${ratio(key)} | ${met(r[key] && r[key].median <= TARGET)} |`),
    `| elements in the table | ${m.activity.elements} | ${m.plain.elements} | – | – |`,
    '',
    `| tooltip in the page after (ms) | median | worst | samples | within ${TOOLTIP_MS} ms |`,
    '|---|---|---|---|---|',
    ...[
      ['pointer over a day, first in a round', 'pointerFirst'],
      ['pointer over a day', 'pointer'],
      ['focus on a row’s tab stop, first in a round', 'focusFirst'],
      ['focus on a row’s tab stop', 'focus'],
    ].map(([name, key]) => `| ${name} | ${t[key].median} | ${t[key].max} | ${t[key].samples} | ${met(t[key].max <= TOOLTIP_MS)} |`),
  ].join('\n')
}

function parseArgs(argv) {
  const value = (name, fallback) => {
    const index = argv.indexOf(name)
    return index >= 0 ? Number(argv[index + 1]) : fallback
  }
  const smoke = argv.includes('--smoke')
  return {
    smoke,
    json: argv.includes('--json'),
    n: value('--n', smoke ? 50 : 1000),
    perDay: value('--per-day', 4),
    rounds: value('--rounds', smoke ? 1 : 7),
    reps: value('--reps', smoke ? 1 : 3),
    tooltips: value('--tooltips', smoke ? 2 : 4),
  }
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}
