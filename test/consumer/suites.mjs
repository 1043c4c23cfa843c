// A consumer's own test suites (issue 20): the app's page (fixture-suites/src/ConnectionsPage.tsx,
// a table of badges and pills and the 2FA banner) tested as its team would, with the package
// installed from the consumer check's tarball:
//   vitest/  Vitest + jsdom + Testing Library, Vitest's defaults, no setup file;
//   jest/    Jest + jest-environment-jsdom + babel-jest, no setup file, and the least config an
//            ESM-only package needs in Jest (jest.config.json, babel.config.json).
// Both also run the Recipes page's example test (stories/docs/Recipes.mdx), as a reader copies it:
// verbatim under Vitest, and under Jest with the two changes the page names. Each suite installs
// into its own temporary folder and must pass without printing an error or warning.
// run.mjs calls checkConsumerSuites with its tarball; alone: node test/consumer/suites.mjs [--keep]
// (packs dist/ as it is).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const fixtures = join(repo, 'test/consumer/fixture-suites')
const RUNNERS = { vitest: ['vitest', 'run'], jest: ['jest', '--ci'] }
// Jest prints a test's console output under "console.error", Vitest under "stderr | file > test".
const NOISE = /console\.(error|warn)|^stderr \||Warning:|\[statuskit\]|not wrapped in act/

/** The Recipes page's example test: the ```tsx block that starts with `// connections.test.tsx`. */
function recipeTest() {
  const page = readFileSync(join(repo, 'stories/docs/Recipes.mdx'), 'utf8')
  const block = page.match(/```tsx\n\/\/ connections\.test\.tsx\n([\s\S]*?)```/)
  if (!block) throw new Error('stories/docs/Recipes.mdx has no ```tsx block that starts with // connections.test.tsx')
  return block[1]
}

/** The page's recipe for Jest: drop the `vitest` import, write `jest.fn` for `vi.fn`. */
function forJest(test) {
  const jest = test.replace(/^import \{[^}]*\} from 'vitest'\n/m, '').replaceAll('vi.fn(', 'jest.fn(')
  if (jest.includes("'vitest'") || /\bvi\./.test(jest) || !jest.includes('jest.fn(')) throw new Error(`the Recipes example no longer fits the page's Jest recipe:\n${test}`)
  return jest
}

/**
 * Runs both suites with `run(label, command, args, cwd, env)` (run.mjs's: prints ✓ or the output,
 * rejects with "failed: ..." on a non-zero exit, resolves to the output). Resolves to true when
 * both passed cleanly.
 */
export async function checkConsumerSuites({ tarball, work, run, npmInstall }) {
  let passed = true
  for (const [runner, command] of Object.entries(RUNNERS)) {
    const app = join(work, `suite-${runner}`)
    cpSync(join(fixtures, runner), app, { recursive: true })
    cpSync(join(fixtures, 'src'), join(app, 'src'), { recursive: true })
    writeFileSync(join(app, 'src/recipes.test.tsx'), runner === 'jest' ? forJest(recipeTest()) : recipeTest())
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))
    manifest.devDependencies['@statuskit/react'] = `file:${resolve(tarball)}`
    writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    try {
      await run(`[${runner} suite] npm install (tarball, ${runner}, Testing Library)`, 'npm', npmInstall([]), app)
      const output = (await run(`[${runner} suite] the app's own tests`, 'npx', command, app, { NO_COLOR: '1', CI: '1' })).replace(/\x1b\[[0-9;]*m/g, '')
      // A passing suite that printed an error or a warning (React's act() warning, the library's
      // own dev warning) still fails: the consumer's CI log would show it.
      if (output.split('\n').some((line) => NOISE.test(line))) {
        console.error(`\n✗ the ${runner} suite passed but printed errors or warnings:\n${output}\n`)
        passed = false
      } else {
        console.log(`    suites: ${runner}: ${output.split('\n').find((line) => /^\s*Tests:?\s/.test(line))?.trim()}`)
      }
    } catch (error) {
      if (!String(error.message).startsWith('failed:')) throw error
      passed = false
    }
  }
  return passed
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const keep = process.argv.includes('--keep') || process.env.KEEP === '1'
  const work = mkdtempSync(join(tmpdir(), 'statuskit-suites-'))
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  const run = (label, command, args, cwd, env = {}) => {
    const t = Date.now()
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: undefined, FORCE_COLOR: '0', ...env } })
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}` // Jest reports on stderr
    if (result.status !== 0) {
      console.error(`\n✗ ${label}\n${output}`)
      throw new Error(`failed: ${label}`)
    }
    console.log(`✓ ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`)
    return output
  }
  const npmInstall = (specs) => ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs]
  const passed = await checkConsumerSuites({ tarball: join(work, packed[0].filename), work, run, npmInstall })
  if (keep) console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
  process.exit(passed ? 0 : 1)
}
