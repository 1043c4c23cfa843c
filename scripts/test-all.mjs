#!/usr/bin/env node
/**
 * `npm test`: every suite, in the order their inputs exist (the package before the consumer
 * checks, Storybook before the visual shots). Jobs share a stage only where that was measured to
 * help on a 2-core machine: the two consumer checks (they mostly install and serve), the browser
 * tests and the bench smoke. Putting the unit tests beside the consumer checks, or the Next.js
 * check beside the visual suite, made the run no shorter (every suite here is CPU-bound on two
 * cores; 2026-12-02, npm test on fresh clones: 413 s and 432 s that way, 426 s as below) and
 * slowed each job two- to three-fold, which is how a test's timeout is reached.
 *
 * Each job's output is printed whole when it ends (never interleaved), with its time; a table of
 * times closes the run, so a slow suite shows in CI's log. The first stage that fails stops the run
 * after its other jobs finish, and the exit code is non-zero.
 *
 *   node scripts/test-all.mjs            the stages below
 *   node scripts/test-all.mjs --serial   one job at a time (to time each alone)
 */
import { spawn } from 'node:child_process'

const STAGES = [
  ['typecheck', 'test:changeset', 'test:size', 'test:package'],
  ['test:unit-all'],
  ['test:consumer -- --skip-build', 'test:consumer:next -- --skip-build'],
  ['test:browser', 'test:bench-smoke'],
  ['test:visual'],
]

const serial = process.argv.includes('--serial')
const stages = serial ? STAGES.flat().map((job) => [job]) : STAGES
const times = []

function run(job) {
  const started = Date.now()
  return new Promise((resolve) => {
    // One stream for both, in the order written: a failure's stderr stays beside its stdout.
    const child = spawn(`npm run --silent ${job}`, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env })
    const chunks = []
    child.stdout.on('data', (chunk) => chunks.push(chunk))
    child.stderr.on('data', (chunk) => chunks.push(chunk))
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000
      times.push({ job, seconds, ok: code === 0 })
      process.stdout.write(`\n━━ ${job}: ${code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds.toFixed(1)} s\n`)
      process.stdout.write(Buffer.concat(chunks))
      resolve(code === 0)
    })
  })
}

const started = Date.now()
let failed = false
for (const stage of stages) {
  const results = await Promise.all(stage.map(run))
  if (results.includes(false)) {
    failed = true
    break
  }
}
const total = (Date.now() - started) / 1000
console.log(`\n${'job'.padEnd(40)} seconds\n${times.map(({ job, seconds, ok }) => `${(ok ? '' : '✗ ') + job}`.padEnd(40) + seconds.toFixed(1).padStart(8)).join('\n')}`)
console.log(`${'total (wall clock)'.padEnd(40)}${total.toFixed(1).padStart(8)}`)
if (failed) {
  console.error('\nnpm test failed: see the job marked FAILED above.')
  process.exit(1)
}
