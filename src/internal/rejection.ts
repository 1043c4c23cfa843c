/**
 * A rejection's message: an Error's or a `{ message }`'s, or a string; null when it has none.
 * What the 2FA form and NextStepAction show when the app's promise fails.
 */
export function rejectionMessage(reason: unknown): string | null {
  const message = typeof reason === 'string' ? reason : typeof reason === 'object' && reason !== null && 'message' in reason ? reason.message : null
  return typeof message === 'string' && message.trim() !== '' ? message : null
}
