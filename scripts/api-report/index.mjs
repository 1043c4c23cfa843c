// The pieces of the API report, for scripts/api-report.mjs and its tests (types: index.d.mts).
export { describeChanges, renderReport, reportEntries } from './markdown.mjs'
export { splitStatements } from './statements.mjs'
export { stylesheetSurface } from './stylesheet.mjs'
export { typeReport } from './types.mjs'
