export { TwoFactorQueue, type TwoFactorQueueProps } from './TwoFactorQueue'
export type { TwoFactorQueueItem } from './read-items'
