'use client'
import * as Tooltip from '@radix-ui/react-tooltip'
import { useLayoutEffect, useRef, useState } from 'react'
import { useStatusKit } from '../provider/StatusKitProvider'
import { focusOwnerOf } from './ancestor-focus'
import { BoundTrigger } from './BoundTrigger'
import type { ActiveTooltipProps } from './LazyTooltip'
import { settled } from './tooltip-loader'

/*
 * The tooltip stack: loaded on demand (tooltip-loader.ts), so the Radix and floating-ui code is not
 * in a page's initial JavaScript. LazyTooltip.tsx renders this once the module is there.
 */

/** The Radix parts for a trigger that has been used, open at first. */
export function ActiveTooltip({ activation, content, side = 'top', describedBy, onTriggerGone }: ActiveTooltipProps) {
  const { tooltipDelay } = useStatusKit()
  // The first use opens at once whatever the delay; the delay applies to later hovers. Only the
  // user's own act opens a tooltip by itself: a settled activation starts closed (tooltip-loader.ts).
  const [open, setOpen] = useState(() => !settled.has(activation))
  const pointerType = useRef(activation.by === 'touch' ? 'touch' : '')
  // True from a touch press or its click to the end of that task: what the tap does to the page
  // (a label focusing its checkbox, say) blurs the trigger within the same task.
  const touchPress = useRef(false)
  useLayoutEffect(() => {
    settled.add(activation)
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
