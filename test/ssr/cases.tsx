// Every component in every state, as elements to render on the server and hydrate on the client.
// Imported twice by ssr.test.tsx: once without a DOM (server), once after a DOM exists (client).
import type { ReactElement } from 'react'
import { NextStepAction } from '../../src'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider, TwoFactorBanner, TwoFactorQueue } from '../../src'
import { COLLECTOR_STATES, CONNECTION_STATUS_CODES, CREDENTIAL_STATE_INDEXES, PROCESSING_SUBSTAGES, STEP_STATES } from '../../src/core'

export interface SsrCase {
  name: string
  element: () => ReactElement
}

const NOW = new Date('2026-01-15T12:00:00Z')
const TIMESTAMPS = { authorization: '2026-01-15T10:00:00Z', loading: new Date('2026-01-15T11:58:00Z'), processing: 'not a date' }
const BAD_INPUTS: unknown[] = [undefined, null, NaN, -1, 1.5, '', 'fourteen', 999, {}, [], Symbol('x'), 10n]

const credential = (index: unknown, collector: unknown = 'active') => ({
  state: { index, max: 7, title: `Title ${String(index)}`, message: `Message for ${String(index)} <b>as text</b>` },
  collector: { state: collector },
})

const badgeCases: SsrCase[] = [
  ...CONNECTION_STATUS_CODES.flatMap((status) =>
    (['md', 'sm'] as const).map((size) => ({ name: `StatusBadge ${status} ${size}`, element: () => <StatusBadge status={status} size={size} /> })),
  ),
  ...BAD_INPUTS.map((status, i) => ({ name: `StatusBadge bad input #${i}`, element: () => <StatusBadge status={status} /> })),
  { name: 'StatusBadge label, no tooltip', element: () => <StatusBadge status={14} label="Mine" tooltip={false} /> },
  { name: 'StatusBadge custom tooltip', element: () => <StatusBadge status="14" tooltip={<b>Custom</b>} className="x" data-row="1" /> },
]

const pipelineCases: SsrCase[] = [
  ...CONNECTION_STATUS_CODES.flatMap((status) =>
    (['horizontal', 'vertical'] as const).flatMap((orientation) =>
      (['default', 'compact'] as const).map((density) => ({
        name: `PipelineProgress ${status} ${orientation} ${density}`,
        element: () => <PipelineProgress status={status} orientation={orientation} density={density} />,
      })),
    ),
  ),
  ...STEP_STATES.flatMap((state) =>
    [false, true].map((showSubstages) => ({
      name: `PipelineProgress substages ${state} showSubstages=${showSubstages}`,
      element: () => (
        <PipelineProgress status={16} substages={Object.fromEntries(PROCESSING_SUBSTAGES.map((id) => [id, state]))} showSubstages={showSubstages} />
      ),
    })),
  ),
  { name: 'PipelineProgress deduplication, not responsive', element: () => <PipelineProgress status={14} showDeduplication responsive={false} /> },
  { name: 'PipelineProgress timestamps with now', element: () => <PipelineProgress status={14} timestamps={TIMESTAMPS} now={NOW} /> },
  // Without `now` the relative times depend on the clock: they must wait for the mount.
  { name: 'PipelineProgress timestamps without now', element: () => <PipelineProgress status={14} timestamps={TIMESTAMPS} showSubstages /> },
  ...BAD_INPUTS.map((status, i) => ({ name: `PipelineProgress bad input #${i}`, element: () => <PipelineProgress status={status} /> })),
]

const pillCases: SsrCase[] = [
  ...CREDENTIAL_STATE_INDEXES.flatMap((index) =>
    COLLECTOR_STATES.map((collector) => ({
      name: `CredentialStatePill ${index} ${collector}`,
      element: () => <CredentialStatePill credential={credential(index, collector)} />,
    })),
  ),
  { name: 'CredentialStatePill sm, comingSoonMessage', element: () => <CredentialStatePill credential={credential(0, 'planned')} size="sm" comingSoonMessage="Soon" /> },
  { name: 'CredentialStatePill label, no tooltip', element: () => <CredentialStatePill credential={credential(7)} label="Mine" tooltip={false} /> },
  ...BAD_INPUTS.map((value, i) => ({ name: `CredentialStatePill bad input #${i}`, element: () => <CredentialStatePill credential={value} /> })),
]

const submit = async () => {}
const bannerCases: SsrCase[] = [
  ...CREDENTIAL_STATE_INDEXES.flatMap((index) =>
    COLLECTOR_STATES.flatMap((collector) => [
      { name: `TwoFactorBanner ${index} ${collector}`, element: () => <TwoFactorBanner credential={credential(index, collector)} /> },
      {
        name: `TwoFactorBanner ${index} ${collector} form + dismiss`,
        element: () => <TwoFactorBanner credential={credential(index, collector)} onSubmitCode={submit} onDismiss={() => {}} />,
      },
    ]),
  ),
  { name: 'TwoFactorBanner action', element: () => <TwoFactorBanner credential={credential(3)} action={<a href="/2fa">Enter the code</a>} /> },
  // issue 22, item 4: the subject, and the queue for many credentials (284, five shown).
  { name: 'TwoFactorBanner subject, form', element: () => <TwoFactorBanner credential={credential(3)} subject="Xero" onSubmitCode={submit} /> },
  { name: 'TwoFactorBanner subject, verifying', element: () => <TwoFactorBanner credential={credential(4)} subject="Xero" /> },
  {
    name: 'TwoFactorQueue 284',
    element: () => <TwoFactorQueue items={Array.from({ length: 284 }, (_, i) => ({ id: `c${i}`, subject: `Supplier ${i}`, credential: credential(i % 2 ? 3 : 4) }))} onSubmitCode={submit} />,
  },
  ...BAD_INPUTS.map((value, i) => ({ name: `TwoFactorQueue bad input #${i}`, element: () => <TwoFactorQueue items={[{ id: 'x', subject: value as string, credential: value }]} /> })),
  ...BAD_INPUTS.map((value, i) => ({ name: `TwoFactorBanner bad input #${i}`, element: () => <TwoFactorBanner credential={value} /> })),
]

const providerCases: SsrCase[] = [
  {
    name: 'StatusKitProvider de with overrides, every component',
    element: () => (
      <StatusKitProvider locale="de" messages={{}}>
        <StatusBadge status={14} />
        <PipelineProgress status={16} timestamps={TIMESTAMPS} now={NOW} />
        <CredentialStatePill credential={credential(0, 'planned')} />
        <TwoFactorBanner credential={credential(3)} onSubmitCode={submit} />
      </StatusKitProvider>
    ),
  },
  {
    name: 'two badges and two banners side by side (distinct ids)',
    element: () => (
      <div>
        <StatusBadge status={14} />
        <StatusBadge status={14} />
        <TwoFactorBanner credential={credential(3)} onSubmitCode={submit} />
        <TwoFactorBanner credential={credential(3)} onSubmitCode={submit} />
      </div>
    ),
  },
]

// issue 22, part 1: every status and credential index, as a button and as a link, and bad input.
const nextStepCases: SsrCase[] = [
  ...CONNECTION_STATUS_CODES.map((status) => ({ name: `NextStepAction ${status}`, element: () => <NextStepAction status={status} subject="Stripe" onAction={submit} /> })),
  ...CREDENTIAL_STATE_INDEXES.map((index) => ({ name: `NextStepAction credential ${index}`, element: () => <NextStepAction credential={credential(index)} subject="Xero" size="sm" /> })),
  { name: 'NextStepAction as a link', element: () => <NextStepAction status={8} subject="Stripe" hrefs={{ reconnect: '/reconnect' }} /> },
  ...BAD_INPUTS.map((status, i) => ({ name: `NextStepAction bad input #${i}`, element: () => <NextStepAction status={status} subject="Stripe" /> })),
]

/** The main states also render inside a provider, as most apps will (variants only without, to save time). */
const inProvider = (c: SsrCase) => !/bad input|vertical|compact| sm$/.test(c.name)
export const cases: SsrCase[] = [...badgeCases, ...pipelineCases, ...pillCases, ...bannerCases, ...nextStepCases]
  .flatMap((c) => (inProvider(c) ? [c, { name: `${c.name} (in provider)`, element: () => <StatusKitProvider>{c.element()}</StatusKitProvider> }] : [c]))
  .concat(providerCases)
