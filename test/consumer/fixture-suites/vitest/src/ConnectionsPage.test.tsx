// The app's own test, as its team writes it: Vitest's defaults (no globals), jsdom, Testing
// Library and user-event; no setup file, no polyfill, no stub.
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import { CONNECTIONS, ConnectionsPage } from './ConnectionsPage'

// Without Vitest's globals, Testing Library cannot register its own cleanup: each test would see
// the pages the earlier ones rendered.
afterEach(cleanup)

const renderPage = (verifyCode = vi.fn(async () => {})) => {
  render(<ConnectionsPage connections={CONNECTIONS} verifyCode={verifyCode} />)
  return verifyCode
}

it('shows each connection’s status and invoice collection in its row', () => {
  renderPage()
  const xero = screen.getByRole('row', { name: /^Xero/ })
  // Badges and pills have no role (see the Recipes page): found by their text and class.
  expect(within(xero).getByText('Structuring error', { selector: '.sk-badge' })).toBeTruthy()
  expect(within(xero).getByText('Active', { selector: '.sk-pill' })).toBeTruthy()
  const stripe = screen.getByRole('row', { name: /^Stripe/ })
  expect(within(stripe).getByText('Coming soon', { selector: '.sk-pill' })).toBeTruthy()
  const table = screen.getByRole('table', { name: 'Connected apps' })
  expect(within(table).getAllByText(/./, { selector: '.sk-badge' }).map((badge) => badge.textContent)).toEqual(['Structuring error', 'Disconnected', 'Authorization'])
})

it('explains a failed connection when the pointer rests on its badge', async () => {
  const user = userEvent.setup()
  renderPage()
  const xero = screen.getByRole('row', { name: /^Xero/ })
  await user.hover(within(xero).getByText('Structuring error', { selector: '.sk-badge' }))
  const tooltip = await screen.findByRole('tooltip')
  expect(tooltip.textContent).toContain('Data structuring is interrupted.')
  expect(tooltip.textContent).toContain('Next step: Try again.')
  // The open tooltip repeats the label; the query above still finds the badge alone.
  const badge = within(xero).getByText('Structuring error', { selector: '.sk-badge' })
  expect(badge.getAttribute('aria-describedby')).toBe(tooltip.id)
})

it('sends the code typed into the 2FA banner for that connection', async () => {
  const user = userEvent.setup()
  const verifyCode = renderPage()
  const banner = screen.getByRole('region', { name: '2FA code required' })
  await user.type(within(banner).getByRole('textbox', { name: 'Verification code' }), '123 456')
  await user.click(within(banner).getByRole('button', { name: 'Verify' }))
  expect(verifyCode).toHaveBeenCalledWith('c3', '123456')
  // One banner: only the credential that waits for a code has one.
  expect(screen.getAllByRole('region')).toHaveLength(1)
})
