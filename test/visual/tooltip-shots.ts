/**
 * Stories photographed with a tooltip open, one per kind of trigger: the trigger is focused, as a
 * keyboard user would, which opens the tooltip at once.
 */
export const TOOLTIP_SHOTS: readonly { story: string; trigger: string }[] = [
  { story: 'components-statusbadge--structuring-error-14', trigger: '.sk-badge' },
  { story: 'components-pipelineprogress--with-timestamps', trigger: '[aria-current="step"] .sk-pipeline__trigger' },
  { story: 'components-credentialstatepill--planned-collector', trigger: '.sk-pill' },
]
