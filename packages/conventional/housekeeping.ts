/**
 * Commits that are bookkeeping rather than changes, recognised by their shape:
 * - release commits written by release tools (release-please, lerna, changesets, cargo-release,
 *   semantic-release, standard-version, release-it, bump2version, commitizen, Maven, this suite's own
 *   `chore(release): vX.Y.Z`): the header names a version, or is exactly one of the tools'
 *   fixed messages. `chore(release): update cargo-deb usage` is real work and is not one.
 * - dependency updates by Dependabot and Renovate (`chore(deps): bump x from 1 to 2`,
 *   `fix(deps): update dependency x to v2`, `Bump x from 1 to 2`, …).
 * The release patterns are plain regular expressions without look-around, so the same list can be
 * handed to other tools (git-cliff's Rust regex) to compare what both leave out.
 */
import type { ConventionalCommit } from './parse.ts'

const VERSION = String.raw`v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9a-z.-]+)?(\+[0-9a-z.-]+)?`
/** A package name before its version: `pkg@1.2.3`, `pkg-v1.2.3`, `pkg/v1.2.3`, `@scope/pkg@1.2.3`. */
const PACKAGE = String.raw`@?[0-9a-z_./-]*[0-9a-z_]`
/** A squash merge's `(#123)` and CI skip markers (`[skip ci]`) after the message. */
const TAIL = String.raw`( \(#[0-9]+\)| \[[a-z -]+\])*$`
const TYPE = String.raw`(chore|build|release|ci|docs)(\([^()]*\))?!?: ?`
const CHORE = String.raw`chore(\([^()]*\))?: `
const VERB = String.raw`(release|releasing|released|publish|published|prepare|prepare for|prepare release|prepare for release|bump version to|bump version|bump to|set version to|version|cut|tag)`

/**
 * Headers of release commits (case-insensitive). Each names a version, or is a release tool's
 * fixed message.
 */
export const RELEASE_COMMIT_PATTERNS: readonly string[] = [
  // v1.2.3 (lerna, fixed mode), 1.2.3 (npm version), chore(release): 1.2.3 [skip ci]
  // (semantic-release, standard-version), chore(release): v1.2.3 (this suite), pkg@1.2.3
  String.raw`^(${TYPE})?(${PACKAGE}(@|-|/))?${VERSION}${TAIL}`,
  // chore(main): release 1.2.3 / release pkg 1.2.3 (release-please), Release v1.2.3 (release-it),
  // chore(release): publish v1.2.3 (lerna --message), chore: Release crate version 1.2.3
  // (cargo-release), build: release v1.2.3, chore: bump version to 1.2.3
  String.raw`^(${TYPE})?${VERB}( ${PACKAGE})?( version)?:? (${PACKAGE}(@|-|/))?${VERSION}${TAIL}`,
  // chore(release): publish, Publish (lerna), chore: Release (cargo-release)
  String.raw`^(${CHORE})?publish${TAIL}`,
  String.raw`^${CHORE}release( (main|master))?${TAIL}`,
  // Version Packages (changesets), chore: version packages
  String.raw`^(${CHORE})?version packages( \([0-9a-z_-]+\))?${TAIL}`,
  // docs: Update changelog, chore: update CHANGELOG for v1.2.3
  String.raw`^(chore|docs)(\([^()]*\))?: (update|updated|regenerate|generate) (the )?changelog( (for|to) (${PACKAGE}(@|-|/| ))?${VERSION})?${TAIL}`,
  // chore: bump version, Bump version: 1.2.3 → 1.2.4 (bump2version)
  String.raw`^(${CHORE})?bump version${TAIL}`,
  String.raw`^(${TYPE})?bump version:? ${VERSION} (→|->) ${VERSION}${TAIL}`,
  // bump: version 4.16.5 → 4.17.0 (commitizen)
  String.raw`^bump(\([^()]*\))?: version ${VERSION} (→|->) ${VERSION}${TAIL}`,
  // [maven-release-plugin] prepare release v1.2.3, (cargo-release) version 1.2.3
  String.raw`^\[maven-release-plugin\] `,
  String.raw`^\(cargo-release\) `,
]

const RELEASE_COMMIT_RES = RELEASE_COMMIT_PATTERNS.map(p => new RegExp(p, 'i'))

/** Is this header a release tool's release commit? */
export function isReleaseCommit(header: string): boolean {
  const h = header.trim()
  return RELEASE_COMMIT_RES.some(re => re.test(h))
}

const DEPENDENCY_SCOPE =
  /^(deps|deps-dev|dev-deps|dependencies|dependency|dev-dependencies|devdeps|deps-prod)$/i
/** Types under which the bots write updates (Dependabot's prefixes, Renovate's semantic commits). */
const DEPENDENCY_TYPES = new Set(['chore', 'build', 'fix', 'ci', 'deps', 'dep', 'dependencies'])
/** Subjects the bots write (their default messages, with or without a conventional prefix). */
const DEPENDENCY_SUBJECTS = [
  /^bump (\S+) from \S+ to \S+/i, // Dependabot: Bump lodash from 4.17.20 to 4.17.21
  /^bump (\S+) and \S+/i, // Dependabot: Bump a and b
  /^bump the (\S+) group\b/i, // Dependabot groups
  /^(?:update|pin) dependency (\S+) to /i, // Renovate: Update dependency react to v18
  /^(?:update|pin) (?:module|rust crate|helm release|pre-commit hook|terraform) (\S+) to /i,
  /^update (\S+) (?:action|actions|docker tag|docker digest|digest|orb|image) to /i,
  /^update all (?:non-major )?dependencies\b/i,
  /^pin dependencies\b/i,
  /^lock file maintenance\b/i,
]
/** Dependabot's commit body lists what it updated. */
const DEPENDABOT_BODY = /^updated-dependencies:\s*$/m

/** Is this commit a dependency update by Dependabot or Renovate (or written in their form)? */
export function isDependencyUpdate(c: ConventionalCommit): boolean {
  if (c.conventional) {
    if (c.type === 'feat' || c.type === 'perf' || c.type === 'revert') return false
    if (c.type === 'deps' || c.type === 'dep' || c.type === 'dependencies') return true
    if (c.scope !== undefined && DEPENDENCY_SCOPE.test(c.scope)) return true
    if (!DEPENDENCY_TYPES.has(c.type)) return false
  }
  if (c.revert) return false
  return DEPENDENCY_SUBJECTS.some(re => re.test(c.subject)) || DEPENDABOT_BODY.test(c.body)
}

/** The dependency a bot's subject names (`lodash` in `Bump lodash from 1 to 2`), if it names one. */
export function dependencyName(subject: string): string | undefined {
  for (const re of DEPENDENCY_SUBJECTS) {
    const m = re.exec(subject)
    if (m?.[1]) return m[1]
  }
  return undefined
}
