'use client'
import { useEffect, useLayoutEffect } from 'react'

/** A layout effect in the browser; on the server (where effects never run) React 18 warns about one. */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect
