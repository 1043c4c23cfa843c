/**
 * The shared tooltip behaviour, through every kind of trigger: a badge, a pill, a pipeline step
 * and a compact pipeline dot. Keyboard, hover and touch users all reach the same text.
 */
import * as RadixTooltip from '@radix-ui/react-tooltip'
import { render, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider } from '../../src'
import { credential, expectTooltipClosed, findTooltip, settle, setup, tabToText, tap, triggerText as textOf } from './helpers'

afterEach(() => vi.restoreAllMocks())

interface TriggerCase {
  name: string
  ui: ReactElement
  /** Text inside the trigger, to find it. */
  triggerText: string
  /** Text its tooltip must show. */
  tooltipText: string
}

const TRIGGERS: TriggerCase[] = [
  { name: 'a status badge', ui: <StatusBadge status={14} />, triggerText: 'Structuring error', tooltipText: 'Data structuring is interrupted' },
  {
    name: 'a credential pill',
    ui: <CredentialStatePill credential={credential(3, 'active', { title: '2FA code is required', message: 'A 2FA code has been sent to ***@gmail.com' })} />,
    triggerText: '2FA required',
    tooltipText: 'A 2FA code has been sent to ***@gmail.com',
  },
  {
    name: 'a pipeline step',
    ui: <PipelineProgress status={13} />,
    triggerText: 'Structuring',
    tooltipText: 'Data from a third-party app has downloaded and the structuring process is in progress.',
  },
  {
    name: 'a compact pipeline dot',
    ui: <PipelineProgress status={13} density="compact" />,
    triggerText: 'Structuring',
    tooltipText: 'Data from a third-party app has downloaded and the structuring process is in progress.',
  },
]

/** The focusable element whose text contains `text` (a badge, a pill, a step trigger or a dot). */
function trigger(text: string): HTMLElement {
  const element = [...document.querySelectorAll<HTMLElement>('[tabindex]')].find((node) => textOf(node).includes(text))
  if (!element) throw new Error(`no focusable trigger with "${text}"`)
  return element
}

describe.each(TRIGGERS)('the tooltip of $name', ({ ui, triggerText, tooltipText }) => {
  it('costs nothing before use: no Radix state on the trigger and no tooltip in the document', () => {
    render(ui)
    expectBareTrigger(trigger(triggerText))
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('keeps the trigger element in the page when the tooltip mounts (no remount, focus kept)', async () => {
    const { user } = setup(ui)
    const before = trigger(triggerText)
    await user.hover(before)
    await findTooltip()
    expect(before.isConnected).toBe(true)
    expect(trigger(triggerText)).toBe(before)
  })

  it('opens on keyboard focus, keeps focus on the trigger and describes it', async () => {
    const { user } = setup(ui)
    const focused = await tabToText(user, triggerText)
    expect(await findTooltip()).toHaveTextContent(tooltipText)
    expect(document.activeElement).toBe(focused)
    expect(textOf(focused)).toContain(triggerText)
    expect(focused).toHaveAccessibleDescription(new RegExp(escape(tooltipText)))
  })

  it('closes on Escape and leaves focus on the trigger', async () => {
    const { user } = setup(ui)
    const focused = await tabToText(user, triggerText)
    await findTooltip()
    await user.keyboard('{Escape}')
    await expectTooltipClosed()
    expect(focused).toHaveFocus()
  })

  it('opens on hover', async () => {
    const { user } = setup(ui)
    await user.hover(trigger(triggerText))
    expect(await findTooltip()).toHaveTextContent(tooltipText)
  })

  it('opens on a tap and stays open', async () => {
    const { user } = setup(ui)
    await tap(user, trigger(triggerText))
    expect(await findTooltip()).toHaveTextContent(tooltipText)
    await settle(100)
    expect(screen.getByRole('tooltip')).toHaveTextContent(tooltipText)
    // A second tap on the same trigger does not toggle it away.
    await tap(user, trigger(triggerText))
    await settle(100)
    expect(screen.getByRole('tooltip')).toHaveTextContent(tooltipText)
  })
})

describe('tooltips in a page', () => {
  it('open at once inside the caller\'s own Radix Tooltip.Provider with a long delay', async () => {
    const { user } = setup(
      <RadixTooltip.Provider delayDuration={5000}>
        <StatusBadge status={11} />
      </RadixTooltip.Provider>,
    )
    await user.hover(screen.getByText('Loading error'))
    expect(await findTooltip()).toHaveTextContent('Error with loading data')
  })

  it('open on the first keyboard focus at once even with the provider\'s tooltipDelay', async () => {
    const { user } = setup(
      <StatusKitProvider tooltipDelay={700}>
        <StatusBadge status={11} />
      </StatusKitProvider>,
    )
    await user.tab()
    expect(await findTooltip()).toHaveTextContent('Error with loading data')
  })

  // Issue 3: the tooltip opens at once on the first pointer enter; tooltipDelay applies to later hovers.
  it('open on the first hover at once even with the provider\'s tooltipDelay', async () => {
    const { user } = setup(
      <StatusKitProvider tooltipDelay={700}>
        <StatusBadge status={11} />
      </StatusKitProvider>,
    )
    await user.hover(screen.getByText('Loading error'))
    await settle(100)
    expect(screen.getByRole('tooltip')).toHaveTextContent('Error with loading data')
  })

  it('close when the user taps elsewhere on a touch screen', async () => {
    const { user } = setup(
      <>
        <StatusBadge status={14} />
        <p>Elsewhere on the page</p>
      </>,
    )
    await tap(user, screen.getByText('Structuring error'))
    await findTooltip()
    await tap(user, screen.getByText('Elsewhere on the page'))
    await expectTooltipClosed()
  })

  it('show one tooltip at a time when Tab moves from badge to badge', async () => {
    const { user } = setup(
      <>
        <StatusBadge status={11} />
        <StatusBadge status={19} />
      </>,
    )
    await user.tab()
    expect(await findTooltip()).toHaveTextContent('Error with loading data')
    await user.tab()
    await vi.waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Synced'))
    expect(screen.getAllByRole('tooltip')).toHaveLength(1)
    expect(document.activeElement).toHaveTextContent('Synced')
  })

  it('mount only the trigger that was used: the other badges stay bare', async () => {
    const { user } = setup(
      <>
        <StatusBadge status={2} />
        <StatusBadge status={12} />
        <StatusBadge status={19} />
      </>,
    )
    await user.hover(screen.getByText('Loaded'))
    await findTooltip()
    // The tooltip repeats the label: the badge is the element with the status attribute.
    expectBareTrigger(screen.getByText('Loading'))
    expectBareTrigger(screen.getByText('Synced'))
    expect(screen.getByText('Loaded', { selector: '[data-status]' })).toHaveAttribute('aria-describedby')
  })
})

describe('a trigger with the caller\'s own aria-describedby', () => {
  const badgeWith = (props: { describedBy: string; tooltip?: false }) => (
    <>
      <StatusBadge status={14} aria-describedby={props.describedBy} tooltip={props.tooltip} />
      <p id="help-a">Help A</p>
      <p id="help-b">Help B</p>
    </>
  )

  // Issue 11, defect 7: unbinding restored the value captured when the tooltip was first used.
  it('keeps the caller\'s latest value when the tooltip is turned off after use', async () => {
    const { user, rerender } = setup(badgeWith({ describedBy: 'help-a' }))
    const badge = screen.getByText('Structuring error')
    await user.hover(badge)
    await findTooltip()
    rerender(badgeWith({ describedBy: 'help-b' }))
    rerender(badgeWith({ describedBy: 'help-b', tooltip: false }))
    expect(badge).toHaveAttribute('aria-describedby', 'help-b')
    expect(badge).toHaveAccessibleDescription('Help B')
  })

  it('adds the tooltip to the caller\'s description while open', async () => {
    const { user } = setup(badgeWith({ describedBy: 'help-a' }))
    await user.tab()
    await findTooltip()
    expect(screen.getByText('Structuring error', { selector: '[data-status]' })).toHaveAccessibleDescription(/^Help A .*Data structuring is interrupted/)
  })
})

/**
 * No trace of Radix: none of its tooltip states (a compact dot's own `data-state` is its step
 * state), no popper attributes, no description link.
 */
function expectBareTrigger(element: HTMLElement): void {
  expect(element.getAttribute('data-state') ?? '').not.toMatch(/^(closed|delayed-open|instant-open)$/)
  expect(element.getAttributeNames().filter((name) => name.startsWith('data-radix'))).toEqual([])
  expect(element).not.toHaveAttribute('aria-describedby')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
