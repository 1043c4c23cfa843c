/**
 * axe-core on every component in every state. One axe run per state covers all the variants of
 * that state rendered side by side (axe takes ~50 ms a run in jsdom; this keeps the file fast).
 */
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider, TwoFactorBanner } from '../../src'
import { STATUS_TABLE, credential, expectNoAxeViolations, findTooltip, setup, spyOnWarnings, tabToText } from './helpers'

afterEach(() => vi.restoreAllMocks())

const UNKNOWN_STATUSES = [1, 24, 99, 'abc', null]
const INDEXES = [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7]

describe('StatusBadge has no axe violations', () => {
  it.each([...STATUS_TABLE.map((row) => row.code), ...UNKNOWN_STATUSES])('for status %j in every variant', async (status) => {
    spyOnWarnings()
    const { container } = render(
      <p>
        <StatusBadge status={status} />
        <StatusBadge status={status} size="sm" />
        <StatusBadge status={status} tooltip={false} />
        <StatusBadge status={status} label="Custom" />
      </p>,
    )
    await expectNoAxeViolations(container)
  })

  it('with its tooltip open', async () => {
    const { user } = setup(<StatusBadge status={14} />)
    await user.tab()
    await findTooltip()
    await expectNoAxeViolations(document.body)
  })
})

describe('PipelineProgress has no axe violations', () => {
  it.each([...STATUS_TABLE.map((row) => row.code), ...UNKNOWN_STATUSES])('for status %j in every variant', async (status) => {
    spyOnWarnings()
    const { container } = render(
      <>
        <PipelineProgress status={status} />
        <PipelineProgress status={status} orientation="vertical" showSubstages label="Expanded" />
        <PipelineProgress status={status} density="compact" showDeduplication label="Compact" />
        <PipelineProgress status={status} substages={{ forecasting: 'error', monitoring: 'complete' }} showSubstages label="Substages" />
      </>,
    )
    await expectNoAxeViolations(container)
  })

  it.each(['default', 'compact'] as const)('with a %s step tooltip open', async (density) => {
    const { user } = setup(<PipelineProgress status={16} density={density} timestamps={{ processing: new Date() }} />)
    await tabToText(user, 'Processing')
    await findTooltip()
    await expectNoAxeViolations(document.body)
  })
})

describe('CredentialStatePill has no axe violations', () => {
  it.each(INDEXES)('for index %i with an active, a development and a planned collector', async (index) => {
    const { container } = render(
      <p>
        <CredentialStatePill credential={credential(index, 'active', { title: 'Title', message: 'Message' })} />
        <CredentialStatePill credential={credential(index, 'development')} size="sm" />
        <CredentialStatePill credential={credential(index, 'planned')} />
        <CredentialStatePill credential={credential(index, 'active')} tooltip={false} />
      </p>,
    )
    await expectNoAxeViolations(container)
  })

  it('for bad input', async () => {
    spyOnWarnings()
    const { container } = render(
      <p>
        <CredentialStatePill credential={null} />
        <CredentialStatePill credential={credential(99)} />
      </p>,
    )
    await expectNoAxeViolations(container)
  })

  it('with its tooltip open', async () => {
    const { user } = setup(<CredentialStatePill credential={credential(5, 'planned')} />)
    await user.tab()
    await findTooltip()
    await expectNoAxeViolations(document.body)
  })
})

describe('TwoFactorBanner has no axe violations', () => {
  it.each(INDEXES)('for index %i with a form, an action and a dismiss button', async (index) => {
    const { container } = render(
      <>
        <TwoFactorBanner credential={credential(index, 'active', { title: '2FA code is required', message: 'Sent.' })} onSubmitCode={async () => {}} onDismiss={() => {}} />
        <TwoFactorBanner credential={credential(index)} action={<a href="/2fa">Enter the code</a>} />
      </>,
    )
    await expectNoAxeViolations(container)
  })

  it('with the empty-code error shown', async () => {
    const { user, container } = setup(<TwoFactorBanner credential={credential(3)} onSubmitCode={async () => {}} />)
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await screen.findByRole('alert')
    await expectNoAxeViolations(container)
  })

  it('while a code is being verified', async () => {
    const { user, container } = setup(<TwoFactorBanner credential={credential(3)} onSubmitCode={() => new Promise(() => {})} />)
    await user.type(screen.getByRole('textbox'), '123456{Enter}')
    await screen.findByRole('button', { name: 'Verifying your code…' })
    await expectNoAxeViolations(container)
  })
})

describe('the axe check itself', () => {
  it('fails on a real violation (an image without alt text)', async () => {
    const { container } = render(<img src="data:," />)
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/image-alt/)
  })
})

describe('German messages', () => {
  it('keep every component free of axe violations', async () => {
    const { container } = render(
      <StatusKitProvider messages={{ ui: { pipelineLabel: 'Verbindungsfortschritt', dismiss: 'Schließen' } }} locale="de">
        <StatusBadge status={14} />
        <CredentialStatePill credential={credential(3)} />
        <PipelineProgress status={14} />
        <TwoFactorBanner credential={credential(3)} onSubmitCode={async () => {}} onDismiss={() => {}} />
      </StatusKitProvider>,
    )
    await expectNoAxeViolations(container)
  })
})
