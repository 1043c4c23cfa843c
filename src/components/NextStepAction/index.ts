export { NextStepAction, type NextStepActionProps, type NextStepHrefs } from './NextStepAction'
export type { NextStepActionId } from './next-step'
