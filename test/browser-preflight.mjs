// Runs before the browser tests (story tests, visual tests): when Chromium is missing, say how to
// get it instead of letting Playwright fail with a stack trace. Never `npx playwright install`:
// the tests pin Debian's Chromium, whose rendering the visual baselines were taken with.
import { accessSync, constants } from 'node:fs'
import { execFileSync } from 'node:child_process'

const CHROMIUM = '/usr/bin/chromium'

try {
  accessSync(CHROMIUM, constants.X_OK)
} catch {
  console.error(
    [
      `Browser tests need Chromium at ${CHROMIUM}, and there is none.`,
      'Install Debian\'s Chromium (the visual baselines were taken with it):',
      '',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      '',
      '(`.ci/run` does this on CI machines.)',
    ].join('\n'),
  )
  process.exit(1)
}

if (process.argv.includes('--print-version')) {
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr first: keep stdout only.
    const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    console.log(version.trim())
  } catch {
    // The version is informative only.
  }
}
