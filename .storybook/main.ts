import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The machine running the builds has no web access: nothing to phone home to.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // react-docgen (Babel) reads the props and their JSDoc: react-docgen-typescript needs the
  // TypeScript compiler API, which TypeScript 7 no longer ships.
  typescript: { reactDocgen: 'react-docgen' },
}

export default config
