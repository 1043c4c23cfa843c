import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks'
import type { PropsWithChildren } from 'react'
import { themes } from 'storybook/theming'
import { StatusKitProvider } from '../src'
import { LOCALES, localeOf } from '../stories/i18n'

/** The part of the docs context this container reads (the toolbar's globals). */
interface GlobalsSource {
  store?: { userGlobals?: { globals?: Record<string, unknown> } }
}

/**
 * Docs pages follow the toolbar like stories do: the Theme switch turns the page itself dark
 * (Storybook's dark docs theme plus our tokens), and the live examples written straight into the
 * MDX (which no story decorator wraps) get the provider, the locale's direction and the theme from
 * here, as withFrame gives them to stories. Storybook
 * re-renders a docs page when a global changes, so this reads them on every render.
 */
export function ThemedDocsContainer({ children, context }: PropsWithChildren<DocsContainerProps>) {
  const globals = (context as unknown as GlobalsSource).store?.userGlobals?.globals ?? {}
  const dark = globals.theme === 'dark'
  const locale = localeOf(globals)
  const { messages, dir: localeDir } = LOCALES[locale]
  const dir = localeDir === 'rtl' || globals.dir === 'rtl' ? 'rtl' : 'ltr'
  document.documentElement.dataset.theme = dark ? 'dark' : 'light'
  return (
    <DocsContainer context={context} theme={dark ? themes.dark : themes.light}>
      <StatusKitProvider locale={locale} messages={locale === 'en' ? undefined : messages}>
        <div className="sk-docs" data-theme={dark ? 'dark' : 'light'} dir={dir} lang={locale}>
          {children}
        </div>
      </StatusKitProvider>
    </DocsContainer>
  )
}
