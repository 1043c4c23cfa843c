import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { BASELINES_DIR, expectToMatchBaseline, updating } from './compare'
import { CONTEXT_OPTIONS } from './context'

// The story list comes from the build's index: a new story is covered without touching this file.
const INDEX = join(process.cwd(), 'storybook-static', 'index.json')
if (!existsSync(INDEX)) throw new Error(`${INDEX} is missing: run \`npm run build-storybook\` first (\`npm run test:visual\` does).`)
const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, { id: string; type: string; tags?: string[] }> }
const storyIds = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id).sort()
/**
 * Stories tagged `host-theme` set no theme on the page: their "dark" shot is the operating system
 * in dark mode (prefers-color-scheme) instead, which must not turn a light host page dark.
 */
const hostThemed = new Set(Object.values(index.entries).filter((entry) => entry.tags?.includes('host-theme')).map((entry) => entry.id))
const THEMES = ['light', 'dark'] as const

/**
 * One page per worker, opened on Storybook's iframe once: loading and compiling its 1 MB of script
 * for every shot cost most of the suite's time. Each test then renders its story through
 * Storybook's own preview API (the same calls the manager makes when you click a story), after
 * tearing down the previous story and clearing what it could leave behind (see showStory).
 */
const test = base.extend<{ page: Page }, { storyPage: Page }>({
  storyPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext(CONTEXT_OPTIONS)
      const page = await context.newPage()
      // a11y.manual: axe already runs on every story in `npm run test:stories`; here it would only
      // double the time per shot.
      await page.goto(`/iframe.html?id=${encodeURIComponent(storyIds[0]!)}&viewMode=story&globals=a11y.manual:!true`)
      await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished')
      await use(page)
      await context.close()
    },
    // Loading and compiling Storybook once per worker can take long on a loaded machine.
    { scope: 'worker', timeout: 120_000 },
  ],
  page: async ({ storyPage }, use) => {
    const errors: Error[] = []
    const onError = (error: Error) => errors.push(error)
    storyPage.on('pageerror', onError)
    await use(storyPage)
    storyPage.off('pageerror', onError)
    expect(errors, 'errors thrown on the page').toEqual([])
  },
})

declare global {
  interface Window {
    __STORYBOOK_PREVIEW__?: {
      currentRender?: { id?: string; phase?: string; torndown?: boolean }
      storyStoreValue?: { userGlobals: { update(globals: Record<string, unknown>): void } }
      teardownRender(render: unknown): Promise<void>
      onSetCurrentStory(selection: { storyId: string; viewMode: 'story' }): Promise<void>
    }
  }
}

/**
 * Renders a story from a clean state, as a fresh page would: the previous story is torn down
 * (React unmounts it and its portals), focus returns to <body>, the page scrolls to the top, and
 * the theme global is set before the first render. The test runner itself never sends real
 * pointer or keyboard input, so no hover and no input-modality state carries over (play functions
 * use synthetic events). Resolves after rendering, the play function and Storybook's own wait for
 * animations ("finished"), and after web fonts are ready.
 */
async function showStory(page: Page, id: string, theme: string): Promise<void> {
  await page.evaluate(
    async ({ id, theme }) => {
      const preview = window.__STORYBOOK_PREVIEW__!
      if (preview.currentRender) await preview.teardownRender(preview.currentRender)
      ;(document.activeElement as HTMLElement | null)?.blur?.()
      window.scrollTo(0, 0)
      preview.storyStoreValue!.userGlobals.update({ theme })
      void preview.onSetCurrentStory({ storyId: id, viewMode: 'story' })
    },
    { id, theme },
  )
  await page.waitForFunction((id) => {
    const render = window.__STORYBOOK_PREVIEW__?.currentRender
    // The torn-down previous render may have the same id (the same story in the other theme).
    return render?.id === id && !render.torndown && (render.phase === 'finished' || render.phase === 'errored')
  }, id)
  await page.evaluate(() => document.fonts.ready)
  await expect(page.locator('body'), 'the story threw (see the Storybook error display)').not.toHaveClass(/sb-show-errordisplay/)
}

for (const id of storyIds) {
  for (const theme of THEMES) {
    test(`${id} (${theme})`, async ({ page }) => {
      if (hostThemed.has(id)) await page.emulateMedia({ colorScheme: theme })
      try {
        await showStory(page, id, theme)
        const png = await page.screenshot({ clip: await storyBox(page), fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' })
        expectToMatchBaseline(png, `${id}--${theme}`)
      } finally {
        if (hostThemed.has(id)) await page.emulateMedia({ colorScheme: 'light' })
      }
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
