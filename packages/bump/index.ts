/**
 * packages/bump: `release-actions bump` as a use case. readBumpState reads what a release of the
 * repository depends on (writing nothing), bumpPlan decides from that alone (every refusal, and
 * what will be written, committed, tagged and pushed: also the --dry-run text), and applyBump
 * carries the plan out step by step, undoing what it made when a later step fails.
 */
export * from './plan.ts'
export * from './state.ts'
export * from './apply.ts'
