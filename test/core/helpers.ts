import { afterEach, beforeEach, vi } from 'vitest'

/** Bad input warns by design; keep the test output readable by muting console.warn. */
export function silenceWarnings(): void {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
}
