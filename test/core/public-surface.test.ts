// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as core from '../../src/core'

const coreDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core')

/** Every module specifier a file names: static and type imports, re-exports, import(), require(). */
export function importedSpecifiers(source: string): string[] {
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g]
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''))
}

/** The files src/core loads, following relative imports out of the folder (to src/internal). */
function coreModuleGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const pending = readdirSync(coreDir).filter((name) => name.endsWith('.ts')).map((name) => join(coreDir, name))
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (graph.has(file)) continue
    const specifiers = importedSpecifiers(readFileSync(file, 'utf8'))
    graph.set(file, specifiers)
    for (const specifier of specifiers.filter((s) => s.startsWith('.'))) pending.push(`${resolve(dirname(file), specifier)}.ts`)
  }
  return graph
}

const isReact = (specifier: string) => /^(react|react-dom|@types\/react)(\/|$)|^@radix-ui\//.test(specifier) || /(^|\/)components(\/|$)/.test(specifier)

describe('the core is React-free', () => {
  it('the import scanner sees every form of import (so the check below can fail)', () => {
    const source = [
      "import { useState } from 'react'",
      "import type { FC } from 'react'",
      "export { x } from './x'",
      "import 'react-dom/client'",
      "const lazy = import('@radix-ui/react-tooltip')",
      "const legacy = require('react')",
    ].join('\n')
    expect(importedSpecifiers(source)).toEqual(['react', 'react', './x', 'react-dom/client', '@radix-ui/react-tooltip', 'react'])
    expect(importedSpecifiers(source).filter(isReact)).toHaveLength(5)
  })

  it('no file in src/core, nor any file it imports, imports React, Radix or a component', () => {
    const graph = coreModuleGraph()
    expect(graph.size).toBeGreaterThanOrEqual(6)
    const offenders = [...graph].flatMap(([file, specifiers]) => specifiers.filter(isReact).map((s) => `${file}: ${s}`))
    expect(offenders).toEqual([])
    // Every import leaves the core only for the shared dev warning.
    const outside = [...graph.keys()].filter((file) => !file.startsWith(coreDir)).map((file) => file.slice(resolve(coreDir, '../..').length + 1))
    expect(outside.sort()).toEqual(['src/internal/dev-warning.ts'])
  })
})

describe('@statuskit/react/core', () => {
  it('exports exactly this public surface', () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "COLLECTOR_STATES",
        "CONNECTION_OUTCOMES",
        "CONNECTION_STATUSES",
        "CONNECTION_STATUS_CODES",
        "CREDENTIAL_STATE_INDEXES",
        "CREDENTIAL_UI_TONES",
        "DEFAULT_ACTIVITY_DAYS",
        "DEFAULT_FRESHNESS_THRESHOLDS",
        "DEFAULT_STALL_AFTER",
        "MAX_ACTIVITY_DAYS",
        "OUTCOME_BY_TONE",
        "OUTCOME_TONES",
        "PROCESSING_SUBSTAGES",
        "STAGES",
        "STEP_STATES",
        "TONES",
        "connectionOutcome",
        "connectionPipeline",
        "connectionTimeline",
        "credentialKindForIndex",
        "credentialOutcome",
        "credentialUiState",
        "defaultMessages",
        "describeConnectionStatus",
        "formatMessage",
        "isConnectionStatusCode",
        "isStepState",
        "mergeMessages",
        "parseCredentialIndex",
        "parseStatusCode",
        "statusOutcome",
        "summarizeConnections",
        "syncActivity",
        "syncFreshness",
      ]
    `)
  })
})
