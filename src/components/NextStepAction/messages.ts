/**
 * NextStepAction's English texts (`messages.nextStep`). They ship with the component, not in the
 * provider's catalog, so that the other components do not carry them (as `history` does); the
 * component lays a consumer's overrides over these defaults (`useLiveDashboardMessages`).
 */
export const defaultNextStepMessages = {
  /** The control's visible text: the step, short enough for a table cell. */
  labels: {
    reconnect: 'Reconnect',
    retry: 'Try again',
    'enter-code': 'Enter code',
  },
  /**
   * The control's accessible name: the step and what it is for, so that a column of "Reconnect"
   * buttons tells its rows apart. Each keeps its visible text (WCAG 2.5.3, label in name).
   */
  names: {
    reconnect: 'Reconnect {subject}',
    retry: 'Try again for {subject}',
    'enter-code': 'Enter code for {subject}',
  },
  /** Shown when `onAction` fails with no message of its own. */
  failed: 'That did not work. Please try again.',
}
