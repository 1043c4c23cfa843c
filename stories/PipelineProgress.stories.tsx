import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent } from 'storybook/test'
import { PipelineProgress } from '../src'
import { CONNECTION_STATUS_CODES, formatMessage } from '../src/core'
import { localeOf, messagesFor } from './i18n'

/**
 * `PipelineProgress` walks the core's `connectionPipeline`: which stages are done, which one runs,
 * where it stopped. The stepper is one tab stop: Tab lands on the step where the status sits, arrow
 * keys, Home and End move between steps, and the focused step shows its tooltip. Processing counts
 * its five substages, or lists them with `showSubstages`. Compact density is one trigger for the
 * whole stepper, named by a summary ("Processing failed, step 4 of 5").
 */
const meta = {
  title: 'Components/PipelineProgress',
  component: PipelineProgress,
  args: { status: 16, orientation: 'horizontal', density: 'default', showSubstages: false, showDeduplication: false, responsive: true },
  argTypes: {
    status: { control: 'select', options: [...CONNECTION_STATUS_CODES, 99] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    density: { control: 'inline-radio', options: ['default', 'compact'] },
    now: { control: 'date' },
  },
} satisfies Meta<typeof PipelineProgress>
export default meta
type Story = StoryObj<typeof meta>

// One story per status code of the spec, in pipeline order.
export const Authorization6: Story = { name: '6 · Authorization', args: { status: 6 } }
export const ErrorInAuthorization7: Story = { name: '7 · Error in authorization', args: { status: 7 } }
export const Deauthorized8: Story = { name: '8 · Deauthorized', args: { status: 8 } }
export const Authorized9: Story = { name: '9 · Authorized', args: { status: 9 } }
export const AuthorizationTimedOut20: Story = { name: '20 · Authorization timed out', args: { status: 20 } }
export const Loading2: Story = { name: '2 · Loading', args: { status: 2 } }
export const LoadingError11: Story = { name: '11 · Loading error', args: { status: 11 } }
export const Loaded12: Story = { name: '12 · Loaded', args: { status: 12 } }
export const TimedOut23: Story = { name: '23 · Timed out', args: { status: 23 } }
export const WaitingForWebhook25: Story = { name: '25 · Waiting for webhook', args: { status: 25 } }
export const Deduplication21: Story = { name: '21 · Deduplication', args: { status: 21 } }
export const DeduplicationError22: Story = { name: '22 · Deduplication error', args: { status: 22 } }
export const Structuring13: Story = { name: '13 · Structuring', args: { status: 13 } }
export const StructuringError14: Story = { name: '14 · Structuring error', args: { status: 14 } }
export const Structured15: Story = { name: '15 · Structured', args: { status: 15 } }
export const Processing16: Story = { name: '16 · Processing', args: { status: 16 } }
export const ProcessingError17: Story = { name: '17 · Processing error', args: { status: 17 } }
export const Processed18: Story = { name: '18 · Processed', args: { status: 18 } }
export const Synced19: Story = { name: '19 · Synced', args: { status: 19 } }
export const Disconnected26: Story = { name: '26 · Disconnected', args: { status: 26 } }

/** An unknown code: every step inactive, since we cannot tell where the connection is. */
export const UnknownCode: Story = { args: { status: 99 } }

/** Deduplication is optional: shown for 21 and 22, or always with `showDeduplication`. */
export const WithDeduplication: Story = { args: { status: 15, showDeduplication: true } }

export const Vertical: Story = { args: { status: 14, orientation: 'vertical' } }

/**
 * Dots only, for a table cell: one tab stop and one tap target for the whole stepper, named by a
 * summary for screen readers; its tooltip lists every step and its state.
 */
export const Compact: Story = { args: { status: 17, density: 'compact' }, parameters: { frame: 'fit' } }

/** Processing with known substages, collapsed to a count; the tooltip lists them. */
export const SubstagesCollapsed: Story = {
  args: { status: 16, substages: { monitoring: 'complete', forecasting: 'complete', insights: 'current' } },
}

export const SubstagesExpanded: Story = {
  args: { ...SubstagesCollapsed.args, orientation: 'vertical', showSubstages: true },
}

/** Processing failed in one substage (spec: `{ forecasting: 'error' }`). */
export const FailedSubstage: Story = {
  args: { status: 17, orientation: 'vertical', showSubstages: true, substages: { monitoring: 'complete', forecasting: 'error' } },
}

/**
 * When each stage last changed, shown in the step tooltips as a relative time. `now` is fixed so
 * that the story (and its screenshot) says the same thing every day.
 */
export const WithTimestamps: Story = {
  args: {
    status: 13,
    now: Date.UTC(2026, 2, 10, 12, 0),
    timestamps: {
      authorization: '2026-03-10T09:04:00Z',
      loading: '2026-03-10T11:40:00Z',
      structuring: '2026-03-10T11:57:00Z',
    },
  },
}

/** Tab to the current step: its tooltip explains the stage and says when it changed, in the provider's locale. */
export const StepTooltip: Story = {
  args: WithTimestamps.args,
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    // The stepper is one tab stop, and Tab lands on the step where the status sits.
    await userEvent.tab()
    await expect(canvasElement.querySelector('[aria-current="step"] .sk-pipeline__trigger')).toHaveFocus()
    const tooltip = await screen.findByRole('tooltip')
    await expect(tooltip).toHaveTextContent(t.stages.structuring.description)
    const threeMinutesAgo = new Intl.RelativeTimeFormat(localeOf(globals), { numeric: 'auto' }).format(-3, 'minute')
    await expect(tooltip).toHaveTextContent(formatMessage(t.ui.relativeTimeUpdated, { time: threeMinutesAgo }))
  },
}

/** In a container too narrow for the steps side by side, the horizontal stepper stacks (a container query). */
export const NarrowContainer: Story = {
  args: { status: 14 },
  render: (args) => (
    <div style={{ inlineSize: 280, outline: '1px dashed var(--sk-color-border)' }}>
      <PipelineProgress {...args} />
    </div>
  ),
}

/** Right to left: the steps run from the right (logical CSS properties). */
export const RightToLeft: Story = { args: { status: 14 }, globals: { dir: 'rtl' } }

/** The step tooltip in Arabic (`@statuskit/react/locales/ar`): mirrored stepper, right-to-left tooltip, Arabic relative time. */
export const StepTooltipArabic: Story = { ...StepTooltip, name: 'Step tooltip (Arabic, right to left)', globals: { locale: 'ar' } }

/** Tab to a compact stepper: its tooltip lists every step and its state. */
export const CompactTooltip: Story = {
  args: { status: 17, density: 'compact', substages: { monitoring: 'complete', forecasting: 'error' } },
  parameters: { frame: 'fit' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals)
    await userEvent.tab()
    const trigger = canvasElement.querySelector('.sk-pipeline__summary')
    await expect(trigger).toHaveFocus()
    await expect(trigger).toHaveAccessibleName(formatMessage(t.ui.pipelineSummary.error, { step: t.stages.processing.label, position: 4, total: 5 }))
    const tooltip = await screen.findByRole('tooltip')
    await expect(tooltip).toHaveTextContent(`${t.stages.structuring.label}: ${t.stepStates.complete}`)
    await expect(tooltip).toHaveTextContent(`${t.stages.processing.label}: ${t.stepStates.error}`)
    // The summarised step explains its status (17), not processing's "in progress" text.
    await expect(tooltip).toHaveTextContent(t.statusOnStep[17])
    await expect(tooltip).not.toHaveTextContent(t.stages.processing.description)
  },
}

/**
 * Keyboard in right to left: the next step is to the left, so ArrowLeft moves on and ArrowRight
 * back (a real browser: the direction is the one the page renders).
 */
export const RightToLeftKeyboard: Story = {
  args: { status: 14 },
  globals: { dir: 'rtl' },
  play: async ({ globals }) => {
    const t = messagesFor(globals)
    await userEvent.tab()
    await expect(document.activeElement).toHaveTextContent(t.stages.structuring.label)
    await userEvent.keyboard('{ArrowLeft}')
    await expect(document.activeElement).toHaveTextContent(t.stages.processing.label)
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    await expect(document.activeElement).toHaveTextContent(t.stages.loading.label)
    await userEvent.keyboard('{End}')
    await expect(document.activeElement).toHaveTextContent(t.stages.synced.label)
    await userEvent.keyboard('{Home}{ArrowLeft}')
    await expect(document.activeElement).toHaveTextContent(t.stages.loading.label)
    await expect(await screen.findByRole('tooltip')).toHaveTextContent(t.stages.loading.description)
  },
}
