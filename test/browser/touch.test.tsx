/**
 * Issue 11, defect 2: on a touch screen a tap shows the tooltip and keeps it open, without
 * cancelling what the tap does to the page: a badge inside a link follows the link, a pill inside
 * a label toggles its checkbox. Real taps (Playwright's touchscreen), as a phone sends them.
 */
import { render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { commands } from 'vitest/browser'
import { CredentialStatePill, PipelineProgress, StatusBadge } from '../../src'
import { openTooltip, settle } from './helpers'

const twoFactorRequired = { state: { index: 3, max: 7, title: '2FA code is required', message: 'A 2FA code has been sent to ***@gmail.com' }, collector: { state: 'active' } }

// The links below navigate within the test page (a fragment): leave the page's URL as it was.
const initialHash = location.hash
afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${initialHash}`))

describe('a tap on a trigger inside a link', () => {
  it('follows the link and opens the badge\'s tooltip, on the first tap and on the second', async () => {
    render(
      <a href="#connection-7">
        Acme Bank <StatusBadge status={14} />
      </a>,
    )
    await commands.tap('[data-status="14"]')
    expect(location.hash).toBe('#connection-7')
    expect(await openTooltip()).toHaveTextContent('Structuring error')

    history.replaceState(null, '', `${location.pathname}${location.search}`)
    await commands.tap('[data-status="14"]')
    expect(location.hash).toBe('#connection-7')
    await settle()
    expect(document.querySelector('[role="tooltip"]')).toHaveTextContent('Structuring error')
  })

  it('follows the link from a pipeline step', async () => {
    render(
      <a href="#connection-8">
        <PipelineProgress status={13} density="compact" />
      </a>,
    )
    await commands.tap('.sk-pipeline__step[data-state="current"]')
    expect(location.hash).toBe('#connection-8')
    expect(await openTooltip()).toHaveTextContent('Structuring')
  })
})

describe('a tap on a pill inside a label', () => {
  it('toggles the label\'s checkbox and opens the pill\'s tooltip', async () => {
    render(
      <label>
        <input type="checkbox" /> Acme Bank <CredentialStatePill credential={twoFactorRequired} />
      </label>,
    )
    const checkbox = document.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    await commands.tap('.sk-pill')
    expect(checkbox.checked).toBe(true)
    expect(await openTooltip()).toHaveTextContent('A 2FA code has been sent to ***@gmail.com')
    await commands.tap('.sk-pill')
    expect(checkbox.checked).toBe(false)
  })
})
