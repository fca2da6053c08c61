/**
 * The commits of a changelog section, read by git (one `git log` per range; path filters are git
 * pathspecs) and parsed as Conventional Commits.
 */
import { parseCommitMessage } from '../conventional/index.ts'
import type { Git } from '../git/index.ts'
import { InputError, showValue } from '../inputs/index.ts'
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
  /** Text of BREAKING CHANGE footers (the migration notes); the subject when only `!` marks it. */
  breakingNotes: string[]
  conventional: boolean
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

export function isHousekeeping(header: string, config: ChangelogConfig): boolean {
  return config.skip.some(re => re.test(header))
}

export function toChangelogCommit(sha: string, time: number, message: string): ChangelogCommit {
  const c = parseCommitMessage(message)
  return {
    sha,
    time,
    type: c.type,
    scope: c.scope,
    subject: c.subject,
    breaking: c.breaking,
    breakingNotes: c.breakingNotes,
    conventional: c.conventional,
  }
}

export interface RangeCommits {
  commits: ChangelogCommit[]
  /** Release housekeeping commits that were left out. */
  skipped: number
}

/** The commits of `from..to` (all of `to` without `from`), oldest first, housekeeping left out. */
export async function readRange(
  git: Git,
  { from, to, paths = [] }: { from?: string; to: string; paths?: readonly string[] },
  config: ChangelogConfig,
): Promise<RangeCommits> {
  const messages = await git.commitMessages({ ...(from === undefined ? {} : { from }), to, paths })
  const commits: ChangelogCommit[] = []
  let skipped = 0
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]
    if (!m) continue
    const header = m.message.split('\n', 1)[0] ?? ''
    if (isHousekeeping(header.trim(), config)) skipped++
    else commits.push(toChangelogCommit(m.sha, m.time, m.message))
  }
  return { commits, skipped }
}

export interface HistoryRelease {
  /** The release tag, or undefined for the commits after the newest tag. */
  tag: string | undefined
  version: Version | undefined
  /** Committer time of the tagged commit (seconds), or undefined for unreleased commits. */
  time: number | undefined
  /** Oldest first. */
  commits: ChangelogCommit[]
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
  let current: HistoryRelease = { tag: undefined, version: undefined, time: undefined, commits: [] }
  let total = 0
  let skipped = 0
  const flush = () => {
    current.commits.reverse()
    if (current.tag !== undefined || current.commits.length > 0) onRelease(current)
  }
  const startRelease = (sha: string, decorations: string, time: number) => {
    const tagged = decorations ? releaseTagOf(decorations, prefix) : undefined
    if (tagged) {
      flush()
      current = { tag: tagged.tag, version: tagged.version, time, commits: [] }
    }
    return sha
  }
  const addCommit = (sha: string, time: number, message: string) => {
    const header = message.split('\n', 1)[0]?.trim() ?? ''
    if (isHousekeeping(header, config)) skipped++
    else {
      current.commits.push(toChangelogCommit(sha, time, message.replace(/\n+$/, '')))
      total++
    }
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
        startRelease(sha, decorations, Number(time))
        if (!parents.includes(' ')) addCommit(sha, Number(time), message)
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
    const byRelease: ChangelogCommit[][] = Array.from({ length: boundaries.length + 1 }, () => [])
    await git.logRecords(
      ['--no-merges', '--topo-order', '--format=%H\x1f%ct\x1f%B'],
      [to],
      paths,
      3,
      ([sha = '', time = '0', message = '']) => {
        const header = message.split('\n', 1)[0]?.trim() ?? ''
        if (isHousekeeping(header, config)) skipped++
        else {
          byRelease[releaseOf.get(sha) ?? 0]?.push(
            toChangelogCommit(sha, Number(time), message.replace(/\n+$/, '')),
          )
          total++
        }
      },
    )
    current = { tag: undefined, version: undefined, time: undefined, commits: byRelease[0] ?? [] }
    for (let i = 0; i < boundaries.length; i++) {
      const b = boundaries[i] as (typeof boundaries)[number]
      flush()
      current = { tag: b.tag, version: b.version, time: b.time, commits: byRelease[i + 1] ?? [] }
    }
  }
  flush()
  return { commits: total, skipped }
}
