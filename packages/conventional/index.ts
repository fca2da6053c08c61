/**
 * Conventional Commits: parsing (parse.ts), the shapes of release commits and dependency updates
 * (housekeeping.ts), and which commits of a range are changes and what release they call for
 * (rules.ts), shared by compute-version and generate-changelog.
 */
export * from './parse.ts'
export * from './housekeeping.ts'
export * from './rules.ts'
