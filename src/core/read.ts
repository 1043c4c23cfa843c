/** Reads `value[key]` from anything: `undefined` for non-objects, throwing getters and Proxies. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}
