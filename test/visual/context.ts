import type { BrowserContextOptions } from '@playwright/test'

/** VISUAL_PORT moves the static server, so that two checkouts can run the suite side by side. */
export const PORT = Number(process.env.VISUAL_PORT ?? 6106)
export const BASE_URL = `http://127.0.0.1:${PORT}`

/** Rendering inputs pinned so that two runs give identical pixels. */
export const CONTEXT_OPTIONS = {
  baseURL: BASE_URL,
  viewport: { width: 1000, height: 720 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  locale: 'en-US',
  timezoneId: 'UTC',
  // No animation runs while a shot is taken. Playwright's `animations: 'disabled'` only cancels
  // the spinners at capture time, and Chromium drops their compositor layers a frame later: under
  // load a shot could catch that frame, and the busy 2FA form's input (painted after the spinning
  // icon) came out 1/255 off on its anti-aliased corners (Debian Chromium 156, about 1 shot in
  // 150 with two CPU burners). With reduced motion the components never start the spinners; a
  // stopped spinner draws the same pixels as a cancelled one.
  reducedMotion: 'reduce',
} as const satisfies BrowserContextOptions
