export interface ReportSection {
  heading: string
  /** TypeScript declarations (the types of an entry point). */
  blocks?: string[]
  /** Names (the stylesheet's layers, custom properties and classes). */
  items?: string[]
}
export function renderReport(title: string, source: string, sections: ReportSection[]): string
export function reportEntries(markdown: string): Map<string, Map<string, string>>
export function describeChanges(before: string, after: string): string[]
export function splitStatements(source: string): string[]
export function stylesheetSurface(css: string): { heading: string; items: string[] }[]
export function typeReport(modules: { label: string; file: string }[]): { sections: { heading: string; blocks: string[] }[] }
