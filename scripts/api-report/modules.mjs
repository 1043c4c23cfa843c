/**
 * What one declaration file declares, imports and exports, read from its statements, and where an
 * exported name is really declared (following `export *`, `export { x } from` and imports).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { splitStatements } from './statements.mjs'

const DECLARATION = /^(?:\/\*\*[\s\S]*?\*\/\s*)?(export\s+)?(declare\s+)?(abstract\s+)?(const|let|var|function|type|interface|class|enum|namespace)\s+([\w$]+)/
const FROM = /\bfrom\s+['"]([^'"]+)['"]\s*;?$/

/** `a, type b as c` -> [{ name: 'a', as: 'a' }, { name: 'b', as: 'c' }] */
function specifiers(list) {
  return list
    .split(',')
    .map((item) => item.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((item) => {
      const [name, as = name] = item.split(/\s+as\s+/)
      return { name, as }
    })
}

/** Parses one statement into the module record; anything unknown is an error, never skipped. */
function read(module, statement) {
  const flat = statement.replace(/\s+/g, ' ')
  const from = flat.match(FROM)?.[1]
  let m
  if ((m = flat.match(/^import (?:type )?(.*?) from /))) {
    for (const part of m[1].split(/,(?![^{]*\})/).map((p) => p.trim())) {
      if (part.startsWith('{')) for (const { name, as } of specifiers(part.slice(1, -1))) module.imports.set(as, { from, name })
      else if (part.startsWith('* as ')) module.imports.set(part.slice(5).trim(), { from, name: '*' })
      else module.imports.set(part, { from, name: 'default' })
    }
  } else if (/^import ['"]/.test(flat) || /^export \{ ?\};?$/.test(flat) || /^export as namespace /.test(flat)) {
    // Side-effect imports, the `export {}` that marks a module, UMD globals: no names.
  } else if ((m = flat.match(/^export (?:type )?\* from /))) {
    module.stars.push(from)
  } else if ((m = flat.match(/^export (?:type )?\{(.*)\}/))) {
    for (const { name, as } of specifiers(m[1])) module.reexports.set(as, { from, name })
  } else if ((m = flat.match(/^export default ([\w$]+);?$/))) {
    module.reexports.set('default', { name: m[1] })
  } else if ((m = statement.match(DECLARATION))) {
    const [, exported, , , kind, name] = m
    const declarations = module.declarations.get(name) ?? []
    declarations.push({ kind, text: statement })
    module.declarations.set(name, declarations)
    if (exported) module.reexports.set(name, { name })
  } else {
    throw new Error(`api-report: cannot read this statement of ${module.file}:\n${statement}`)
  }
}

export class DeclarationGraph {
  #modules = new Map()

  /** The parsed module of a .d.ts file (read once). */
  module(file) {
    let module = this.#modules.get(file)
    if (!module) {
      module = { file, imports: new Map(), reexports: new Map(), stars: [], declarations: new Map() }
      for (const statement of splitStatements(readFileSync(file, 'utf8'))) read(module, statement)
      this.#modules.set(file, module)
    }
    return module
  }

  /** The .d.ts file a relative specifier names, or null for a package (an external reference). */
  target(fromFile, specifier) {
    if (!specifier.startsWith('.')) return null
    const base = resolve(dirname(fromFile), specifier).replace(/\.js$/, '')
    for (const candidate of [`${base}.d.ts`, `${base}/index.d.ts`]) if (existsSync(candidate)) return candidate
    throw new Error(`api-report: ${fromFile} imports ${specifier}, which has no declaration file`)
  }

  /** Every name the module exports, `export *` followed (which never re-exports `default`). */
  exportedNames(file, seen = new Set()) {
    if (seen.has(file)) return new Set()
    seen.add(file)
    const module = this.module(file)
    const names = new Set(module.reexports.keys())
    for (const star of module.stars) {
      const target = this.target(file, star)
      if (target) for (const name of this.exportedNames(target, seen)) if (name !== 'default') names.add(name)
    }
    return names
  }

  /** Where `name`, exported by `file`, is declared: { file, name } or { external, name }. */
  resolveExport(file, name) {
    const module = this.module(file)
    const entry = module.reexports.get(name)
    if (entry?.from !== undefined) return this.#resolveFrom(file, entry.from, entry.name)
    if (entry) return this.resolveLocal(file, entry.name)
    for (const star of module.stars) {
      const target = this.target(file, star)
      if (target && this.exportedNames(target).has(name)) return this.resolveExport(target, name)
    }
    return null
  }

  /** What a name used inside `file` refers to (its own declaration or an import), or null. */
  resolveLocal(file, name) {
    const module = this.module(file)
    if (module.declarations.has(name)) return { file, name }
    const imported = module.imports.get(name)
    if (imported) return this.#resolveFrom(file, imported.from, imported.name)
    return null
  }

  declarations({ file, name }) {
    return this.module(file).declarations.get(name) ?? []
  }

  #resolveFrom(file, specifier, name) {
    const target = this.target(file, specifier)
    if (!target) return { external: specifier, name }
    if (name === '*') throw new Error(`api-report: namespace import of ${specifier} in ${file} is not supported yet`)
    const resolved = this.resolveExport(target, name)
    if (!resolved) throw new Error(`api-report: ${file} takes ${name} from ${specifier}, which does not export it`)
    return resolved
  }
}
