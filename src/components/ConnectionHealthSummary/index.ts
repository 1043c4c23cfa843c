export { ConnectionHealthSummary, type ConnectionHealthSummaryProps } from './ConnectionHealthSummary'
