// @vitest-environment node
/** The bench's statistics survive what a smoke run on a busy machine measures (a floor of 0 ms). */
import { describe, expect, it } from 'vitest'
import { formatTable, summarize } from '../../bench/stats.mjs'

const metrics = (value: number) => ({ mount: [value], mountLayout: [value], update: [value], updateLayout: [value], mountCpu: [value], updateCpu: [value], tooltip: [], tooltipInDom: [], tooltipFocus: [] })

describe('bench statistics', () => {
  it('gives no ratio, instead of throwing, when every floor sample was 0 ms (under the timer’s resolution)', () => {
    const candidates = [{ name: 'floor' }, { name: 'badge', floor: 'floor' }]
    const results = summarize({ 20: { floor: { ...metrics(1), mountCpu: [0] }, badge: metrics(2) } }, candidates, { targets: false })
    expect(results.byN[20]!.badge!.ratio!.mountCpu).toBeNull()
    expect(results.byN[20]!.badge!.ratio!.mount).toEqual({ median: 2, min: 2, max: 2 })
    const table = formatTable({ date: '2026-12-02T00:00:00Z', machine: { cpu: 'cpu', cores: 2, os: 'os', loadAverageBefore: [0, 0, 0], loadAverageAfter: [0, 0, 0] }, chromium: '153', rounds: 1, repsPerSample: 1, results })
    expect(table).toContain('| badge |')
  })
})
