/**
 * The one channel for development warnings about bad input. React-free, so the core can use it.
 *
 * Each distinct message is printed once: a dashboard that renders the same bad status in a
 * thousand rows should say so once, not a thousand times.
 *
 * Call sites guard every call, word for word, with
 *
 *   if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnOnce(...)
 *
 * A production bundler (esbuild, Rolldown, webpack, with NODE_ENV defined as "production") folds
 * that condition to false and drops the branch, the message text with it, and then this whole
 * module, since nothing calls it any more (test/core/production-bundle.test.ts checks that). A
 * helper function or a shared constant would not do: bundlers do not inline either across
 * modules, so the texts would stay. The `typeof` half keeps the core total where no bundler or Node defines `process`
 * (plain ESM in a browser): silent there, since we cannot tell development from production.
 */
const MAX_REMEMBERED = 500
const warned = new Set<string>()

/** The same test at run time, for warnOnce itself (tests call it unguarded, and `env` may be absent). */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return false
  }
}

export function warnOnce(message: string): void {
  if (!isDevelopment() || warned.has(message)) return
  // Bounded so that fuzzed or streaming input cannot grow it without end.
  if (warned.size >= MAX_REMEMBERED) warned.clear()
  warned.add(message)
  console.warn(`[statuskit] ${message}`)
}

/**
 * Forgets what was printed. For test runners that share modules between test files (Vitest with
 * `isolate: false`): each test then sees its own first warning. Not part of the public API.
 */
export function forgetWarnings(): void {
  warned.clear()
}

/** Printable form of any value, for warnings: never throws (symbols, cycles, BigInt). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  if (value === null || value === undefined) return String(value)
  if (typeof value === 'symbol') return value.toString()
  if (typeof value === 'function') return 'a function'
  try {
    const json = JSON.stringify(value)
    return json.length > 80 ? `${json.slice(0, 77)}...` : json
  } catch {
    return 'an unreadable object' // a revoked Proxy, or one whose every trap throws
  }
}
