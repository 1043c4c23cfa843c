import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/chromium.mjs'
import { BASE_URL, CONTEXT_OPTIONS, PORT } from './test/visual/context'

/**
 * Visual regression tests: every story of the static Storybook build (storybook-static/), in light
 * and dark, photographed in the Chromium that package-lock.json pins (scripts/chromium.mjs) and compared pixel by pixel with the baselines in
 * test/visual/baselines/. Run with `npm run test:visual` (it builds Storybook first).
 */
export default defineConfig({
  testDir: 'test/visual',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/visual',
  globalSetup: './test/visual/global-setup.ts',
  fullyParallel: true,
  // The machine has two cores; more workers only make each screenshot slower.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    ...CONTEXT_OPTIONS,
    // The Chromium pinned by package-lock.json (scripts/chromium.mjs); CHROMIUM_PATH overrides it.
    launchOptions: launchOptions(),
  },
  webServer: {
    command: `node test/visual/serve.mjs storybook-static ${PORT}`,
    url: `${BASE_URL}/index.json`,
    reuseExistingServer: false,
    timeout: 15_000,
  },
})
