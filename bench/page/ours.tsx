import { CredentialStatePill, PipelineProgress, StatusBadge } from '../../src'
import type { Candidate } from './candidates'

/** Our components with default props (tooltips on), no provider: what a dashboard writes first. */
export const ourCandidates: Candidate[] = [
  {
    name: 'StatusBadge',
    floor: 'badge floor (span)',
    itemSelector: '.sk-badge',
    hoverSelector: '.sk-badge',
    render: ({ codes }) => <>{codes.map((code, i) => <StatusBadge key={i} status={code} />)}</>,
  },
  {
    name: 'CredentialStatePill',
    floor: 'pill floor (span)',
    itemSelector: '.sk-pill',
    hoverSelector: '.sk-pill',
    render: ({ credentials }) => <>{credentials.map((credential, i) => <CredentialStatePill key={i} credential={credential} />)}</>,
  },
  {
    name: 'PipelineProgress compact',
    floor: 'pipeline floor (bare dots)',
    itemSelector: '.sk-pipeline',
    hoverSelector: '.sk-pipeline__step',
    render: ({ codes }) => <>{codes.map((code, i) => <PipelineProgress key={i} status={code} density="compact" />)}</>,
  },
]
