/**
 * The report as Markdown (one file per entry point, as API Extractor's `*.api.md`), and what
 * changed between two reports, named: "removed from `@statuskit/react`: StatusBadgeProps".
 */

const PREAMBLE = (source) =>
  [
    `Generated from \`${source}\` (the built package) by \`npm run api:update\`; do not edit by hand.`,
    '`npm test` fails when the package no longer matches this file. A change here is a change to',
    'the public API: it needs a changeset (see CONTRIBUTING.md).',
  ].join('\n')

/**
 * @param {string} title
 * @param {string} source  the built file(s) it was read from
 * @param {{ heading: string, blocks?: string[], items?: string[] }[]} sections  `blocks` are
 *   TypeScript declarations, `items` are names (the stylesheet)
 */
export function renderReport(title, source, sections) {
  const parts = [`# API report: ${title}`, PREAMBLE(source)]
  for (const { heading, blocks, items } of sections) {
    parts.push(`## ${heading}`)
    if (blocks) parts.push(['```ts', blocks.join('\n\n'), '```'].join('\n'))
    else parts.push(items.length > 0 ? items.map((item) => `- \`${item}\``).join('\n') : '(none)')
  }
  return `${parts.join('\n\n')}\n`
}

const DECLARED = /^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:const|let|var|function|type|interface|class|enum|namespace)\s+([\w$]+)/

/** The name a block of declarations is about ("StatusBadgeProps"), or its first line. */
function blockName(block) {
  const lines = block.split('\n').filter((line) => !line.startsWith('/**'))
  const first = lines[0] ?? ''
  return first.match(DECLARED)?.[1] ?? first
}

/** Every entry of a rendered report: `heading` -> (`name` -> its text). */
export function reportEntries(markdown) {
  const sections = new Map()
  let heading = ''
  let fence = null
  const add = (name, text) => {
    const entries = sections.get(heading)
    let unique = name
    for (let n = 2; entries.has(unique); n++) unique = `${name} #${n}` // same name, two internal files
    entries.set(unique, text)
  }
  for (const line of markdown.split('\n')) {
    if (fence !== null) {
      if (line === '```' || line === '') {
        if (fence.length > 0) add(blockName(fence.join('\n')), fence.join('\n'))
        fence = line === '```' ? null : []
      } else fence.push(line)
    } else if (line.startsWith('## ')) {
      heading = line.slice(3)
      sections.set(heading, new Map())
    } else if (line.startsWith('```') && heading) fence = []
    else if (line.startsWith('- ') && heading) add(line.slice(2).replaceAll('`', ''), line)
  }
  return sections
}

/** ` (size?: 'sm' | 'md'; -> size?: 'sm';)` when a block changed in a line or two, else ''. */
function lineChange(before, after) {
  const [was, now] = [before.split('\n'), after.split('\n')]
  const removed = was.filter((line) => !now.includes(line)).map((line) => line.trim())
  const added = now.filter((line) => !was.includes(line)).map((line) => line.trim())
  const short = (lines) => lines.length <= 2 && lines.every((line) => line.length <= 80)
  if (!short(removed) || !short(added) || removed.length + added.length === 0) return ''
  return ` (${removed.join(' ') || 'nothing'} -> ${added.join(' ') || 'nothing'})`
}

/** Sentences naming what `after` removed, added and changed relative to `before`. */
export function describeChanges(before, after) {
  const was = reportEntries(before)
  const now = reportEntries(after)
  const lines = []
  for (const heading of new Set([...was.keys(), ...now.keys()])) {
    const a = was.get(heading) ?? new Map()
    const b = now.get(heading) ?? new Map()
    const removed = [...a.keys()].filter((name) => !b.has(name))
    const added = [...b.keys()].filter((name) => !a.has(name))
    const changed = [...a.keys()].filter((name) => b.has(name) && a.get(name) !== b.get(name)).map((name) => name + lineChange(a.get(name), b.get(name)))
    if (removed.length > 0) lines.push(`removed from ${heading}: ${removed.join(', ')}`)
    if (added.length > 0) lines.push(`added to ${heading}: ${added.join(', ')}`)
    if (changed.length > 0) lines.push(`changed in ${heading}: ${changed.join(', ')}`)
  }
  return lines
}
