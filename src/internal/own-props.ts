/**
 * The props a component passes on to its root element (every prop that is not its own), or `null`
 * when there are none: the common badge in a table of thousands gets no copy. An object rest
 * (`{ status, ...rest }`) copies the props on every render, and the spread of that copy gives the
 * element's props a different shape per call site, which React's prop loops then pay for.
 */
export function passThroughProps<Props extends object, Own extends keyof Props>(props: Props, own: ReadonlySet<Own>): Omit<Props, Own> | null {
  let rest: Record<string, unknown> | null = null
  for (const key in props) {
    if (!own.has(key as unknown as Own)) (rest ??= {})[key] = props[key]
  }
  return rest as Omit<Props, Own> | null
}
