/**
 * Issue 19, item 15: the time props accept what the README says, a Date, an ISO 8601 string or
 * epoch milliseconds, with one type (`TimeInput`). Not run by Vitest: `npm run typecheck`
 * compiles it, and a `@ts-expect-error` that no longer errors fails it too, so the type cannot
 * silently widen to `unknown`. The README's own examples are compiled by test/readme.
 */
import type { TimeInput as CoreTimeInput } from '../../src/core'
import { PipelineProgress, StatusHistory, type TimeInput } from '../../src'

// The two TS2322 errors, as written.
export const epochTimestamp = <PipelineProgress status={15} timestamps={{ structuring: 1767225600000 }} />
export const isoNow = <PipelineProgress status={15} now="2026-01-01T00:00:00Z" />

// Every form, in every prop that takes a time.
const times: TimeInput[] = [new Date('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00Z', 1767225600000]
export const everyForm = times.map((time) => (
  <>
    <PipelineProgress status={15} timestamps={{ loading: time, structuring: time }} now={time} />
    <PipelineProgress status={15} density="compact" timestamps={{ structuring: time }} now={time} />
    <StatusHistory events={[]} now={time} />
  </>
))

// The core exports the same type.
export const sameType: CoreTimeInput[] = times

// Still a type: what is not a time does not compile.
// @ts-expect-error a boolean is no time
export const notATimestamp = <PipelineProgress status={15} timestamps={{ structuring: true }} />
// @ts-expect-error an object is no time
export const notANow = <PipelineProgress status={15} now={{ at: 1767225600000 }} />
