import type { Decorator } from '@storybook/react-vite'
import { StatusKitProvider } from '../src'
import { de } from '../stories/i18n/de'

export type Theme = 'light' | 'dark'
export type Direction = 'ltr' | 'rtl'
export type Locale = 'en' | 'de'

const MESSAGES = { en: undefined, de } as const

/**
 * Applies the toolbar globals. Theme and direction go on <html> as well as on the frame, because
 * tooltips portal into <body>: they must be dark and right-to-left like the story that opened them.
 * The frame also carries them so that a docs page, which renders many stories at once, shows each
 * in the chosen theme. The locale picks the provider's messages (stories/i18n/de.ts for German).
 */
export const withFrame: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light'
  const dir: Direction = context.globals.dir === 'rtl' ? 'rtl' : 'ltr'
  const locale: Locale = context.globals.locale === 'de' ? 'de' : 'en'
  const root = document.documentElement
  // Set during render, not in an effect, so the first paint (and the first screenshot) is right.
  // "light" is written out so that a dark operating system theme cannot override the toolbar.
  root.dataset.theme = theme
  root.dir = dir
  root.lang = locale
  const fit = context.parameters.frame === 'fit'
  return (
    <StatusKitProvider locale={locale} messages={MESSAGES[locale]}>
      <div className="sb-frame" data-theme={theme} dir={dir} lang={locale} data-fit={fit || undefined}>
        <Story />
      </div>
    </StatusKitProvider>
  )
}
