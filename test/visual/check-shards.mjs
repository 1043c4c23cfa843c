// The visual suite split across machines with Playwright's own `--shard=i/n` must run every test
// exactly once: lists the tests of each shard (nothing is run) and compares them with the full list.
// Usage: node test/visual/check-shards.mjs [n=2]
import { execFileSync } from 'node:child_process'

const shards = Number(process.argv[2] ?? 2)
const list = (...args) =>
  execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
const titles = (json) => {
  const out = []
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) out.push(`${spec.file} › ${spec.title}`)
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of JSON.parse(json).suites) walk(suite)
  return out
}

const all = titles(list())
const seen = new Map()
const perShard = []
for (let i = 1; i <= shards; i++) {
  const tests = titles(list(`--shard=${i}/${shards}`))
  perShard.push(tests.length)
  for (const title of tests) seen.set(title, (seen.get(title) ?? 0) + 1)
}
const missing = all.filter((title) => !seen.has(title))
const twice = [...seen].filter(([, count]) => count > 1).map(([title]) => title)
const extra = [...seen.keys()].filter((title) => !all.includes(title))
if (missing.length || twice.length || extra.length) {
  console.error(`✗ ${shards} shards do not cover the ${all.length} visual tests exactly once:`, { missing, twice, extra })
  process.exit(1)
}
console.log(`✓ ${shards} shards (${perShard.join(' + ')} tests) cover all ${all.length} visual tests exactly once`)
