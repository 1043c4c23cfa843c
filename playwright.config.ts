import { defineConfig } from '@playwright/test'
import { CONTEXT_OPTIONS } from './test/visual/context'

/**
 * Visual regression tests: every story of the static Storybook build (storybook-static/), in light
 * and dark, photographed in Debian's Chromium and compared pixel by pixel with the baselines in
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
    launchOptions: {
      // Debian's Chromium; never `npx playwright install` (test/browser-preflight.mjs checks it).
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
    },
  },
  webServer: {
    command: 'node test/visual/serve.mjs storybook-static 6106',
    url: 'http://127.0.0.1:6106/index.json',
    reuseExistingServer: false,
    timeout: 15_000,
  },
})
