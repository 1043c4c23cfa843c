/**
 * Profiling by elimination (`npm run bench -- --variants`): StatusBadge's work added one piece
 * at a time, between the bare-span floor and the real component, so that the step that costs
 * shows up as a jump in the ratio. Each variant is self-contained (it mimics a pattern rather than
 * importing internals) so that it keeps compiling while the components change.
 */
import { cloneElement, createContext, useContext, useReducer, useState, type ReactElement } from 'react'
import { StatusBadge } from '../../src'
import { connectionPipeline, describeConnectionStatus, type PipelineStep } from '../../src/core'
import { defaultStatusKitMessages as defaultMessages } from '../../src/provider/ui-messages'
import type { Candidate } from './candidates'
import { FLOOR_BADGE_LABEL } from './data'

const TONE = Object.fromEntries(Object.keys(defaultMessages.connectionStatuses).map((code) => [code, describeConnectionStatus(Number(code)).tone]))
const Context = createContext({ messages: defaultMessages, locale: 'en', tooltipDelay: 0 })

/** A: the markup StatusBadge commits (five attributes), written inline, values looked up. */
function markup(code: number, key?: number) {
  return <span key={key} className="sk-badge" data-tone={TONE[code]} data-status={code} data-size="md" tabIndex={0}>{FLOOR_BADGE_LABEL[code]}</span>
}
/** B: A inside a function component. */
function B({ code }: { code: number }) {
  return markup(code)
}
/** C: B plus a context read. */
function C({ code }: { code: number }) {
  useContext(Context)
  return markup(code)
}
/** D: C plus the core's describeConnectionStatus on every render. */
function D({ code }: { code: number }) {
  const { messages } = useContext(Context)
  const info = describeConnectionStatus(code, { messages })
  return <span className="sk-badge" data-tone={info.tone} data-status={info.known ? info.code! : 'unknown'} data-size="md" tabIndex={0}>{info.label}</span>
}
/** A without data-size, and without tabindex too: what each attribute costs. */
function markup4(code: number, key?: number) {
  return <span key={key} className="sk-badge" data-tone={TONE[code]} data-status={code} tabIndex={0}>{FLOOR_BADGE_LABEL[code]}</span>
}
function markup3(code: number, key?: number) {
  return <span key={key} className="sk-badge" data-tone={TONE[code]} data-status={code}>{FLOOR_BADGE_LABEL[code]}</span>
}
/** A plus event props with stable (module-level) handlers: what React's per-prop work costs. */
const noop = () => {}
function markupHandlers4(code: number, key?: number) {
  return <span key={key} className="sk-badge" data-tone={TONE[code]} data-status={code} data-size="md" tabIndex={0}
    onPointerEnter={noop} onPointerDown={noop} onFocus={noop} onClick={noop}>{FLOOR_BADGE_LABEL[code]}</span>
}
function markupHandlers3(code: number, key?: number) {
  return <span key={key} className="sk-badge" data-tone={TONE[code]} data-status={code} data-size="md" tabIndex={0}
    onPointerEnter={noop} onPointerDown={noop} onFocus={noop}>{FLOOR_BADGE_LABEL[code]}</span>
}
function markupHandlers2(code: number, key?: number) {
  return <span key={key} className="sk-badge" data-tone={TONE[code]} data-status={code} data-size="md" tabIndex={0}
    onPointerEnter={noop} onFocus={noop}>{FLOOR_BADGE_LABEL[code]}</span>
}
/** G: D plus useState and fresh handler closures on the span itself (no wrapper, no cloneElement). */
function G({ code }: { code: number }) {
  const { messages } = useContext(Context)
  const [active, setActive] = useState(false)
  const info = describeConnectionStatus(code, { messages })
  return (
    <span className="sk-badge" data-tone={info.tone} data-status={info.known ? info.code! : 'unknown'} data-size="md" tabIndex={0}
      data-active={active || undefined} onPointerEnter={() => setActive(true)} onFocus={() => setActive(true)} onPointerDown={() => {}} onClick={() => {}}>
      {info.label}
    </span>
  )
}
/** H: no hook but the context read; module-level handlers (a delegated or shared tooltip); no data-size. */
const activate = (event: { currentTarget: HTMLElement }) => void event.currentTarget.dataset.active
function H({ code }: { code: number }) {
  const { messages } = useContext(Context)
  const info = describeConnectionStatus(code, { messages })
  return (
    <span className="sk-badge" data-tone={info.tone} data-status={info.known ? info.code! : 'unknown'} tabIndex={0} onPointerEnter={activate} onFocus={activate}>
      {info.label}
    </span>
  )
}
/**
 * L: the leanest StatusBadge we could write with the same markup: a cached description (no object
 * per render), `useReducer`'s dispatch as the event handler (stable identity: no closures, and React
 * leaves the handler props alone on update), no data-size for the default size.
 */
type Activation = 'pointer' | 'focus' | 'touch' | null
const activation = (state: Activation, event: { type: string; pointerType?: string }): Activation =>
  state ?? (event.type === 'focus' ? 'focus' : event.pointerType === 'touch' ? 'touch' : 'pointer')
const describedByMessages = new WeakMap<object, Map<number, ReturnType<typeof describeConnectionStatus>>>()
function describeCached(code: number, messages: typeof defaultMessages) {
  let byCode = describedByMessages.get(messages)
  if (!byCode) describedByMessages.set(messages, (byCode = new Map()))
  let info = byCode.get(code)
  if (!info) byCode.set(code, (info = describeConnectionStatus(code, { messages })))
  return info
}
function L({ code }: { code: number }) {
  const { messages } = useContext(Context)
  const [active, dispatch] = useReducer(activation, null)
  const info = describeCached(code, messages)
  return (
    <span className="sk-badge" data-tone={info.tone} data-status={info.known ? info.code! : 'unknown'} tabIndex={0}
      data-active={active ?? undefined} onPointerEnter={dispatch} onPointerDown={dispatch} onFocus={dispatch}>
      {info.label}
    </span>
  )
}
/** E: D wrapped in a lazy-tooltip shell: one more component, useState and cloneElement with handlers. */
function Lazy({ children }: { children: ReactElement<Record<string, unknown>> }) {
  const [active, setActive] = useState(false)
  if (active) return children
  return cloneElement(children, {
    onPointerEnter: () => setActive(true),
    onPointerDown: () => {},
    onFocus: () => setActive(true),
    onClick: () => {},
  })
}
function E({ code }: { code: number }) {
  return <Lazy><D code={code} /></Lazy>
}

const variant = (name: string, render: Candidate['render']): Candidate => ({ name, floor: 'StatusBadge markup floor', itemSelector: '.sk-badge', render })

export const variantCandidates: Candidate[] = [
  variant('A: markup (5 attributes), inline', ({ codes }) => <>{codes.map((code, i) => markup(code, i))}</>),
  variant('A4: markup without data-size', ({ codes }) => <>{codes.map((code, i) => markup4(code, i))}</>),
  variant('A3: markup without data-size and tabindex', ({ codes }) => <>{codes.map((code, i) => markup3(code, i))}</>),
  variant('A+4h: markup + 4 stable event props (incl. onClick)', ({ codes }) => <>{codes.map((code, i) => markupHandlers4(code, i))}</>),
  variant('A+3h: markup + 3 stable event props (no onClick)', ({ codes }) => <>{codes.map((code, i) => markupHandlers3(code, i))}</>),
  variant('A+2h: markup + onPointerEnter, onFocus', ({ codes }) => <>{codes.map((code, i) => markupHandlers2(code, i))}</>),
  variant('B: + function component', ({ codes }) => <>{codes.map((code, i) => <B key={i} code={code} />)}</>),
  variant('C: + useContext', ({ codes }) => <>{codes.map((code, i) => <C key={i} code={code} />)}</>),
  variant('D: + describeConnectionStatus', ({ codes }) => <>{codes.map((code, i) => <D key={i} code={code} />)}</>),
  variant('E: + lazy tooltip shell (useState, cloneElement)', ({ codes }) => <>{codes.map((code, i) => <E key={i} code={code} />)}</>),
  variant('G: D + useState, handlers on the span', ({ codes }) => <>{codes.map((code, i) => <G key={i} code={code} />)}</>),
  variant('H: D, stable module handlers, no data-size', ({ codes }) => <>{codes.map((code, i) => <H key={i} code={code} />)}</>),
  variant('L: leanest badge (cached describe, dispatch as handler)', ({ codes }) => <>{codes.map((code, i) => <L key={i} code={code} />)}</>),
  variant('F: StatusBadge tooltip={false}', ({ codes }) => <>{codes.map((code, i) => <StatusBadge key={i} status={code} tooltip={false} />)}</>),
]

// PipelineProgress compact, by elimination: the markup it commits, without components.
const STEPS = Object.fromEntries(Object.keys(defaultMessages.connectionStatuses).map((code) => [code, connectionPipeline(Number(code))]))
const stepText = (step: PipelineStep) => `${step.label}, ${defaultMessages.stepStates[step.state]}`

export const pipelineVariants: Candidate[] = [
  {
    name: 'P1: compact markup inline (div, ol, li + text, tabindex)',
    floor: 'PipelineProgress compact markup floor',
    itemSelector: '.sk-pipeline',
    render: ({ codes }) => (
      <>
        {codes.map((code, i) => (
          <div key={i} className="sk-pipeline" data-orientation="horizontal" data-density="compact">
            <ol className="sk-pipeline__steps" aria-label="Connection progress">
              {STEPS[code]!.map((step) => (
                <li key={step.id} className="sk-pipeline__step" data-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined} tabIndex={0}>
                  {stepText(step)}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </>
    ),
  },
  {
    name: 'P2: P1 without the div (ol is the root)',
    floor: 'PipelineProgress compact markup floor',
    itemSelector: '.sk-pipeline',
    render: ({ codes }) => (
      <>
        {codes.map((code, i) => (
          <ol key={i} className="sk-pipeline" aria-label="Connection progress">
            {STEPS[code]!.map((step) => (
              <li key={step.id} className="sk-pipeline__step" data-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined} tabIndex={0}>
                {stepText(step)}
              </li>
            ))}
          </ol>
        ))}
      </>
    ),
  },
  {
    name: 'P3: P2 with precomputed text, no tabindex',
    floor: 'PipelineProgress compact markup floor',
    itemSelector: '.sk-pipeline',
    render: ({ codes }) => (
      <>
        {codes.map((code, i) => (
          <ol key={i} className="sk-pipeline">
            {STEPS[code]!.map((step) => <li key={step.id} className="sk-pipeline__step" data-state={step.state}>{step.label}</li>)}
          </ol>
        ))}
      </>
    ),
  },
  {
    name: 'P4: P1 with connectionPipeline per render, in a component',
    floor: 'PipelineProgress compact markup floor',
    itemSelector: '.sk-pipeline',
    render: ({ codes }) => <>{codes.map((code, i) => <P4 key={i} code={code} />)}</>,
  },
]

function P4({ code }: { code: number }) {
  const { messages } = useContext(Context)
  const steps = connectionPipeline(code, { messages })
  return (
    <div className="sk-pipeline" data-orientation="horizontal" data-density="compact">
      <ol className="sk-pipeline__steps" aria-label="Connection progress">
        {steps.map((step) => (
          <li key={step.id} className="sk-pipeline__step" data-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined} tabIndex={0}>
            {stepText(step)}
          </li>
        ))}
      </ol>
    </div>
  )
}
