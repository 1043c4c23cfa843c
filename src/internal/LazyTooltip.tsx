'use client'
import * as Tooltip from '@radix-ui/react-tooltip'
import { cloneElement, useCallback, useRef, useState, type ReactElement, type ReactNode, type SyntheticEvent } from 'react'
import { useStatusKit } from '../provider/StatusKitProvider'

type TriggerElementProps = {
  onPointerEnter?: (event: React.PointerEvent<HTMLElement>) => void
  onPointerDown?: (event: React.PointerEvent<HTMLElement>) => void
  onFocus?: (event: React.FocusEvent<HTMLElement>) => void
  onClick?: (event: React.MouseEvent<HTMLElement>) => void
}

export interface LazyTooltipProps {
  /** The trigger: one element that takes DOM event props and a ref. */
  children: ReactElement<TriggerElementProps>
  /** Builds the tooltip's content; called only once the tooltip is in use. */
  content: () => ReactNode
  /** @default 'top' */
  side?: 'top' | 'right' | 'bottom' | 'left'
}

type Activation = 'pointer' | 'focus' | 'touch'

/** The pointer type of the last pointerdown anywhere: a click event does not say it in every browser. */
let lastPointerType = ''

/**
 * A Radix tooltip that costs nothing until it is used. Dashboards render thousands of triggers and
 * a Radix `Tooltip.Root` each makes mounting ~36x slower than a bare span, so until the first
 * pointer enter, focus or tap a trigger is just its element with three handlers; then the Radix
 * parts mount around it and open at once.
 */
export function LazyTooltip({ children, content, side = 'top' }: LazyTooltipProps) {
  const [activation, setActivation] = useState<Activation | null>(null)
  if (activation !== null) {
    return <ActiveTooltip activation={activation} content={content} side={side}>{children}</ActiveTooltip>
  }
  const own = children.props
  return cloneElement(children, {
    onPointerEnter: (event) => {
      own.onPointerEnter?.(event)
      if (event.pointerType !== 'touch') setActivation('pointer')
    },
    onPointerDown: (event) => {
      own.onPointerDown?.(event)
      lastPointerType = event.pointerType
    },
    onFocus: (event) => {
      own.onFocus?.(event)
      setActivation('focus')
    },
    onClick: (event) => {
      own.onClick?.(event)
      // Radix opens on hover and focus only; on touch screens a tap shows the tooltip.
      if (lastPointerType === 'touch') setActivation('touch')
    },
  })
}

interface ActiveTooltipProps extends LazyTooltipProps {
  activation: Activation
}

function ActiveTooltip({ activation, children, content, side }: ActiveTooltipProps) {
  const { tooltipDelay } = useStatusKit()
  const [open, setOpen] = useState(activation !== 'pointer' || tooltipDelay === 0)
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
  const keepOpenOnTouch = (event: SyntheticEvent, pointerType: string) => {
    if (pointerType !== 'touch') return
    event.preventDefault() // skips Radix's close-on-press; tapping elsewhere or Escape closes
    setOpen(true)
  }
  return (
    <Tooltip.Provider delayDuration={tooltipDelay}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger
          asChild
          ref={restoreFocus}
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
            {content()}
            <Tooltip.Arrow className="sk-tooltip__arrow" width={12} height={6} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  )
}
