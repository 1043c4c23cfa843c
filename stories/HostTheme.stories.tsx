import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, fn } from 'storybook/test'
import { CredentialStatePill, PipelineProgress, StatusBadge, TwoFactorBanner } from '../src'
import { credential } from './fixtures'

/**
 * Dark mode follows the host page, never the operating system alone. These stories set no theme
 * on the page (`parameters.theme: 'host'`, so the toolbar's theme does nothing here), and the
 * visual suite shoots their "dark" baseline with the OS in dark mode (`prefers-color-scheme`):
 * a light host page stays light. A host asks for dark with `data-theme="dark"` or with its own
 * CSS `color-scheme`, which the tokens' `light-dark()` values follow.
 */
const meta = {
  title: 'Examples/Host page theme',
  parameters: { theme: 'host' },
  tags: ['host-theme', '!autodocs'],
} satisfies Meta
export default meta
type Story = StoryObj<typeof meta>

function Components() {
  return (
    <div style={{ display: 'grid', gap: 12, justifyItems: 'start' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <StatusBadge status={19} />
        <StatusBadge status={14} />
        <StatusBadge status={25} />
        <CredentialStatePill credential={credential(3, 'planned')} />
      </div>
      <PipelineProgress status={17} responsive={false} style={{ inlineSize: 420 }} />
      <PipelineProgress status={14} density="compact" />
      <TwoFactorBanner credential={credential(3)} onSubmitCode={fn()} style={{ inlineSize: 420 }} />
    </div>
  )
}

/** A host page painted in the host's own colours, with its own colour scheme (or none). */
function HostPage({ scheme, children, label }: { scheme?: 'dark'; children: ReactNode; label: string }) {
  return (
    <section aria-label={label} data-host={scheme ?? 'none'} style={{ colorScheme: scheme, padding: 16, background: scheme ? '#0d1117' : '#ffffff', color: scheme ? '#e6edf3' : '#1f2328' }}>
      {children}
    </section>
  )
}

const SUCCESS_LIGHT = 'rgb(23, 105, 58)' // --sk-color-success-fg, light
const SUCCESS_DARK = 'rgb(127, 219, 159)' // --sk-color-success-fg, dark

/** The page sets no theme and no colour scheme: light, whatever the operating system prefers. */
export const NoThemeSet: Story = {
  render: () => (
    <HostPage label="Host page without a theme">
      <Components />
    </HostPage>
  ),
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector<HTMLElement>(".sk-badge[data-status='19']")!
    await expect(getComputedStyle(badge).color).toBe(SUCCESS_LIGHT)
  },
}

/** The host's own `color-scheme: dark` (no `data-theme`): the components follow it. */
export const HostColorSchemeDark: Story = {
  render: () => (
    <HostPage scheme="dark" label="Host page with color-scheme: dark">
      <Components />
    </HostPage>
  ),
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector<HTMLElement>(".sk-badge[data-status='19']")!
    await expect(getComputedStyle(badge).color).toBe(SUCCESS_DARK)
  },
}
