import type { Decorator } from '@storybook/react-vite'
import { StatusKitProvider } from '../src'
import { LOCALES, localeOf } from '../stories/i18n'

export type Theme = 'light' | 'dark'
export type Direction = 'ltr' | 'rtl'

/**
 * Applies the toolbar globals. Theme and direction go on <html> as well as on the frame, because
 * tooltips portal into <body>: they must be dark and right-to-left like the story that opened them.
 * The frame also carries them so that a docs page, which renders many stories at once, shows each
 * in the chosen theme. The locale picks the provider's messages (the package's src/locales) and,
 * for a right-to-left language, the direction: Arabic is never shown left to right.
 */
export const withFrame: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light'
  const locale = localeOf(context.globals)
  const { messages, dir: localeDir } = LOCALES[locale]
  const dir: Direction = localeDir === 'rtl' || context.globals.dir === 'rtl' ? 'rtl' : 'ltr'
  const root = document.documentElement
  // Set during render, not in an effect, so the first paint (and the first screenshot) is right.
  // "light" is written out so that a dark operating system theme cannot override the toolbar.
  root.dataset.theme = theme
  root.dir = dir
  root.lang = locale
  const fit = context.parameters.frame === 'fit'
  return (
    <StatusKitProvider locale={locale} messages={locale === 'en' ? undefined : messages}>
      <div className="sb-frame" data-theme={theme} dir={dir} lang={locale} data-fit={fit || undefined}>
        <Story />
      </div>
    </StatusKitProvider>
  )
}
