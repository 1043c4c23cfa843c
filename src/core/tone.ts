/** What a status means, for colour and icon: the vocabulary of Primer and Polaris. */
export const TONES = ['neutral', 'info', 'progress', 'success', 'warning', 'danger'] as const
export type Tone = (typeof TONES)[number]
