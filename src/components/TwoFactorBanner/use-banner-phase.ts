'use client'
import { useState } from 'react'
import type { CredentialUiState } from '../../core/credential-state'

/**
 * What the banner shows: the code request (index 3), the verification (4), or, for the user who
 * was working in it, how they ended: `verified` (5..7) or `outcome` (any other state: the API's
 * title and message, -1 "Verification failed" above all). `null`: nothing.
 */
export type BannerPhase = 'code' | 'verifying' | 'verified' | 'outcome' | null

/** spec: index 3 "2FA code required", index 4 "Performing 2FA"; a planned collector shows neither. */
export function twoFactorPhase(ui: CredentialUiState): 'code' | 'verifying' | null {
  if (ui.kind === 'two-factor-required') return 'code'
  return ui.kind === 'connecting' && ui.index === 4 ? 'verifying' : null
}

/**
 * The banner's phase. Leaving 3 and 4 (whatever the next poll says: 5 without a 4 between, -1 for
 * good) while the user is in the banner, it stays to say what happened (issue 19: 12). It then
 * follows each new status while the user is still in it, and goes with the first new status after
 * focus has left it. Never on a timer: that could take it away under the user's focus, or before
 * a screen reader got to it.
 */
export function useBannerPhase(ui: CredentialUiState, userIsInBanner: () => boolean): BannerPhase {
  const live = twoFactorPhase(ui)
  const status = `${ui.kind} ${String(ui.index)}`
  const [held, setHeld] = useState(false)
  const [previous, setPrevious] = useState({ live, status })
  // Derived from the previous render's props (React's pattern for "when a prop changes").
  if (previous.live !== live || previous.status !== status) {
    setPrevious({ live, status })
    setHeld(live === null && (previous.live !== null || held) && userIsInBanner())
  }
  if (live !== null) return live
  if (!held) return null
  return ui.kind === 'active' ? 'verified' : 'outcome'
}
