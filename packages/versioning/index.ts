export * from './semver.ts'
export * from './tags.ts'
export * from './policy.ts'
export * from './compute.ts'
