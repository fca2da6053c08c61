/**
 * Which commits of a range are changes, and what release they call for. compute-version (the
 * bump) and generate-changelog (what a section lists) both decide through `classifyCommits`, so a
 * range whose commits are all housekeeping is "nothing to release" for one and "nothing to list"
 * for the other.
 *
 * Housekeeping: release commits of release tools and the configured `skip` patterns, empty
 * messages, commits of hidden types (`chore`, `ci`, `test`, `style`, `build` by default), and
 * dependency updates unless configured to count. A breaking change is never housekeeping, whatever
 * its type. A revert cancels the commit it reverts when both are in the range (neither is listed,
 * neither bumps), as conventional-commits-filter does for conventional-recommended-bump and
 * semantic-release's commit-analyzer; a revert of a commit outside the range is a change that
 * bumps PATCH (commit-analyzer's default rule `{revert: true, release: 'patch'}`).
 */
import { isDependencyUpdate, isReleaseCommit } from './housekeeping.ts'
import { parseCommitMessage, type ConventionalCommit } from './parse.ts'

export type ReleaseLevel = 'major' | 'minor' | 'patch'

/** How dependency updates appear in a section. */
export const DEPENDENCY_DISPLAYS = ['collapsed', 'listed', 'hidden'] as const
export type DependencyDisplay = (typeof DEPENDENCY_DISPLAYS)[number]
/** Which dependency updates make a release (PATCH). */
export const DEPENDENCY_RELEASES = ['fix', 'all', 'none'] as const
export type DependencyRelease = (typeof DEPENDENCY_RELEASES)[number]

export interface CommitRules {
  /** Leave out the release commits of release tools (matched by shape). */
  releaseCommits: boolean
  /** More housekeeping: regular expressions on the header. */
  skip: readonly RegExp[]
  /** Types left out of sections that make no release; a breaking change is always listed. */
  hide: readonly string[]
  dependencies: {
    /** collapsed: one line with their count; listed: an entry each; hidden: left out. */
    show: DependencyDisplay
    /** fix: only `fix(deps)` updates bump PATCH (Renovate's and Dependabot's prefix for runtime dependencies); all: every update; none: no update. */
    release: DependencyRelease
  }
}

export const DEFAULT_HIDDEN_TYPES: readonly string[] = ['chore', 'ci', 'test', 'style', 'build']

export const DEFAULT_COMMIT_RULES: CommitRules = {
  releaseCommits: true,
  skip: [],
  hide: DEFAULT_HIDDEN_TYPES,
  dependencies: { show: 'collapsed', release: 'fix' },
}

/**
 * - `change`: listed one by one.
 * - `dependency`: a dependency update, listed in the section's one line of dependency updates.
 * - `hidden`: a hidden type, or a dependency update with `show: hidden`.
 * - `skipped`: a release commit, a `skip` pattern, an empty message.
 * - `reverted`: reverted in the same range, or a revert whose reverted commits all are.
 */
export type CommitKind = 'change' | 'dependency' | 'hidden' | 'skipped' | 'reverted'

export interface ClassifiedCommit<T> {
  input: T
  commit: ConventionalCommit
  kind: CommitKind
  /** A dependency update (whatever `dependencies.show` makes of it); never a breaking change. */
  dependency: boolean
  /** The release this commit calls for; undefined for none. */
  level: ReleaseLevel | undefined
}

/** Is this header housekeeping by shape (a release commit, a skip pattern, an empty message)? */
export function isSkipped(header: string, rules: CommitRules): boolean {
  const h = header.trim()
  return (
    h === '' || (rules.releaseCommits && isReleaseCommit(h)) || rules.skip.some(re => re.test(h))
  )
}

/** The commits of the range that reverted commits cancel (both sides), by position. */
function cancelledReverts(commits: readonly { sha: string; commit: ConventionalCommit }[]) {
  const cancelled = new Set<number>()
  /** Reverts seen so far (newer commits), with the targets not found yet. */
  const pending: { at: number; targets: Set<string> }[] = []
  commits.forEach(({ sha, commit }, at) => {
    const s = sha.toLowerCase()
    let matched = false
    for (const p of pending) {
      for (const t of p.targets) {
        if (!s.startsWith(t)) continue
        p.targets.delete(t)
        matched = true
        if (p.targets.size === 0) cancelled.add(p.at)
      }
    }
    if (matched) {
      cancelled.add(at)
      return
    }
    if (commit.revert && commit.revert.shas.length > 0) {
      pending.push({ at, targets: new Set(commit.revert.shas) })
    }
  })
  return cancelled
}

function levelOf(c: ConventionalCommit, dependency: boolean, rules: CommitRules) {
  if (c.breaking) return 'major'
  if (dependency) {
    const { release } = rules.dependencies
    return release === 'all' || (release === 'fix' && c.type === 'fix') ? 'patch' : undefined
  }
  if (rules.hide.includes(c.revert ? 'revert' : c.type)) return undefined
  return c.type === 'feat' ? 'minor' : 'patch'
}

/**
 * Classify the commits of one range, given newest first (as `git log` lists them). The result is
 * in the same order.
 */
export function classifyCommits<T extends { sha: string; message: string }>(
  newestFirst: readonly T[],
  rules: CommitRules = DEFAULT_COMMIT_RULES,
): ClassifiedCommit<T>[] {
  const parsed = newestFirst.map(input => ({
    input,
    sha: input.sha,
    commit: parseCommitMessage(input.message),
  }))
  const cancelled = cancelledReverts(parsed)
  return parsed.map(({ input, commit }, at): ClassifiedCommit<T> => {
    const none = { input, commit, dependency: false, level: undefined }
    if (cancelled.has(at)) return { ...none, kind: 'reverted' }
    if (isSkipped(commit.header, rules)) return { ...none, kind: 'skipped' }
    const dependency = !commit.breaking && isDependencyUpdate(commit)
    const level = levelOf(commit, dependency, rules)
    let kind: CommitKind
    if (commit.breaking) kind = 'change'
    else if (dependency) {
      const { show } = rules.dependencies
      kind = show === 'collapsed' ? 'dependency' : show === 'listed' ? 'change' : 'hidden'
    } else kind = rules.hide.includes(commit.revert ? 'revert' : commit.type) ? 'hidden' : 'change'
    return { input, commit, kind, dependency, level }
  })
}

const ORDER: Record<ReleaseLevel, number> = { patch: 1, minor: 2, major: 3 }

/** The release a range calls for: the highest of its commits' levels; undefined for none. */
export function releaseLevel(
  commits: Iterable<{ level: ReleaseLevel | undefined }>,
): ReleaseLevel | undefined {
  let level: ReleaseLevel | undefined
  for (const c of commits) {
    if (c.level && (!level || ORDER[c.level] > ORDER[level])) level = c.level
    if (level === 'major') break
  }
  return level
}

export interface RangeAnalysis {
  level: ReleaseLevel | undefined
  counts: {
    total: number
    breaking: number
    features: number
    /** Commits that bump PATCH. */
    other: number
  }
  /** Commits that call for no release, by kind. */
  housekeeping: { skipped: number; hidden: number; dependencies: number; reverted: number }
}

/** What release the commits of a range (newest first) call for, and why. */
export function analyzeCommits(
  newestFirst: readonly { sha: string; message: string }[],
  rules: CommitRules = DEFAULT_COMMIT_RULES,
): RangeAnalysis {
  const classified = classifyCommits(newestFirst, rules)
  const counts = { total: classified.length, breaking: 0, features: 0, other: 0 }
  const housekeeping = { skipped: 0, hidden: 0, dependencies: 0, reverted: 0 }
  for (const c of classified) {
    if (c.level === 'major') counts.breaking++
    else if (c.level === 'minor') counts.features++
    else if (c.level === 'patch') counts.other++
    else if (c.kind === 'skipped') housekeeping.skipped++
    else if (c.kind === 'reverted') housekeeping.reverted++
    else if (c.kind === 'hidden' && !c.dependency) housekeeping.hidden++
    else housekeeping.dependencies++
  }
  return { level: releaseLevel(classified), counts, housekeeping }
}
