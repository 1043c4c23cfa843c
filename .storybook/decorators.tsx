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
  // `parameters.theme: 'host'`: the page sets no theme at all, as most host apps do; the story
  // shows what the components do then (issue 10: the OS setting alone must not turn them dark).
  const hostTheme = context.parameters.theme === 'host'
  const theme: Theme | undefined = hostTheme ? undefined : context.globals.theme === 'dark' ? 'dark' : 'light'
  const locale = localeOf(context.globals)
  const { messages, dir: localeDir } = LOCALES[locale]
  const dir: Direction = localeDir === 'rtl' || context.globals.dir === 'rtl' ? 'rtl' : 'ltr'
  const root = document.documentElement
  // Set during render, not in an effect, so the first paint (and the first screenshot) is right.
  // "light" is written out so that a dark operating system theme cannot override the toolbar.
  if (theme) root.dataset.theme = theme
  else delete root.dataset.theme
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
