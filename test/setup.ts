import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeEach, vi } from 'vitest'
import { forgetWarnings } from '../src/internal/dev-warning'

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount here.
afterEach(() => cleanup())

// The unit project shares one jsdom and one module graph between the test files of a worker
// (isolate: false, vite.config.ts). What a file could leave behind for the next is reset here:
// the development warnings already printed (each test sees its own first warning), and at the
// end of each file the clock, stubbed globals and environment, spies, and the page's <html>
// attributes (a theme, a direction, a language).
beforeEach(() => forgetWarnings())
afterAll(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  // Files marked `@vitest-environment node` have no document.
  if (typeof document === 'undefined') return
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name)
})

// No stubs for what jsdom lacks (ResizeObserver, matchMedia): the components must work without
// them, as in a consumer's suite (test/jsdom-bare runs with no setup file at all).
