export { SyncActivity, type SyncActivityProps } from './SyncActivity'
