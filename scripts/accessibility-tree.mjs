// Records what assistive technology gets from each component: the accessibility tree of a story at
// rest (Playwright's ARIA snapshot) and, key by key, the focused element as Chromium exposes it
// (role, name, description, states from the CDP accessibility tree) and any open tooltip. The Docs /
// Accessibility page renders stories/docs/accessibility-tree.json, so its table is real output.
//
// Usage: npm run build-storybook && node scripts/accessibility-tree.mjs   (VISUAL_PORT picks the port)
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { ensureChromium, launchOptions } from './chromium.mjs'

const PORT = Number(process.env.VISUAL_PORT ?? 6106)
const OUT = new URL('../stories/docs/accessibility-tree.json', import.meta.url)

/** Per component: a story and the keys a keyboard user presses in it. */
const CASES = [
  { component: 'StatusBadge', story: 'components-statusbadge--structuring-error-14', keys: ['Tab', 'Escape', 'Tab'] },
  { component: 'PipelineProgress', story: 'components-pipelineprogress--structuring-error-14', keys: ['Tab', 'ArrowRight', 'Home', 'Escape'] },
  { component: 'PipelineProgress (compact)', story: 'components-pipelineprogress--compact', keys: ['Tab', 'Escape'] },
  { component: 'CredentialStatePill', story: 'components-credentialstatepill--index-3', keys: ['Tab', 'Escape'] },
  { component: 'CredentialStatePill (coming soon)', story: 'components-credentialstatepill--planned-collector', keys: ['Tab'] },
  { component: 'TwoFactorBanner', story: 'components-twofactorbanner--code-required', keys: ['Tab', 'Tab', 'Enter', 'Tab'] },
  // The play function has pressed "2 need attention": focus starts on that toggle button.
  { component: 'ConnectionHealthSummary (filters)', story: 'components-connectionhealthsummary--filters-driving-table', keys: ['Tab', 'Enter', 'Shift+Tab', 'Enter'] },
  { component: 'StatusHistory', story: 'components-statushistory--stalled-sync', keys: ['Tab', 'Escape', 'Tab'] },
]

/** The AX properties worth saying aloud (a screen reader announces these states). */
const STATES = ['disabled', 'invalid', 'required', 'expanded', 'pressed', 'current', 'busy', 'live', 'autocomplete']

/** The focused element as Chromium's accessibility tree exposes it, or null when focus is on the page. */
async function focusedNode(client) {
  const { result } = await client.send('Runtime.evaluate', { expression: 'document.activeElement === document.body ? null : document.activeElement' })
  if (!result.objectId) return null
  const { nodes } = await client.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false })
  const node = nodes[0]
  if (!node) return null
  const states = Object.fromEntries(
    (node.properties ?? []).filter((property) => STATES.includes(property.name)).map((property) => [property.name, property.value.value]),
  )
  return { role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '', states }
}

await ensureChromium()
const server = spawn(process.execPath, ['test/visual/serve.mjs', 'storybook-static', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] })
await new Promise((resolve) => server.stdout.once('data', resolve))
const browser = await chromium.launch(launchOptions()).catch((error) => {
  server.kill()
  throw error
})
try {
  const components = []
  for (const { component, story, keys } of CASES) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 720 }, reducedMotion: 'reduce' })
    await page.goto(`http://127.0.0.1:${PORT}/iframe.html?id=${story}&viewMode=story&globals=a11y.manual:!true`)
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished')
    const client = await page.context().newCDPSession(page)
    const tree = await page.locator('#storybook-root').ariaSnapshot()
    const steps = []
    for (const key of keys) {
      await page.keyboard.press(key)
      await page.waitForTimeout(150)
      // The tooltip's text as a screen reader reads the DOM: one element's text nodes run together as
      // written ("Loading" ": " "completed" is "Loading: completed"), separate elements (title, body,
      // list rows) one space apart.
      const tooltipText = await page.evaluate(() => {
        const tooltip = document.querySelector('[role="tooltip"]')
        if (!tooltip) return null
        const walker = document.createTreeWalker(tooltip, NodeFilter.SHOW_TEXT)
        const pieces = []
        let parent = null
        while (walker.nextNode()) {
          const node = walker.currentNode
          if (node.parentNode === parent) pieces[pieces.length - 1] += node.textContent
          else pieces.push(node.textContent)
          parent = node.parentNode
        }
        return pieces.map((piece) => piece.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ')
      })
      steps.push({ key, focused: await focusedNode(client), tooltip: tooltipText })
    }
    components.push({ component, story, tree, steps })
    await page.close()
  }
  const data = { browser: `Chromium ${browser.version()} (@sparticuz/chromium, pinned by package-lock.json)`, components }
  writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`)
  console.log(`Wrote ${OUT.pathname}: ${components.length} components`)
} finally {
  await browser.close()
  server.kill()
}
