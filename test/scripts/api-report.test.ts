// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { describeChanges, renderReport, splitStatements, stylesheetSurface, typeReport } from '../../scripts/api-report/index.mjs'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** A built package's declaration files, as tsc emits them, in a temporary folder. */
function declarations(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'api-report-test-'))
  folders.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** The report of `index.d.ts` in a package made of `files`. */
function reportOf(files: Record<string, string>): string {
  const root = declarations(files)
  return renderReport('pkg', 'dist/index.d.ts', typeReport([{ label: 'pkg', file: join(root, 'index.d.ts') }]).sections)
}

const badge = (size: string) => ({
  'index.d.ts': "export { Badge, type BadgeProps } from './badge/index.js';\nexport * from './core.js';\n",
  'badge/index.d.ts': "export { Badge, type BadgeProps } from './Badge.js';\n",
  'badge/Badge.d.ts': [
    "import { type ReactNode } from 'react';",
    "import type { Tone } from '../core.js';",
    '/** The badge. */',
    'export interface BadgeProps {',
    '    /** Its size. */',
    `    size?: ${size};`,
    '    tone: Tone;',
    '    icon?: ReactNode;',
    '    layout: Layout;',
    '}',
    "type Layout = 'inline' | 'block';",
    'export declare const Badge: import("react").FC<BadgeProps>;',
  ].join('\n'),
  'core.d.ts': "export type Tone = 'info' | 'danger';\nexport declare function parse(value: unknown): number | null;\n",
})

describe('splitStatements', () => {
  it('ends an interface at its brace and other statements at a semicolon outside brackets and literals', () => {
    const source = [
      "import { type A } from './a.js';",
      'export interface Props {',
      "    sep?: ';' | '}';",
      '    key: `${A}-{x}`;',
      '}',
      'export declare function f(o: { a: string; b: number }): void;',
    ].join('\n')
    expect(splitStatements(source)).toEqual([
      "import { type A } from './a.js';",
      "export interface Props {\n    sep?: ';' | '}';\n    key: `${A}-{x}`;\n}",
      'export declare function f(o: { a: string; b: number }): void;',
    ])
  })

  it('drops doc comments but keeps @deprecated with its reason', () => {
    const source = ['/**', ' * Old name.', ' * @deprecated Use `Badge`; removed in 0.3.', ' * @default x', ' */', 'export declare const OldBadge: number;'].join('\n')
    expect(splitStatements(source)).toEqual(['/** @deprecated Use `Badge`; removed in 0.3. */\nexport declare const OldBadge: number;'])
  })
})

describe('typeReport', () => {
  it('prints every export with its declaration and the internal types it uses, following re-exports', () => {
    const report = reportOf(badge("'sm' | 'md'"))
    expect(report).toContain("import type { ReactNode } from 'react';")
    expect(report).toContain("export interface BadgeProps {\n    size?: 'sm' | 'md';\n    tone: Tone;")
    expect(report).toContain('export declare const Badge: import("react").FC<BadgeProps>;')
    expect(report).toContain("export type Tone = 'info' | 'danger';")
    expect(report).toContain('export declare function parse(value: unknown): number | null;')
    expect(report).toMatch(/## Not exported, used by the types above\n\n```ts\ntype Layout = 'inline' \| 'block';\n```/)
    expect(report).not.toContain('Its size')
  })

  it('names a narrowed prop type, and a removed or renamed export', () => {
    const before = reportOf(badge("'sm' | 'md'"))
    expect(describeChanges(before, reportOf(badge("'sm'")))).toEqual(["changed in pkg: BadgeProps (size?: 'sm' | 'md'; -> size?: 'sm';)"])
    const renamed = badge("'sm' | 'md'")
    renamed['core.d.ts'] = renamed['core.d.ts'].replace('parse(', 'parseValue(')
    expect(describeChanges(before, reportOf(renamed))).toEqual(['removed from pkg: parse', 'added to pkg: parseValue'])
  })

  it('prints a default export as an alias of its declaration', () => {
    const report = reportOf({ 'index.d.ts': 'export declare const de: { hello: string };\nexport default de;\n' })
    expect(report).toContain('export declare const de: { hello: string };\nexport { de as default };')
  })

  it('refuses a statement it cannot read instead of leaving it out', () => {
    expect(() => reportOf({ 'index.d.ts': 'export = Something;\n' })).toThrow(/cannot read this statement/)
  })
})

describe('stylesheetSurface', () => {
  const css = [
    '@layer theme,statuskit;@layer statuskit{:where(:root){--sk-space-1:2px;--sk-icon:url("data:image/svg+xml,%3Csvg a=\'{;}\'%3E")}',
    '.sk-badge:where([data-tone=danger]){--sk-tone-fg:var(--sk-color-danger-fg);gap:var(--sk-space-1);width:var(--sk-hook,1px)}',
    '.sk-badge .sk-badge__icon{opacity:.5}}',
  ].join('')

  it('lists layers, tokens on :root, properties set on elements, hooks read without a declaration, and classes', () => {
    expect(Object.fromEntries(stylesheetSurface(css).map(({ heading, items }) => [heading.split(':')[0], items]))).toEqual({
      'Cascade layers': ['@layer theme, statuskit;', 'statuskit', 'theme'],
      Tokens: ['--sk-icon', '--sk-space-1'],
      'Custom properties the components set on their own elements': ['--sk-tone-fg'],
      'Custom properties read with no declaration (a host may set them)': ['--sk-color-danger-fg', '--sk-hook'],
      Classes: ['.sk-badge', '.sk-badge__icon'],
    })
  })

  it('names a removed token', () => {
    const report = (text: string) => renderReport('styles', 'dist/styles.css', stylesheetSurface(text))
    expect(describeChanges(report(css), report(css.replace('--sk-space-1:2px;', '')))).toEqual([
      'removed from Tokens: custom properties declared on :root: --sk-space-1',
      'added to Custom properties read with no declaration (a host may set them): --sk-space-1',
    ])
  })
})
