/**
 * One punctuation rule for every tooltip (issue 10): a heading line (stage, status or step label,
 * the step state, the compact stepper's summary) has no full stop; every body line (explanation,
 * next step, "Updated ...") is a sentence and ends in terminal punctuation; list rows ("Monitoring:
 * completed") are label-state pairs, no sentences, and have none. The catalog keeps the spec's
 * words verbatim ("Authorization is completed"): the components apply the rule when they render.
 * Walks every status code, credential state index and collector state, in English, German and
 * Arabic.
 */
import type { UserEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CredentialStatePill, PipelineProgress, StatusBadge, StatusKitProvider, type StatusKitMessages } from '../../src'
import { COLLECTOR_STATES, CONNECTION_STATUS_CODES, CREDENTIAL_STATE_INDEXES } from '../../src/core'
import ar from '../../src/locales/ar'
import de from '../../src/locales/de'
import { credential, findTooltip, setup, spyOnWarnings } from './helpers'

const LOCALES: [string, StatusKitMessages | undefined][] = [['en', undefined], ['de', de], ['ar', ar]]
const CODES = [...CONNECTION_STATUS_CODES, 99] // 99: an unknown status explains itself too
const SENTENCE_END = /[.!?…؟]["'”“’‘»«)\]]*$/u
const NOW = new Date('2026-01-15T12:00:00Z')
const TIMESTAMPS = { authorization: '2026-01-15T11:00:00Z', loading: '2026-01-15T11:57:00Z', structuring: '2026-01-15T11:58:00Z', processing: '2026-01-15T11:59:00Z' }

// Status 99 warns once in development: not what this file is about.
beforeEach(() => void spyOnWarnings())
afterEach(() => vi.restoreAllMocks())

/** The open tooltip's lines, sorted by the part they play. */
async function tooltipLines() {
  const tooltip = await findTooltip()
  const texts = (selector: string) => [...tooltip.querySelectorAll(selector)].map((node) => node.textContent ?? '')
  return {
    headings: texts('.sk-tooltip__eyebrow, .sk-tooltip__title'),
    sentences: texts('.sk-tooltip__body, .sk-tooltip__action, .sk-tooltip__meta'),
    rows: texts('.sk-tooltip__list-item'),
  }
}

/** Every line of the open tooltip keeps the rule; `where` names the case in a failure. */
async function expectPunctuationRule(where: string) {
  const { headings, sentences, rows } = await tooltipLines()
  expect(sentences.length, `${where}: no body line`).toBeGreaterThan(0)
  for (const sentence of sentences) expect(sentence, `${where}: a body line is a sentence`).toMatch(SENTENCE_END)
  for (const line of [...headings, ...rows]) expect(line, `${where}: a heading or list row has no full stop`).not.toMatch(SENTENCE_END)
}

function inLocale(locale: string, messages: StatusKitMessages | undefined, ui: ReactElement) {
  return setup(
    <StatusKitProvider locale={locale} messages={messages}>
      {ui}
    </StatusKitProvider>,
  )
}

/** Tab to the stepper, then every step with the arrow keys, checking each step's tooltip. */
async function walkSteps(user: UserEvent, where: string) {
  await user.tab()
  await user.keyboard('{Home}')
  const seen = new Set<Element | null>()
  while (!seen.has(document.activeElement)) {
    seen.add(document.activeElement)
    await expectPunctuationRule(`${where}, step "${document.activeElement?.textContent}"`)
    await user.keyboard('{ArrowRight}')
  }
}

describe.each(LOCALES)('tooltip punctuation in %s', (locale, messages) => {
  it.each(CODES)("status %i: the badge's tooltip", async (code) => {
    const { user } = inLocale(locale, messages, <StatusBadge status={code} />)
    await user.tab()
    await expectPunctuationRule(`badge ${code}`)
  })

  it.each(CODES)("status %i: every step's tooltip, and the compact stepper's", async (code) => {
    const { user, unmount } = inLocale(locale, messages, <PipelineProgress status={code} timestamps={TIMESTAMPS} now={NOW} substages={{ forecasting: 'error' }} showSubstages />)
    await walkSteps(user, `stepper ${code}`)
    unmount()
    const compact = inLocale(locale, messages, <PipelineProgress status={code} density="compact" timestamps={TIMESTAMPS} now={NOW} />)
    await compact.user.tab()
    await expectPunctuationRule(`compact stepper ${code}`)
  })

  it.each(CREDENTIAL_STATE_INDEXES.flatMap((index) => COLLECTOR_STATES.map((collector) => [index, collector] as const)))(
    "credential state %i with a collector %s: the pill's tooltip, from the catalog and from an API message",
    async (index, collector) => {
      const fromCatalog = inLocale(locale, messages, <CredentialStatePill credential={credential(index, collector)} />)
      await fromCatalog.user.tab()
      await expectPunctuationRule(`pill ${index}/${collector}`)
      fromCatalog.unmount()
      const fromApi = inLocale(locale, messages, <CredentialStatePill credential={credential(index, collector, { title: '2FA code is required', message: 'A 2FA code has been sent to ***@gmail.com' })} />)
      await fromApi.user.tab()
      await expectPunctuationRule(`pill ${index}/${collector} with an API message`)
    },
  )
})

it.each([
  ['a question mark', 'Was it interrupted?', '{action}?'],
  ['a closing German quote', '„Unterbrochen.“', '„{action}!“'],
  ['a French guillemet after a space', '« Interrompu. »', '« {action}… »'],
  ['a closing bracket', 'Interrupted (error 14.)', '{action} (now.)'],
])('adds no second stop to a sentence that ends in %s', async (_, description, nextStep) => {
  const { user } = setup(
    <StatusKitProvider messages={{ connectionStatuses: { 14: { description } }, ui: { nextStep } }}>
      <StatusBadge status={14} />
    </StatusKitProvider>,
  )
  await user.tab()
  expect((await tooltipLines()).sentences).toEqual([description, nextStep.replace('{action}', 'Try again')])
})
