import type { Candidate } from './candidates'

/** Our components; filled in once they exist in src/components. */
export const ourCandidates: Candidate[] = []
