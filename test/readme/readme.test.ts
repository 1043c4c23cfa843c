// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { emitPackageTypes, extractCodeBlocks, typeCheckBlocks } from './code-blocks'

const ROOT = resolve(import.meta.dirname, '../..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
// Inside node_modules so that the blocks resolve react and its types like a consumer's app does.
const WORK = join(ROOT, 'node_modules/.cache/readme-code-blocks')
const TYPES = `${WORK}-types`

describe('README code blocks', () => {
  const blocks = extractCodeBlocks(README)
  beforeAll(() => emitPackageTypes(TYPES), 60_000)

  it('has TypeScript examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6)
  })

  it('compiles every ```ts and ```tsx block against the package types', () => {
    expect(typeCheckBlocks(blocks, WORK, TYPES)).toEqual([])
  }, 60_000)

  it('catches an example that uses an undefined type or a wrong prop', () => {
    const broken = [
      { lang: 'tsx' as const, line: 10, code: "import { StatusBadge } from '@statuskit/react'\nexport const Row = ({ app }: { app: ApiApp }) => <StatusBadge status={app.status} />" },
      { lang: 'tsx' as const, line: 20, code: "import { StatusBadge } from '@statuskit/react'\nexport const Badge = () => <StatusBadge status={1} size=\"lg\" />" },
    ]
    const errors = typeCheckBlocks(broken, `${WORK}-self-test`, TYPES, 'example.md')
    expect(errors.join('\n')).toMatch(/example\.md:11:\d+: .*ApiApp/)
    expect(errors.join('\n')).toMatch(/example\.md:21:\d+: .*"lg"/)
  }, 60_000)
})
