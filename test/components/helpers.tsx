/**
 * Shared helpers for the component tests: rendering with a user-event session, opening tooltips
 * the way users do (Tab, hover, tap), axe-core in jsdom, and the dev-warning spy.
 */
import { render, screen, waitFor, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import axe from 'axe-core'
import type { ReactElement } from 'react'
import { expect, vi, type MockInstance } from 'vitest'

export { COMING_SOON_MESSAGE, STATUS_TABLE, type StatusRow } from '../core/spec-tables'

/** Renders with a fresh user-event session (one per test, as user-event recommends). */
export function setup(ui: ReactElement): RenderResult & { user: UserEvent } {
  return { user: userEvent.setup(), ...render(ui) }
}

/** The API's credential object, as `{ state: { index, max, title, message }, collector: { state } }`. */
export function credential(index: unknown, collector: unknown = 'active', text: { title?: string; message?: string } = {}) {
  return { state: { index, max: 7, ...text }, collector: { state: collector } }
}

/** spec: the stage labels, as the tooltips' "Stage: ..." line names them. */
export const STAGE_LABELS = {
  authorization: 'Authorization',
  loading: 'Loading',
  deduplication: 'Deduplication',
  structuring: 'Structuring',
  processing: 'Processing',
  synced: 'Synced',
} as const

/** Presses Tab until `accept` holds for the focused element (at most `limit` presses). */
export async function tabUntil(user: UserEvent, accept: (element: Element) => boolean, limit = 12): Promise<HTMLElement> {
  for (let press = 0; press < limit; press++) {
    await user.tab()
    const active = document.activeElement
    if (active instanceof HTMLElement && active !== document.body && accept(active)) return active
  }
  throw new Error('Tab never reached the wanted element')
}

/** Presses Tab until the focused element's text contains `text`. */
/** The text a trigger shows or, for a compact dot, its aria-label. */
export const triggerText = (element: Element) => `${element.textContent ?? ''} ${element.getAttribute('aria-label') ?? ''}`

export const tabToText = (user: UserEvent, text: string) => tabUntil(user, (element) => triggerText(element).includes(text))

/** A tap on a touch screen: press and release a touch pointer on the element. */
export async function tap(user: UserEvent, target: Element): Promise<void> {
  await user.pointer([{ keys: '[TouchA]', target }])
}

/** Lets timers and effects run, for "still open"/"never opened" checks. */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms))

/** The one open tooltip (Radix renders its text twice; the role="tooltip" copy is the one to read). */
export const findTooltip = () => screen.findByRole('tooltip')

export async function expectTooltipClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument())
}

/**
 * axe-core on a rendered container. Colour contrast needs layout and computed colours, which
 * jsdom does not have (Storybook's browser tests check it instead). On the whole document (to
 * include a tooltip, which Radix portals into <body>), the page-structure rule `region` is about
 * the bare test page, not the component, and is left out.
 */
export async function expectNoAxeViolations(context: Element = document.body): Promise<void> {
  const rules: axe.RuleObject = { 'color-contrast': { enabled: false } }
  if (context === document.body) rules['region'] = { enabled: false }
  const results = await axe.run(context, { rules })
  const report = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.html}`).join('\n')}`,
  )
  expect(report, report.join('\n')).toEqual([])
}

/**
 * Spies on console.warn; `statuskit()` lists the library's development warnings since this call.
 * (vi.spyOn hands back an earlier test's spy with its calls: cleared, so that "no warning" does not
 * depend on the order of a file's tests.)
 */
export function spyOnWarnings(): { spy: MockInstance<typeof console.warn>; statuskit: () => string[] } {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => {})
  spy.mockClear()
  return {
    spy,
    statuskit: () => spy.mock.calls.map((args) => String(args[0])).filter((message) => message.startsWith('[statuskit]')),
  }
}
