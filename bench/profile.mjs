#!/usr/bin/env node
/**
 * CPU profile of mounting and updating candidates (Chrome's sampling profiler over CDP), on the
 * same page as the benchmark but built without minification so that functions keep their names.
 * Layout is not forced, so the profile shows React's and the DOM's work. Prints self time per module group and the top functions, per candidate, so that a candidate's
 * extra cost over its floor can be pinned on React, the DOM or our own code.
 *
 *   node bench/profile.mjs --n 5000 --reps 8 --only "StatusBadge"
 *   (writes bench/dist/<candidate>.cpuprofile too: open it in Chrome DevTools' Performance panel)
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildPage, DIST, launchBrowser, serve } from './lib.mjs'

const args = { n: 5000, reps: 8, only: ['StatusBadge'], variants: false, top: 15 }
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i]
  if (arg === '--n') args.n = Number(process.argv[++i])
  else if (arg === '--reps') args.reps = Number(process.argv[++i])
  else if (arg === '--only') args.only = process.argv[++i].split(',')
  else if (arg === '--top') args.top = Number(process.argv[++i])
  else if (arg === '--variants') args.variants = true
  else throw new Error(`unknown argument ${arg}`)
}

await buildPage({ minify: false })
const bundleFile = (await import('node:fs')).readdirSync(path.join(DIST, 'assets')).find((f) => f.endsWith('.js'))
const moduleOfLine = moduleMap(await readFile(path.join(DIST, 'assets', bundleFile), 'utf8'))
const server = await serve()
const browser = await launchBrowser()
try {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html${args.variants ? '?variants' : ''}`)
  await page.waitForSelector('html[data-ready]')
  const names = (await page.evaluate(() => window.bench.names())).map((c) => c.name).filter((name) => args.only.some((o) => name.includes(o)))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
  for (const name of names) {
    // Warm up (JIT), then profile `reps` mount + update + unmount cycles.
    for (let i = 0; i < 2; i++) await cycle(page, name)
    await cdp.send('Profiler.start')
    for (let i = 0; i < args.reps; i++) await cycle(page, name)
    const { profile } = await cdp.send('Profiler.stop')
    await writeFile(path.join(DIST, `${name.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile))
    report(name, profile)
  }
} finally {
  await browser.close()
  server.close()
}

async function cycle(page, name) {
  await page.evaluate(([name, n]) => {
    window.bench.prepare(name, n)
    window.bench.mount(false)
    window.bench.prepareUpdate()
    window.bench.update(false)
    window.bench.unmount()
  }, [name, args.n])
}

/** Line number (0-based) to the module it came from, from the bundle's `// path` headers. */
function moduleMap(source) {
  const starts = []
  source.split('\n').forEach((line, index) => {
    const match = /^\/\/ ((?:node_modules|src|bench)\/\S+)$/.exec(line)
    if (match) starts.push([index, match[1]])
  })
  return (line) => {
    let found = '(bundle prelude)'
    for (const [start, module] of starts) if (start <= line) found = module
    return found
  }
}

function group(module, url) {
  if (!url) return '(native: DOM, GC, builtins)'
  if (module.includes('react-dom')) return 'react-dom'
  if (module.includes('node_modules/react/')) return 'react'
  if (module.includes('@radix-ui')) return '@radix-ui'
  if (module.startsWith('node_modules/')) return module.split('/').slice(0, module.includes('/@') ? 3 : 2).join('/')
  if (module.startsWith('src/')) return 'statuskit src'
  return 'bench page'
}

function report(name, profile) {
  const self = new Map()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const byGroup = new Map()
  const byFunction = new Map()
  let busy = 0
  for (const node of profile.nodes) {
    const micros = self.get(node.id) ?? 0
    const { functionName, url, lineNumber } = node.callFrame
    if (!micros || ['(idle)', '(program)', '(root)'].includes(functionName)) continue
    busy += micros
    const module = url ? moduleOfLine(lineNumber) : '(native)'
    const g = functionName === '(garbage collector)' ? '(garbage collector)' : group(module, url)
    byGroup.set(g, (byGroup.get(g) ?? 0) + micros)
    const key = `${functionName || '(anonymous)'}  [${module}]`
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
  }
  const ms = (micros) => `${(micros / 1000 / args.reps).toFixed(2)} ms`
  console.log(`\n## ${name}: N = ${args.n}, per mount + update + unmount cycle (JS busy ${ms(busy)})`)
  for (const [g, micros] of [...byGroup].sort((a, b) => b[1] - a[1])) console.log(`  ${ms(micros).padStart(10)}  ${g}`)
  console.log('  top functions by self time:')
  for (const [key, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, args.top)) console.log(`  ${ms(micros).padStart(10)}  ${key}`)
}
