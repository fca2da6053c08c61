/**
 * The whole history as a changelog (`release-actions changelog --all`). Each section lists exactly
 * what `--version` lists for its tag, `git rev-list <previous>..<tag>`, whatever the shape of the
 * history: the previous release is the highest stable release below it that the tag reaches.
 *
 * Candidates (`-rc.N` and other pre-releases) get no section of their own: their commits are in the
 * section of the stable release they lead to, or, while the candidate is still open, in Unreleased
 * (the commits since the newest stable release), as `bump rc` writes no section either. So a file
 * bootstrapped with `--all` and upserted later (`--version` of each new stable release) lists every
 * commit once.
 *
 * One `git log` of the history gives the graph; each release's ancestors are a bitset built from
 * the bitsets of the releases below it, so the cost is one walk plus a few bitset operations per
 * release. Release dates are the tags' dates (one `git for-each-ref`).
 */
import type { Git } from '../git/index.ts'
import {
  compareVersions,
  isPrerelease,
  parseReleaseTag,
  type Version,
} from '../versioning/index.ts'
import { sectionCommits, type HistoryRelease } from './commits.ts'
import type { ChangelogConfig } from './config.ts'
import { upsertSection } from './document.ts'
import { STANDARD_HEADERS } from './generate.ts'
import {
  canonicalHeadings,
  headingLine,
  renderBody,
  renderSection,
  utcDate,
  type ChangelogStyle,
  type HeadingForm,
  type SectionRelease,
} from './render.ts'

export interface HistoryOptions {
  to: string
  prefix: string
  paths: readonly string[]
  style: ChangelogStyle
  config: ChangelogConfig
  repoUrl: string | undefined
  form?: HeadingForm
}

/** A release of the history with the release its range starts at. */
export interface HistorySection extends HistoryRelease {
  previousTag: string | undefined
  /** Every commit of the range, merges left out (full shas), listed or not. */
  rangeShas: string[]
}

const US = '\x1f'

/** When each tag was made: the tagger date of an annotated tag, the commit date of a lightweight one. */
export async function tagDates(git: Git): Promise<Map<string, number>> {
  return git.tagTimes()
}

/**
 * The sections of the history: every stable release reachable from `to`, newest version first,
 * and the unreleased commits (tag undefined) when there are any, first. Handed over one at a time
 * (each parsed only when its turn comes, so only one section's commits are held at once), newest
 * first or, with `oldestFirst`, oldest.
 */
export async function eachHistorySection(
  git: Git,
  { to, prefix, paths = [] }: { to: string; prefix: string; paths?: readonly string[] },
  config: ChangelogConfig,
  onSection: (section: HistorySection) => void,
  { oldestFirst = false }: { oldestFirst?: boolean } = {},
): Promise<number> {
  // 1. The graph, newest first (topological order: a commit before its parents).
  const shas: string[] = []
  const parentShas: string[] = []
  const times: number[] = []
  const messages: string[] = []
  const releases: { index: number; tag: string; version: Version }[] = []
  const withMessages = paths.length === 0
  const format = ['%H', '%P', '%ct', '%D', ...(withMessages ? ['%B'] : [])].join(US)
  await git.logRecords(
    ['--decorate-refs=refs/tags/', '--topo-order', `--format=${format}`],
    [to],
    [],
    withMessages ? 5 : 4,
    ([sha = '', parents = '', time = '0', decorations = '', message = '']) => {
      const index = shas.length
      shas.push(sha)
      parentShas.push(parents)
      times.push(Number(time))
      messages.push(message)
      if (!decorations) return
      for (const part of decorations.split(', ')) {
        if (!part.startsWith('tag: ')) continue
        const tag = part.slice(5)
        const version = parseReleaseTag(tag, prefix)
        if (version && !isPrerelease(version)) releases.push({ index, tag, version })
      }
    },
  )
  const n = shas.length
  if (n === 0) return 0
  const id = new Map<string, number>()
  for (let i = 0; i < n; i++) id.set(shas[i] as string, i)
  const NONE: number[] = []
  const parents: number[][] = new Array<number[]>(n)
  for (let i = 0; i < n; i++) {
    const p = parentShas[i] as string
    if (p === '') parents[i] = NONE
    else if (p.length === 40) parents[i] = id.has(p) ? [id.get(p) as number] : NONE
    else parents[i] = p.split(' ').flatMap(s => (id.has(s) ? [id.get(s) as number] : []))
  }

  // 2. Ancestors of each release (and of `to`) as bitsets, ancestors' releases first.
  const words = Math.ceil(n / 32)
  const ancestors = new Map<number, Uint32Array>()
  const has = (set: Uint32Array, i: number) => ((set[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0
  const add = (set: Uint32Array, i: number) => {
    set[i >>> 5] = (set[i >>> 5] ?? 0) | (1 << (i & 31))
  }
  const ancestorsOf = (start: number): Uint32Array => {
    const known = ancestors.get(start)
    if (known) return known
    const set = new Uint32Array(words)
    const stack = [start]
    while (stack.length > 0) {
      const c = stack.pop() as number
      if (has(set, c)) continue
      const below = c !== start ? ancestors.get(c) : undefined
      if (below) {
        for (let w = 0; w < words; w++) set[w] = (set[w] ?? 0) | (below[w] ?? 0)
        continue
      }
      add(set, c)
      for (const p of parents[c] ?? []) if (!has(set, p)) stack.push(p)
    }
    return set
  }
  // Oldest tagged commits first (highest index in topological order), so each reuses those below.
  const taggedCommits = [...new Set(releases.map(r => r.index))].sort((a, b) => b - a)
  for (const c of taggedCommits) ancestors.set(c, ancestorsOf(c))
  const head = ancestorsOf(0)

  // 3. Each release's previous release and range.
  const highestBelow = (set: Uint32Array, below: Version | undefined, self?: number) => {
    let best: (typeof releases)[number] | undefined
    releases.forEach((r, k) => {
      if (k === self || !has(set, r.index)) return
      if (below && compareVersions(r.version, below) >= 0) return
      if (!best || compareVersions(r.version, best.version) > 0) best = r
    })
    return best
  }
  const rangeOf = (set: Uint32Array, from: Uint32Array | undefined): number[] => {
    const out: number[] = []
    for (let w = 0; w < words; w++) {
      let bits = (set[w] ?? 0) & ~(from?.[w] ?? 0)
      while (bits !== 0) {
        const low = bits & -bits
        const i = w * 32 + (31 - Math.clz32(low))
        if ((parents[i]?.length ?? 0) <= 1) out.push(i)
        bits ^= low
      }
    }
    return out.sort((a, b) => a - b)
  }

  // With path filters, git says which commits touch them, and gives their messages.
  let touching: Map<string, string> | undefined
  if (!withMessages) {
    touching = new Map()
    const found = touching
    await git.logRecords(
      ['--no-merges', '--topo-order', `--format=%H${US}%B`],
      [to],
      paths,
      2,
      ([sha = '', message = '']) => found.set(sha, message.replace(/\n+$/, '')),
    )
  }
  const raw = (indexes: readonly number[]) => {
    const out: { sha: string; time: number; message: string }[] = []
    for (const i of indexes) {
      const sha = shas[i] as string
      if (touching && !touching.has(sha)) continue
      const message = touching?.get(sha) ?? (messages[i] as string).replace(/\n+$/, '')
      out.push({ sha, time: times[i] ?? 0, message })
    }
    return out
  }

  const dates = releases.length > 0 ? await tagDates(git) : new Map<string, number>()
  // Each section's range first (cheap), its commits parsed only when it is handed over.
  const ranges: (() => HistorySection | undefined)[] = []
  const stableHead = highestBelow(head, undefined)
  ranges.push(() => {
    const commits = raw(rangeOf(head, stableHead ? ancestors.get(stableHead.index) : undefined))
    if (commits.length === 0) return undefined
    return {
      tag: undefined,
      version: undefined,
      time: undefined,
      previousTag: stableHead?.tag,
      rangeShas: commits.map(c => c.sha),
      ...sectionCommits(commits, config),
    }
  })
  const ordered = releases
    .map((r, k) => ({ r, k }))
    .sort((a, b) => compareVersions(b.r.version, a.r.version) || a.r.tag.localeCompare(b.r.tag))
  for (const { r, k } of ordered) {
    const set = ancestors.get(r.index) as Uint32Array
    const previous = highestBelow(set, r.version, k)
    ranges.push(() => {
      const commits = raw(rangeOf(set, previous ? ancestors.get(previous.index) : undefined))
      return {
        tag: r.tag,
        version: r.version,
        time: dates.get(r.tag) ?? times[r.index],
        previousTag: previous?.tag,
        rangeShas: commits.map(c => c.sha),
        ...sectionCommits(commits, config),
      }
    })
  }
  if (oldestFirst) ranges.reverse()
  let count = 0
  for (const make of ranges) {
    const section = make()
    if (!section) continue
    count++
    onSection(section)
  }
  return count
}

function toRelease(s: HistorySection): SectionRelease {
  return {
    version: s.version,
    tag: s.tag,
    previousTag: s.previousTag,
    date: s.time === undefined ? undefined : utcDate(s.time),
    commits: s.commits,
  }
}

export async function renderHistory(
  git: Git,
  opts: HistoryOptions,
  write: (section: string, release: HistorySection, previousTag: string | undefined) => void,
): Promise<{ releases: number; commits: number; skipped: number }> {
  const form = opts.form ?? { brackets: true, prefixed: false, prefix: opts.prefix }
  let commits = 0
  let skipped = 0
  const releases = await eachHistorySection(git, opts, opts.config, s => {
    commits += s.commits.length
    skipped += s.skipped
    write(
      renderSection(toRelease(s), {
        style: opts.style,
        config: opts.config,
        repoUrl: opts.repoUrl,
        form,
      }),
      s,
      s.previousTag,
    )
  })
  return { releases, commits, skipped }
}

/**
 * Every release section of the history upserted into a changelog text (or a new one), oldest
 * first so each lands in order. A section already there is re-run as a single release would be:
 * its lines stay, the entries of commits it does not mention yet are added.
 */
export async function upsertHistory(
  git: Git,
  opts: HistoryOptions,
  existing: string | undefined,
): Promise<{ text: string; releases: number }> {
  const form = opts.form ?? { brackets: true, prefixed: false, prefix: opts.prefix }
  const pending: HistorySection[] = []
  let text = existing
  const ropts = { style: opts.style, config: opts.config, repoUrl: opts.repoUrl, form }
  // Oldest first; the newest release is known once the last one is there, so each section is
  // written when the next arrives.
  let hasUnreleased = false
  const write = (s: HistorySection, newest: boolean) => {
    const r = toRelease(s)
    text = upsertSection(text, {
      style: opts.style,
      heading: headingLine(r, ropts),
      version: r.version,
      body: renderBody(r, ropts),
      canonical: canonicalHeadings(opts.style, opts.config, form),
      initial: STANDARD_HEADERS[opts.style],
      rangeShas: s.rangeShas,
      // Entries written under Unreleased move into the newest release only when nothing is
      // unreleased any more; else the Unreleased section is re-run with the unreleased commits.
      moveUnreleased: newest && !hasUnreleased,
    }).text
  }
  const releases = await eachHistorySection(
    git,
    opts,
    opts.config,
    s => {
      if (s.tag === undefined) hasUnreleased = true
      const previous = pending.pop()
      if (previous) write(previous, previous.tag !== undefined && s.tag === undefined)
      pending.push(s)
    },
    { oldestFirst: true },
  )
  const last = pending.pop()
  if (last) write(last, last.tag !== undefined)
  return { text: text ?? STANDARD_HEADERS[opts.style], releases }
}
