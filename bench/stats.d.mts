/** Types for the tests of bench/stats.mjs (the bench itself is plain JavaScript). */
export interface Spread { median: number | null; min: number; max: number }
export interface Target { n: number; candidate: string; metric: string; value: number | null; cpuValue: number | null; limit: number; met: boolean }
export interface Summary { byN: Record<string, Record<string, { ratio?: Record<string, Spread | null> } & Record<string, unknown>>>; targets: Target[] }
export function summarize(samples: Record<string, Record<string, Record<string, number[]>>>, candidates: { name: string; floor?: string }[], options?: { targets?: boolean }): Summary
export function formatTable(results: unknown): string
export function quantile(values: number[], q: number): number | null
export const TARGETS: unknown[]
export function ratioSpread(values: number[], floors: number[]): { median: number | null; min: number; max: number } | null
export function round2(x: number | null): number | null
export interface DiffCase { name: string; items: number; changes: number; ms: number }
export const DIFF_CASES: DiffCase[]
export interface DiffSpread { median: number; q1: number; q3: number; samples: number[] }
export function summarizeDiff(samples: Record<string, { wall: number[]; cpu: number[] }>): Array<DiffCase & { wall: DiffSpread | null; cpu: DiffSpread | null; met: boolean }>
