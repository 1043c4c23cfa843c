// @vitest-environment node
// SyncActivity's days across time zones (issue 22, part 3): the server renders in UTC, the
// browser hydrates in Tokyo (UTC+9), where a sync at 20:00 UTC falls on the next calendar day.
// The bars must be the same days on both sides: UTC unless the provider names a zone. Same
// harness as time-zones.test.tsx: one process whose TZ changes between the phases, with a fresh
// React and library for the browser.
import { createRequire } from 'node:module'
import type { ReactElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { builtinEnvironments } from 'vitest/runtime'

type Library = typeof import('../../src')
const NOW = '2026-12-02T10:00:00Z' // 19:00 in Tokyo
const RUNS = [
  { at: '2026-12-01T20:00:00Z', status: 14 }, // Dec 1 in UTC, Dec 2 (05:00) in Tokyo
  { at: '2026-11-30T12:00:00Z', status: 19 },
]

const cases: { name: string; element: (lib: Library) => ReactElement; name_: string; outcomes: string }[] = [
  {
    name: 'without a zone: UTC days on both sides',
    element: ({ SyncActivity }) => <SyncActivity runs={RUNS} now={NOW} days={3} />,
    name_: '2 of 3 days without a failure; last failure yesterday',
    outcomes: 'synced failed none',
  },
  {
    name: 'with the provider’s timeZone: that zone’s days on both sides',
    element: ({ StatusKitProvider, SyncActivity }) => (
      <StatusKitProvider timeZone="Asia/Tokyo" announcements={false}>
        <SyncActivity runs={RUNS} now={NOW} days={3} />
      </StatusKitProvider>
    ),
    name_: '2 of 3 days without a failure; last failure today',
    outcomes: 'synced none failed',
  },
]

const html = new Map<string, string>()
const captureConsoleErrors = () => {
  const errors: string[] = []
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')))
  return { errors, restore: () => spy.mockRestore() }
}
const originalZone = process.env.TZ
afterAll(() => {
  process.env.TZ = originalZone
})

describe('SyncActivity rendered on a server in UTC', () => {
  it.each(cases.map((c) => c.name))('%s', async (name) => {
    process.env.TZ = 'UTC'
    const { renderToString } = await import('react-dom/server')
    const lib = await import('../../src')
    const { element, name_ } = cases.find((c) => c.name === name)!
    html.set(name, renderToString(element(lib)))
    expect(html.get(name)).toContain(`aria-label="${name_}"`)
  })
})

describe('SyncActivity hydrated in Tokyo', () => {
  let teardown: (() => void) | undefined
  let client: typeof import('react-dom/client')
  let React: typeof import('react')
  let lib: Library

  beforeAll(async () => {
    process.env.TZ = 'Asia/Tokyo'
    expect(new Date('2026-12-01T20:00:00Z').getDate()).toBe(2) // the zone really changed for this process
    const env = await builtinEnvironments.jsdom.setup(globalThis, { jsdom: {} })
    teardown = () => env.teardown(globalThis)
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((id) => id.includes('react-dom-client'))
    expect(loaded, 'react-dom/client was loaded before the DOM existed').toEqual([])
    vi.resetModules()
    client = await import('react-dom/client')
    React = await import('react')
    lib = await import('../../src')
  })
  afterAll(() => teardown?.())

  it.each(cases.map((c) => c.name))('%s', async (name) => {
    const { element, name_, outcomes } = cases.find((c) => c.name === name)!
    const container = document.createElement('div')
    container.innerHTML = html.get(name)!
    document.body.append(container)
    const recoverable: string[] = []
    const capture = captureConsoleErrors()
    let root: ReturnType<typeof client.hydrateRoot> | undefined
    try {
      await React.act(async () => {
        root = client.hydrateRoot(container, element(lib), { onRecoverableError: (error) => void recoverable.push(String(error)) })
      })
      expect(recoverable).toEqual([])
      expect(capture.errors).toEqual([])
      const group = container.querySelector('[role="group"]')!
      expect(group.getAttribute('aria-label')).toBe(name_)
      expect([...group.children].map((day) => (day as HTMLElement).dataset.outcome).join(' ')).toBe(outcomes)
    } finally {
      capture.restore()
      await React.act(async () => root?.unmount())
      container.remove()
    }
  })
})
