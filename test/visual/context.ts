import type { BrowserContextOptions } from '@playwright/test'

export const BASE_URL = 'http://127.0.0.1:6106'

/** Rendering inputs pinned so that two runs give identical pixels. */
export const CONTEXT_OPTIONS = {
  baseURL: BASE_URL,
  viewport: { width: 1000, height: 720 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  locale: 'en-US',
  timezoneId: 'UTC',
} as const satisfies BrowserContextOptions
