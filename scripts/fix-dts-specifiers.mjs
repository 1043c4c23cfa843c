#!/usr/bin/env node
/**
 * Adds explicit `.js` / `/index.js` to the relative specifiers of the emitted declarations.
 *
 * Why: the sources use extensionless imports (moduleResolution "Bundler"), and tsc copies them
 * into the `.d.ts` files as written. A consumer on `moduleResolution: "node16"/"nodenext"` cannot
 * resolve `from './tone'` inside an ESM package, so every type would silently become `any`
 * (attw reports it as an internal resolution error). The JavaScript that Rolldown emits already
 * has the extensions; this makes the types match it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const root = resolve(process.argv[2] ?? 'dist')
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g

function* declarationFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* declarationFiles(path)
    else if (name.endsWith('.d.ts')) yield path
  }
}

let files = 0
let rewritten = 0
const unresolved = []
for (const file of declarationFiles(root)) {
  files++
  const source = readFileSync(file, 'utf8')
  const output = source.replace(SPECIFIER, (match, lead, quote, specifier) => {
    if (/\.(js|mjs|css)$/.test(specifier)) return match
    const base = resolve(dirname(file), specifier)
    let fixed
    if (existsSync(`${base}.d.ts`)) fixed = `${specifier}.js`
    else if (existsSync(join(base, 'index.d.ts'))) fixed = `${specifier.replace(/\/$/, '')}/index.js`
    else {
      unresolved.push(`${file}: ${specifier}`)
      return match
    }
    rewritten++
    return `${lead}${quote}${fixed}${quote}`
  })
  if (output !== source) writeFileSync(file, output)
}

if (files === 0) {
  console.error(`fix-dts-specifiers: no .d.ts files under ${root}; did tsc run?`)
  process.exit(1)
}
if (unresolved.length > 0) {
  console.error(`fix-dts-specifiers: cannot resolve these relative imports:\n  ${unresolved.join('\n  ')}`)
  process.exit(1)
}
console.log(`fix-dts-specifiers: ${rewritten} specifiers in ${files} declaration files now end in .js`)
