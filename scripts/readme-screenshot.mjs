// Writes docs/dashboard.png, the README's picture: the Examples / Customer dashboard story from the
// static Storybook, shot on the pinned Chromium (scripts/chromium.mjs) at device scale factor 2, 1,000 px wide as
// the visual suite shoots it: the seven-column table needs more than 900 px (its cards start below 58rem).
// Usage: npm run build-storybook && node scripts/readme-screenshot.mjs   (VISUAL_PORT picks the port)
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
import { ensureChromium, launchOptions } from './chromium.mjs'

const PORT = Number(process.env.VISUAL_PORT ?? 6106)
const STORY = 'examples-customer-dashboard--default'
const OUT = new URL('../docs/dashboard.png', import.meta.url)

await ensureChromium()
const server = spawn(process.execPath, ['test/visual/serve.mjs', 'storybook-static', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise((resolve) => server.stdout.once('data', resolve))
try {
  const browser = await chromium.launch(launchOptions())
  const page = await browser.newPage({ viewport: { width: 1000, height: 720 }, deviceScaleFactor: 2, reducedMotion: 'reduce' })
  await page.goto(`http://127.0.0.1:${PORT}/iframe.html?id=${STORY}&viewMode=story&globals=a11y.manual:!true`)
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished')
  await page.evaluate(() => document.fonts.ready)
  await page.locator('#storybook-root > .sb-frame').screenshot({ path: OUT.pathname, animations: 'disabled', caret: 'hide' })
  await browser.close()
  console.log(`Wrote ${OUT.pathname}`)
} finally {
  server.kill()
}
