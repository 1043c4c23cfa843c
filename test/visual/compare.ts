import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

const here = dirname(fileURLToPath(import.meta.url))
export const BASELINES_DIR = join(here, 'baselines')
export const REPORT_DIR = join(here, 'report')
export const updating = process.env.UPDATE_BASELINES === '1'

const show = (path: string) => relative(process.cwd(), path)

/**
 * Compares a screenshot with its committed baseline, pixel for pixel. Rendering here is
 * deterministic (same Chromium, same font, device scale factor 1), so any changed pixel fails:
 * Playwright's toHaveScreenshot is not used because its anti-aliasing tolerance lets a 1 px
 * border change through even at threshold 0. On failure, the expected, actual and diff images go
 * to test/visual/report/. With UPDATE_BASELINES=1 the screenshot becomes the baseline instead.
 */
export function expectToMatchBaseline(
  actualPng: Buffer,
  name: string,
  { baselinesDir = BASELINES_DIR, reportDir = REPORT_DIR, update = updating } = {},
): void {
  const baselinePath = join(baselinesDir, `${name}.png`)
  if (update) {
    if (!existsSync(baselinePath) || !readFileSync(baselinePath).equals(actualPng)) {
      mkdirSync(baselinesDir, { recursive: true })
      writeFileSync(baselinePath, actualPng)
    }
    return
  }
  const report = (kind: 'expected' | 'actual' | 'diff', png: Buffer) => {
    mkdirSync(reportDir, { recursive: true })
    const path = join(reportDir, `${name}.${kind}.png`)
    writeFileSync(path, png)
    return show(path)
  }
  if (!existsSync(baselinePath)) {
    const actual = report('actual', actualPng)
    throw new Error(
      `No baseline ${show(baselinePath)}. Look at ${actual}; if it is right, run \`npm run test:visual:update\` and commit the new baseline.`,
    )
  }
  const expectedPng = readFileSync(baselinePath)
  if (expectedPng.equals(actualPng)) return
  const expected = PNG.sync.read(expectedPng)
  const actual = PNG.sync.read(actualPng)
  if (expected.width !== actual.width || expected.height !== actual.height) {
    throw new Error(
      `${name}: size changed from ${expected.width}x${expected.height} to ${actual.width}x${actual.height}. ` +
        `Expected ${report('expected', expectedPng)}, actual ${report('actual', actualPng)}.`,
    )
  }
  const diff = new PNG({ width: actual.width, height: actual.height })
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0, includeAA: true })
  // Same pixels in a differently encoded file (another zlib, say) is a pass.
  if (changed === 0 && expected.data.equals(actual.data)) return
  throw new Error(
    `${name}: ${changed} pixel(s) differ from the baseline. Expected ${report('expected', expectedPng)}, ` +
      `actual ${report('actual', actualPng)}, diff ${report('diff', PNG.sync.write(diff))} (changed pixels in red).` +
      (process.env.VISUAL_BROWSER_MISMATCH ? `\n${process.env.VISUAL_BROWSER_MISMATCH}` : ''),
  )
}
