import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'
import { BASELINES_DIR, expectToMatchBaseline, updating } from './compare'
import { CONTEXT_OPTIONS } from './context'

// The story list comes from the build's index: a new story is covered without touching this file.
const INDEX = join(process.cwd(), 'storybook-static', 'index.json')
if (!existsSync(INDEX)) throw new Error(`${INDEX} is missing: run \`npm run build-storybook\` first (\`npm run test:visual\` does).`)
const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, { id: string; type: string }> }
const storyIds = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id).sort()
const THEMES = ['light', 'dark'] as const

/**
 * One browser context per worker, a fresh page per test: pages share the HTTP cache (Storybook's
 * 1 MB of script is parsed from cache, not refetched) but nothing else that rendering depends on
 * (focus, :focus-visible heuristics, scroll are per page).
 */
const test = base.extend<{ page: Page }, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext(CONTEXT_OPTIONS)
      await use(context)
      await context.close()
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext }, use) => {
    const page = await sharedContext.newPage()
    await use(page)
    await page.close()
  },
})

/** Opens a story alone in the iframe, waits until its play function and Storybook are done. */
async function openStory(page: Page, id: string, theme: string): Promise<Error[]> {
  const errors: Error[] = []
  page.on('pageerror', (error) => errors.push(error))
  // a11y.manual: axe already runs on every story in `npm run test:stories`; here it would only
  // double the time per screenshot.
  await page.goto(`/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${theme};a11y.manual:!true`)
  // "finished" comes after rendering, the play function, and Storybook's own wait for animations.
  await page.waitForFunction(() => (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished')
  await page.evaluate(() => document.fonts.ready)
  await expect(page.locator('body'), 'the story threw (see the Storybook error display)').not.toHaveClass(/sb-show-errordisplay/)
  return errors
}

for (const id of storyIds) {
  for (const theme of THEMES) {
    test(`${id} (${theme})`, async ({ page }) => {
      const errors = await openStory(page, id, theme)
      const png = await page.screenshot({ clip: await storyBox(page), fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' })
      expect(errors, 'errors thrown on the page').toEqual([])
      expectToMatchBaseline(png, `${id}--${theme}`)
    })
  }
}

/**
 * The story's frame (the component and a margin of page background) and, when the story's play
 * function opened a tooltip, that tooltip too: Radix portals it out of the frame, into <body>.
 */
async function storyBox(page: Page) {
  const boxes = [await page.locator('#storybook-root > .sb-frame').boundingBox()]
  for (const tooltip of await page.locator('[data-radix-popper-content-wrapper]').all()) boxes.push(await tooltip.boundingBox())
  const visible = boxes.filter((box): box is NonNullable<typeof box> => box !== null && box.width > 0 && box.height > 0)
  if (visible.length === 0) throw new Error('The story frame (#storybook-root > .sb-frame) is not on the page.')
  const x = Math.floor(Math.min(...visible.map((box) => box.x)))
  const y = Math.floor(Math.min(...visible.map((box) => box.y)))
  const right = Math.ceil(Math.max(...visible.map((box) => box.x + box.width)))
  const bottom = Math.ceil(Math.max(...visible.map((box) => box.y + box.height)))
  return { x, y, width: right - x, height: bottom - y }
}

test('every baseline belongs to a story', () => {
  const expected = new Set([
    ...storyIds.flatMap((id) => THEMES.map((theme) => `${id}--${theme}.png`)),
  ])
  const orphans = existsSync(BASELINES_DIR) ? readdirSync(BASELINES_DIR).filter((file) => file.endsWith('.png') && !expected.has(file)) : []
  if (updating) for (const file of orphans) rmSync(join(BASELINES_DIR, file))
  else expect(orphans, 'baselines of stories that no longer exist: run `npm run test:visual:update` to remove them').toEqual([])
})
