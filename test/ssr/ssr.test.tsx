// @vitest-environment node
// Server rendering and hydration (issue 6), in the 'ssr' Vitest project (`npm run test:ssr`: no
// setup file). Phase 1 renders every case with react-dom/server in plain Node: no window, no
// document. Phase 2 then builds a jsdom, evaluates the components again
// (vi.resetModules, so module-level code sees the DOM as it would in a browser), puts the server
// markup in the page and hydrates it: any console.error (React's hydration warnings) or
// recoverable error (a server/client mismatch) fails the case.
import { createRequire } from 'node:module'
import { act } from 'react'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { builtinEnvironments } from 'vitest/runtime'
import { cases } from './cases'

const markup = new Map<string, string>()

// The bad-input cases print the library's expected development warnings: keep the output readable.
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterAll(() => vi.restoreAllMocks())
const names = cases.map((c) => c.name)

function captureConsoleErrors() {
  const errors: string[] = []
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
  })
  return { errors, restore: () => spy.mockRestore() }
}

describe('server rendering in Node', () => {
  it('has no DOM to lean on', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it('covers a few hundred cases with unique names', () => {
    expect(new Set(names).size).toBe(names.length)
    expect(names.length).toBeGreaterThan(200)
  })

  it.each(names)('renders %s to a string', (name) => {
    const element = cases.find((c) => c.name === name)!.element()
    const capture = captureConsoleErrors()
    try {
      markup.set(name, renderToString(element))
    } finally {
      capture.restore()
    }
    expect(capture.errors).toEqual([])
  })

  it('gives every element id on a page a distinct value (useId)', () => {
    const html = markup.get('two badges and two banners side by side (distinct ids)') ?? ''
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('renders API strings as text, never as HTML', () => {
    const html = markup.get('TwoFactorBanner 3 active') ?? ''
    expect(html).toContain('&lt;b&gt;as text&lt;/b&gt;')
    expect(html).not.toContain('<b>as text')
  })
})

describe('hydration of the server markup in jsdom', () => {
  let teardown: (() => void) | undefined
  let hydrateRoot: typeof import('react-dom/client').hydrateRoot
  let clientCases: typeof cases

  beforeAll(async () => {
    const env = await builtinEnvironments.jsdom.setup(globalThis, { jsdom: {} })
    teardown = () => env.teardown(globalThis)
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
    // A fresh copy of the components (and the first load of react-dom/client), evaluated with a DOM.
    // react-dom/client decides at load time whether it runs in a browser: it must not be loaded yet.
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((id) => id.includes('react-dom-client'))
    expect(loaded, 'react-dom/client was loaded before the DOM existed (a setup file?)').toEqual([])
    vi.resetModules()
    ;({ hydrateRoot } = await import('react-dom/client'))
    ;({ cases: clientCases } = await import('./cases'))
  })

  afterAll(() => teardown?.())

  it.each(names)('hydrates %s without a mismatch', async (name) => {
    const html = markup.get(name)
    expect(html, 'the server render of this case failed').toBeDefined()
    const container = document.createElement('div')
    container.innerHTML = html!
    document.body.append(container)
    const recoverable: string[] = []
    const capture = captureConsoleErrors()
    let root: ReturnType<typeof hydrateRoot> | undefined
    try {
      await act(async () => {
        root = hydrateRoot(container, clientCases.find((c) => c.name === name)!.element(), {
          onRecoverableError: (error) => recoverable.push(error instanceof Error ? error.message : String(error)),
        })
      })
      expect(recoverable).toEqual([])
      expect(capture.errors).toEqual([])
    } finally {
      capture.restore()
      await act(async () => root?.unmount())
      container.remove()
    }
  })
})
