// @vitest-environment node
// The tooltip module loads on demand (issue 21): server rendering never imports it. Every case of
// cases.tsx (badges, steppers, pills, banners, in and out of a provider) renders in plain Node with
// the module mocked to record an import: none happens, and nothing is scheduled for later.
import { renderToString } from 'react-dom/server'
import { expect, it, vi } from 'vitest'

const imported = vi.fn()
vi.mock('../../src/internal/ActiveTooltip', () => {
  imported()
  return { ActiveTooltip: () => null }
})

it('renders every component on the server without importing the tooltip module', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { cases } = await import('./cases')
  for (const { element } of cases) renderToString(element())
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(cases.length).toBeGreaterThan(20)
  expect(imported).not.toHaveBeenCalled()
})
