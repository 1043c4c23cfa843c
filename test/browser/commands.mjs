/**
 * Commands the browser tests run in Node through Playwright: trusted input that Vitest's own
 * userEvent does not offer. Typed for the tests in browser-commands.d.ts.
 */

/**
 * A real touch-screen tap (Playwright's touchscreen: touch and pointer events, then the click) on
 * the first element matching `selector`. Needs the context's `hasTouch` (vite.config.ts).
 * @type {import('vitest/node').BrowserCommand<[selector: string]>}
 */
const tap = async (context, selector) => {
  await context.iframe.locator(selector).first().tap()
}

/**
 * Moves the mouse to the viewport's bottom-right corner, where no test renders anything: a mouse
 * left over a trigger would hover whatever a re-render puts under it.
 * @type {import('vitest/node').BrowserCommand<[]>}
 */
const movePointerAway = async (context) => {
  const size = context.page.viewportSize() ?? { width: 414, height: 896 }
  await context.page.mouse.move(size.width - 1, size.height - 1)
}

export const browserCommands = { tap, movePointerAway }
