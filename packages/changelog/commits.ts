/**
 * The commits of a changelog section, read by git (one `git log` per range; path filters are git
 * pathspecs), parsed as Conventional Commits and sorted by the commit rules that compute-version
 * uses too (packages/conventional/rules.ts): what a section lists, and what it leaves out.
 */
import {
  classifyCommits,
  DEFAULT_COMMIT_RULES,
  isSkipped,
  type ClassifiedCommit,
  type CommitRules,
} from '../conventional/index.ts'
import type { Git } from '../git/index.ts'
import { InputError, showValue } from '../errors/index.ts'
import { compareVersions, parseReleaseTag, type Version } from '../versioning/index.ts'
import type { ChangelogConfig } from './config.ts'

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
      p.split('/').includes('..')
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

/** Is this header housekeeping by its shape (a release tool's release commit, a `skip` pattern)? */
export function isHousekeeping(header: string, config: CommitRules): boolean {
  return isSkipped(header, config)
}

interface RawCommit {
  sha: string
  time: number
  message: string
}

function fromClassified({ input, commit: c, kind }: ClassifiedCommit<RawCommit>): ChangelogCommit {
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

/** One commit as a section would list it (no range around it: no revert is cancelled). */
export function toChangelogCommit(
  sha: string,
  time: number,
  message: string,
  rules: CommitRules = DEFAULT_COMMIT_RULES,
): ChangelogCommit {
  return fromClassified(
    classifyCommits([{ sha, time, message }], rules)[0] as ClassifiedCommit<RawCommit>,
  )
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

export type RangeCommits = SectionCommits

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
    if (c.kind === 'change' || c.kind === 'dependency') commits.push(fromClassified(c))
    else if (c.kind === 'skipped') leftOut.release++
    else if (c.kind === 'hidden') leftOut.hidden++
    else leftOut.reverted++
  }
  return { commits, skipped: leftOut.release + leftOut.hidden + leftOut.reverted, leftOut }
}

/** The commits of `from..to` (all of `to` without `from`), oldest first, housekeeping left out. */
export async function readRange(
  git: Git,
  { from, to, paths = [] }: { from?: string; to: string; paths?: readonly string[] },
  config: ChangelogConfig,
): Promise<RangeCommits> {
  const messages = await git.commitMessages({ ...(from === undefined ? {} : { from }), to, paths })
  return sectionCommits(messages, config)
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

function releaseTagOf(
  decorations: string,
  prefix: string,
): { tag: string; version: Version } | undefined {
  let best: { tag: string; version: Version } | undefined
  for (const part of decorations.split(', ')) {
    const name = part.startsWith('tag: ') ? part.slice(5) : undefined
    if (!name) continue
    const v = parseReleaseTag(name, prefix)
    if (v && (!best || compareVersions(v, best.version) > 0)) best = { tag: name, version: v }
  }
  return best
}

/**
 * Walk the whole history of `to` once, newest first, and hand over each release as soon as it is
 * complete: the commits from a tagged commit down to the next tagged one belong to that tag (as
 * git-cliff assigns them). Without path filters this is one `git log`; with them, a second one
 * lists the matching commits and the first only supplies the release boundaries.
 */
export async function walkReleases(
  git: Git,
  { to, prefix, paths = [] }: { to: string; prefix: string; paths?: readonly string[] },
  config: ChangelogConfig,
  onRelease: (release: HistoryRelease) => void,
): Promise<{ commits: number; skipped: number }> {
  type Pending = Pick<HistoryRelease, 'tag' | 'version' | 'time'> & { raw: RawCommit[] }
  let current: Pending = { tag: undefined, version: undefined, time: undefined, raw: [] }
  let total = 0
  let skipped = 0
  const flush = () => {
    if (current.tag === undefined && current.raw.length === 0) return
    const { raw, ...release } = current
    const section = sectionCommits(raw, config)
    total += section.commits.length
    skipped += section.skipped
    onRelease({ ...release, ...section })
  }
  const format = ['%H', '%P', '%ct', '%D', '%B'].join('\x1f')
  const decorate = ['--decorate-refs=refs/tags/', '--topo-order', `--format=${format}`]
  if (paths.length === 0) {
    await git.logRecords(
      decorate,
      [to],
      [],
      5,
      ([sha = '', parents = '', time = '0', decorations = '', message = '']) => {
        const tagged = decorations ? releaseTagOf(decorations, prefix) : undefined
        if (tagged) {
          flush()
          current = { tag: tagged.tag, version: tagged.version, time: Number(time), raw: [] }
        }
        if (!parents.includes(' '))
          current.raw.push({ sha, time: Number(time), message: message.replace(/\n+$/, '') })
      },
    )
  } else {
    // Which release each commit belongs to comes from the unfiltered walk; git filters the paths.
    const releaseOf = new Map<string, number>()
    const boundaries: { tag: string; version: Version; time: number }[] = []
    await git.logRecords(
      ['--decorate-refs=refs/tags/', '--topo-order', '--format=%H\x1f%ct\x1f%D'],
      [to],
      [],
      3,
      ([sha = '', time = '0', decorations = '']) => {
        const tagged = decorations ? releaseTagOf(decorations, prefix) : undefined
        if (tagged) boundaries.push({ ...tagged, time: Number(time) })
        releaseOf.set(sha, boundaries.length)
      },
    )
    const byRelease: RawCommit[][] = Array.from({ length: boundaries.length + 1 }, () => [])
    await git.logRecords(
      ['--no-merges', '--topo-order', '--format=%H\x1f%ct\x1f%B'],
      [to],
      paths,
      3,
      ([sha = '', time = '0', message = '']) => {
        byRelease[releaseOf.get(sha) ?? 0]?.push({
          sha,
          time: Number(time),
          message: message.replace(/\n+$/, ''),
        })
      },
    )
    current = { tag: undefined, version: undefined, time: undefined, raw: byRelease[0] ?? [] }
    for (let i = 0; i < boundaries.length; i++) {
      const b = boundaries[i] as (typeof boundaries)[number]
      flush()
      current = { tag: b.tag, version: b.version, time: b.time, raw: byRelease[i + 1] ?? [] }
    }
  }
  flush()
  return { commits: total, skipped }
}
