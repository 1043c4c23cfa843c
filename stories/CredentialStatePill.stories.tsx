import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent } from 'storybook/test'
import { CredentialStatePill } from '../src'
import { credential } from './fixtures'
import { messagesFor } from './i18n'

/**
 * `CredentialStatePill` takes the API's credential object as it comes and shows the spec's
 * recommended UI label ("Recommended UI Mapping") with its tone. The tooltip carries the API's
 * title and message, or the spec's "coming soon" message for a planned collector.
 */
const meta = {
  title: 'Components/CredentialStatePill',
  component: CredentialStatePill,
  args: { credential: credential(7), size: 'md' },
  argTypes: {
    credential: { control: 'object' },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
    label: { control: 'text' },
    comingSoonMessage: { control: 'text' },
    tooltip: { control: false },
  },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof CredentialStatePill>
export default meta
type Story = StoryObj<typeof meta>

// Every state index (spec: "Credential State"), with an active collector.
export const IndexMinus2: Story = { name: '-2 · Disconnect', args: { credential: credential(-2) } }
export const IndexMinus1: Story = { name: '-1 · Error', args: { credential: credential(-1) } }
export const Index0: Story = { name: '0 · Unknown', args: { credential: credential(0) } }
export const Index1: Story = { name: '1 · Preparing collect', args: { credential: credential(1) } }
export const Index2: Story = { name: '2 · Authentication in progress', args: { credential: credential(2) } }
export const Index3: Story = { name: '3 · 2FA code required', args: { credential: credential(3) } }
export const Index4: Story = { name: '4 · Performing 2FA', args: { credential: credential(4) } }
export const Index5: Story = { name: '5 · Collecting data', args: { credential: credential(5) } }
export const Index6: Story = { name: '6 · Downloading invoices', args: { credential: credential(6) } }
export const Index7: Story = { name: '7 · Done', args: { credential: credential(7) } }

/** A planned collector is "Coming soon" whatever its index says; the tooltip has the spec's message. */
export const PlannedCollector: Story = { args: { credential: credential(5, 'planned') } }

/** Tab to a "Coming soon" pill: its tooltip carries the spec's message. */
export const ComingSoonTooltip: Story = {
  args: { credential: credential(5, 'planned') },
  play: async ({ canvasElement, globals }) => {
    await userEvent.tab()
    await expect(canvasElement.querySelector('.sk-pill')).toHaveFocus()
    await expect(await screen.findByRole('tooltip')).toHaveTextContent(messagesFor(globals).credentialUi['coming-soon'].explanation)
  },
}

/** A collector in development is not "coming soon": its index decides, as for an active one. */
export const DevelopmentCollector: Story = { args: { credential: credential(1, 'development') } }

export const Small: Story = { args: { credential: credential(3), size: 'sm' } }

const BAD_INPUTS: { caption: string; value: unknown }[] = [
  { caption: 'null', value: null },
  { caption: '{}', value: {} },
  { caption: 'index 42', value: { state: { index: 42 }, collector: { state: 'active' } } },
  { caption: 'index 2.5', value: { state: { index: 2.5 }, collector: { state: 'active' } } },
  { caption: 'index "3" (a string)', value: { state: { index: '3' }, collector: { state: 'active' } } },
  { caption: 'collector " Planned "', value: { state: { index: 7 }, collector: { state: ' Planned ' } } },
  { caption: 'collector "retired"', value: { state: { index: 7 }, collector: { state: 'retired' } } },
  { caption: 'title with HTML', value: { state: { index: -1, title: '<img src=x onerror=alert(1)>', message: '<b>not bold</b>' } } },
]

/**
 * Malformed credentials: the core's neutral "Status unavailable", or the nearest honest reading
 * (a numeric string, a padded collector state). Never a throw, never a misleading label.
 */
export const BadInputs: Story = {
  render: (args) => (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '8px 16px', margin: 0, alignItems: 'center' }}>
      {BAD_INPUTS.map(({ caption, value }) => (
        <div key={caption} style={{ display: 'contents' }}>
          <dt style={{ fontSize: 13, color: 'var(--sk-color-text-muted)' }}>{caption}</dt>
          <dd style={{ margin: 0 }}>
            <CredentialStatePill {...args} credential={value} />
          </dd>
        </div>
      ))}
    </dl>
  ),
}
