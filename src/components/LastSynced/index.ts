export { LastSynced, type LastSyncedProps } from './LastSynced'
