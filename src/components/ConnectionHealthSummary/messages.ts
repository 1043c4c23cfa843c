/**
 * The health summary's English texts (`messages.outcomes`, `messages.summary`). They ship with the
 * component, not in the provider's catalog, so that the other components do not carry them; the
 * provider passes a consumer's overrides of these sections through and the component lays them
 * over these defaults (`useLiveDashboardMessages`).
 */

/**
 * A count per outcome, as the health summary shows it ("12 synced"). `one` and `other` are the
 * plural categories of `Intl.PluralRules` in the provider's locale; `{count}` is formatted in it.
 */
export const defaultOutcomeMessages = {
  synced: { one: '{count} synced', other: '{count} synced' },
  'in-progress': { one: '{count} in progress', other: '{count} in progress' },
  'needs-attention': { one: '{count} needs attention', other: '{count} need attention' },
  failed: { one: '{count} failed', other: '{count} failed' },
  disconnected: { one: '{count} disconnected', other: '{count} disconnected' },
  unknown: { one: '{count} unknown', other: '{count} unknown' },
}

export const defaultSummaryMessages = {
  label: 'Connection health',
}
