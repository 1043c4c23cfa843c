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
  // As the package build (vite.config.ts): keep CSS light-dark() as written, so that stories show
  // what the shipped stylesheet does, including a host's own color-scheme.
  viteFinal: (config) => ({ ...config, build: { ...config.build, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] } }),
}

export default config
