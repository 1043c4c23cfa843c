/**
 * Text that needs no full stop: it ends in terminal punctuation (". ! ? …", the Arabic "؟"),
 * perhaps followed by spaces and closing quotes or brackets (Unicode's bracket and quote
 * punctuation: "(…)", German „…“, French « … »), or it is empty.
 */
const SENTENCE_END = /(^|[.!?\u2026\u061f])[\s\p{Pe}\p{Pf}\p{Pi}"']*$/u

/**
 * A tooltip's body line as a sentence (issue 10, one rule for every tooltip: headings have no full
 * stop, body lines end in terminal punctuation). The catalog keeps the spec's words verbatim
 * ("Authorization is completed"), and API messages arrive as they are: the full stop is added when
 * they render. Every shipped locale (Arabic too) ends a sentence with ".".
 */
export function asSentence(text: string): string {
  return SENTENCE_END.test(text) ? text : `${text.trimEnd()}.`
}
