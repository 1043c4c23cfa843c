import type { BrowserCommand } from 'vitest/node'

/** The browser project's commands (test/browser/commands.mjs), for vite.config.ts. */
export declare const browserCommands: {
  tap: BrowserCommand<[selector: string]>
  movePointerAway: BrowserCommand<[]>
}
