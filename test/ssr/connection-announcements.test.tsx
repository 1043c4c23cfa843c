// @vitest-environment node
// useConnectionAnnouncements on the server (issue 21): nothing to diff and nothing spoken there
// (the diff runs in an effect), no warning, and the provider's region is rendered empty.
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusBadge, StatusKitProvider, useConnectionAnnouncements } from '../../src'

const CONNECTIONS = [
  { id: 'x', name: 'Xero', status: 17 },
  { id: 's', name: 'Sage', status: 19 },
]

function Rows({ items }: { items: typeof CONNECTIONS }) {
  useConnectionAnnouncements(items)
  return items.map((item) => <StatusBadge key={item.id} status={item.status} />)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useConnectionAnnouncements on the server', () => {
  it('renders the rows and an empty polite region, with no console output', () => {
    const warn = vi.spyOn(console, 'warn')
    const error = vi.spyOn(console, 'error')
    const html = renderToString(
      <StatusKitProvider>
        <Rows items={CONNECTIONS} />
      </StatusKitProvider>,
    )
    expect(html).toContain('Processing error')
    expect(html).toMatch(/<div class="sk-visually-hidden" role="status" aria-live="polite" aria-atomic="true"><\/div>/)
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })

  it('does not warn about a missing provider on the server, where effects do not run', () => {
    const warn = vi.spyOn(console, 'warn')
    renderToString(<Rows items={CONNECTIONS} />)
    expect(warn).not.toHaveBeenCalled()
  })
})
