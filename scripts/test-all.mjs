#!/usr/bin/env node
/**
 * `npm test`: every suite, in the order their inputs exist (the package before the consumer
 * checks, Storybook before the visual shots), with the jobs of a stage side by side so that the
 * cores one job leaves idle go to another. The consumer checks spend much of their time installing
 * into and serving fresh apps, the visual suite waiting for pages to settle: the unit tests run
 * beside the first, the Next.js check beside the second. (On this 2-core machine, 2026-12-02:
 * Next.js beside the unit tests and the Vite check made that stage 190-196 s; beside the visual
 * suite it takes the idle third of its time.)
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
  ['test:unit-all', 'test:consumer -- --skip-build'],
  ['test:browser', 'test:bench-smoke'],
  ['test:visual', 'test:consumer:next -- --skip-build'],
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
