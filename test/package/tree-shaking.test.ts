// @vitest-environment node
import { readdirSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

/**
 * The source files whose code ends up in a consumer's bundle for `code`, with bench/size.mjs's
 * settings (esbuild, tree-shaken, minified, production; react and Radix external).
 */
async function shippedSources(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts', sourcefile: 'consumer.ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    minify: true,
    treeShaking: true,
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@radix-ui/react-tooltip'],
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    logLevel: 'silent',
  })
  const [output] = Object.values(result.metafile.outputs)
  return Object.entries(output!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => relative(root, resolve(root, file)))
}

const STEPPER = 'src/components/PipelineProgress/'
const TWO_FACTOR_FORM = 'src/components/TwoFactorBanner/'
const LOCALES = 'src/locales/'
const locales = (() => {
  try {
    return readdirSync(resolve(root, LOCALES)).filter((file) => /^[a-z]{2}(-[A-Za-z0-9]+)*\.ts$/.test(file))
  } catch {
    return [] // before any locale entry point exists
  }
})()
const from = (sources: string[], folder: string) => sources.filter((file) => file.startsWith(folder))

describe('a one-line import ships only what it uses', () => {
  it.each(['StatusBadge', 'CredentialStatePill'])('importing only %s brings no 2FA form, no stepper and no locale', async (component) => {
    const sources = await shippedSources(`export { ${component} } from './src/index.ts'`)
    expect(sources).toContain(`src/components/${component}/${component}.tsx`)
    expect(from(sources, TWO_FACTOR_FORM)).toEqual([])
    expect(from(sources, STEPPER)).toEqual([])
    expect(from(sources, LOCALES)).toEqual([])
  })

  it('the four components and the provider bring none of the live-dashboard texts', async () => {
    const sources = await shippedSources("export { StatusBadge, PipelineProgress, CredentialStatePill, TwoFactorBanner, StatusKitProvider } from './src/index.ts'")
    expect(sources).toContain('src/provider/ui-messages.ts')
    expect(sources.filter((file) => /^src\/components\/(ConnectionHealthSummary|StatusHistory)\//.test(file))).toEqual([])
  })

  it('the package root brings no locale: each is its own entry point', async () => {
    const sources = await shippedSources("export * from './src/index.ts'")
    expect(from(sources, LOCALES)).toEqual([])
  })

  // The checks above can fail: the same bundling does find the parts when they are imported.
  it('importing the stepper, the banner or a locale does bring it', async () => {
    expect(from(await shippedSources("export { PipelineProgress } from './src/index.ts'"), STEPPER)).not.toEqual([])
    expect(await shippedSources("export { TwoFactorBanner } from './src/index.ts'")).toContain(`${TWO_FACTOR_FORM}TwoFactorCodeForm.tsx`)
    expect(await shippedSources("export { StatusHistory, defaultStatusKitMessages } from './src/index.ts'")).toEqual(
      expect.arrayContaining(['src/components/StatusHistory/messages.ts', 'src/components/ConnectionHealthSummary/messages.ts']),
    )
    for (const file of locales) {
      expect(await shippedSources(`export * from './${LOCALES}${file}'`)).toContain(`${LOCALES}${file}`)
    }
  })
})
