// @vitest-environment node
import { resolve } from 'node:path'
import vm from 'node:vm'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

/** The core as a consumer's bundler ships it (bench/size.mjs's settings), as text. */
async function bundleCore(define: Record<string, string>, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    stdin: { contents: "export * from './src/core/index.ts'", resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format,
    globalName: format === 'iife' ? 'core' : undefined,
    minify: true,
    define,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

describe('development warnings in bundles', () => {
  it('a production bundle holds no warning text and no warning helper', async () => {
    const code = await bundleCore({ 'process.env.NODE_ENV': '"production"' }, 'esm')
    for (const text of ['[statuskit]', 'Unknown data connection status', 'Malformed credential', 'for processing substage', 'console.warn', 'an unreadable object']) {
      expect(code).not.toContain(text)
    }
  })

  it('a development bundle keeps them (so the check above can fail)', async () => {
    const code = await bundleCore({ 'process.env.NODE_ENV': '"development"' }, 'esm')
    expect(code).toContain('Unknown data connection status')
    expect(code).toContain('Malformed credential')
  })

  it('the core runs where no bundler or Node defines `process` (plain ESM in a browser): silent, never a throw', async () => {
    const code = await bundleCore({}, 'iife')
    const warnings: unknown[] = []
    const context = vm.createContext({ console: { warn: (...args: unknown[]) => warnings.push(args) } })
    vm.runInContext(`${code}; globalThis.core = core`, context)
    const core = context.core as typeof import('../../src/core')
    expect(core.describeConnectionStatus(99).label).toBe('Unknown status (99)')
    expect(core.connectionPipeline(16, { substages: { forecasting: 'exploded' } as never })).toHaveLength(5)
    expect(core.credentialUiState({ state: { index: 99 } }).kind).toBe('unknown')
    expect(warnings).toEqual([])
  })
})
