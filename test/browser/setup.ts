// The browser project's setup: the library's styles (layout is what these tests are for) and
// Testing Library's cleanup, which Vitest without globals cannot register by itself.
import '../../src/styles/index.css'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { commands } from 'vitest/browser'

// Each test starts with the mouse away from every trigger and nothing focused.
beforeEach(() => commands.movePointerAway())
afterEach(() => {
  cleanup()
  ;(document.activeElement as HTMLElement | null)?.blur?.()
})
