import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromiumVersion, ensureChromium, isOverridden, PINNED_PACKAGE, PINNED_VERSION } from '../../scripts/chromium.mjs'
import { BASELINES_DIR, REPORT_DIR, updating } from './compare'

/** The Chromium build the committed baselines were taken with, written by `npm run test:visual:update`. */
export const BASELINE_BROWSER_FILE = join(BASELINES_DIR, 'browser.txt')

/**
 * Starts each run with an empty report folder, so that every image in it belongs to this run;
 * unpacks the pinned Chromium; and says, before any diff, when this run's Chromium is not the build
 * the baselines were taken with (then every shot is expected to differ a little).
 */
export default async function globalSetup(): Promise<void> {
  rmSync(REPORT_DIR, { recursive: true, force: true })
  const executable = await ensureChromium()
  const running = chromiumVersion(executable)
  if (updating) {
    writeFileSync(BASELINE_BROWSER_FILE, `${running}\n`)
    return
  }
  const baseline = existsSync(BASELINE_BROWSER_FILE) ? readFileSync(BASELINE_BROWSER_FILE, 'utf8').trim() : 'an unrecorded build'
  if (baseline !== running) {
    const source = isOverridden() ? `CHROMIUM_PATH=${executable}` : `${PINNED_PACKAGE} ${PINNED_VERSION}`
    const note = `The baselines were taken with Chromium ${baseline}; this run uses Chromium ${running} (${source}). Screenshots match only on the build they were taken with, so shots may differ for that reason alone.`
    console.warn(`\n⚠ ${note}\n`)
    // Workers inherit the environment set here: each failure repeats the note.
    process.env.VISUAL_BROWSER_MISMATCH = note
  }
}
