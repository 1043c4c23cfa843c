#!/usr/bin/env node
/**
 * Every change to what ships (src/: the code and the stylesheet) carries a changeset (issue 23).
 *
 * CI runs `npm test` on a clone of main with no pull request to compare against, so the rule is
 * read from the history alone: a release is the commit that last changed package.json's
 * `version` (`npx changeset version` bumps it, writes CHANGELOG.md and deletes the changesets it
 * used, in one commit). If src/ changed after it (in a later commit or in the working tree), a
 * pending `.changeset/*.md` must exist. Tests and stories under src/ do not ship and do not count.
 *
 *   node scripts/changeset-check.mjs      exit 1 when src/ changed since the release with no changeset
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const BUMPS = ['patch', 'minor', 'major']

function git(...args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr || result.error?.message}`)
  return result.stdout.trimEnd() // not trimStart: `git status --porcelain` lines start with a space
}

const ships = (file) => file.startsWith('src/') && !/\.(test|stories)\.[tj]sx?$/.test(file)

/** The pending changesets, each checked: it names this package with a bump and says something. */
function pendingChangesets() {
  const dir = join(root, '.changeset')
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.md') && file !== 'README.md') : []
  const problems = []
  const changesets = files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const [, front = '', summary = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? []
    const bumps = Object.fromEntries([...front.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*(\w+)\s*$/gm)].map(([, name, bump]) => [name, bump]))
    const bump = bumps[manifest.name]
    if (!BUMPS.includes(bump)) problems.push(`.changeset/${file}: its front matter must say "${manifest.name}": patch, minor or major`)
    if (summary.trim() === '') problems.push(`.changeset/${file}: says nothing; the summary is what CHANGELOG.md will read`)
    return { file, bump }
  })
  return { changesets, problems }
}

function main() {
  if (spawnSync('git', ['rev-parse', '--git-dir'], { cwd: root }).status !== 0) {
    console.log('changeset check: not a git checkout, skipped')
    return 0
  }
  if (git('rev-parse', '--is-shallow-repository') === 'true') {
    console.error('✗ changeset check: a shallow clone has no release commit to compare with; run `git fetch --unshallow` first.')
    return 1
  }
  const release = git('log', '-1', '--format=%H', '-G^  "version": ', '--', 'package.json')
  const range = release ? [`${release}..HEAD`] : ['HEAD']
  const committed = git('log', '--format=', '--name-only', ...range, '--', 'src').split('\n')
  const uncommitted = git('status', '--porcelain', '--untracked-files=all', '--', 'src')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3).split(' -> ').pop())
  const changed = [...new Set([...committed, ...uncommitted])].filter(ships).sort()
  const { changesets, problems } = pendingChangesets()
  const since = release ? `${git('log', '-1', '--format=%h', release)}, the commit that set version ${manifest.version}` : 'the first commit'

  if (changed.length > 0 && changesets.length === 0) {
    const list = changed.slice(0, 8).join(', ') + (changed.length > 8 ? `, and ${changed.length - 8} more` : '')
    problems.push(
      `src/ changed since ${since} (${list}),\n  and .changeset/ holds no changeset.\n` +
        '  Run `npx changeset`: pick patch (a fix), minor (a feature, or a breaking change while 0.x) or major,\n' +
        "  and write one line for consumers; commit the .changeset/*.md with the change (CONTRIBUTING.md).",
    )
  }
  if (problems.length > 0) {
    console.error(`✗ changeset check:\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
    return 1
  }
  const bumps = changesets.map(({ bump }) => bump).join(', ')
  console.log(`✓ changeset check: ${changed.length} shipped files changed since ${since}; ${changesets.length} pending changeset(s)${bumps ? ` (${bumps})` : ''}`)
  return 0
}

process.exit(main())
