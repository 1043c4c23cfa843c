/**
 * The 2FA queue's English texts (`messages.twoFactorQueue`). They ship with the component, not in
 * the provider's catalog, so that the other components do not carry them; the provider passes a
 * consumer's overrides through and the component lays them over these (`useLiveDashboardMessages`).
 * The entries' forms reuse the banner's texts (`messages.ui.twoFactorSubject`).
 */
export const defaultTwoFactorQueueMessages = {
  /** The heading and the region's name; `one` and `other` are `Intl.PluralRules` categories. */
  title: { one: '{count} connection needs a 2FA code', other: '{count} connections need a 2FA code' },
  message: 'Open a connection to enter the code sent for it.',
  /** The heading once the last entry has gone while the user was in the queue. */
  empty: 'No connection needs a 2FA code now.',
  /** Said (and shown) when an entry leaves for an active state (5..7). */
  verified: '{subject}: code verified.',
  /** Said when an entry's credential is no longer in the list you pass. */
  left: '{subject} no longer needs a 2FA code.',
  /** The button that lifts the cap (`limit`); `{count}` is every entry. */
  showAll: 'Show all {count} connections',
}
