/**
 * The tooltip module on demand (issue 21): a page's initial JavaScript leaves out the tooltip stack
 * (Radix Tooltip, floating-ui, our ActiveTooltip), which tooltip-loader.ts imports when first
 * needed. test/setup.ts loads it for the other tests; here each test starts from a fresh module
 * registry with the import held back (or failing) by a mock, to check the cold path: the first
 * tooltip opens when the module arrives, focus stays put, a pointer or focus that left before
 * then opens nothing, and a failed import throws nothing and warns once.
 */
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { settle, tabToText, tap } from './helpers'

const MODULE = '../../src/internal/ActiveTooltip'
const TOOLTIP_TEXT = 'Data structuring is interrupted'

/** Holds the tooltip module's import until `release()` (or `fail()`); `requested` tells whether it started. */
function holdTooltipModule() {
  let release = () => {}
  let fail = (_error: Error) => {}
  const gate = new Promise<void>((resolve, reject) => ((release = resolve), (fail = reject)))
  gate.catch(() => {}) // failed on purpose, maybe before anyone awaits it
  const held = { requested: false, release: () => release(), fail: (error: Error) => fail(error) }
  holds.push(held)
  vi.doMock(MODULE, async () => {
    held.requested = true
    await gate
    return vi.importActual(MODULE)
  })
  return held
}

/** The components and the loader, fresh: no module loaded, no prefetch scheduled. */
async function freshKit() {
  const kit = await import('../../src')
  const loader = await import('../../src/internal/tooltip-loader')
  return { ...kit, loader }
}

/** The tooltip, once the module has arrived: evaluating the real module may take seconds on a busy machine. */
const arrived = () => screen.findByRole('tooltip', {}, { timeout: 10_000 })

/** The idle callbacks the loader asked for: run by hand, so that none fires in a later test. */
let idle: (() => void)[] = []
const holds: { release: () => void }[] = []

beforeEach(() => {
  vi.resetModules()
  idle = []
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
})
afterEach(async () => {
  // A loader left waiting for the page's first input would import in the next test (through its
  // mock): give it that input now, with this test's import let through, and let it settle.
  holds.splice(0).forEach((held) => held.release())
  window.dispatchEvent(new Event('pointermove'))
  await settle()
  vi.doUnmock(MODULE)
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the first tooltip before its module has loaded', () => {
  it('opens on hover as soon as the module arrives', async () => {
    const held = holdTooltipModule()
    const { StatusBadge } = await freshKit()
    const user = userEvent.setup()
    render(<StatusBadge status={14} />)
    await user.hover(screen.getByText('Structuring error'))
    expect(held.requested).toBe(true)
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    held.release()
    expect((await arrived()).textContent).toContain(TOOLTIP_TEXT)
  })

  it('opens on focus when the module arrives, and focus stays on the badge', async () => {
    const held = holdTooltipModule()
    const { StatusBadge } = await freshKit()
    const user = userEvent.setup()
    render(<StatusBadge status={14} />)
    const badge = await tabToText(user, 'Structuring error')
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    held.release()
    const tooltip = await arrived()
    expect(document.activeElement).toBe(badge)
    expect(badge).toHaveAttribute('aria-describedby', tooltip.id)
  })

  it('does not open for a pointer that left before the module arrived, and opens on the next hover', async () => {
    const held = holdTooltipModule()
    const { StatusBadge, loader } = await freshKit()
    const user = userEvent.setup()
    render(<StatusBadge status={14} />)
    const badge = screen.getByText('Structuring error')
    await user.hover(badge)
    await user.unhover(badge)
    held.release()
    await waitFor(() => expect(loader.loadedTooltip()).not.toBeNull(), { timeout: 10_000 })
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    await user.hover(badge)
    expect((await arrived()).textContent).toContain(TOOLTIP_TEXT)
  })

  it('does not open for focus that left before the module arrived', async () => {
    const held = holdTooltipModule()
    const { StatusBadge, loader } = await freshKit()
    const user = userEvent.setup()
    render(
      <>
        <StatusBadge status={14} />
        <button type="button">Next</button>
      </>,
    )
    await tabToText(user, 'Structuring error')
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }))
    held.release()
    await waitFor(() => expect(loader.loadedTooltip()).not.toBeNull(), { timeout: 10_000 })
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('opens for a tap when the module arrives, after the finger lifted', async () => {
    const held = holdTooltipModule()
    const { StatusBadge } = await freshKit()
    const user = userEvent.setup()
    render(<StatusBadge status={14} />)
    const badge = screen.getByText('Structuring error')
    await tap(user, badge)
    // What a browser sends when the finger lifts (user-event does not): a touch pointerleave.
    badge.dispatchEvent(Object.assign(new Event('pointerleave'), { pointerType: 'touch' }))
    held.release()
    expect((await arrived()).textContent).toContain(TOOLTIP_TEXT)
  })

  it('does not open for a tap followed by a press elsewhere before the module arrived', async () => {
    const held = holdTooltipModule()
    const { StatusBadge, loader } = await freshKit()
    const user = userEvent.setup()
    render(
      <>
        <StatusBadge status={14} />
        <p>Elsewhere</p>
      </>,
    )
    await tap(user, screen.getByText('Structuring error'))
    await user.pointer([{ keys: '[TouchA]', target: screen.getByText('Elsewhere') }])
    held.release()
    await waitFor(() => expect(loader.loadedTooltip()).not.toBeNull(), { timeout: 10_000 })
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('does not open after Escape pressed while it loads', async () => {
    const held = holdTooltipModule()
    const { StatusBadge, loader } = await freshKit()
    const user = userEvent.setup()
    render(<StatusBadge status={14} />)
    await user.hover(screen.getByText('Structuring error'))
    await user.keyboard('{Escape}')
    held.release()
    await waitFor(() => expect(loader.loadedTooltip()).not.toBeNull(), { timeout: 10_000 })
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('throws nothing and warns once when the module cannot be loaded; a later use tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const held = holdTooltipModule()
    held.fail(new Error('Failed to fetch dynamically imported module'))
    const { StatusBadge } = await freshKit()
    const user = userEvent.setup()
    render(
      <>
        <StatusBadge status={14} />
        <StatusBadge status={16} />
      </>,
    )
    await user.hover(screen.getByText('Structuring error'))
    await settle()
    await user.hover(document.querySelectorAll<HTMLElement>('.sk-badge')[1]!)
    await settle()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    const ours = warn.mock.calls.filter(([message]) => String(message).startsWith('[statuskit]'))
    expect(ours).toHaveLength(1)
    expect(String(ours[0]?.[0])).toContain('the tooltip module failed to load')
  })
})

describe('the prefetch', () => {
  it('starts loading the module at the page\'s first pointer move, before any trigger is reached', async () => {
    const held = holdTooltipModule()
    const { StatusBadge } = await freshKit()
    render(<StatusBadge status={14} />)
    expect(held.requested).toBe(false)
    document.body.dispatchEvent(new Event('pointermove', { bubbles: true }))
    await waitFor(() => expect(held.requested).toBe(true))
    held.release()
  })

  it('starts loading the module at the first key press', async () => {
    const held = holdTooltipModule()
    const { StatusBadge } = await freshKit()
    render(<StatusBadge status={14} />)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    await waitFor(() => expect(held.requested).toBe(true))
    held.release()
  })

  it('loads the module when the page is idle after a trigger rendered, then opens tooltips in the same render', async () => {
    const held = holdTooltipModule()
    const { StatusBadge, loader } = await freshKit()
    render(<StatusBadge status={14} />)
    expect(idle).toHaveLength(1)
    idle[0]!()
    await waitFor(() => expect(held.requested).toBe(true))
    held.release()
    await waitFor(() => expect(loader.loadedTooltip()).not.toBeNull(), { timeout: 10_000 })
    const user = userEvent.setup()
    await user.hover(screen.getByText('Structuring error'))
    expect(screen.getByRole('tooltip').textContent).toContain(TOOLTIP_TEXT)
  })

  it('does not start without a trigger', async () => {
    const held = holdTooltipModule()
    await freshKit()
    document.body.dispatchEvent(new Event('pointermove', { bubbles: true }))
    await settle()
    expect(held.requested).toBe(false)
    expect(idle).toHaveLength(0)
  })
})
