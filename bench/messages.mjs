#!/usr/bin/env node
/**
 * Issue 11, defect 8: provider `messages` written inline vs hoisted. 300 memoised badge rows, 20
 * parent re-renders that change nothing the rows show, in headless Chromium (production build of
 * bench/page). Rounds alternate the two cases; medians are printed.
 *
 *   node bench/messages.mjs [--rounds 15] [--n 300] [--updates 20]
 */
import { buildPage, launchBrowser, serve } from './lib.mjs'

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const rounds = option('rounds', 15)
const n = option('n', 300)
const updates = option('updates', 20)

await buildPage()
const server = await serve()
const browser = await launchBrowser()
try {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`)
  await page.waitForSelector('html[data-ready]')
  const times = { inline: [], hoisted: [] }
  for (let round = -1; round < rounds; round++) {
    for (const inline of round % 2 ? [true, false] : [false, true]) {
      const { ms } = await page.evaluate(([n, updates, inline]) => window.bench.parentUpdates(n, updates, inline), [n, updates, inline])
      if (round >= 0) times[inline ? 'inline' : 'hoisted'].push(ms)
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  console.log(`${n} memoised StatusBadge rows, ${updates} parent re-renders, median of ${rounds} rounds:`)
  for (const [name, values] of Object.entries(times)) {
    console.log(`  messages ${name.padEnd(7)} ${median(values).toFixed(1).padStart(7)} ms  (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`)
  }
} finally {
  await browser.close()
  server.close()
}
