/** Types for the tests of bench/stats.mjs (the bench itself is plain JavaScript). */
export interface Spread { median: number | null; min: number; max: number }
export interface Summary { byN: Record<string, Record<string, { ratio?: Record<string, Spread | null> } & Record<string, unknown>>>; targets: unknown[] }
export function summarize(samples: Record<string, Record<string, Record<string, number[]>>>, candidates: { name: string; floor?: string }[], options?: { targets?: boolean }): Summary
export function formatTable(results: unknown): string
export function quantile(values: number[], q: number): number | null
export const TARGETS: unknown[]
export function ratioSpread(values: number[], floors: number[]): { median: number | null; min: number; max: number } | null
export function round2(x: number | null): number | null
