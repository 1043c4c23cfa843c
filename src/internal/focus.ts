import type { FocusEvent } from 'react'

/**
 * Whether focus fell to the page: nothing, or `<body>`, is the active element. That is what a
 * browser leaves when the focused element is removed (WCAG 2.4.3 asks us to put focus back).
 */
export function focusDropped(document: Document): boolean {
  const active = document.activeElement
  return active === null || active === document.body
}

/**
 * Whether focus is still inside the element a blur left: it moved to another element inside, or
 * the window lost focus (the user switched to their mail), which blurs with no `relatedTarget` but
 * leaves the element the document's active element. Only a blur that really leaves counts.
 */
export function focusStaysWithin(event: FocusEvent<Element>): boolean {
  const within = (node: unknown) => node instanceof Node && event.currentTarget.contains(node)
  return within(event.relatedTarget) || within(event.currentTarget.ownerDocument.activeElement)
}
