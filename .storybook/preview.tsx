import '@fontsource/inter/400.css'
import '@fontsource/inter/500.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
// Inter has no Arabic glyphs and the pinned browser has no Arabic system font: the Arabic locale
// is set in Noto Sans Arabic (its Arabic subset only; Latin stays Inter), see preview.css.
import '@fontsource/noto-sans-arabic/arabic-400.css'
import '@fontsource/noto-sans-arabic/arabic-500.css'
import '@fontsource/noto-sans-arabic/arabic-600.css'
import '@fontsource/noto-sans-arabic/arabic-700.css'
import '../src/styles/index.css'
import './preview.css'
import '../stories/docs/blocks/docs.css'

import type { Preview } from '@storybook/react-vite'
import { LOCALES } from '../stories/i18n'
import { withFrame } from './decorators'
import { ThemedDocsContainer } from './DocsContainer'
import { showUnionValues } from './docgen'

const preview: Preview = {
  decorators: [withFrame],
  argTypesEnhancers: [showUnionValues],
  globalTypes: {
    theme: {
      description: 'Colour theme ([data-theme] on the page)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the texts (StatusKitProvider); a right-to-left one sets the direction too',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(LOCALES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'en' },
  parameters: {
    // The frame (withFrame) brings its own padding and background, which the screenshots include.
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { container: ThemedDocsContainer },
    options: {
      // The guides first, Introduction on top (Storybook opens the first entry), then the
      // components, then the examples.
      storySort: {
        order: ['Docs', ['Introduction', 'Status reference', 'Credential states', 'Theming', 'Accessibility', 'Recipes'], 'Components', 'Examples'],
      },
    },
    a11y: {
      // Fail the story test on any axe violation. Scoped to the story's frame and any open tooltip
      // (Radix portals it into <body>): Storybook's iframe page has page-level findings (no <main>,
      // no <h1>) that say nothing about the components. '.sb-frame' rather than '#storybook-root'
      // because the vitest addon renders stories without that element.
      test: 'error',
      context: { include: [['.sb-frame'], ['[data-radix-popper-content-wrapper]']] },
    },
  },
  tags: ['autodocs'],
}

export default preview
