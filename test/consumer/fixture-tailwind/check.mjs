// The Tailwind v4 + shadcn/ui host in headless Chromium (issue 20): the built app's three pages
// (the stylesheet imported in JS before the app's Tailwind CSS, imported in CSS after
// @import 'tailwindcss', and the same app without Tailwind) must each show every component fully
// styled, let Tailwind utilities passed as className win over the components' own rules, let the
// app's own unlayered and components-layer rules win, follow class="dark" and a runtime toggle,
// and log nothing. Each part reports on its own.
// Usage: node check.mjs [<screenshot folder>]
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const screenshots = process.argv[2]
const dist = join(process.cwd(), 'dist')
const ORIGIN = 'http://app.test'
const PAGES = {
  'js-first': "import '@statuskit/react/styles.css' before the app's CSS",
  'css-import': "@import '@statuskit/react/styles.css' after @import 'tailwindcss'",
  plain: 'no Tailwind (reference)',
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: process.env.CHROMIUM_ARGS ? JSON.parse(process.env.CHROMIUM_ARGS) : ['--no-sandbox', '--disable-gpu', '--no-first-run'],
})

/** Opens a page of the build, served from dist/ by Playwright itself (no server to start). */
async function open(name) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
  await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ path: join(dist, new URL(route.request().url()).pathname) }))
  const page = await context.newPage()
  const problems = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text().slice(0, 300)}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.goto(`${ORIGIN}/${name}/index.html`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 10_000 })
  await page.evaluate(() => document.fonts.ready)
  return { page, context, problems }
}

/** What the components' stylesheets set: compared between the Tailwind pages and the plain one. */
const PROPS = [
  'display', 'position', 'gap',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-left-style', 'border-top-color', 'border-left-color',
  'border-top-left-radius', 'background-color', 'color', 'font-family', 'font-size', 'font-weight',
  'line-height', 'letter-spacing', 'list-style-type', 'cursor', 'mask-image', 'content',
]

/** Computed styles of every statuskit element (and its ::before/::after) under `selector`. */
function snapshot(page, selector) {
  return page.evaluate(
    ({ selector, props }) => {
      const out = {}
      const elements = [...document.querySelectorAll(`${selector} [class*="sk-"]`)]
      elements.forEach((el, i) => {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(el, pseudo)
          if (pseudo && style.content === 'none') continue
          const values = {}
          for (const prop of props) values[prop] = style.getPropertyValue(prop)
          // The size drawn, border included, whatever the box-sizing (preflight makes every box
          // border-box; the same outer size is the same look).
          const px = (p) => parseFloat(style.getPropertyValue(p)) || 0
          const extra = (a, b) => (style.boxSizing === 'content-box' ? px(`padding-${a}`) + px(`padding-${b}`) + px(`border-${a}-width`) + px(`border-${b}-width`) : 0)
          const outer = (size, a, b) => (Number.isNaN(parseFloat(style[size])) ? style[size] : `${(parseFloat(style[size]) + extra(a, b)).toFixed(2)}px`)
          values['outer width'] = outer('width', 'left', 'right')
          values['outer height'] = outer('height', 'top', 'bottom')
          // A side with no border draws no colour or style.
          for (const side of ['top', 'left']) {
            if (values[`border-${side}-width`] === '0px') delete values[`border-${side}-color`], delete values[`border-${side}-style`]
          }
          out[`#${i} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}`] = values
        }
      })
      return out
    },
    { selector, props: PROPS },
  )
}

/** getComputedStyle of one element of the page, for the listed properties. */
const computed = (page, selector, props, pseudo = null) =>
  page.locator(selector).first().evaluate((el, { props, pseudo }) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el, pseudo).getPropertyValue(p)])), { props, pseudo })

/** Any CSS colour as sRGB bytes (a 1 px canvas), so oklch() and rgb() serialisations compare. */
const rgb = (page, colours) =>
  page.evaluate((colours) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })
    return colours.map((c) => {
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = c
      ctx.fillRect(0, 0, 1, 1)
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',')
    })
  }, colours)

const contrast = (a, b) => {
  const lum = (s) => {
    const [r, g, bl] = s.split(',').map((v) => {
      const c = Number(v) / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The symptoms issue 20 reported, each as a computed value the component's own CSS sets. */
const STYLED = [
  ['[data-testid="badge"]', null, { 'padding-left': '8px', 'border-top-width': '1px', 'border-top-left-radius': '999px' }, 'badge'],
  ['[data-testid="banner"]', null, { 'padding-top': '12px', 'padding-left': '16px', 'border-left-width': '4px' }, 'banner'],
  ['[data-testid="banner"] input', null, { 'border-top-width': '1px', 'padding-left': '8px' }, '2FA code input'],
  ['[data-testid="banner"] button[type="submit"]', null, { 'padding-left': '12px' }, '2FA verify button'],
  ['[data-testid="summary"] button', null, { 'border-top-width': '1px', 'padding-top': '4px' }, 'summary button'],
  ['[data-testid="pipeline"] .sk-pipeline__step', '::after', { 'border-top-width': '2px' }, 'horizontal stepper connector'],
  ['[data-testid="pipeline-vertical"] .sk-pipeline__step', '::after', { 'border-left-width': '2px' }, 'vertical stepper connector'],
  ['[data-testid="pipeline"] .sk-pipeline__marker', null, { 'border-top-width': '2px', width: '20px' }, 'step marker'],
  ['[data-testid="history"] .sk-history__event', null, { 'border-left-width': '2px', 'padding-left': '16px' }, 'history event'],
]

/** Tailwind utilities passed as className, and the computed values they must give. */
const UTILITIES = [
  ['[data-testid="badge"]', { 'border-top-left-radius': '0px', 'background-color': 'rgba(0, 0, 0, 0)', 'padding-left': '0px' }, 'rounded-none bg-transparent p-0'],
  ['[data-testid="badge-sm"]', { 'border-top-width': '0px' }, 'border-0'],
  ['[data-testid="pill"]', { 'border-top-left-radius': '0px' }, 'rounded-none'],
  ['[data-testid="banner"]', { 'border-top-left-radius': '0px', 'padding-top': '0px' }, 'rounded-none p-0'],
  ['[data-testid="summary"]', { 'column-gap': '0px' }, 'gap-0'],
  ['[data-testid="pipeline"]', { 'font-size': '18px' }, 'text-lg'],
  ['[data-testid="history"]', { 'row-gap': '0px' }, 'gap-0'],
]

const failures = []
const passed = []
async function part(name, check) {
  try {
    passed.push(`${name}: ${await check()}`)
  } catch (error) {
    failures.push(`✗ ${name}: ${error?.message ?? error}`)
  }
}
const mismatches = (actual, expected) =>
  Object.entries(expected).filter(([prop, value]) => actual[prop] !== value).map(([prop, value]) => `${prop} ${actual[prop]} (expected ${value})`)

try {
  const plain = await open('plain')
  const reference = await snapshot(plain.page, '#as-shipped')
  assert.ok(Object.keys(reference).length > 50, `the plain page shows too few statuskit elements (${Object.keys(reference).length})`)
  await plain.context.close()

  for (const [name, how] of Object.entries(PAGES)) {
    const tailwind = name !== 'plain'
    await part(`${name} (${how})`, async () => {
      const { page, context, problems } = await open(name)
      const errors = []
      const s = (selector) => `#as-shipped ${selector}`
      // The page is the build it claims to be: Tailwind's px-4 on the toggle, or no Tailwind at all.
      const toggle = await page.getByRole('button', { name: 'Toggle theme' }).evaluate((el) => getComputedStyle(el).paddingLeft)
      assert.equal(toggle === '16px', tailwind, `the toggle's padding is ${toggle}: this page is ${tailwind ? 'not built with' : 'built with'} Tailwind`)

      // 1. Fully styled: the reported symptoms, then every element against the page without Tailwind.
      for (const [selector, pseudo, expected, what] of STYLED) {
        const wrong = mismatches(await computed(page, s(selector), Object.keys(expected), pseudo), expected)
        if (wrong.length) errors.push(`${what} lost its styles: ${wrong.join(', ')}`)
      }
      const summary = await computed(page, s('[data-testid="summary"] button'), ['background-color'])
      if (summary['background-color'] === 'rgba(0, 0, 0, 0)') errors.push('summary button lost its styles: background-color transparent')
      if (tailwind) {
        const actual = await snapshot(page, '#as-shipped')
        const diff = []
        for (const [key, values] of Object.entries(reference)) {
          if (!actual[key]) diff.push(`${key}: missing`)
          else for (const [prop, value] of Object.entries(values)) if (actual[key][prop] !== value) diff.push(`${key} ${prop}: ${actual[key][prop] ?? 'no border'} (without Tailwind: ${value})`)
        }
        if (diff.length) errors.push(`${diff.length} computed values differ from the same app without Tailwind:\n      ${diff.slice(0, 12).join('\n      ')}`)
      }

      // 2. The app's rules win: unlayered, and Tailwind's components layer; utilities as className.
      const unlayered = await computed(page, s('[data-testid="badge-unlayered"]'), ['border-top-left-radius'])
      if (unlayered['border-top-left-radius'] !== '0px') errors.push(`an unlayered rule of the app's (border-radius: 0) lost: ${unlayered['border-top-left-radius']}`)
      const layered = await computed(page, s('[data-testid="badge-components-layer"]'), ['border-top-style'])
      if (layered['border-top-style'] !== 'dotted') errors.push(`a rule in the app's components layer (border-style: dotted) lost: ${layered['border-top-style']}`)
      if (tailwind) {
        for (const [selector, expected, classes] of UTILITIES) {
          const wrong = mismatches(await computed(page, `#with-utilities ${selector}`, Object.keys(expected)), expected)
          if (wrong.length) errors.push(`className="${classes}" lost to the component's own rules: ${wrong.join(', ')}`)
        }
      }

      // 3. Dark through class="dark" on <html>, then the toggle (light), then dark again.
      const themed = async (theme) => {
        const [badge, input, html] = await Promise.all([
          computed(page, s('[data-testid="badge"]'), ['color']),
          computed(page, s('[data-testid="banner"] input'), ['background-color']),
          page.evaluate(() => document.documentElement.className),
        ])
        const expected = theme === 'dark' ? ['#ff9a92', 'oklch(0.145 0 0)'] : ['#b3261e', 'oklch(1 0 0)']
        const [got, want] = [await rgb(page, [badge.color, input['background-color']]), await rgb(page, expected)]
        if (got[0] !== want[0]) errors.push(`<html class="${html}">: the danger badge's text is ${badge.color}, not the ${theme} token ${expected[0]}`)
        if (got[1] !== want[1]) errors.push(`<html class="${html}">: the code input's fill is ${input['background-color']}, not shadcn's ${theme} --background (${expected[1]}) through the mapping`)
      }
      await themed('dark')
      await page.getByRole('button', { name: 'Toggle theme' }).click()
      await themed('light')
      await page.getByRole('button', { name: 'Toggle theme' }).click()
      await themed('dark')

      // 4. The focus ring (--sk-color-focus mapped to --foreground) and the tooltip, in dark.
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
      if (focused !== 'badge') errors.push(`Tab from the toggle reached ${focused}, not the first badge`)
      else {
        const ring = await computed(page, s('[data-testid="badge"]'), ['outline-style', 'outline-width', 'outline-color'])
        const body = await computed(page, 'body', ['background-color'])
        const [ringRgb, bodyRgb] = await rgb(page, [ring['outline-color'], body['background-color']])
        const ratio = contrast(ringRgb, bodyRgb)
        if (ring['outline-style'] !== 'solid' || ring['outline-width'] !== '2px') errors.push(`the badge's focus ring is ${ring['outline-width']} ${ring['outline-style']}`)
        if (ratio < 3) errors.push(`the focus ring (${ring['outline-color']}) is ${ratio.toFixed(2)}:1 on the page (${body['background-color']}), below 3:1`)
        const tooltip = page.getByRole('tooltip').first()
        await tooltip.waitFor({ state: 'visible', timeout: 5_000 })
        const bubble = await computed(page, '.sk-tooltip', ['background-color', 'padding-top'])
        const [bg, want] = await rgb(page, [bubble['background-color'], 'oklch(0.985 0 0)'])
        if (bg !== want || bubble['padding-top'] !== '8px') errors.push(`the dark tooltip is ${bubble['background-color']} with padding ${bubble['padding-top']}, not shadcn's --popover-foreground with 8px`)
      }

      if (screenshots) await page.screenshot({ path: join(screenshots, `tailwind-${name}.png`), fullPage: true })
      if (problems.length) errors.push(`the page logged:\n      ${problems.join('\n      ')}`)
      await context.close()
      assert.equal(errors.length, 0, `\n    ${errors.join('\n    ')}`)
      return tailwind
        ? `styled as without Tailwind (${Object.keys(reference).length} elements), className utilities and the app's rules win, dark/light/dark, focus ring, tooltip, no console output`
        : "styled, the app's rules win, dark/light/dark, focus ring, tooltip, no console output"
    })
  }

  for (const line of passed) console.log(`browser: ${line}`)
  if (failures.length > 0) {
    console.error(`\n${failures.join('\n\n')}`)
    process.exitCode = 1
  }
} finally {
  await browser.close()
}
