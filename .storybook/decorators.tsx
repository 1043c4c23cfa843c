import type { Decorator } from '@storybook/react-vite'

export type Theme = 'light' | 'dark'
export type Direction = 'ltr' | 'rtl'
export type Locale = 'en' | 'de'

/**
 * Applies the toolbar globals. Theme and direction go on <html> as well as on the frame, because
 * tooltips portal into <body>: they must be dark and right-to-left like the story that opened them.
 * The frame also carries them so a docs page, which renders many stories at once, shows each one
 * in the chosen theme.
 */
export const withFrame: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light'
  const dir: Direction = context.globals.dir === 'rtl' ? 'rtl' : 'ltr'
  const root = document.documentElement
  // Set during render, not in an effect: the first paint (and the first screenshot) is right.
  // "light" is written out so that a dark operating system theme cannot override the toolbar.
  root.dataset.theme = theme
  root.dir = dir
  const fit = context.parameters.frame === 'fit'
  return (
    <div className="sb-frame" data-theme={theme} dir={dir} data-fit={fit || undefined}>
      <Story />
    </div>
  )
}
