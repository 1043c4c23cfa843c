import { defaultStatusKitMessages, type StatusKitMessages } from '../../src'
import { ar } from '../../src/locales/ar'
import { de } from '../../src/locales/de'
import { es } from '../../src/locales/es'
import { fr } from '../../src/locales/fr'
import { nl } from '../../src/locales/nl'
import { ptBR } from '../../src/locales/pt-BR'

interface StoryLocale {
  /** The toolbar's name for it, in the language itself. */
  title: string
  messages: StatusKitMessages
  dir: 'ltr' | 'rtl'
}

/** The toolbar's locales: the package's translations (src/locales), as a consumer passes them. */
export const LOCALES = {
  en: { title: 'English', messages: defaultStatusKitMessages, dir: 'ltr' },
  de: { title: 'Deutsch', messages: de, dir: 'ltr' },
  fr: { title: 'Français', messages: fr, dir: 'ltr' },
  es: { title: 'Español', messages: es, dir: 'ltr' },
  nl: { title: 'Nederlands', messages: nl, dir: 'ltr' },
  'pt-BR': { title: 'Português (Brasil)', messages: ptBR, dir: 'ltr' },
  ar: { title: 'العربية', messages: ar, dir: 'rtl' },
} as const satisfies Record<string, StoryLocale>

export type LocaleCode = keyof typeof LOCALES

/** The toolbar's locale, English for anything else. */
export function localeOf(globals: { locale?: unknown }): LocaleCode {
  const locale = globals.locale
  return typeof locale === 'string' && Object.hasOwn(LOCALES, locale) ? (locale as LocaleCode) : 'en'
}

/**
 * The texts a story shows under the toolbar's locale, for play functions that find elements by
 * their accessible name: the same play function then passes in every language.
 */
export function messagesFor(globals: { locale?: unknown }): StatusKitMessages {
  return LOCALES[localeOf(globals)].messages
}
