// @vitest-environment node
// The 2FA banner rendered by React 19's server renderers, as a consumer's server does (issue 19:
// 16). React 18 printed "useLayoutEffect does nothing on the server" for the code form, and no
// check failed: any console.error or console.warn fails here. React 18 itself runs in the consumer
// check (test/consumer/run.mjs), which fails the same way.
import { PassThrough } from 'node:stream'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'
import { prerenderToNodeStream } from 'react-dom/static'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusKitProvider, TwoFactorBanner } from '../../src'

const credential = (index: number) => ({
  state: { index, max: 7, title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' },
  collector: { state: 'active' },
})
const submit = async () => {}

const cases: [string, ReactElement][] = [
  ['index 3 with the code form', <TwoFactorBanner credential={credential(3)} onSubmitCode={submit} />],
  [
    'index 3 with the form, an action, a dismiss button and a level-3 heading, in a provider',
    <StatusKitProvider locale="de">
      <TwoFactorBanner credential={credential(3)} onSubmitCode={submit} action={<a href="/2fa">Help</a>} onDismiss={() => {}} headingLevel={3} />
    </StatusKitProvider>,
  ],
  ['index 4 (verifying)', <TwoFactorBanner credential={credential(4)} onSubmitCode={submit} />],
]

let logged: string[] = []
beforeEach(() => {
  logged = []
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(`console.${level}: ${args.map(String).join(' ')}`))
  }
})
afterEach(() => vi.restoreAllMocks())

async function prerendered(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element)
  const chunks: Buffer[] = []
  for await (const chunk of prelude.pipe(new PassThrough())) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

describe('TwoFactorBanner on the server (React 19)', () => {
  it.each(cases)('renders %s to a string without a console error or warning', (_, element) => {
    const html = renderToString(element)
    expect(html).toContain('role="status"')
    expect(logged).toEqual([])
  })

  it.each(cases)('prerenders %s to a stream without a console error or warning', async (_, element) => {
    const html = await prerendered(element)
    expect(html).toContain('role="status"')
    expect(logged).toEqual([])
  })

  it('renders the form\'s field described by the banner\'s hint, as in the browser', () => {
    const html = renderToString(cases[0]![1])
    const hint = /<p id="([^"]+)" class="sk-banner__message">A 2FA code has been sent/.exec(html)?.[1]
    expect(hint).toBeDefined()
    expect(html).toContain(`aria-describedby="${hint}"`)
    expect(html).toMatch(/autocomplete="one-time-code"/i)
  })
})
