// Runs before the browser suites (story tests, visual tests): unpacks the Chromium that
// package-lock.json pins (scripts/chromium.mjs) and, when it cannot, says why in one message
// instead of a Playwright stack trace. With --print-version it names the build it will run.
import { ChromiumError, chromiumVersion, ensureChromium, isOverridden, PINNED_PACKAGE, PINNED_VERSION } from '../scripts/chromium.mjs'

try {
  const path = await ensureChromium()
  if (process.argv.includes('--print-version')) {
    const source = isOverridden() ? `CHROMIUM_PATH=${path}` : `${PINNED_PACKAGE} ${PINNED_VERSION}`
    console.log(`Chromium ${chromiumVersion(path)} (${source})`)
  }
} catch (error) {
  console.error(error instanceof ChromiumError ? `Browser tests cannot run: ${error.message}` : error)
  process.exit(1)
}
