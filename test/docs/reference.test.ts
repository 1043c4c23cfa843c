// @vitest-environment node
/** docs/reference.md points at the generated reference instead of restating props by hand (issue 20: it had drifted). */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const reference = readFileSync(resolve(root, 'docs/reference.md'), 'utf8')

describe('docs/reference.md', () => {
  it('links every generated API report, and each exists', () => {
    for (const report of ['index', 'core', 'locales', 'styles']) {
      expect(reference).toContain(`(../api/${report}.api.md)`)
      expect(existsSync(resolve(root, `api/${report}.api.md`))).toBe(true)
    }
  })

  it('restates no component props by hand (a hand-written props table is what drifted)', () => {
    expect(reference).not.toMatch(/^\|\s*`?(StatusBadge|PipelineProgress|CredentialStatePill|TwoFactorBanner|StatusKitProvider|StatusHistory|ConnectionHealthSummary)`?\s*\|/m)
  })
})
