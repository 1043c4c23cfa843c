export { PipelineProgress, type PipelineProgressProps } from './PipelineProgress'
