/** What would load on demand: our ActiveTooltip with Radix Tooltip and Floating UI under it. */
export { ActiveTooltip } from '../../src/internal/LazyTooltip'
