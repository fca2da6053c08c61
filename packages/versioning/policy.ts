/**
 * The release policy of DESIGN.md: bumps, release-candidate counters, "highest of a line".
 */
import { compareVersions, coreOf, isPrerelease, version, type Version } from './semver.ts'

export type BumpLevel = 'major' | 'minor' | 'patch'
export type PrereleaseFormat = 'dotted' | 'compact'

export function bumpVersion(base: Version, level: BumpLevel): Version {
  switch (level) {
    case 'major':
      return version(base.major + 1, 0, 0)
    case 'minor':
      return version(base.major, base.minor + 1, 0)
    case 'patch':
      return version(base.major, base.minor, base.patch + 1)
  }
}

/**
 * The counter of a release candidate, read in either form: dotted `rc.3` or compact `rc3`.
 * Undefined when `v` is not a candidate with that identifier.
 */
export function prereleaseCounter(v: Version, id: string): number | undefined {
  const [first, second, ...rest] = v.prerelease
  if (rest.length > 0) return undefined
  if (first === id && typeof second === 'number') return second
  if (second === undefined && typeof first === 'string' && first.startsWith(id)) {
    const digits = first.slice(id.length)
    if (/^(0|[1-9]\d*)$/.test(digits)) return Number(digits)
  }
  return undefined
}

export function withPrerelease(
  core: Version,
  id: string,
  counter: number,
  format: PrereleaseFormat,
): Version {
  const prerelease = format === 'dotted' ? [id, counter] : [`${id}${counter}`]
  return version(core.major, core.minor, core.patch, prerelease)
}

export function maxVersion(versions: Iterable<Version>): Version | undefined {
  let best: Version | undefined
  for (const v of versions) if (!best || compareVersions(v, best) > 0) best = v
  return best
}

export function highestStable(versions: Iterable<Version>): Version | undefined {
  let best: Version | undefined
  for (const v of versions) {
    if (!isPrerelease(v) && (!best || compareVersions(v, best) > 0)) best = v
  }
  return best
}

/** Is `v` the highest stable version of its `X.Y` line among `existing` (plus itself)? */
export function isHighestOfMinorLine(v: Version, existing: Iterable<Version>): boolean {
  if (isPrerelease(v)) return false
  for (const e of existing) {
    if (!isPrerelease(e) && e.major === v.major && e.minor === v.minor && compareVersions(e, v) > 0)
      return false
  }
  return true
}

/** Is `v` the highest stable version of its major line `X` among `existing` (plus itself)? */
export function isHighestOfMajorLine(v: Version, existing: Iterable<Version>): boolean {
  if (isPrerelease(v)) return false
  for (const e of existing) {
    if (!isPrerelease(e) && e.major === v.major && compareVersions(e, v) > 0) return false
  }
  return true
}

/** Is `v` the highest stable version of all (`latest`)? A back-port never is. */
export function isHighestStable(v: Version, existing: Iterable<Version>): boolean {
  if (isPrerelease(v)) return false
  for (const e of existing) if (!isPrerelease(e) && compareVersions(e, v) > 0) return false
  return true
}

/**
 * An existing tag that a new stable version `candidate` would collide with or sort below, within
 * the line the bump moves in (`X.Y` for patch and minor bumps, `X` for major). A tag made off the
 * current branch can leave such a tag behind (one project released v0.9.0 after v0.9.12).
 */
export function lineConflict(
  candidate: Version,
  level: BumpLevel,
  existing: Iterable<Version>,
): Version | undefined {
  let worst: Version | undefined
  for (const e of existing) {
    const sameLine =
      level === 'major'
        ? e.major === candidate.major
        : e.major === candidate.major && e.minor === candidate.minor
    if (!sameLine) continue
    const c = compareVersions(e, candidate)
    const conflicts = c > 0 || (c === 0 && !isPrerelease(e))
    if (conflicts && (!worst || compareVersions(e, worst) > 0)) worst = e
  }
  return worst
}

/**
 * Step a new stable version past every conflicting tag of its line: a patch goes to the next free
 * patch of `X.Y`, a minor to the next `X.Y` line with no release yet, a major to the next free
 * major. Returns the version and the tags it stepped past.
 */
export function stepPastConflicts(
  candidate: Version,
  level: BumpLevel,
  existing: readonly Version[],
): { version: Version; conflicts: Version[] } {
  const conflicts: Version[] = []
  let current = coreOf(candidate)
  for (;;) {
    const conflict = lineConflict(current, level, existing)
    if (!conflict) return { version: current, conflicts }
    conflicts.push(conflict)
    if (level === 'patch') {
      const next = isPrerelease(conflict) ? conflict.patch : conflict.patch + 1
      current = version(current.major, current.minor, Math.max(next, current.patch + 1))
    } else current = bumpVersion(current, level)
  }
}
