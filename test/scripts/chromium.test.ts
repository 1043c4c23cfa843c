// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChromiumError, ensureChromium, PINNED_PACKAGE, PINNED_VERSION } from '../../scripts/chromium.mjs'

// The launcher's failures must end in one message that names the package and the version, never
// in a stack trace from the unpacker, and must never leave a half-unpacked browser behind. (The
// successful unpack runs before every browser suite, through `node scripts/chromium.mjs`.)

let root: string
const savedPath = process.env.CHROMIUM_PATH
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'statuskit-chromium-test-'))
  delete process.env.CHROMIUM_PATH
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
  if (savedPath === undefined) delete process.env.CHROMIUM_PATH
  else process.env.CHROMIUM_PATH = savedPath
})

function fakePackage(version: string, files: Record<string, string> = {}) {
  const packageDir = join(root, 'package')
  mkdirSync(join(packageDir, 'bin'), { recursive: true })
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: PINNED_PACKAGE, version }))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(packageDir, 'bin', name), content)
  return packageDir
}

describe('ensureChromium', () => {
  it('pins an exact version', () => {
    expect(PINNED_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('says to run npm ci when the package is missing', async () => {
    const error = await ensureChromium({ packageDir: join(root, 'nowhere'), cacheDir: join(root, 'cache') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChromiumError)
    expect((error as Error).message).toBe(`${PINNED_PACKAGE} ${PINNED_VERSION} is not installed: run \`npm ci\` (the package ships the pinned Chromium).`)
  })

  it('names both versions when another version is installed', async () => {
    const error = await ensureChromium({ packageDir: fakePackage('1.0.0'), cacheDir: join(root, 'cache') }).catch((e: unknown) => e)
    expect((error as Error).message).toBe(`${PINNED_PACKAGE} 1.0.0 is installed, but package.json pins ${PINNED_VERSION}: run \`npm ci\`.`)
  })

  it('reports a corrupt archive in one message and leaves no partial folder', async () => {
    const packageDir = fakePackage(PINNED_VERSION, { 'chromium.br': 'not brotli', 'fonts.tar.br': 'x', 'swiftshader.tar.br': 'x' })
    const cacheDir = join(root, 'cache')
    const error = await ensureChromium({ packageDir, cacheDir }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChromiumError)
    expect((error as Error).message).toMatch(new RegExp(`^Unpacking Chromium from ${PINNED_PACKAGE} ${PINNED_VERSION.replace(/\./g, '\\.')} failed \\(.+\\)\\. Run \`npm ci\` again`))
    expect(existsSync(cacheDir)).toBe(false)
    expect(existsSync(`${cacheDir}.partial-${process.pid}`)).toBe(false)
  })

  it('rejects a CHROMIUM_PATH that does not exist', async () => {
    process.env.CHROMIUM_PATH = join(root, 'no-chrome')
    await expect(ensureChromium()).rejects.toThrow(`CHROMIUM_PATH=${join(root, 'no-chrome')} does not exist.`)
  })

})
