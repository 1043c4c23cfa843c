'use client'
import { useEffect } from 'react'

/** Marks <html> once React has hydrated the page: run-next.mjs waits for it. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return null
}
