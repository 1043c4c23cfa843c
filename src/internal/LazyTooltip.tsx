'use client'
import * as Tooltip from '@radix-ui/react-tooltip'
import { useLayoutEffect, useReducer, useRef, useState, type ReactNode, type SyntheticEvent } from 'react'
import { useStatusKit } from '../provider/StatusKitProvider'
import { focusOwnerOf, NOT_FOCUSABLE_ATTRIBUTE } from './ancestor-focus'
import { BoundTrigger } from './BoundTrigger'

/*
 * A Radix tooltip that costs nothing until it is used. Dashboards render thousands of triggers and
 * a Radix `Tooltip.Root` each makes mounting ~36x slower than a bare span. So a component keeps one
 * small reducer (`useLazyTooltip`) whose `dispatch` is the triggers' event handler: no closures, no
 * wrapper per trigger. On the first pointer enter, focus or tap, the component renders one
 * `<ActiveTooltip>` beside its markup; it mounts the Radix parts, binds them to the trigger element
 * that is already in the page (nothing is remounted, focus stays put) and opens at once.
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
 * Activations whose tooltip has opened once. Only the user's own act opens a tooltip by itself:
 * a later mount for the same activation (the tooltip turned off and on again, a step that came
 * back) starts closed and waits for the next hover, focus or tap.
 */
const openedOnce = new WeakSet<TooltipActivation<unknown>>()

/** The Radix parts for a trigger that has been used, open at first. */
export function ActiveTooltip({ activation, content, side = 'top', describedBy, onTriggerGone }: ActiveTooltipProps) {
  const { tooltipDelay } = useStatusKit()
  // The first use opens at once whatever the delay; the delay applies to later hovers.
  const [open, setOpen] = useState(() => !openedOnce.has(activation))
  const pointerType = useRef(activation.by === 'touch' ? 'touch' : '')
  // True from a touch press or its click to the end of that task: what the tap does to the page
  // (a label focusing its checkbox, say) blurs the trigger within the same task.
  const touchPress = useRef(false)
  useLayoutEffect(() => {
    openedOnce.add(activation)
    // What Radix does when one of its tooltips opens: every other open tooltip closes. Our own
    // content listens for this only from its passive effect, after this one.
    document.dispatchEvent(new CustomEvent(RADIX_TOOLTIP_OPEN))
  }, [activation])
  // A trigger removed by a re-render (a step that went away, a dot replaced by a labelled step)
  // must not anchor a tooltip at the page's corner: forget it before the browser paints.
  useLayoutEffect(() => {
    if (!activation.trigger.isConnected) onTriggerGone()
  })
  // Radix closes on press; on touch screens a tap keeps the tooltip open, and a tap elsewhere or
  // Escape closes it. The press is not cancelled (no preventDefault): a badge inside a link or a
  // label must still follow the link or toggle the checkbox. Radix's close request during the
  // press is ignored instead.
  const keepOpenOnTouch = () => {
    if (pointerType.current !== 'touch') return
    touchPress.current = true
    setTimeout(() => (touchPress.current = false))
    setOpen(true)
  }
  const onOpenChange = (next: boolean) => {
    if (next || !touchPress.current) setOpen(next)
  }
  return (
    <Tooltip.Provider delayDuration={tooltipDelay}>
      <Tooltip.Root open={open} onOpenChange={onOpenChange}>
        <Tooltip.Trigger
          asChild
          aria-describedby={describedBy}
          onPointerDown={(event: { pointerType: string }) => {
            pointerType.current = event.pointerType
            keepOpenOnTouch()
          }}
          onClick={keepOpenOnTouch}
        >
          <BoundTrigger element={activation.trigger} ownDescribedBy={describedBy} focusElement={focusOwnerOf(activation.trigger)} />
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className="sk-tooltip" side={side} sideOffset={6} collisionPadding={8}>
            {content}
            {canMeasureArrow() && <Tooltip.Arrow className="sk-tooltip__arrow" width={12} height={6} />}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  )
}

/**
 * Radix measures the arrow with a ResizeObserver, which jsdom (a consumer's Vitest or Jest suite)
 * lacks: there the tooltip goes without its decorative arrow instead of throwing. Every browser has
 * one, and the tooltip only renders after a user's event, so server and client never disagree.
 */
const canMeasureArrow = () => typeof ResizeObserver === 'function'

/** The document event Radix Tooltip sends and listens for to keep one tooltip open at a time. */
const RADIX_TOOLTIP_OPEN = 'tooltip.open'
