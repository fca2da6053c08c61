/**
 * packages/changelog owns the changelog: its config, the commits of a release and their groups,
 * rendering a section in each style (and detecting a file's style), upserting it into the file
 * (keeping hand edits), the release notes, and the whole history as git-cliff renders it.
 */
export * from './config.ts'
export * from './commits.ts'
export * from './render.ts'
export * from './document.ts'
export * from './notes.ts'
export * from './generate.ts'
export * from './history.ts'
export * from './style.ts'
