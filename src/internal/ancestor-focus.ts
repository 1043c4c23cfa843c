import type { Ref } from 'react'
import type { ActivationEvent } from './LazyTooltip'

/*
 * Tooltips for triggers that are no tab stop (`focusable={false}`), for grids whose cells own focus
 * (WAI-ARIA APG grid: one focusable cell at a time; what a cell shows is not in the tab order).
 * Such a trigger carries `data-focusable="false"` and no tabindex, so a click on it focuses its
 * cell, as the grid expects. When focus lands on an element, the first such trigger inside it that
 * it owns (whose nearest focusable ancestor it is) opens its tooltip as if it had been focused
 * itself; from then on Radix listens for focus and blur on the cell (see ActiveTooltip). A focused
 * element further out (a scroll region with a tabindex around the grid, a dialog that focuses its
 * own container) owns no badge and opens nothing: its blur would never close what it opened. One listener on the document, added by the first such
 * trigger to mount: triggers that are tab stops pay nothing.
 */

/** Marks a trigger that is no tab stop; a styling hook too. */
export const NOT_FOCUSABLE_ATTRIBUTE = 'data-focusable'

/**
 * What owns focus for a trigger inside it: the grid cell (grids give their cells a tabindex), or a
 * natively focusable element around the badge (a row's link or button).
 */
const FOCUS_OWNER = '[tabindex], a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary'

/** The element whose focus stands for the trigger's: itself, or for a trigger that is no tab stop its nearest focusable ancestor. */
export function focusOwnerOf(trigger: HTMLElement): HTMLElement {
  if (!trigger.hasAttribute(NOT_FOCUSABLE_ATTRIBUTE)) return trigger
  return trigger.parentElement?.closest<HTMLElement>(FOCUS_OWNER) ?? trigger
}

const activators = new WeakMap<Element, (event: ActivationEvent) => void>()
let listening = false

function openTooltipInside(event: FocusEvent): void {
  const owner = event.target
  if (!(owner instanceof Element)) return
  // The first trigger that is no tab stop and that the focused element owns: the cell's badge or stepper.
  for (const trigger of owner.querySelectorAll<HTMLElement>(`[${NOT_FOCUSABLE_ATTRIBUTE}="false"]`)) {
    if (focusOwnerOf(trigger) !== owner) continue
    // What the trigger's own onFocus would have received: the lazy tooltip reads type and target.
    activators.get(trigger)?.({ type: 'focus', target: trigger } as unknown as ActivationEvent)
    return
  }
}

/** The ref of each `activate` when the caller has no ref of its own (the common case: see below). */
const refsWithoutOwn = new WeakMap<(event: ActivationEvent) => void, (element: HTMLSpanElement | null) => (() => void) | undefined>()

/**
 * The ref for a trigger that is no tab stop: registers it for its focus owner's focus, and passes
 * the element on to the caller's ref. Only such triggers get it: tab stops pay nothing. Without a
 * caller's ref it is the same function on every render for the same `activate` (a reducer's
 * stable dispatch), so React does not detach and re-attach it each time a table row re-renders.
 */
export function ancestorFocusRef(activate: (event: ActivationEvent) => void, own: Ref<HTMLSpanElement> | undefined) {
  if (own != null) return createAncestorFocusRef(activate, own)
  let ref = refsWithoutOwn.get(activate)
  if (!ref) refsWithoutOwn.set(activate, (ref = createAncestorFocusRef(activate, undefined)))
  return ref
}

function createAncestorFocusRef(activate: (event: ActivationEvent) => void, own: Ref<HTMLSpanElement> | undefined) {
  return (element: HTMLSpanElement | null) => {
    setRef(own, element)
    if (!element) return
    activators.set(element, activate)
    if (!listening) {
      listening = true
      element.ownerDocument.addEventListener('focusin', openTooltipInside)
    }
    // React 19 calls the cleanup; React 18 calls the ref with null instead (handled above).
    return () => {
      activators.delete(element)
      setRef(own, null)
    }
  }
}

export function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value)
  else if (ref) ref.current = value
}
