#!/usr/bin/env node
/**
 * Proves that the visual suite is deterministic under load: keeps every core busy with CPU
 * burners (plain busy loops at normal priority, bounded in time), runs the whole visual suite
 * against the committed baselines several times in a row, then stops the burners. Every run must
 * pass, with the exact (zero-pixel) comparison.
 *
 *   npm run test:visual:load                 3 runs (builds Storybook first)
 *   npm run test:visual:load -- --runs 5 --burners 4
 */
import { spawn, spawnSync } from 'node:child_process'
import os from 'node:os'

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const runs = option('runs', 3)
const burnerCount = option('burners', os.cpus().length)
// A burner ends by itself after this long, even if this script is killed before it stops them.
const BURN_LIMIT_MS = 60 * 60 * 1000

const build = spawnSync('npm', ['run', '-s', 'build-storybook'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const burners = Array.from({ length: burnerCount }, () =>
  spawn(process.execPath, ['-e', `const end = Date.now() + ${BURN_LIMIT_MS}; let x = 0; while (Date.now() < end) x = (x + Math.sqrt(x + 1)) % 1e9`], { stdio: 'ignore' }),
)
const stopBurners = () => burners.forEach((burner) => burner.kill('SIGKILL'))
process.on('exit', stopBurners)
process.on('SIGINT', () => process.exit(130))
console.log(`${burnerCount} CPU burner(s) running on ${os.cpus().length} core(s); load average ${os.loadavg().map((x) => x.toFixed(2)).join('/')}`)

const results = []
for (let run = 1; run <= runs; run++) {
  const started = Date.now()
  const result = spawnSync('npx', ['playwright', 'test', '--reporter=dot'], { stdio: 'inherit' })
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  results.push({ run, passed: result.status === 0, seconds })
  console.log(`run ${run}/${runs}: ${result.status === 0 ? 'every shot identical to its baseline' : 'FAILED'} in ${seconds} s (load average ${os.loadavg().map((x) => x.toFixed(2)).join('/')})`)
}
stopBurners()
const failed = results.filter((r) => !r.passed).length
console.log(`${runs - failed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
