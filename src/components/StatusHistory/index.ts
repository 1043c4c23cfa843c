export { StatusHistory, type StatusHistoryProps } from './StatusHistory'
