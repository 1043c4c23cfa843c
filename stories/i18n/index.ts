import { mergeMessages } from '../../src/core'
import { defaultStatusKitMessages, type StatusKitMessages } from '../../src/provider/ui-messages'
import { de } from './de'

/**
 * The texts a story shows under the toolbar's locale, for play functions that find elements by
 * their accessible name: the same play function then passes in English and in German.
 */
export function messagesFor(globals: { locale?: unknown }): StatusKitMessages {
  return globals.locale === 'de' ? mergeMessages(defaultStatusKitMessages, de) : defaultStatusKitMessages
}
