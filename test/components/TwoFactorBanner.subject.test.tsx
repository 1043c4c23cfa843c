import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { StatusKitProvider, TwoFactorBanner } from '../../src'
import { de } from '../../src/locales/de'
import { deferred } from './deferred'
import { credential, setup, spyOnWarnings } from './helpers'

// What the API sends for every credential at 3: the same title and message, so two banners read alike.
const codeRequired = credential(3, 'active', { title: '2FA code is required', message: 'A 2FA code has been sent to ***@gmail.com' })

describe('TwoFactorBanner subject (issue 22, item 4)', () => {
  it('says which connection in the heading and the region name', () => {
    render(<TwoFactorBanner credential={codeRequired} subject="Xero" />)
    const region = screen.getByRole('region', { name: 'Xero needs a 2FA code' })
    expect(within(region).getByRole('heading', { level: 2, name: 'Xero needs a 2FA code' })).toBeInTheDocument()
    // The API's message still describes the code field.
    expect(region).toHaveTextContent('A 2FA code has been sent to ***@gmail.com')
  })

  it('tells two banners on one page apart by heading, region, field and button', () => {
    render(
      <>
        <TwoFactorBanner credential={codeRequired} subject="Xero" onSubmitCode={async () => {}} onDismiss={() => {}} />
        <TwoFactorBanner credential={codeRequired} subject="Shopify" onSubmitCode={async () => {}} onDismiss={() => {}} />
      </>,
    )
    expect(screen.getAllByRole('region')).toHaveLength(2)
    for (const subject of ['Xero', 'Shopify']) {
      const region = screen.getByRole('region', { name: `${subject} needs a 2FA code` })
      expect(screen.getAllByRole('heading', { name: `${subject} needs a 2FA code` })).toHaveLength(1)
      // A screen reader user jumping by form fields hears the connection in the label and the button.
      expect(within(region).getByRole('textbox', { name: `Verification code for ${subject}` })).toBeInTheDocument()
      expect(within(region).getByRole('button', { name: `Verify the code for ${subject}` })).toBeInTheDocument()
      expect(within(region).getByRole('button', { name: `Dismiss ${subject} needs a 2FA code` })).toBeInTheDocument()
    }
  })

  it('keeps the visible button text inside its accessible name (label in name, WCAG 2.5.3)', () => {
    render(<TwoFactorBanner credential={codeRequired} subject="Xero" onSubmitCode={async () => {}} />)
    const button = screen.getByRole('button', { name: 'Verify the code for Xero' })
    expect(button).toHaveTextContent(/^Verify$/)
  })

  it('names the connection while the code is checked (index 4)', () => {
    render(<TwoFactorBanner credential={credential(4, 'active', { title: 'Performing 2FA' })} subject="Xero" />)
    expect(screen.getByRole('region', { name: 'Xero: Performing 2FA' })).toBeInTheDocument()
  })

  it('says the connection while the submit is pending', async () => {
    const pending = deferred()
    const { user } = setup(<TwoFactorBanner credential={codeRequired} subject="Xero" onSubmitCode={() => pending.promise} />)
    await user.type(screen.getByRole('textbox', { name: 'Verification code for Xero' }), '123456')
    await user.click(screen.getByRole('button', { name: 'Verify the code for Xero' }))
    expect(screen.getByRole('button', { name: 'Verifying your code…' })).toHaveAttribute('aria-disabled', 'true')
    pending.resolve()
  })

  it('keeps today\'s texts without a subject', () => {
    render(<TwoFactorBanner credential={codeRequired} onSubmitCode={async () => {}} />)
    expect(screen.getByRole('region', { name: '2FA code is required' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument()
  })

  it('treats a blank subject as none', () => {
    render(<TwoFactorBanner credential={codeRequired} subject="  " />)
    expect(screen.getByRole('region', { name: '2FA code is required' })).toBeInTheDocument()
  })

  it('ignores a subject that is not a string, with one development warning', () => {
    const warnings = spyOnWarnings()
    render(<TwoFactorBanner credential={codeRequired} subject={{ name: 'Xero' } as unknown as string} />)
    render(<TwoFactorBanner credential={codeRequired} subject={{ name: 'Xero' } as unknown as string} />)
    expect(screen.getAllByRole('region', { name: '2FA code is required' })).toHaveLength(2)
    expect(warnings.statuskit()).toEqual([expect.stringContaining('TwoFactorBanner: `subject`')])
    vi.restoreAllMocks()
  })

  it('translates the heading, field and button (German)', () => {
    render(
      <StatusKitProvider messages={de} locale="de">
        <TwoFactorBanner credential={codeRequired} subject="Xero" onSubmitCode={async () => {}} />
      </StatusKitProvider>,
    )
    const region = screen.getByRole('region', { name: 'Xero benötigt einen 2FA-Code' })
    expect(within(region).getByRole('textbox', { name: 'Bestätigungscode für Xero' })).toBeInTheDocument()
    expect(within(region).getByRole('button', { name: 'Bestätigen: Code für Xero' })).toBeInTheDocument()
  })
})
