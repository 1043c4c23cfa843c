// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COLLECTOR_STATE_TABLE, COMING_SOON_MESSAGE, CREDENTIAL_STATE_TABLE, SPEC_DIR, STATUS_TABLE, UI_MAPPING_EXPLANATIONS, UI_MAPPING_TABLE } from './spec-tables'

// The spec sits next to the repository in the workspace, not in a clone: check the transcription
// the other tests walk whenever the spec is at hand.
const statusesFile = join(SPEC_DIR, 'data-connection-statuses.txt')
const credentialsFile = join(SPEC_DIR, 'credential-collector-states.txt')
const haveSpec = existsSync(statusesFile) && existsSync(credentialsFile)

describe.skipIf(!haveSpec)('the transcribed spec tables match the spec files', () => {
  const statusLines = haveSpec ? readFileSync(statusesFile, 'utf8').split(/\r?\n/) : []
  const credentialText = haveSpec ? readFileSync(credentialsFile, 'utf8') : ''
  const credentialLines = credentialText.split(/\r?\n/)

  it('lists the same 20 status codes as the spec', () => {
    const codes = statusLines.map((line) => /^(\d+)[A-Z]/.exec(line)?.[1]).filter((code) => code !== undefined).map(Number)
    expect(codes).toEqual(STATUS_TABLE.map((row) => row.code))
  })

  it.each(STATUS_TABLE)('status $code $name is a row of the spec', ({ code, name, description }) => {
    expect(statusLines).toContain(`${code}${name}${description}`)
  })

  it.each(CREDENTIAL_STATE_TABLE)('credential state $index $name is a row of the spec', ({ index, name, description }) => {
    expect(credentialLines.some((line) => line.startsWith(`| ${name} | ${index} | ${description} |`))).toBe(true)
  })

  it.each(COLLECTOR_STATE_TABLE)('collector state $state is a row of the spec', ({ name, description }) => {
    expect(credentialLines).toContain(`| ${name} | ${description} |`)
  })

  it.each(UI_MAPPING_TABLE)('mapping row $label is a row of the spec', ({ condition, label, kind }) => {
    expect(credentialLines).toContain(`${condition} | ${label} | ${UI_MAPPING_EXPLANATIONS[kind]} |`)
  })

  it('quotes the coming-soon message from the spec', () => {
    expect(credentialText).toContain(`"${COMING_SOON_MESSAGE}"`)
  })
})
