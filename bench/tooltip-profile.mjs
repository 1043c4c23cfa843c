#!/usr/bin/env node
/**
 * Where a tooltip's time goes: hovers a badge of each candidate at N = 100 and 5,000 and prints the
 * tooltip timings with the renderer's CPU, script, style and layout time (CDP Performance metrics,
 * thread ticks) between pointer enter and the tooltip's frame. Not part of any test.
 *
 *   node bench/tooltip-profile.mjs
 */
import { buildPage, launchBrowser, serve } from './lib.mjs'
await buildPage()
const server = await serve()
const b = await launchBrowser()
const p = await b.newPage({ viewport: { width: 1280, height: 800 } })
await p.goto(`http://127.0.0.1:${server.address().port}/index.html`)
await p.waitForSelector('html[data-ready]')
const cdp = await p.context().newCDPSession(p)
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]))
for (const name of ['StatusBadge', 'Radix Tooltip.Root per badge', 'PipelineProgress compact']) {
  for (const n of [100, 5000]) {
    const rows = []
    for (let i = 0; i < 4; i++) {
      await p.evaluate(([name, n]) => { window.bench.prepare(name, n); window.bench.mount(); }, [name, n])
      const pt = await p.evaluate(() => window.bench.hoverPoint())
      await p.mouse.move(1, 1)
      await p.waitForTimeout(50)
      await p.evaluate(() => window.bench.armTooltip(3000))
      const a = await m()
      await p.mouse.move(pt.x, pt.y)
      const t = await p.evaluate(() => window.bench.tooltipResult())
      const c = await m()
      const d = (k) => ((c[k] - a[k]) * 1000).toFixed(1)
      rows.push(`inDom ${t?.inDomMs.toFixed(1)} visible ${t?.visibleMs.toFixed(1)} | cpu ${d('ThreadTime')} script ${d('ScriptDuration')} style ${d('RecalcStyleDuration')} (${c.RecalcStyleCount - a.RecalcStyleCount}x) layout ${d('LayoutDuration')} (${c.LayoutCount - a.LayoutCount}x)`)
      await p.mouse.move(1, 1)
      await p.evaluate(() => window.bench.unmount())
    }
    console.log(name, n, '\n  ' + rows.join('\n  '))
  }
}
await b.close(); server.close()
