/**
 * Checks that compare a translated catalog with the English one, key by key. Each returns the
 * problems as lines that name the key and the English text, so a failing test says what to
 * translate (other branches keep adding English keys).
 */

/** Every text of a catalog by its dotted path ("ui.stagePrefix", "connectionStatuses.14.label"). */
export function texts(catalog: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  if (typeof catalog !== 'object' || catalog === null) return found
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'object' && value !== null) for (const [inner, text] of texts(value, path)) found.set(inner, text)
    else found.set(path, value)
  }
  return found
}

export interface LocaleRules {
  /** Keys whose text may equal the English one (a loanword that is the whole text, "Monitoring"). */
  sameAsEnglish?: readonly string[]
  /** Words the locale shares with English (proper nouns, codes, loanwords), lower case. */
  loanwords?: readonly string[]
}

/** The spec's status names: identifiers that stay English in every locale (never shown). */
export const isSpecName = (path: string) => /^connectionStatuses\.\d+\.name$/.test(path)

const quote = (text: unknown) => JSON.stringify(text)

/** Keys of the English catalog that the locale lacks or leaves blank. */
export function missingKeys(english: unknown, locale: unknown): string[] {
  const translated = texts(locale)
  return [...texts(english)]
    .filter(([path]) => typeof translated.get(path) !== 'string' || (translated.get(path) as string).trim() === '')
    .map(([path, text]) => `${path}: ${quote(text)}`)
}

/** Keys the locale has and English does not (renamed or removed upstream). */
export function extraKeys(english: unknown, locale: unknown): string[] {
  const known = texts(english)
  return [...texts(locale).keys()].filter((path) => !known.has(path))
}

/**
 * Words of four letters or more, lower case, outside `{placeholders}` ("2FA" and "App" are too
 * short to count).
 */
const words = (text: string) =>
  (text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 4)

/**
 * English left in a translation: a text equal to the English one, or a word of the English text
 * of the same key that is not one of the locale's loanwords.
 */
export function englishLeft(english: unknown, locale: unknown, rules: LocaleRules = {}): string[] {
  const translated = texts(locale)
  const loanwords = new Set(rules.loanwords)
  const problems: string[] = []
  for (const [path, source] of texts(english)) {
    const text = translated.get(path)
    if (typeof source !== 'string' || typeof text !== 'string' || isSpecName(path)) continue
    if (text === source && words(text).length > 0) {
      if (!rules.sameAsEnglish?.includes(path)) problems.push(`${path}: ${quote(text)} is the English text`)
      continue
    }
    const sourceWords = new Set(words(source))
    const leftover = words(text).filter((word) => sourceWords.has(word) && !loanwords.has(word))
    if (leftover.length > 0) problems.push(`${path}: ${quote(text)} keeps English ${leftover.join(', ')}`)
  }
  return problems
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(', ')

/** Texts whose `{placeholders}` differ from the English text's. */
export function placeholderMismatches(english: unknown, locale: unknown): string[] {
  const translated = texts(locale)
  return [...texts(english)].flatMap(([path, source]) => {
    const text = translated.get(path)
    if (typeof source !== 'string' || typeof text !== 'string') return []
    const want = placeholders(source)
    const got = placeholders(text)
    return want === got ? [] : [`${path}: ${quote(text)} has {${got}}, English has {${want}}`]
  })
}

/** Badge and pill labels: one line that does not wrap (`white-space: nowrap`) in a table cell. */
export const BADGE_LABEL = /^(connectionStatuses\.\d+\.label|credentialUi\.[\w-]+\.label|unknownStatus\.label(WithCode)?)$/
/** The English labels run to 23 characters ("Authorization timed out"); translations get a fifth more. */
export const BADGE_LABEL_MAX = 28

/** Badge labels longer than the limit (a `{code}` counts as three digits). */
export function overlongLabels(locale: unknown, max = BADGE_LABEL_MAX): string[] {
  return [...texts(locale)]
    .filter(([path, text]) => BADGE_LABEL.test(path) && typeof text === 'string')
    .map(([path, text]) => [path, (text as string).replace('{code}', '999')] as const)
    .filter(([, text]) => [...text].length > max)
    .map(([path, text]) => `${path}: ${quote(text)} has ${[...text].length} characters (at most ${max})`)
}
