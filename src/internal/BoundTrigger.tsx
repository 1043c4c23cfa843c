'use client'
import { forwardRef, useLayoutEffect, useRef, type Ref } from 'react'

/** Radix's trigger props that BoundTrigger applies: its event handlers and aria-describedby. */
const EVENTS = {
  onPointerMove: 'pointermove',
  onPointerLeave: 'pointerleave',
  onPointerDown: 'pointerdown',
  onFocus: 'focus',
  onBlur: 'blur',
  onClick: 'click',
} as const

type Handler = (event: Event) => void
type TriggerProps = { [K in keyof typeof EVENTS]?: Handler } & { 'aria-describedby'?: string }

export interface BoundTriggerProps extends TriggerProps {
  /** The trigger element, already rendered by its component. */
  element: HTMLElement
  /** The caller's own `aria-describedby`, which React keeps on the element: restored when unbound. */
  ownDescribedBy?: string | undefined
  /**
   * The element whose focus and blur open and close the tooltip, and that the tooltip describes:
   * the trigger itself by default; the focused grid cell for a trigger that is no tab stop.
   */
  focusElement?: HTMLElement | undefined
}

/**
 * Stands in for the trigger inside `Tooltip.Trigger asChild`: it renders nothing and hands what
 * Radix gives its trigger (the ref that anchors positioning, the event handlers, aria-describedby)
 * to an element that is already in the page. So mounting a tooltip does not replace its trigger:
 * focus, layout and the caller's handlers stay as they are. Radix's handlers read only what DOM
 * events carry (pointerType, defaultPrevented), so native events serve them.
 */
export const BoundTrigger = forwardRef<HTMLElement, BoundTriggerProps>(function BoundTrigger(
  { element, ownDescribedBy, focusElement = element, ...props },
  ref,
) {
  const latest = useRef(props)
  latest.current = props
  // Radix's Slot composes a new ref function on every render; the element is what matters.
  const latestRef = useRef(ref)
  latestRef.current = ref

  useLayoutEffect(() => assignRef(latestRef.current, element), [element])

  useLayoutEffect(() => {
    const listeners = Object.entries(EVENTS).map(([prop, type]) => {
      const listener = (event: Event) => latest.current[prop as keyof typeof EVENTS]?.(event)
      const target = type === 'focus' || type === 'blur' ? focusElement : element
      target.addEventListener(type, listener)
      return () => target.removeEventListener(type, listener)
    })
    return () => listeners.forEach((remove) => remove())
  }, [element, focusElement])

  // Unbinding restores what React renders for the caller now, not a value captured earlier: the
  // caller may have changed its aria-describedby since, and React does not write it again.
  const own = useRef(ownDescribedBy)
  own.current = ownDescribedBy
  const describedBy = props['aria-describedby']
  useLayoutEffect(() => {
    if (focusElement === element) {
      setAttribute(element, 'aria-describedby', describedBy)
      return () => setAttribute(element, 'aria-describedby', own.current)
    }
    // A grid cell is the app's element, not ours: add to its own description, and on unbinding take
    // out only the ids we added. The app may have rewritten the attribute since (React writes the
    // app's new value over ours): what is there now is the app's latest, not a value to restore.
    const ids = (value: string | null | undefined) => value?.split(/\s+/).filter(Boolean) ?? []
    const before = ids(focusElement.getAttribute('aria-describedby'))
    const added = ids(describedBy).filter((id) => !before.includes(id))
    setAttribute(focusElement, 'aria-describedby', [...before, ...added].join(' '))
    return () => {
      const now = ids(focusElement.getAttribute('aria-describedby'))
      setAttribute(focusElement, 'aria-describedby', now.filter((id) => !added.includes(id)).join(' '))
    }
  }, [element, focusElement, describedBy])

  return null
})

function setAttribute(element: HTMLElement, name: string, value: string | null | undefined) {
  if (value) element.setAttribute(name, value)
  else element.removeAttribute(name)
}

/** Sets a ref (object or callback, with React 19's cleanup functions) and returns its cleanup. */
function assignRef(ref: Ref<HTMLElement>, element: HTMLElement): () => void {
  if (typeof ref === 'function') {
    const cleanup = ref(element)
    return typeof cleanup === 'function' ? cleanup : () => ref(null)
  }
  if (ref) ref.current = element
  return () => {
    if (ref) ref.current = null
  }
}
