/**
 * Review of issue 21: a page that leaves (route change) while the app still says something in
 * its cleanup ("Filter cleared") must not speak or log for a page that is gone.
 */
import { act, render } from '@testing-library/react'
import { StrictMode, useEffect } from 'react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { StatusKitProvider, useConnectionAnnouncements, useStatusKit } from '../../src'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function Filters() {
  const { announce } = useStatusKit()
  useEffect(() => () => announce('Filter cleared.'), [announce])
  return null
}

it('says nothing after the provider has left the page', () => {
  const onAnnounce = vi.fn()
  const { unmount } = render(
    <StatusKitProvider announcements={{ onAnnounce }}>
      <Filters />
    </StatusKitProvider>,
  )
  unmount()
  act(() => {
    vi.advanceTimersByTime(2000)
  })
  expect(onAnnounce).not.toHaveBeenCalled()
})

it('still speaks under StrictMode after its effects ran twice', () => {
  const onAnnounce = vi.fn()
  function List({ status }: { status: number }) {
    useConnectionAnnouncements([{ id: 'x', name: 'Xero', status }])
    return null
  }
  const ui = (status: number) => (
    <StrictMode>
      <StatusKitProvider announcements={{ onAnnounce }}>
        <List status={status} />
      </StatusKitProvider>
    </StrictMode>
  )
  const { rerender } = render(ui(19))
  rerender(ui(17))
  act(() => {
    vi.advanceTimersByTime(1000)
  })
  expect(onAnnounce).toHaveBeenCalledExactlyOnceWith('Xero failed.')
})
