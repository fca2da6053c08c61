/**
 * packages/versioning: versions and the release policy. SemVer (semver.ts); release tags and ref
 * inputs, the one tag -> version parser (tags.ts); "highest of its line", which release each
 * rolling alias and Latest point at (lines.ts); bumps and release-candidate counters (policy.ts);
 * compute-version's use case, `computeVersion` with its options (compute.ts); which release tags a
 * commit reaches (reach.ts).
 */
export * from './semver.ts'
export * from './tags.ts'
export * from './lines.ts'
export * from './policy.ts'
export * from './compute.ts'
export * from './reach.ts'
