/**
 * packages/supersede: superseding a bad release. The use case with its options (run.ts), the plan
 * and its application (supersede.ts: which good release each rolling alias rolls back to, by the
 * release policy of packages/versioning/lines.ts), and the banner and title of a superseded
 * release (banner.ts).
 */
export * from './banner.ts'
export * from './supersede.ts'
export * from './run.ts'
