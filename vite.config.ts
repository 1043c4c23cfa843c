import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// ---- package build (issue 6) ----
import { readdirSync, readFileSync } from 'node:fs'

// Every dependency and peer dependency stays an import in dist/, so that consumers dedupe React,
// Radix and clsx with their own copies (bundling React twice breaks hooks).
const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const externalPackages = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
const isExternal = (id: string) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`))
// One entry per translation (`@statuskit/react/locales/de` -> dist/locales/de.js): each is its own
// module, so an app bundles only the locales it imports.
const localeEntries = Object.fromEntries(
  readdirSync(new URL('./src/locales', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
)
// ---- end package build ----
// >>> storybook project (issue 4): imports
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { launchOptions } from './scripts/chromium.mjs'

// Every story as a Vitest test in headless Chromium: render, play function, and axe (a11y test:
// 'error' in .storybook/preview.tsx), in the light theme: `npm run test:stories`, and Storybook's
// own test panel. npm test checks the same per story, in light and dark, in the visual suite,
// which renders every story anyway (test/visual/stories.spec.ts).
const storybookProject = (name: string, theme: 'light' | 'dark') => ({
  plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme } })],
  test: {
    name,
    browser: {
      enabled: true,
      headless: true,
      // The Chromium pinned by package-lock.json (scripts/chromium.mjs), as for the visual suite.
      provider: playwright({ launchOptions: launchOptions() }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
})
// <<< storybook project
// >>> browser project (issue 11): what only a real browser shows (layout, trusted touch taps and
// the page's default actions). `npm run test:browser`.
import { browserCommands } from './test/browser/commands.mjs'

const browserProject = {
  extends: true as const,
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.tsx'],
    setupFiles: ['test/browser/setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      // A touch screen as well as a mouse, so that a test can tap (commands.tap in test/browser/commands.mjs).
      provider: playwright({ launchOptions: launchOptions(), contextOptions: { hasTouch: true } }),
      instances: [{ browser: 'chromium' as const }],
      commands: browserCommands,
    },
  },
}
// <<< browser project

export default defineConfig({
  plugins: [react()],
  // ---- package build (issue 6): `npm run build`. Storybook ignores this block (it keeps only
  // build.target), and Vitest does not read it.
  build: {
    lib: {
      // The CSS entry is the lead's aggregate stylesheet: its @imports (tokens + every component's
      // CSS) are inlined and minified into the single dist/styles.css. Components import no CSS.
      entry: { index: 'src/index.ts', 'core/index': 'src/core/index.ts', ...localeEntries, styles: 'src/styles/index.css' },
      formats: ['es'],
      cssFileName: 'styles',
    },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Browsers with CSS light-dark(): dist/styles.css keeps it as written instead of lowering it
    // (dark mode follows the host's color-scheme only through the real function).
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    sourcemap: true,
    // Readable ESM: the consumer's bundler minifies; CSS is minified here because it ships as is.
    minify: false,
    cssMinify: true,
    // Needed for a CSS file among the entries (Vite refuses CSS inputs without code splitting).
    cssCodeSplit: true,
    rolldownOptions: {
      external: isExternal,
      // One module per source file: tree-shaking per component, and each module keeps its own
      // 'use client' directive (Rolldown keeps module-level directives per preserved module).
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
  // ---- end package build ----
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/visual/**', 'test/consumer/**', 'test/browser/**', 'test/ssr/**' /* issue 6: own project */, 'test/jsdom-bare/**'],
          setupFiles: ['test/setup.ts'],
          // One jsdom and one module graph per worker instead of per file: the suite's own time
          // was mostly building a jsdom and importing React for each of its files (175 s -> 51-92 s
          // on 2 cores). What modules keep between files is reset in test/setup.ts; the consumer's
          // suite (jsdom-bare) and server rendering (ssr: a time zone per process) stay isolated.
          isolate: false,
          // On a loaded machine (a busy CI runner, other jobs beside npm test) a test that renders
          // a 10,000-row table can pass Vitest's 5 s without being stuck.
          testTimeout: 15_000,
        },
      },
      // >>> ssr project (issue 6): server rendering in plain Node, then hydration in a jsdom that
      // test/ssr builds itself, so that react-dom/client first loads with a DOM, as in a browser
      // (no setup file: Testing Library would load it earlier). `npm run test:ssr`.
      {
        extends: true,
        test: { name: 'ssr', environment: 'node', include: ['test/ssr/**/*.test.{ts,tsx}'] },
      },
      // <<< ssr project
      // A consumer's own test suite (issue 14): jsdom with no setup file at all, so nothing stubs
      // what jsdom lacks (ResizeObserver, matchMedia, PointerEvent). `npm run test:jsdom-bare`.
      {
        extends: true,
        test: { name: 'jsdom-bare', environment: 'jsdom', include: ['test/jsdom-bare/**/*.test.{ts,tsx}'] },
      },
      // >>> storybook project (issue 4): `npm run test:stories` (storybookProject above).
      storybookProject('storybook', 'light'),
      // <<< storybook project
      browserProject,
    ],
  },
})
