/** Stories photographed with a tooltip open: the trigger is focused, as a keyboard user would. */
export const TOOLTIP_SHOTS: readonly { story: string; trigger: string }[] = []
