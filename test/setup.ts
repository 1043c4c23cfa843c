import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { loadTooltip } from '../src/internal/tooltip-loader'

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount here.
afterEach(() => cleanup())

// The tooltip module loads on demand in an app (tooltip-loader.ts); loaded here first, so that the
// component tests open tooltips synchronously, as a page does once the module is there. The cold
// path (pending import, leave before load, failed import) has its own tests: test/components/tooltip-loading.test.tsx.
await loadTooltip()

// No stubs for what jsdom lacks (ResizeObserver, matchMedia): the components must work without
// them, as in a consumer's suite (test/jsdom-bare runs with no setup file at all).
