/**
 * A consumer's own test suite: Vitest in jsdom with no setup file, no globals, no polyfills and
 * no stubs (the `jsdom-bare` project). Jest's jsdom environment is as bare. The components must
 * render, open their tooltips and take a 2FA code here as they do in a browser.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider, TwoFactorBanner } from '../../src'
import de from '../../src/locales/de'

afterEach(cleanup)

// jsdom 29 has a PointerEvent constructor; older ones, such as the jsdom of Jest 29's environment,
// do not. Taken away here (not stubbed), so the components are shown to need none.
Reflect.deleteProperty(window, 'PointerEvent')
Reflect.deleteProperty(globalThis, 'PointerEvent')

describe('a consumer test in bare jsdom', () => {
  it('runs where jsdom lacks ResizeObserver, matchMedia and the PointerEvent constructor', () => {
    expect(typeof globalThis.ResizeObserver).toBe('undefined')
    expect(typeof window.matchMedia).toBe('undefined')
    expect(typeof globalThis.PointerEvent).toBe('undefined')
  })

  it('focuses a badge with Tab and reads its tooltip', async () => {
    const user = userEvent.setup()
    render(<StatusBadge status={14} />)
    await user.tab()
    expect(document.activeElement?.textContent).toBe('Structuring error')
    const tooltip = await screen.findByRole('tooltip')
    expect(tooltip.textContent).toContain('Data structuring is interrupted')
    expect(tooltip.textContent).toContain('Next step: Try again')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
  })

  it('hovers a pill and reads its tooltip', async () => {
    const user = userEvent.setup()
    render(<CredentialStatePill credential={{ state: { index: 5 }, collector: { state: 'planned' } }} />)
    await user.hover(screen.getByText('Coming soon'))
    expect((await screen.findByRole('tooltip')).textContent).toContain('We will notify you as soon as it becomes operational.')
  })

  it('reads a pipeline step tooltip in German, with the package translation', async () => {
    const user = userEvent.setup()
    render(
      <StatusKitProvider messages={de} locale="de">
        <PipelineProgress status={14} />
      </StatusKitProvider>,
    )
    expect(screen.getByRole('list', { name: 'Verbindungsfortschritt' })).toBeTruthy()
    // The stepper is one tab stop, and Tab lands on the step where the status sits.
    await user.tab()
    expect((await screen.findByRole('tooltip')).textContent).toContain('Strukturierung')
  })

  it('submits a 2FA code from the banner', async () => {
    const user = userEvent.setup()
    const onSubmitCode = vi.fn(async () => {})
    render(<TwoFactorBanner credential={{ state: { index: 3, max: 7 }, collector: { state: 'active' } }} onSubmitCode={onSubmitCode} />)
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), '123456')
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(onSubmitCode).toHaveBeenCalledWith('123456')
  })
})
