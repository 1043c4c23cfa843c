'use client'
import { useLayoutEffect, useReducer, useState, type ReactNode, type SyntheticEvent } from 'react'
import { focusOwnerOf, NOT_FOCUSABLE_ATTRIBUTE } from './ancestor-focus'
import { loadedTooltip, loadTooltip, prefetchTooltip, settled } from './tooltip-loader'

/*
 * A Radix tooltip that costs nothing until it is used. Dashboards render thousands of triggers and
 * a Radix `Tooltip.Root` each makes mounting ~36x slower than a bare span. So a component keeps one
 * small reducer (`useLazyTooltip`) whose `dispatch` is the triggers' event handler: no closures, no
 * wrapper per trigger. On the first pointer enter, focus or tap, the component renders one
 * `<ActiveTooltip>` beside its markup; it mounts the Radix parts, binds them to the trigger element
 * that is already in the page (nothing is remounted, focus stays put) and opens at once. The Radix
 * parts are a module of their own, loaded on demand (tooltip-loader.ts, ActiveTooltip.tsx).
 */

export type Activation = 'pointer' | 'focus' | 'touch'

export interface TooltipActivation<Key> {
  key: Key
  by: Activation
  /** The trigger element: the focusable element the event reached. */
  trigger: HTMLElement
}

/** The events that activate a tooltip: pointer enter/over, focus, and a touch press. */
export type ActivationEvent = SyntheticEvent<Element, Event> & { pointerType?: string }

function activationOf(event: ActivationEvent): Activation | null {
  switch (event.type) {
    case 'pointerenter':
    case 'pointerover':
      return event.pointerType === 'touch' ? 'touch' : 'pointer'
    case 'pointerdown':
      // Radix opens on hover and focus only; on touch screens a press shows the tooltip.
      return event.pointerType === 'touch' ? 'touch' : null
    case 'focus':
      return 'focus'
    default:
      return null
  }
}

/** The focusable element an event belongs to, or a trigger that is no tab stop: the trigger. */
function triggerOf(event: ActivationEvent): HTMLElement | null {
  const target = event.target
  return target instanceof Element ? target.closest<HTMLElement>(`[tabindex], [${NOT_FOCUSABLE_ATTRIBUTE}="false"]`) : null
}

/**
 * The tooltip state of a component with one trigger, and the handler to give that trigger for
 * `onPointerEnter`, `onFocus` and `onPointerDown`. A pure reducer: the event is the action.
 */
export function useLazyTooltip() {
  prefetchTooltip()
  return useReducer(activateSingle, null)
}

/** `null` forgets the activation (its trigger left the page): the next use starts afresh. */
function activateSingle(current: TooltipActivation<true> | null, event: ActivationEvent | null): TooltipActivation<true> | null {
  if (event === null) return null
  if (current) return current
  const by = activationOf(event)
  const trigger = triggerOf(event)
  return by && trigger ? { key: true, by, trigger } : null
}

/**
 * The same for a component with several triggers (the stepper's steps): `keyOf` tells which
 * trigger an element is, and one handler on their container serves them all (events bubble).
 */
export function useLazyTooltips<Key>(keyOf: (trigger: HTMLElement) => Key | undefined) {
  prefetchTooltip()
  const [active, dispatch] = useReducer(switchTrigger<Key>, null)
  const forget = () => dispatch(null)
  // Read where the event happened now: React clears currentTarget once the event is handled.
  const onEvent = (event: ActivationEvent) => {
    const by = activationOf(event)
    const trigger = triggerOf(event)
    const key = trigger && event.currentTarget.contains(trigger) ? keyOf(trigger) : undefined
    if (by && trigger && key !== undefined) dispatch({ key, by, trigger })
  }
  return [active, onEvent, forget] as const
}

/**
 * A new element is a new activation even under the same key: a step that left the page and came
 * back, or a dot that became a labelled step, is a different trigger to bind.
 */
function switchTrigger<Key>(current: TooltipActivation<Key> | null, next: TooltipActivation<Key> | null): TooltipActivation<Key> | null {
  if (next === null) return null
  return current?.key === next.key && current.trigger === next.trigger ? current : next
}

/** Calls the caller's handler, then ours; ours alone when the caller gave none (the common case). */
function withOwn<E>(own: ((event: E) => void) | undefined, ours: (event: E) => void): (event: E) => void {
  return own ? (event) => (own(event), ours(event)) : ours
}

interface OwnTriggerProps {
  tabIndex?: number | undefined
  onPointerEnter?: ((event: React.PointerEvent<HTMLSpanElement>) => void) | undefined
  onPointerDown?: ((event: React.PointerEvent<HTMLSpanElement>) => void) | undefined
  onFocus?: ((event: React.FocusEvent<HTMLSpanElement>) => void) | undefined
}

/**
 * What makes an element a lazy tooltip trigger: a tab stop, and `activate` on the three events.
 * With `focusable: false` it is no tab stop: its focusable ancestor (a grid cell) opens the
 * tooltip instead (see ancestor-focus.ts).
 */
export function lazyTriggerProps(own: OwnTriggerProps, activate: (event: ActivationEvent) => void, focusable = true) {
  const props = {
    tabIndex: own.tabIndex ?? 0,
    onPointerEnter: withOwn(own.onPointerEnter, activate),
    onPointerDown: withOwn(own.onPointerDown, activate),
    onFocus: withOwn(own.onFocus, activate),
  }
  // A separate shape, so that the common focusable trigger carries no extra prop.
  return focusable ? props : { ...props, tabIndex: own.tabIndex, [NOT_FOCUSABLE_ATTRIBUTE]: 'false' }
}

export interface ActiveTooltipProps {
  activation: TooltipActivation<unknown>
  /** The tooltip's content. */
  content: ReactNode
  /** @default 'top' */
  side?: 'top' | 'right' | 'bottom' | 'left'
  /** The caller's own `aria-describedby` for the trigger: Radix adds the tooltip's id to it. */
  describedBy?: string | undefined
  /** Called when the trigger has left the page: the component forgets the activation. */
  onTriggerGone: () => void
}

/**
 * The tooltip for a trigger that has been used. With the tooltip module loaded it renders in the
 * same render (same frame: keyboard and pointer behave as before). Otherwise it renders nothing,
 * loads the module and opens the tooltip when it arrives, focus untouched; if the pointer or focus
 * has left the trigger by then (or Escape, or a press elsewhere), the tooltip mounts closed and
 * waits for the next hover or focus.
 */
export function ActiveTooltip(props: ActiveTooltipProps) {
  const [Loaded, setLoaded] = useState(loadedTooltip)
  const { activation } = props
  useLayoutEffect(() => {
    if (Loaded) return
    let current = true
    const stopWatching = watchUse(activation)
    void loadTooltip().then((component) => {
      if (!current || !component) return
      if (!stopWatching()) settled.add(activation)
      setLoaded(() => component)
    })
    return () => {
      current = false
      stopWatching()
    }
  }, [Loaded, activation])
  return Loaded ? <Loaded {...props} /> : null
}

/**
 * Follows whether an activation's trigger is still hovered or focused while its module loads.
 * Returns the function that stops following and tells whether it still was.
 */
function watchUse(activation: TooltipActivation<unknown>): () => boolean {
  const { trigger } = activation
  const focusElement = focusOwnerOf(trigger)
  let hovered = activation.by !== 'focus'
  let focused = activation.by === 'focus'
  // A finger lifted from a tapped trigger leaves it too: a tap keeps its tooltip until a press elsewhere.
  const listeners: [EventTarget, string, (event: Event) => void][] = [
    [trigger, 'pointerenter', () => (hovered = true)],
    [trigger, 'pointerleave', (event) => (event as PointerEvent).pointerType !== 'touch' && (hovered = false)],
    [focusElement, 'focus', () => (focused = true)],
    [focusElement, 'blur', () => (focused = false)],
    [document, 'pointerdown', (event) => !trigger.contains(event.target as Node) && (hovered = false)],
    [document, 'keydown', (event) => (event as KeyboardEvent).key === 'Escape' && (hovered = focused = false)],
  ]
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener, true)
  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, true)
    return hovered || focused
  }
}
