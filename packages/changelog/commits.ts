/**
 * The commits of a changelog section, as git lists them (generate.ts reads one range, history.ts
 * the whole history; path filters are git pathspecs), parsed as Conventional Commits and sorted by
 * the commit rules that compute-version uses too (packages/conventional/rules.ts): what a section
 * lists, and what it leaves out.
 */
import { classifyCommits, type ClassifiedCommit, type CommitRules } from '../conventional/index.ts'
import { InputError, showValue } from '../errors/index.ts'
import { hasParentSegment } from '../files/index.ts'
import type { Version } from '../versioning/index.ts'

export interface ChangelogCommit {
  sha: string
  /** Committer time, seconds since the epoch. */
  time: number
  type: string
  scope: string | undefined
  subject: string
  breaking: boolean
  /**
   * The whole text of each BREAKING CHANGE footer (the migration notes: every paragraph and
   * bullet list, up to the next footer token); the subject when only `!` marks it.
   */
  breakingNotes: string[]
  conventional: boolean
  /**
   * A dependency update (Dependabot, Renovate) to be listed in the section's one line of
   * dependency updates with their count (`changelog.dependencies.show: collapsed`).
   */
  dependency: boolean
}

export interface PathFilter {
  include?: readonly string[]
  exclude?: readonly string[]
}

/** Validate path filters and turn them into git pathspecs (`:(glob)` magic, so `**` works). */
export function pathspecs(
  filter: PathFilter,
  inputs = { include: 'include-paths', exclude: 'exclude-paths' },
): string[] {
  const check = (input: string, p: string) => {
    if (
      p.startsWith('-') ||
      p.startsWith(':') ||
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u001f]/.test(p) ||
      hasParentSegment(p)
    ) {
      throw new InputError(
        input,
        `expected paths or globs inside the repository (such as src/** or docs), got ${showValue(p)}`,
      )
    }
    return p.replace(/^\.\//, '')
  }
  const include = (filter.include ?? []).map(p => `:(glob)${check(inputs.include, p)}`)
  const exclude = (filter.exclude ?? []).map(p => `:(glob,exclude)${check(inputs.exclude, p)}`)
  if (include.length === 0 && exclude.length > 0) include.push(':(glob)**')
  return [...include, ...exclude]
}

/** A commit as git gives it. */
export interface RawCommit {
  sha: string
  time: number
  message: string
}

/** A classified commit (packages/conventional) as a section lists it. */
export function changelogCommit({
  input,
  commit: c,
  kind,
}: ClassifiedCommit<RawCommit>): ChangelogCommit {
  return {
    sha: input.sha,
    time: input.time,
    // `Revert "feat: x"` is not conventional syntax, but it is a revert.
    type: c.revert ? 'revert' : c.type,
    scope: c.scope,
    subject: c.subject,
    breaking: c.breaking,
    breakingNotes: c.breakingNotes,
    conventional: c.conventional,
    dependency: kind === 'dependency',
  }
}

/** What a range's commits left out of its section, by reason. */
export interface LeftOut {
  /** Release commits of release tools, `skip` patterns, empty messages. */
  release: number
  /** Hidden types (`changelog.hide`) and hidden dependency updates. */
  hidden: number
  /** Reverted in the same range: each revert and the commits it cancels. */
  reverted: number
}

export interface SectionCommits {
  /**
   * What the section lists, oldest first: every change, breaking changes of any type among them,
   * and the dependency updates (`dependency: true`) that the section collapses into one line.
   * Empty when everything was housekeeping: the section then says so in one line.
   */
  commits: ChangelogCommit[]
  /** How many commits were left out (the sum of `leftOut`). */
  skipped: number
  leftOut: LeftOut
}

/** Sort the commits of one range (newest first, as git lists them) into a section's commits. */
export function sectionCommits(
  newestFirst: readonly RawCommit[],
  rules: CommitRules,
): SectionCommits {
  const leftOut: LeftOut = { release: 0, hidden: 0, reverted: 0 }
  const commits: ChangelogCommit[] = []
  const classified = classifyCommits(newestFirst, rules)
  for (let i = classified.length - 1; i >= 0; i--) {
    const c = classified[i] as ClassifiedCommit<RawCommit>
    if (c.kind === 'change' || c.kind === 'dependency') commits.push(changelogCommit(c))
    else if (c.kind === 'skipped') leftOut.release++
    else if (c.kind === 'hidden') leftOut.hidden++
    else leftOut.reverted++
  }
  return { commits, skipped: leftOut.release + leftOut.hidden + leftOut.reverted, leftOut }
}

export interface HistoryRelease {
  /** The release tag, or undefined for the commits after the newest tag. */
  tag: string | undefined
  version: Version | undefined
  /** Committer time of the tagged commit (seconds), or undefined for unreleased commits. */
  time: number | undefined
  /** What the section lists, oldest first (see SectionCommits). */
  commits: ChangelogCommit[]
  /** How many commits of the release were left out (the sum of `leftOut`). */
  skipped: number
  leftOut: LeftOut
}
