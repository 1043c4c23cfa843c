import type { CredentialUiState } from '../../core/credential-state'
import { formatMessage } from '../../core/messages'
import { describeValue, warnOnce } from '../../internal/dev-warning'
import type { ProvidedMessages } from '../../provider/ui-messages'
import type { BannerPhase } from './use-banner-phase'

/** The `subject` prop as text: a blank string is none; anything but a string is none, with one warning. */
export function readSubject(value: unknown, component: string): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (value !== undefined && value !== null && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnOnce(`${component}: \`subject\` ${describeValue(value)} is not a string (the connection's name, "Xero"). It is ignored.`)
  }
  return null
}

/**
 * The banner's heading, which names its region: the API's title (or the spec's name), or with a
 * subject, the connection first: "Xero needs a 2FA code" while a code is asked for, "Xero:
 * Performing 2FA" (the API's title) at 4 and after, so two banners never read alike.
 */
export function bannerTitle(ui: CredentialUiState, phase: BannerPhase, subject: string | null, messages: ProvidedMessages): string {
  const title = ui.title ?? ui.stateName ?? ui.label
  if (subject === null) return title
  return formatMessage(phase === 'code' ? messages.ui.twoFactorSubject.title : messages.ui.twoFactorSubject.status, { subject, title })
}
