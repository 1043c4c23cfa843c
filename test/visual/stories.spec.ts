import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
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
// Docs pages too: the MDX guides (Docs/...) and each component's generated page (.../Docs).
const docsIds = Object.values(index.entries).filter((entry) => entry.type === 'docs').map((entry) => entry.id).sort()
const THEMES = ['light', 'dark'] as const
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

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
      // a11y.manual: no axe on this first render (it is no test); showStory turns it on.
      await page.goto(`/iframe.html?id=${encodeURIComponent(storyIds[0]!)}&viewMode=story&globals=a11y.manual:!true`)
      await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished')
      // Docs renders have no phase: Storybook announces each finished one on its channel. A story
      // render's end comes with its reports (the a11y addon's axe result among them).
      await page.evaluate(() => {
        window.__docsRendered = new Set()
        window.__STORYBOOK_ADDONS_CHANNEL__!.on('docsRendered', (id: string) => window.__docsRendered!.add(id))
        window.__storyEnds = new Map()
        window.__STORYBOOK_ADDONS_CHANNEL__!.on('storyFinished', (end: StoryFinished) => window.__storyEnds!.set(end.storyId, end))
        // A play function that throws leaves the story on screen, with no error display: keep its message.
        window.__playErrors = []
        window.__STORYBOOK_ADDONS_CHANNEL__!.on('playFunctionThrewException', (error: { message?: string }) => window.__playErrors!.push(String(error?.message ?? error)))
      })
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
      currentRender?: { id?: string; phase?: string; torndown?: boolean; type?: string }
      storyRenders: { id?: string; phase?: string; torndown?: boolean }[]
      storyStoreValue?: { userGlobals: { update(globals: Record<string, unknown>): void } }
      teardownRender(render: unknown, options?: { viewModeChanged?: boolean }): Promise<void>
      onSetCurrentStory(selection: { storyId: string; viewMode: 'story' | 'docs' }): Promise<void>
    }
    __STORYBOOK_ADDONS_CHANNEL__?: { on<T>(event: string, listener: (payload: T) => void): void }
    __docsRendered?: Set<string>
    __storyEnds?: Map<string, StoryFinished>
    __playErrors?: string[]
    axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> }
  }
}

/**
 * What Storybook sends on its channel when a story's render has ended (STORY_FINISHED): `error`
 * when the play function threw, an error went unhandled, or a report failed.
 */
interface StoryFinished {
  storyId: string
  status: 'success' | 'error'
  reporters: StoryReport[]
}
/** What the checks read of an axe violation. */
interface AxeViolation {
  id: string
  help: string
  nodes: { target: unknown[] }[]
}

/** One line per violation: the rule, what it asks, and the elements that break it. */
function violationText({ id, help, nodes }: AxeViolation): string {
  return `${id}: ${help} (${nodes.map((node) => JSON.stringify(node.target)).join(', ')})`
}

/** One report of a render; the a11y addon's carries axe's result, `failed` on a violation (`a11y.test: 'error'`). */
interface StoryReport {
  type: string
  status: 'passed' | 'failed' | 'warning'
  result?: { violations?: AxeViolation[]; error?: unknown }
}

/**
 * Renders a story from a clean state, as a fresh page would: the previous story is torn down
 * (React unmounts it and its portals), focus returns to <body>, the page scrolls to the top, and
 * the theme global is set before the first render. The test runner itself never sends real
 * pointer or keyboard input, so no hover and no input-modality state carries over (play functions
 * use synthetic events). Resolves after rendering, the play function and Storybook's own wait for
 * animations ("finished"), and after web fonts are ready, with the box to photograph (storyBox).
 *
 * This is also each story's test, in both themes: a play function that throws, an error left
 * unhandled while it plays, or an axe violation (the a11y addon runs axe after the play function,
 * `a11y.test: 'error'` in .storybook/preview.tsx) fails the shot, as in the Vitest story tests
 * (`npm run test:stories`), which npm test no longer runs: every story was rendered there and
 * here again (issue 20: npm test's time).
 */
async function showStory(page: Page, id: string, theme: string): Promise<Box> {
  await page.evaluate(
    async ({ id, theme }) => {
      const preview = window.__STORYBOOK_PREVIEW__!
      // Coming from a docs page, React only unmounts it when told that the view mode changes.
      if (preview.currentRender) await preview.teardownRender(preview.currentRender, { viewModeChanged: preview.currentRender.type === 'docs' })
      ;(document.activeElement as HTMLElement | null)?.blur?.()
      window.scrollTo(0, 0)
      window.__storyEnds!.delete(id)
      window.__playErrors = []
      preview.storyStoreValue!.userGlobals.update({ theme, a11y: { manual: false } })
      void preview.onSetCurrentStory({ storyId: id, viewMode: 'story' })
    },
    { id, theme },
  )
  await page.waitForFunction((id) => {
    const render = window.__STORYBOOK_PREVIEW__?.currentRender
    // The torn-down previous render may have the same id (the same story in the other theme).
    return render?.id === id && !render.torndown && (render.phase === 'finished' || render.phase === 'errored') && window.__storyEnds!.has(id)
  }, id)
  // One round trip for what the checks and the shot need, once web fonts are ready.
  const { errorDisplay, end, playErrors, boxes } = await page.evaluate(async (id) => {
    await document.fonts.ready
    const frames = [document.querySelector('#storybook-root > .sb-frame'), ...document.querySelectorAll('[data-radix-popper-content-wrapper]')]
    return {
      errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
      end: window.__storyEnds!.get(id)!,
      playErrors: window.__playErrors!,
      boxes: frames.map((element) => element && element.getBoundingClientRect().toJSON() as Box),
    }
  }, id)
  expect(errorDisplay, 'the story threw (see the Storybook error display)').toBe(false)
  expect(playErrors, `the play function of ${id} in ${theme} threw`).toEqual([])
  const reports = end.reporters.filter((report) => report.type === 'a11y')
  expect(reports, 'the a11y addon ran axe once').toHaveLength(1)
  const [{ status, result }] = reports as [StoryReport]
  const found = result?.violations?.map(violationText) ?? [`axe failed: ${String(result?.error)}`]
  expect(status === 'failed' ? found : [], `axe on ${id} in ${theme}`).toEqual([])
  expect(end.status, `the story ${id} ended in error in ${theme} (an unhandled error while playing?)`).toBe('success')
  return storyBox(boxes)
}

for (const id of storyIds) {
  for (const theme of THEMES) {
    test(`${id} (${theme})`, async ({ page }) => {
      if (hostThemed.has(id)) await page.emulateMedia({ colorScheme: theme })
      try {
        const clip = await showStory(page, id, theme)
        const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' })
        expectToMatchBaseline(png, `${id}--${theme}`)
      } finally {
        if (hostThemed.has(id)) await page.emulateMedia({ colorScheme: 'light' })
      }
    })
  }
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The story's frame (the component and a margin of page background) and, when the story's play
 * function opened a tooltip, that tooltip too: Radix portals it out of the frame, into <body>.
 * The boxes are the elements' client rects (what Playwright's boundingBox gives, in one round trip).
 */
function storyBox(boxes: (Box | null)[]): Box {
  const visible = boxes.filter((box): box is NonNullable<typeof box> => box !== null && box.width > 0 && box.height > 0)
  if (visible.length === 0) throw new Error('The story frame (#storybook-root > .sb-frame) is not on the page.')
  const x = Math.floor(Math.min(...visible.map((box) => box.x)))
  const y = Math.floor(Math.min(...visible.map((box) => box.y)))
  const right = Math.ceil(Math.max(...visible.map((box) => box.x + box.width)))
  const bottom = Math.ceil(Math.max(...visible.map((box) => box.y + box.height)))
  return { x, y, width: right - x, height: bottom - y }
}

/**
 * Renders a docs page from a clean state, like showStory: the previous render is torn down (with
 * viewModeChanged, so that React unmounts it), then the page renders in docs mode. Resolves when
 * Storybook has announced the page rendered, every story embedded in it has finished, and fonts
 * are ready.
 */
async function showDocs(page: Page, id: string, theme: string): Promise<void> {
  await page.evaluate(
    async ({ id, theme }) => {
      const preview = window.__STORYBOOK_PREVIEW__!
      if (preview.currentRender) await preview.teardownRender(preview.currentRender, { viewModeChanged: true })
      ;(document.activeElement as HTMLElement | null)?.blur?.()
      window.scrollTo(0, 0)
      window.__docsRendered!.delete(id)
      preview.storyStoreValue!.userGlobals.update({ theme })
      void preview.onSetCurrentStory({ storyId: id, viewMode: 'docs' })
    },
    { id, theme },
  )
  await page.waitForFunction(
    (id) => {
      const preview = window.__STORYBOOK_PREVIEW__
      // A docs page mounts its stories after it reports itself rendered, one by one: wait until
      // every story block holds its rendered frame (withFrame's .sb-frame) and every story render
      // has finished. Renders of the previous page torn down mid-way never finish: skip them.
      const blocks = [...document.querySelectorAll('#storybook-docs [id^="story--"]')]
      return (
        window.__docsRendered?.has(id) &&
        preview?.currentRender?.id === id &&
        blocks.every((block) => block.querySelector('.sb-frame')) &&
        preview.storyRenders.every((render) => render.torndown || render.phase === 'finished' || render.phase === 'errored')
      )
    },
    id,
  )
  await page.evaluate(() => document.fonts.ready)
  // Storybook loads its code highlighter lazily, the first time a page shows code: the page grows
  // when it arrives. Wait until the page's height has held still for a second.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let last = -1
        let still = 0
        const sample = () => {
          const height = document.documentElement.scrollHeight
          still = height === last ? still + 1 : 0
          last = height
          if (still >= 10) resolve(true)
          else setTimeout(sample, 100)
        }
        sample()
      }),
  )
  await expect(page.locator('body'), 'the docs page threw (see the Storybook error display)').not.toHaveClass(/sb-show-errordisplay/)
}

/**
 * axe-core on a docs page, as the story tests run it on stories. Left out: the page-level rules
 * about Storybook's iframe itself (as for stories); Storybook's own controls in the prop table (the
 * boolean switches' aria-hidden "False"/"True" captions are Storybook's colours, and its JSON editor
 * for array props puts <li> in a <div>: neither is ours); and, on a component's generated page only, `landmark-unique`: that page shows the same
 * banner in several states at once, so their regions share the API's title as their name.
 */
async function axeViolations(page: Page, id: string): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: AXE_SOURCE })
  const componentPage = id.startsWith('components-')
  const violations = await page.evaluate(async (componentPage) => {
    const results = await window.axe!.run(
      {
        include: [['#storybook-docs'], ['[data-radix-popper-content-wrapper]']],
        exclude: [['.docblock-argstable label:has(input[type="checkbox"]) > span[aria-hidden="true"]'], ['.docblock-argstable .rejt-tree']],
      },
      {
        resultTypes: ['violations'],
        rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'landmark-unique': { enabled: !componentPage } },
      },
    )
    // Only what violationText reads: axe's nodes carry whole HTML snippets.
    return results.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }))
  }, componentPage)
  return violations.map(violationText)
}

for (const id of docsIds) {
  for (const theme of THEMES) {
    test(`${id} (${theme})`, async ({ page }) => {
      await showDocs(page, id, theme)
      expect(await axeViolations(page, id), `axe on the docs page ${id} in ${theme}`).toEqual([])
      const box = await page.locator('#storybook-docs').boundingBox()
      if (!box) throw new Error('The docs page (#storybook-docs) is not on the page.')
      const png = await page.screenshot({ clip: { x: 0, y: 0, width: Math.ceil(box.width), height: Math.ceil(box.height) }, fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' })
      expectToMatchBaseline(png, `${id}--${theme}`)
    })
  }
}

test('every baseline belongs to a story', () => {
  const expected = new Set([
    ...[...storyIds, ...docsIds].flatMap((id) => THEMES.map((theme) => `${id}--${theme}.png`)),
  ])
  const orphans = existsSync(BASELINES_DIR) ? readdirSync(BASELINES_DIR).filter((file) => file.endsWith('.png') && !expected.has(file)) : []
  if (updating) for (const file of orphans) rmSync(join(BASELINES_DIR, file))
  else expect(orphans, 'baselines of stories that no longer exist: run `npm run test:visual:update` to remove them').toEqual([])
})
