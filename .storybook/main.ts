import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  // The MDX guides first: they are the docs site's front pages (sidebar order in preview.tsx).
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The favicon (favicon.svg is picked up from here) and the manager's theme assets.
  staticDirs: ['./public'],
  // The machine running the builds has no web access: nothing to phone home to.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A library's docs site, not a Storybook tutorial: no "Get started" checklist in the sidebar or menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // react-docgen (Babel) reads the props and their JSDoc: react-docgen-typescript needs the
  // TypeScript compiler API, which TypeScript 7 no longer ships. preview.tsx shows its unions.
  typescript: { reactDocgen: 'react-docgen' },
  // As the package build (vite.config.ts): keep CSS light-dark() as written, so that stories show
  // what the shipped stylesheet does, including a host's own color-scheme.
  viteFinal: (config) => ({ ...config, build: { ...config.build, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] } }),
  managerHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
}

export default config
