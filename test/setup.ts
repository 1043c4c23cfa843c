import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount here.
afterEach(() => cleanup())

// No stubs for what jsdom lacks (ResizeObserver, matchMedia): the components must work without
// them, as in a consumer's suite (test/jsdom-bare runs with no setup file at all).
