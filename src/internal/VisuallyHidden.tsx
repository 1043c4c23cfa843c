import type { ReactNode } from 'react'

/** Text for screen readers only (the class lives in base.css). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sk-visually-hidden">{children}</span>
}
