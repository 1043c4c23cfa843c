/**
 * Issue 11, defect 5: long API text with no break points (a token, a URL, an e-mail address)
 * wraps inside the tooltip and the banner instead of running out of them. Needs real layout.
 */
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CredentialStatePill, TwoFactorBanner } from '../../src'
import { focusTrigger, openTooltip } from './helpers'

const unbreakable = `Code-${'x'.repeat(200)}`
const credential = { state: { index: 3, max: 7, title: '2FA code is required', message: unbreakable }, collector: { state: 'active' } }

/** Every descendant's box lies within the container's (1 px for rounding). */
function expectContained(container: Element): void {
  const outer = container.getBoundingClientRect()
  expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth)
  for (const element of container.querySelectorAll('*')) {
    const box = element.getBoundingClientRect()
    if (box.width === 0) continue
    expect(box.right, element.className.toString()).toBeLessThanOrEqual(outer.right + 1)
  }
}

describe('long text without break points', () => {
  it('wraps inside the tooltip box', async () => {
    render(<CredentialStatePill credential={credential} />)
    await focusTrigger(document.querySelector<HTMLElement>('.sk-pill')!)
    const tooltip = await openTooltip()
    expect(tooltip).toHaveTextContent(unbreakable)
    expect(tooltip.getBoundingClientRect().width).toBeLessThanOrEqual(288 + 1)
    expectContained(tooltip)
  })

  it('wraps inside a 320 px banner', () => {
    render(
      <div style={{ inlineSize: 320 }}>
        <TwoFactorBanner credential={credential} onSubmitCode={async () => {}} />
      </div>,
    )
    const banner = document.querySelector('.sk-banner')!
    expect(banner.getBoundingClientRect().width).toBeLessThanOrEqual(320)
    expectContained(banner)
  })
})
