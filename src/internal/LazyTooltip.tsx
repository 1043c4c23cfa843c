'use client'
import * as Tooltip from '@radix-ui/react-tooltip'
import { useCallback, useRef, useState, type ReactElement, type ReactNode, type SyntheticEvent } from 'react'
import { useStatusKit } from '../provider/StatusKitProvider'

/*
 * A Radix tooltip that costs nothing until it is used. Dashboards render thousands of triggers and
 * a Radix `Tooltip.Root` each makes mounting ~36x slower than a bare span. So a component keeps
 * one small state (`useLazyTooltip`) and gives its triggers three event handlers; on the first
 * pointer enter, focus or tap of a trigger, that trigger alone is rendered inside
 * `<ActiveTooltip>`, which mounts the Radix parts and opens at once.
 */

export type Activation = 'pointer' | 'focus' | 'touch'

export interface TooltipActivation<Key> {
  key: Key
  by: Activation
}

type Handlers = {
  onPointerEnter?: ((event: React.PointerEvent<never>) => void) | undefined
  onPointerDown?: ((event: React.PointerEvent<never>) => void) | undefined
}

/** What a trigger gets until it is first used. */
export type TriggerHandlers = Required<Handlers> & { onFocus: () => void }

/** The pointer type of the last pointerdown: click events do not carry it in every browser. */
let lastPointerType = ''

/**
 * Which trigger of a component has been used, if any, and the handlers that record it.
 * `own` are the caller's pointer handlers; they run first.
 */
export function useLazyTooltip<Key = true>() {
  const [active, setActive] = useState<TooltipActivation<Key> | null>(null)
  const activate = (key: Key, by: Activation) => {
    // What Radix does when one of its tooltips opens: every other open tooltip closes.
    document.dispatchEvent(new CustomEvent(RADIX_TOOLTIP_OPEN))
    setActive({ key, by })
  }
  const triggerProps = (key: Key, own: Handlers = {}): TriggerHandlers => ({
    onPointerEnter: (event: React.PointerEvent<never>) => {
      own.onPointerEnter?.(event)
      activate(key, event.pointerType === 'touch' ? 'touch' : 'pointer')
    },
    onPointerDown: (event: React.PointerEvent<never>) => {
      own.onPointerDown?.(event)
      lastPointerType = event.pointerType
      if (event.pointerType === 'touch') activate(key, 'touch')
    },
    // The caller's onFocus is not called here: the trigger is remounted and refocused at once,
    // and that focus reaches it (once).
    onFocus: () => activate(key, 'focus'),
  })
  return { active, triggerProps }
}

/** The document event Radix Tooltip sends and listens for to keep one tooltip open at a time. */
const RADIX_TOOLTIP_OPEN = 'tooltip.open'

export interface ActiveTooltipProps {
  /** How the trigger was first used. */
  activation: Activation
  /** The trigger: one element that takes DOM event props and a ref. */
  children: ReactElement
  /** The tooltip's content. */
  content: ReactNode
  /** @default 'top' */
  side?: 'top' | 'right' | 'bottom' | 'left'
  /** The caller's own `aria-describedby` for the trigger: Radix adds the tooltip's id to it. */
  describedBy?: string | undefined
}

/** A trigger that has been used: the Radix parts around it, open at first. */
export function ActiveTooltip({ activation, children, content, side = 'top', describedBy }: ActiveTooltipProps) {
  const { tooltipDelay } = useStatusKit()
  // The first use opens at once whatever the delay; the delay applies to later hovers.
  const [open, setOpen] = useState(true)
  const refocused = useRef(false)
  // Mounting Radix around the trigger replaces its element: give focus back to the new one, once.
  const restoreFocus = useCallback(
    (node: HTMLElement | null) => {
      if (node && activation === 'focus' && !refocused.current) {
        refocused.current = true
        node.focus()
      }
    },
    [activation],
  )
  // Radix opens on hover and focus only and closes on press; on touch screens a tap shows the
  // tooltip and keeps it open, and a tap elsewhere or Escape closes it.
  const keepOpenOnTouch = (event: SyntheticEvent, pointerType: string) => {
    if (pointerType !== 'touch') return
    event.preventDefault() // skips Radix's own handler
    setOpen(true)
  }
  return (
    <Tooltip.Provider delayDuration={tooltipDelay}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger
          asChild
          ref={restoreFocus}
          aria-describedby={describedBy}
          onPointerDown={(event) => {
            lastPointerType = event.pointerType
            keepOpenOnTouch(event, event.pointerType)
          }}
          onClick={(event) => keepOpenOnTouch(event, lastPointerType)}
        >
          {children}
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className="sk-tooltip" side={side} sideOffset={6} collisionPadding={8}>
            {content}
            <Tooltip.Arrow className="sk-tooltip__arrow" width={12} height={6} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  )
}
