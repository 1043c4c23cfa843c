/**
 * Splits a declaration file (.d.ts, as tsc emits it) into its top-level statements.
 *
 * Why not the TypeScript API: TypeScript 7 has no JavaScript compiler API (TOOLCHAIN.md), so API
 * Extractor and its kin cannot read our types. Emitted declarations are regular enough to split by
 * hand: a statement ends at a `;` outside brackets, or at the `}` closing an interface, namespace,
 * enum or class body. Comments are dropped (prose is not API), except `@deprecated`, which is.
 */

const BLOCK_STATEMENT = /^(export\s+)?(declare\s+)?(abstract\s+)?(interface|namespace|module|enum|class|global)\b/

/** `/** @deprecated use X *\/` kept on one line; every other comment removed. */
function keptComment(comment) {
  const tag = comment.match(/@deprecated\b([\s\S]*?)(?=\n\s*\*\s*@|\*\/)/)
  if (!tag) return ''
  const reason = tag[1].replace(/\n\s*\*/g, ' ').replace(/\s+/g, ' ').trim()
  return `/** @deprecated${reason ? ` ${reason}` : ''} */`
}

/** The end index (exclusive) of the quoted string or template literal starting at `start`. */
function skipLiteral(source, start) {
  const quote = source[start]
  let i = start + 1
  while (i < source.length) {
    const c = source[i]
    if (c === '\\') i += 2
    else if (c === quote) return i + 1
    else if (quote === '`' && c === '$' && source[i + 1] === '{') {
      // A template literal type: `${Stage}-${Status}`; skip to the matching brace.
      let depth = 1
      i += 2
      while (i < source.length && depth > 0) {
        if (source[i] === '{') depth++
        else if (source[i] === '}') depth--
        i++
      }
    } else i++
  }
  throw new Error(`unterminated ${quote} literal at offset ${start}`)
}

/** Lines without trailing blanks, with the lines a removed comment left empty taken out. */
function tidy(text) {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim()
}

/** The top-level statements of `source`, comments removed (but `@deprecated`), in order. */
export function splitStatements(source) {
  const statements = []
  let text = ''
  let depth = 0
  const finish = () => {
    const statement = tidy(text)
    if (statement !== '') statements.push(statement)
    text = ''
  }
  for (let i = 0; i < source.length; ) {
    const c = source[i]
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i)
      i = end === -1 ? source.length : end
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2)
      if (end === -1) throw new Error(`unterminated comment at offset ${i}`)
      text += keptComment(source.slice(i, end + 2))
      i = end + 2
    } else if (c === '"' || c === "'" || c === '`') {
      const end = skipLiteral(source, i)
      text += source.slice(i, end)
      i = end
    } else {
      text += c
      i++
      if (c === '(' || c === '{' || c === '[') depth++
      else if (c === ')' || c === ']') depth--
      else if (c === '}') {
        depth--
        const head = text.trim().replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
        if (depth === 0 && BLOCK_STATEMENT.test(head)) finish()
      } else if (c === ';' && depth === 0) finish()
    }
  }
  finish()
  return statements
}
