/** The same app with the tooltip module in the initial load, as shipped: the bytes to compare. */
import 'react'
import 'react-dom/client'
export { ActiveTooltip } from '../../src/internal/LazyTooltip'
