// The Tailwind CSS v4 + shadcn/ui host check (issue 20), a step of the consumer check (run.mjs):
// the packed tarball installed into fixture-tailwind/ (Vite, React 19, tailwindcss v4 with
// @tailwindcss/vite and its preflight, shadcn/ui's theme, class="dark" on <html>), built with both
// import orders of the stylesheet and without Tailwind, and checked in the pinned Chromium
// (fixture-tailwind/check.mjs).
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixture-tailwind')

/**
 * Runs the check with run.mjs's `run` (which logs each step, and rejects with 'failed: <step>').
 * Resolves to true when it passed; a failure is already reported by `run`.
 */
export async function checkTailwindHost({ tarball, work, run, npmInstall, screenshots }) {
  const app = join(work, 'tailwind-app')
  cpSync(fixture, app, { recursive: true, filter: (src) => !/node_modules|[/\\]dist/.test(src.slice(fixture.length)) })
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
  manifest.dependencies = { '@statuskit/react': `file:${tarball}` }
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  try {
    await run('[Tailwind v4 host] npm install (tarball, React 19, tailwindcss, @tailwindcss/vite, Vite)', 'npm', npmInstall([]), app)
    await run('[Tailwind v4 host] vite build x3 (JS import first, CSS @import after tailwindcss, no Tailwind)', 'node', ['build.mjs'], app)
    await run('[Tailwind v4 host] Chromium: styled, className utilities win, class="dark" and toggle', 'node', ['check.mjs', screenshots], app)
    return true
  } catch (error) {
    if (!String(error.message).startsWith('failed:')) throw error
    return false
  }
}
