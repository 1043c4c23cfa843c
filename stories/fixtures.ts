import type { ApiCredential } from '../src/core'

/** What the API sends for each state index (titles and messages as a collector would word them). */
const API_TEXTS: Record<number, { title: string; message: string }> = {
  [-2]: { title: 'Disconnect', message: 'The portal ended the session. Reconnect the credential to resume collection.' },
  [-1]: { title: 'Error', message: 'The portal answered with an unexpected error.' },
  0: { title: 'Unknown', message: 'Something went wrong - Unexpected state' },
  1: { title: 'Preparing collect', message: 'Initial preparation phase before collection starts' },
  2: { title: 'Authentication in progress', message: 'Signing in to the supplier portal.' },
  3: { title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' },
  4: { title: 'Performing 2FA', message: 'Processing the provided 2FA code' },
  5: { title: 'Collecting data', message: 'Gathering data from the collector source' },
  6: { title: 'Downloading invoices', message: '12 of 40 invoices downloaded' },
  7: { title: 'Done', message: 'Collection completed successfully' },
}

/** An API credential object (spec: `{ state: { index, max, title, message }, collector: { state } }`). */
export function credential(index: number, collector: string = 'active'): ApiCredential {
  return { state: { index, max: 7, ...API_TEXTS[index] }, collector: { state: collector } }
}
