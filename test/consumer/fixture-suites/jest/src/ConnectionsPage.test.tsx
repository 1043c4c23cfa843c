// The app's own test, as a Jest team writes it: jsdom, Babel, Testing Library and user-event,
// Jest's globals (so Testing Library cleans up by itself); no setup file, no polyfill, no stub.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CONNECTIONS, ConnectionsPage } from './ConnectionsPage'

it('lists a badge and a pill for every connection', () => {
  render(<ConnectionsPage connections={CONNECTIONS} verifyCode={jest.fn()} />)
  const table = screen.getByRole('table', { name: 'Connected apps' })
  // Badges and pills have no role (see the Recipes page): found by their text and class.
  expect(within(table).getAllByText(/./, { selector: '.sk-badge' }).map((badge) => badge.textContent)).toEqual(['Structuring error', 'Disconnected', 'Authorization'])
  expect(within(table).getAllByText(/./, { selector: '.sk-pill' }).map((pill) => pill.textContent)).toEqual(['Active', 'Coming soon', '2FA required'])
})

it('explains the coming-soon pill when it gets keyboard focus', async () => {
  const user = userEvent.setup()
  render(<ConnectionsPage connections={CONNECTIONS} verifyCode={jest.fn()} />)
  const pill = within(screen.getByRole('row', { name: /^Stripe/ })).getByText('Coming soon', { selector: '.sk-pill' })
  // Every badge and pill is a Tab stop, after the banner's field and button.
  for (let stops = 0; document.activeElement !== pill && stops < 10; stops++) await user.tab()
  expect(document.activeElement).toBe(pill)
  expect((await screen.findByRole('tooltip')).textContent).toContain('We will notify you as soon as it becomes operational.')
})

it('keeps the typed code and shows the API’s refusal', async () => {
  const user = userEvent.setup()
  const verifyCode = jest.fn(async () => {
    throw new Error('That code has expired.')
  })
  render(<ConnectionsPage connections={CONNECTIONS} verifyCode={verifyCode} />)
  const banner = screen.getByRole('region', { name: '2FA code required' })
  const field = within(banner).getByRole('textbox', { name: 'Verification code' })
  await user.type(field, '654321')
  await user.click(within(banner).getByRole('button', { name: 'Verify' }))
  expect((await within(banner).findByRole('alert')).textContent).toContain('That code has expired.')
  expect(verifyCode).toHaveBeenCalledWith('c3', '654321')
  expect((field as HTMLInputElement).value).toBe('654321')
})
