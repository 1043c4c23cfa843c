/**
 * Markup floors: exactly the elements and attributes a component renders, written inline as plain
 * React elements, with no component, no hook and no context. The floor is copied from what the
 * component itself renders on this page (one row of each kind, rendered once at start-up, read
 * back from the DOM), so it follows the component's markup when that changes: a floor written by
 * hand would drift. The harness checks that floor and component rows commit identical HTML.
 */
import type { ElementType, Key, ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { jsx } from 'react/jsx-runtime'
import { createRoot } from 'react-dom/client'

/** An element's tag, attributes and children, as plain data. */
export interface Markup {
  tag: string
  props: Record<string, string | number>
  children: Array<Markup | string>
}

/** DOM attribute names that React spells differently; every other (aria-*, data-*) is the same. */
const PROP_NAME: Record<string, string> = { class: 'className', tabindex: 'tabIndex', for: 'htmlFor' }

function markupOfElement(element: Element): Markup {
  const props: Markup['props'] = {}
  for (const { name, value } of Array.from(element.attributes)) {
    const prop = PROP_NAME[name] ?? name
    props[prop] = prop === 'tabIndex' ? Number(value) : value
  }
  const children = Array.from(element.childNodes).flatMap((node): Array<Markup | string> =>
    node instanceof Element ? [markupOfElement(node)] : node.nodeType === Node.TEXT_NODE ? [node.textContent ?? ''] : [],
  )
  return { tag: element.localName, props, children }
}

/** What `element` commits to the DOM (its first element), read back once. */
export function markupOf(element: ReactElement): Markup {
  const container = document.createElement('div')
  const root = createRoot(container)
  flushSync(() => root.render(element))
  const markup = markupOfElement(container.firstElementChild!)
  root.unmount()
  return markup
}

/**
 * The markup as a fresh React element tree, as compiled JSX creates it on every render: one fresh
 * props object with `children` in it, the key as `jsx`'s third argument (React then uses the
 * object as the props without copying it; `createElement` would copy it and so flatter the
 * component measured against the floor).
 */
export function inline(markup: Markup, key?: Key): ReactElement {
  const children = markup.children.map((child) => (typeof child === 'string' ? child : inline(child)))
  const props = children.length === 0 ? { ...markup.props } : { ...markup.props, children: children.length === 1 ? children[0] : children }
  return jsx(markup.tag as ElementType, props, key)
}
