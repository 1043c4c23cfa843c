import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StatusHistory, StatusKitProvider } from '../../src'
import { expectNoAxeViolations, setup } from './helpers'

const T0 = Date.UTC(2026, 10, 25, 9, 0)
const MIN = 60_000
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString()

const FAILED = [
  { status: 6, at: at(0) },
  { status: 9, at: at(2) },
  { status: 2, at: at(3) },
  { status: 11, at: at(15) },
]

describe('StatusHistory', () => {
  it('lists the events oldest first, each with its badge, an absolute <time> and a relative time', () => {
    render(<StatusHistory events={[...FAILED].reverse()} now={at(75)} />)
    const list = screen.getByRole('list', { name: 'Status history' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => item.querySelector('.sk-badge')?.textContent)).toEqual(['Authorization', 'Authorized', 'Loading', 'Loading error'])
    const time = items[3]!.querySelector('time')!
    expect(time).toHaveAttribute('datetime', at(15))
    expect(items[3]).toHaveTextContent('1 hour ago')
  })

  it('shows how long each stage took and highlights the failure in words', () => {
    render(<StatusHistory events={FAILED} now={at(75)} />)
    expect(screen.getByText('Authorization: 3 minutes')).toBeInTheDocument()
    expect(screen.getByText('Loading: 12 minutes')).toBeInTheDocument()
    const failure = screen.getByText('Failed here').closest('li')!
    expect(within(failure).getByText('Loading error')).toBeInTheDocument()
    expect(screen.queryByText(/Stalled/)).toBeNull() // an error is not a stall
  })

  it('warns when the running stage has been quiet for longer than stallAfter', () => {
    const events = [{ status: 6, at: at(0) }, { status: 9, at: at(1) }, { status: 2, at: at(2) }]
    const { rerender } = render(<StatusHistory events={events} now={at(62)} />)
    expect(screen.queryByText(/Stalled/)).toBeNull() // an hour for loading: not yet
    expect(screen.getByText('Loading: 1 hour so far')).toBeInTheDocument()
    rerender(<StatusHistory events={events} now={at(122)} />)
    expect(within(screen.getByRole('list')).getByText('Stalled for 2 hours')).toBeInTheDocument()
    rerender(<StatusHistory events={events} now={at(12)} stallAfter={5 * MIN} />)
    expect(screen.getByText('Stalled for 10 minutes')).toBeInTheDocument()
  })

  it('shows the latest events and reveals the rest with "Show all"', async () => {
    const events = Array.from({ length: 14 }, (_, i) => ({ status: i % 2 ? 16 : 18, at: at(i) }))
    const { user } = setup(<StatusHistory events={events} now={at(20)} limit={5} />)
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(5)
    const toggle = screen.getByRole('button', { name: 'Show all 14 events' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(14)
    await user.click(screen.getByRole('button', { name: 'Show the latest 5' }))
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(5)
  })

  it('formats times in the provider’s locale', () => {
    const de = { history: { label: 'Verlauf', stalled: 'Seit {duration} blockiert' } }
    render(
      <StatusKitProvider locale="de" messages={de} announcements={false}>
        <StatusHistory events={[{ status: 2, at: at(0) }]} now={at(180)} />
      </StatusKitProvider>,
    )
    const list = screen.getByRole('list', { name: 'Verlauf' })
    expect(list).toHaveTextContent('vor 3 Stunden')
    expect(screen.getByText('Seit 3 Stunden blockiert')).toBeInTheDocument()
  })

  it('words a time as the stepper does: 59.6 seconds ago is a minute ago', () => {
    render(<StatusHistory events={[{ status: 19, at: T0 }]} now={T0 + 59_600} />)
    expect(screen.getByRole('list')).toHaveTextContent('1 minute ago')
  })

  it('says so when there is no readable event', () => {
    render(<StatusHistory events={[null, { status: 2 }] as never} now={at(0)} />)
    expect(screen.getByText('No status changes yet.')).toBeInTheDocument()
  })

  it('has no axe violations with a failure and a stall', async () => {
    const { container } = render(
      <>
        <StatusHistory events={FAILED} now={at(75)} />
        <StatusHistory events={[{ status: 13, at: at(0) }]} now={at(300)} label="Stalled history" />
      </>,
    )
    await expectNoAxeViolations(container)
  })
})
