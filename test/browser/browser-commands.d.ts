import 'vitest/browser'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** A trusted touch tap on the first element matching the CSS selector (test/browser/commands.mjs). */
    tap: (selector: string) => Promise<void>
    /** Moves the mouse to the viewport's bottom-right corner, away from every trigger. */
    movePointerAway: () => Promise<void>
  }
}
