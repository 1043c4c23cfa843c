/**
 * The type half of the API report: for each module of an entry point, every exported name with its
 * full declaration, then every declaration those refer to that the entry does not export (a prop
 * type built from an internal type changes the API as surely as the exported one does). Source
 * layout is not API: declarations are printed without the file they live in, in name order.
 */
import { DeclarationGraph } from './modules.mjs'

const key = ({ file, name }) => `${file}#${name}`

/** Identifiers a declaration uses as types or values: not property keys, not members after a dot. */
function referencedNames(text) {
  const code = text.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, "''").replace(/\/\*\*[\s\S]*?\*\//g, '')
  const names = new Set()
  for (const match of code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)(?![\w$])(?!\??:)/g)) names.add(match[1])
  return names
}

/** `import("./x.js").Name` inside a declaration: the emitted form of an inferred type. */
function inlineImports(text) {
  return [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)\.([\w$]+)/g)].map(([, from, name]) => ({ from, name }))
}

/**
 * A declaration as the report prints it: `export` only when this entry point exports it (its own
 * file may export it for internal use), `declare` where a .d.ts needs it, the `@deprecated` first.
 */
function declaration(text, exported) {
  const [, doc = '', body] = text.match(/^(\/\*\*[\s\S]*?\*\/\s*)?(?:export\s+)?(?:declare\s+)?([\s\S]*)$/)
  return `${doc}${exported ? 'export ' : ''}${/^(type|interface)\b/.test(body) ? '' : 'declare '}${body}`
}

/**
 * @param {{ label: string, file: string }[]} modules  the entry point's modules (several for a
 *   subpath pattern such as `./locales/*`)
 * @returns {{ sections: { heading: string, blocks: string[] }[] }}
 */
export function typeReport(modules) {
  const graph = new DeclarationGraph()
  const printed = new Set() // keys of the declarations already in the report
  const pending = []
  const externals = new Map() // package -> names
  const sections = []

  const visit = (from, text) => {
    const refer = (target, local) => {
      if (!target) return
      if (target.external) {
        const names = externals.get(target.external) ?? new Set()
        externals.set(target.external, names.add(target.name === '*' ? `* as ${local}` : target.name))
      } else if (!printed.has(key(target))) pending.push(target)
    }
    for (const name of referencedNames(text)) if (name !== from.name) refer(graph.resolveLocal(from.file, name), name)
    for (const { from: specifier, name } of inlineImports(text)) {
      const target = graph.target(from.file, specifier)
      if (target) refer(graph.resolveExport(target, name))
    }
  }

  for (const { label, file } of modules) {
    const blocks = []
    // One group per declaration: `export const de` and `export default de` print it once.
    const groups = new Map()
    for (const name of graph.exportedNames(file)) {
      const target = graph.resolveExport(file, name)
      const id = target.external ? `${target.external}#${target.name}` : key(target)
      const group = groups.get(id) ?? { target, names: [] }
      groups.set(id, group)
      group.names.push(name)
    }
    const primary = ({ target, names }) => (names.includes(target.name) ? target.name : names.sort()[0])
    for (const group of [...groups.values()].sort((a, b) => (primary(a) < primary(b) ? -1 : 1))) {
      const { target, names } = group
      const own = names.includes(target.name)
      const aliases = names.filter((name) => name !== target.name).sort().map((name) => `${target.name} as ${name}`)
      if (target.external) {
        blocks.push(`export { ${[...(own ? [target.name] : []), ...aliases].join(', ')} } from '${target.external}';`)
        continue
      }
      const lines = printed.has(key(target)) ? (own ? [`export { ${target.name} };`] : []) : graph.declarations(target).map(({ text }) => declaration(text, own))
      if (aliases.length > 0) lines.push(`export { ${aliases.join(', ')} };`)
      blocks.push(lines.join('\n'))
      if (printed.has(key(target))) continue
      printed.add(key(target))
      for (const { text } of graph.declarations(target)) visit(target, text)
    }
    sections.push({ heading: label, blocks })
  }

  const referenced = []
  while (pending.length > 0) {
    const target = pending.shift()
    if (printed.has(key(target))) continue
    printed.add(key(target))
    const texts = graph.declarations(target).map(({ text }) => declaration(text, false))
    referenced.push({ sort: `${target.name}\u0000${target.file}`, text: texts.join('\n') })
    for (const { text } of graph.declarations(target)) visit(target, text)
  }
  referenced.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0))
  if (referenced.length > 0) sections.push({ heading: 'Not exported, used by the types above', blocks: referenced.map((r) => r.text) })

  const imports = [...externals]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([pkg, names]) => {
      const named = [...names].filter((name) => !name.startsWith('* as ')).sort()
      const namespaces = [...names].filter((name) => name.startsWith('* as ')).sort()
      return [...namespaces.map((ns) => `import type ${ns} from '${pkg}';`), ...(named.length > 0 ? [`import type { ${named.join(', ')} } from '${pkg}';`] : [])]
    })
  if (imports.length > 0) sections.unshift({ heading: 'From other packages', blocks: [imports.join('\n')] })
  return { sections }
}
