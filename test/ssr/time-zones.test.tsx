// @vitest-environment node
// Absolute times across time zones (issue 19, item 3): the server renders in one zone (UTC, as
// most servers run), the browser hydrates in another (New York). Two processes in real life; here
// one process whose TZ changes between the phases, with a fresh copy of React and the components
// for the browser (vi.resetModules), so that no Intl formatter made in the server's zone is reused.
// Any hydration error or console.error fails a case, and the text after hydration is checked.
import { createRequire } from 'node:module'
import type { ReactElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { builtinEnvironments } from 'vitest/runtime'

type Library = typeof import('../../src')
const NINE_UTC = '2026-11-25T09:00:00Z' // 4:00 AM in New York (EST)
const SYNC_RUNS = [
  { at: '2026-12-02T03:00:00Z', status: 14 },
  { at: '2026-11-30T12:00:00Z', status: 19 },
]
const EVENTS = [
  { status: 6, at: '2026-11-25T08:58:00Z' },
  { status: 9, at: '2026-11-25T08:59:00Z' },
  { status: 2, at: NINE_UTC },
]

interface Case {
  name: string
  element: (lib: Library) => ReactElement
  /** What the component shows once hydrated in New York. */
  hydrated: RegExp
  /** What it must not show then (a time in the server's zone passed off as the reader's). */
  not?: RegExp
}

const cases: Case[] = [
  {
    name: 'StatusHistory without a timeZone: UTC, named, on the server; the reader’s zone after hydration',
    element: ({ StatusHistory }) => <StatusHistory events={EVENTS} now="2026-11-25T09:05:00Z" />,
    hydrated: /Nov 25, 2026, 4:00\sAM · 5 minutes ago/,
    not: /9:00\sAM|UTC/,
  },
  {
    name: 'StatusHistory stalled, without a timeZone: the stall row’s time too',
    element: ({ StatusHistory }) => <StatusHistory events={EVENTS} now="2026-11-25T12:00:00Z" />,
    hydrated: /No new status since Nov 25, 2026, 4:00\sAM\./,
    not: /9:00\sAM|UTC/,
  },
  {
    name: 'StatusHistory under a provider with timeZone: the same text on both sides, zone named',
    element: ({ StatusHistory, StatusKitProvider }) => (
      <StatusKitProvider timeZone="Europe/Berlin" announcements={false}>
        <StatusHistory events={EVENTS} now="2026-11-25T09:05:00Z" />
      </StatusKitProvider>
    ),
    hydrated: /Nov 25, 2026, 10:00\sAM GMT\+1/,
  },
  {
    name: 'PipelineProgress with timestamps (its times are in tooltips, never in the server HTML)',
    element: ({ PipelineProgress }) => <PipelineProgress status={2} timestamps={{ authorization: NINE_UTC }} now="2026-11-25T09:05:00Z" />,
    hydrated: /Loading/,
    not: /AM|PM/,
  },
  {
    name: 'LastSynced with now: the absolute time beside the relative one, in the reader’s zone after hydration',
    element: ({ LastSynced }) => <LastSynced at={NINE_UTC} interval={15 * 60_000} now="2026-11-25T09:05:00Z" />,
    hydrated: /Synced 5 minutes ago · next in 10 minutes.*Nov 25, 2026, 4:00\sAM · syncs every 15 minutes/,
    not: /9:00\sAM|UTC/,
  },
  {
    name: 'LastSynced without now: the absolute time (UTC) on the server, the shared clock’s verdict after hydration',
    element: ({ LastSynced }) => <LastSynced at={NINE_UTC} interval={15 * 60_000} density="compact" />,
    hydrated: /^Overdue · Synced (?!Nov)/,
    not: /UTC/,
  },
  {
    // A failed sync at 03:00 UTC on Dec 2 is Dec 1 (22:00) in New York: the bars must not move a day.
    name: 'SyncActivity without a zone: UTC calendar days on both sides, never the reader’s',
    element: ({ SyncActivity }) => <SyncActivity runs={SYNC_RUNS} now="2026-12-02T10:00:00Z" days={3} />,
    hydrated: /^2 of 3 days without a failure; last failure today$/,
  },
  {
    name: 'SyncActivity under a provider with timeZone: that zone’s days on both sides',
    element: ({ StatusKitProvider, SyncActivity }) => (
      <StatusKitProvider timeZone="America/Los_Angeles" announcements={false}>
        <SyncActivity runs={SYNC_RUNS} now="2026-12-02T10:00:00Z" days={3} />
      </StatusKitProvider>
    ),
    hydrated: /^2 of 3 days without a failure; last failure yesterday$/,
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

describe('server rendering in UTC', () => {
  it.each(cases.map((c) => c.name))('%s', async (name) => {
    process.env.TZ = 'UTC'
    const { renderToString } = await import('react-dom/server')
    const lib = await import('../../src')
    const capture = captureConsoleErrors()
    try {
      html.set(name, renderToString(cases.find((c) => c.name === name)!.element(lib)))
    } finally {
      capture.restore()
    }
    expect(capture.errors).toEqual([])
    if (name.startsWith('StatusHistory without')) expect(html.get(name)).toMatch(/Nov 25, 2026, 9:00\sAM UTC/)
    if (name.startsWith('LastSynced without')) expect(html.get(name)).toMatch(/Synced <time[^>]*>Nov 25, 2026, 9:00\sAM UTC<\/time>/)
  })
})

describe('hydration in New York', () => {
  let teardown: (() => void) | undefined
  let client: typeof import('react-dom/client')
  let React: typeof import('react')
  let lib: Library

  beforeAll(async () => {
    process.env.TZ = 'America/New_York'
    expect(new Date(NINE_UTC).getHours()).toBe(4) // the zone really changed for this process
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
    const { element, hydrated, not } = cases.find((c) => c.name === name)!
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
      expect(container.textContent).toMatch(hydrated)
      if (not) expect(container.textContent).not.toMatch(not)
    } finally {
      capture.restore()
      await React.act(async () => root?.unmount())
      container.remove()
    }
  })
})
