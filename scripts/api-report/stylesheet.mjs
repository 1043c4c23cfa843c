/**
 * The stylesheet half of the API report: what a consumer's CSS may name in ours. Read from the
 * built stylesheet (what ships), so a rule dropped by the build counts as dropped.
 * - the cascade layers, and any order statement (a host ranks its own layers against them);
 * - the tokens: `--sk-*` declared on `:root`, the documented theming surface;
 * - the `--sk-*` the components set on their own elements (an unlayered rule of the host's
 *   overrides them too) and those read with no default at all (hooks a host may set);
 * - every `sk-*` class.
 * Values are not listed: a colour tweak is not an API change, a removed or renamed name is.
 */

/** Comments, strings and url() contents out (data URIs hold quotes, dots and braces). */
function code(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/url\((?:"[^"]*"|'[^']*'|[^)]*)\)/g, 'url()')
    .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""')
}

export function stylesheetSurface(css) {
  const layers = new Set()
  const onRoot = new Set()
  const onElements = new Set()
  const read = new Set()
  const classes = new Set()
  const preludes = []
  let buffer = ''

  // `@layer a, b;` fixes an order a host's own layers rank against: kept as written, in order.
  const layerNames = (prelude, statement) => {
    const names = prelude.replace(/^@layer/, '').split(',').map((name) => name.trim()).filter(Boolean)
    if (statement && names.length > 1) layers.add(`@layer ${names.join(', ')};`)
    for (const name of names) layers.add(name)
  }
  const declaration = (text) => {
    for (const [, name] of text.matchAll(/var\(\s*(--sk-[\w-]+)/g)) read.add(name)
    const declared = text.trim().match(/^(--sk-[\w-]+)\s*:/)?.[1]
    if (!declared) return
    const selector = preludes.findLast((prelude) => !prelude.startsWith('@')) ?? ''
    ;(/:root\b/.test(selector) ? onRoot : onElements).add(declared)
  }

  for (const c of code(css)) {
    if (c === '{') {
      const prelude = buffer.trim()
      if (prelude.startsWith('@layer')) layerNames(prelude, false)
      else if (!prelude.startsWith('@')) for (const [, name] of prelude.matchAll(/\.(sk-[\w-]+)/g)) classes.add(name)
      preludes.push(prelude)
      buffer = ''
    } else if (c === ';' || c === '}') {
      if (buffer.trim().startsWith('@layer')) layerNames(buffer.trim(), true)
      else declaration(buffer)
      if (c === '}') preludes.pop()
      buffer = ''
    } else buffer += c
  }

  const sorted = (set) => [...set].sort()
  const declared = new Set([...onRoot, ...onElements])
  return [
    { heading: 'Cascade layers', items: sorted(layers) },
    { heading: 'Tokens: custom properties declared on :root', items: sorted(onRoot) },
    { heading: 'Custom properties the components set on their own elements', items: sorted([...onElements].filter((name) => !onRoot.has(name))) },
    { heading: 'Custom properties read with no declaration (a host may set them)', items: sorted([...read].filter((name) => !declared.has(name))) },
    { heading: 'Classes', items: sorted(classes).map((name) => `.${name}`) },
  ]
}
