/**
 * How new versions are made (DESIGN.md): bumps, release-candidate counters, and stepping past the
 * tags of a line that a new version would collide with. Which release is the highest of its line
 * (and so which aliases move) is lines.ts.
 */
import { inLine } from './lines.ts'
import { compareVersions, coreOf, isPrerelease, sameCore, version, type Version } from './semver.ts'

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

/** A release candidate's counter as written: its number, and for the compact form its digits. */
export interface CandidateCounter {
  counter: number
  format: PrereleaseFormat
  /** How many digits a compact counter has (`beta01`: 2), kept when counting on; 0 for dotted. */
  width: number
}

/**
 * The counter of a release candidate, read in every form projects tag: dotted `rc.3`, compact
 * `rc3` or zero-padded `beta01`, and the identifier alone (`1.0.0-beta`, counter 0). Undefined when
 * `v` is not a candidate with that identifier.
 */
export function candidateCounter(v: Version, id: string): CandidateCounter | undefined {
  const [first, second, ...rest] = v.prerelease
  if (rest.length > 0 || first === undefined) return undefined
  if (first === id && typeof second === 'number')
    return { counter: second, format: 'dotted', width: 0 }
  if (second !== undefined || typeof first !== 'string' || !first.startsWith(id)) return undefined
  const digits = first.slice(id.length)
  if (digits === '') return { counter: 0, format: 'dotted', width: 0 }
  if (!/^\d{1,15}$/.test(digits)) return undefined
  return { counter: Number(digits), format: 'compact', width: digits.length }
}

/** The counter of a release candidate (see candidateCounter), or undefined. */
export function prereleaseCounter(v: Version, id: string): number | undefined {
  return candidateCounter(v, id)?.counter
}

/** A release candidate of `core`: `rc.10` (dotted) or `rc10`, zero-padded to `width` (`beta02`). */
export function withPrerelease(
  core: Version,
  id: string,
  counter: number,
  format: PrereleaseFormat,
  width = 1,
): Version {
  const prerelease =
    format === 'dotted' ? [id, counter] : [`${id}${String(counter).padStart(width, '0')}`]
  return version(core.major, core.minor, core.patch, prerelease)
}

/** How candidates are written, for messages: `rc.N`, `rcN`, `beta0N`. */
export function candidateForm(id: string, format: PrereleaseFormat, width = 1): string {
  return format === 'dotted' ? `${id}.N` : `${id}${'0'.repeat(Math.max(0, width - 1))}N`
}

/**
 * Is `v` an open candidate: a pre-release (of any identifier: an alpha counts for a beta line)
 * whose stable release does not exist among `existing`?
 */
export function isOpenCandidate(v: Version, existing: Iterable<Version>): boolean {
  if (!isPrerelease(v)) return false
  for (const e of existing) if (!isPrerelease(e) && sameCore(e, v)) return false
  return true
}

export interface CandidatePlanInput {
  /** The stable release the candidate bumps from (highest reachable from HEAD), if any. */
  base: Version | undefined
  /**
   * The newest open candidate HEAD reaches (a candidate without its stable release), if any: an
   * `rc` continues it rather than start a lower line.
   */
  open: Version | undefined
  rcBump: BumpLevel
  initialVersion: Version
  /** Every release tag's version. */
  existing: readonly Version[]
  id: string
  format: PrereleaseFormat
}

export interface CandidatePlan {
  version: Version
  /** The stable version the candidate leads to. */
  core: Version
  /** What rc-bump from the base (or initial-version) gave, after stepping past conflicts. */
  planned: Version
  conflicts: Version[]
  /** The open candidate was continued because its line is higher than `planned`. */
  continued: boolean
  /** The newest existing candidate of `core`, when there is one. */
  previous: Version | undefined
  /**
   * An existing pre-release of `core` that `version` would not sort above (`1.0.0-rc.3` when the
   * identifier is `beta`): the candidate would go backwards, so it must not be tagged.
   */
  blockedBy: Version | undefined
}

/**
 * The next release candidate. Its line is rc-bump from the base (initial-version with no stable
 * release yet), or the open candidate's when that is higher: `rc` never starts a line below an
 * open candidate (no stable release and v1.3.0-rc.9: v1.3.0-rc.10, not v0.1.0-rc.1). It counts on
 * from the highest candidate of that line in any form, written in `format`; a compact counter
 * keeps the zero-padding of its line (`beta09` → `beta10`, `beta01` → `beta02`: the width of the
 * line's first compact candidate), and a new line takes the padding of the newest line.
 */
export function planCandidate(input: CandidatePlanInput): CandidatePlan {
  const { base, open, id, format, existing } = input
  const start = base ? bumpVersion(base, input.rcBump) : input.initialVersion
  const stepped = stepPastConflicts(start, base ? input.rcBump : 'patch', existing)
  const planned = stepped.version
  const continued = open !== undefined && compareVersions(coreOf(open), planned) > 0
  const core = continued && open ? coreOf(open) : planned
  // The padding of a line is the width of its first compact candidate (beta01: 2, beta9: 1).
  let previous: { v: Version; c: CandidateCounter } | undefined
  let first: { v: Version; c: CandidateCounter } | undefined
  let newest: { v: Version; c: CandidateCounter } | undefined
  for (const v of existing) {
    const c = candidateCounter(v, id)
    if (!c) continue
    if (sameCore(v, core) && (!previous || c.counter > previous.c.counter)) previous = { v, c }
    if (c.format !== 'compact') continue
    if (sameCore(v, core) && (!first || c.counter < first.c.counter)) first = { v, c }
    const n = newest ? compareVersions(coreOf(v), coreOf(newest.v)) : 1
    if (n > 0 || (n === 0 && newest && c.counter < newest.c.counter)) newest = { v, c }
  }
  const counter = previous ? previous.c.counter + 1 : 1
  const width = (first ?? (previous ? undefined : newest))?.c.width ?? 1
  const next = withPrerelease(core, id, counter, format, width)
  const blockedBy = maxVersion(
    existing.filter(e => sameCore(e, core) && isPrerelease(e) && compareVersions(e, next) >= 0),
  )
  return {
    version: next,
    blockedBy,
    core,
    planned,
    conflicts: stepped.conflicts,
    continued,
    previous: previous?.v,
  }
}

function maxVersion(versions: Iterable<Version>): Version | undefined {
  let best: Version | undefined
  for (const v of versions) if (!best || compareVersions(v, best) > 0) best = v
  return best
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
    if (!inLine(level === 'major' ? 'major' : 'minor', candidate, e)) continue
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
