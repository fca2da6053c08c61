/**
 * compute-version's decision, shared by the action and the CLI: what version and tag a bump
 * produces, or what an existing tag is (tag mode), read from local git with a bounded number of
 * git calls (one `for-each-ref`, one `rev-parse`, at most one `log`, and the few `merge-base
 * --is-ancestor` that reach.ts needs), never one call per tag and never a walk of all history in
 * the release case.
 */
import { analyzeCommits, DEFAULT_COMMIT_RULES, type CommitRules } from '../conventional/index.ts'
import type { Git, TagRef } from '../git/index.ts'
import { PreconditionError } from '../errors/index.ts'
import {
  bumpVersion,
  candidateCounter,
  candidateForm,
  isOpenCandidate,
  lineConflict,
  planCandidate,
  prereleaseCounter,
  stepPastConflicts,
  withPrerelease,
  type BumpLevel,
  type PrereleaseFormat,
} from './policy.ts'
import {
  compareVersions,
  coreOf,
  formatVersion,
  isPrerelease,
  sameCore,
  version as makeVersion,
  type Version,
} from './semver.ts'
import { LineMaxima } from './lines.ts'
import { Reachability, type ReachableTags } from './reach.ts'
import { releaseTags, splitReleaseTag, tagName, type ReleaseTag } from './tags.ts'

export const BUMP_KINDS = ['auto', 'patch', 'minor', 'major', 'rc', 'promote', 'tag'] as const
export type BumpKind = (typeof BUMP_KINDS)[number]

export interface ComputeOptions {
  bump: BumpKind
  /** Tag mode: the tag being described (validated by the caller). */
  tag?: string
  /** Promote: the pre-release tag to promote (default: the newest release candidate). */
  fromTag?: string
  tagPrefix: string
  prereleaseId: string
  prereleaseFormat: PrereleaseFormat
  rcBump: BumpLevel
  initialVersion: Version
  requireSignedTag: boolean
  allowedSigners?: string
  /**
   * auto: which commits are housekeeping (the changelog section of .github/release-actions.yml,
   * so that compute-version and generate-changelog decide alike). Default: DEFAULT_COMMIT_RULES.
   */
  commitRules?: CommitRules
}

/** The defaults of compute-version's inputs. */
export const DEFAULT_COMPUTE_OPTIONS: Omit<ComputeOptions, 'bump'> = {
  tagPrefix: 'v',
  prereleaseId: 'rc',
  prereleaseFormat: 'dotted',
  rcBump: 'minor',
  initialVersion: { major: 0, minor: 1, patch: 0, prerelease: [], build: [] },
  requireSignedTag: false,
}

/** What was applied: a bump level, `rc`, `promote`, `tag`, `initial` (first release) or `none`. */
export type AppliedBump = BumpLevel | 'rc' | 'promote' | 'tag' | 'initial' | 'none'

export interface VersionDecision {
  version: string
  tag: string
  major: number
  minor: number
  patch: number
  prerelease: string
  build: string
  isPrerelease: boolean
  isStable: boolean
  isLatest: boolean
  isMajorZero: boolean
  previousTag: string
  previousStableTag: string
  sha: string
  bump: AppliedBump
  exists: boolean
  /** Sentences that explain the decision, for logs and the step summary. */
  reasons: string[]
  /** What the user should see as a warning (a tag prefix that matches no tag, for one). */
  warnings?: string[]
  /** Auto mode: how the commits since the base tag were read. */
  commits?: { total: number; breaking: number; features: number; other: number }
}

function highestTag(tags: readonly ReleaseTag[], pick: (t: ReleaseTag) => boolean) {
  let best: ReleaseTag | undefined
  for (const t of tags) {
    if (pick(t) && (!best || compareVersions(t.version, best.version) > 0)) best = t
  }
  return best
}

function short(sha: string): string {
  return sha.slice(0, 7)
}

class Repo {
  readonly git: Git
  readonly options: ComputeOptions
  readonly all: ReleaseTag[]
  readonly versions: Version[]
  /** The highest stable release of each line (lines.ts). */
  readonly lines: LineMaxima<ReleaseTag>
  readonly #reach: Reachability

  constructor(git: Git, options: ComputeOptions, all: ReleaseTag[]) {
    this.git = git
    this.options = options
    this.all = all
    this.versions = all.map(t => t.version)
    this.lines = new LineMaxima(all, t => t.version)
    this.#reach = new Reachability(git, all)
  }

  name(v: Version): string {
    return tagName(this.options.tagPrefix, v)
  }

  find(name: string): ReleaseTag | undefined {
    return this.all.find(t => t.name === name)
  }

  stableExists(v: Version): ReleaseTag | undefined {
    return this.all.find(t => !isPrerelease(t.version) && sameCore(t.version, v))
  }

  /** The tags reachable from `commit`, asked only as far as a decision needs (see reach.ts). */
  reachableFrom(commit: string): Promise<ReachableTags> {
    return Promise.resolve(this.#reach.from(commit))
  }

  packagePath(): Promise<string> {
    return packageFolder(this.git)
  }

  /** The configured form of candidate tags, for messages: `vX.Y.Z-rc.N`, `vX.Y.Z-beta0N`. */
  candidateForm(): string {
    const { tagPrefix, prereleaseId, prereleaseFormat } = this.options
    let width = 1
    for (const t of this.all) {
      const c = candidateCounter(t.version, prereleaseId)
      if (c?.format === 'compact') width = Math.max(width, c.width)
    }
    const example = tagName(
      tagPrefix,
      withPrerelease(makeVersion(1, 2, 3), prereleaseId, 1, prereleaseFormat, width),
    )
    return `${tagPrefix}X.Y.Z-${candidateForm(prereleaseId, prereleaseFormat, width)} (such as ${example})`
  }

  /**
   * The newest open candidate (a candidate tag without its stable release) that an `rc` or a
   * first stable release must not go below: one HEAD reaches, or with no stable release at all,
   * any in the repository. A maintenance branch does not see the candidates of main.
   */
  async openCandidate(
    reachable: ReachableTags,
    base: ReleaseTag | undefined,
  ): Promise<ReleaseTag | undefined> {
    const pick = (t: ReleaseTag) => isOpenCandidate(t.version, this.versions)
    return base ? reachable.highest(pick) : highestTag(this.all, pick)
  }

  /** The stable release new versions are computed from: the highest one reachable from HEAD. */
  async base(head: string, reasons: string[]): Promise<ReleaseTag | undefined> {
    const reachable = await this.reachableFrom(head)
    const base = await reachable.highest(t => !isPrerelease(t.version))
    if (base) {
      reasons.push(`The highest stable release reachable from HEAD is ${base.name}.`)
      return base
    }
    const overall = this.lines.latest
    if (overall) {
      reasons.push(
        `No stable release is reachable from HEAD; using the highest stable release in the repository, ${overall.name} (${short(overall.commit)}).`,
      )
    }
    return overall
  }
}

async function describe(
  v: Version,
  repo: Repo,
  fields: {
    sha: string
    bump: AppliedBump
    exists: boolean
    reachable: ReachableTags
    reasons: string[]
    commits?: VersionDecision['commits']
  },
): Promise<VersionDecision> {
  const below = (t: ReleaseTag) => compareVersions(t.version, v) < 0
  const previous = await fields.reachable.highest(below)
  const previousStable = await fields.reachable.highest(t => below(t) && !isPrerelease(t.version))
  const pre = isPrerelease(v)
  const decision: VersionDecision = {
    version: formatVersion(v),
    tag: repo.name(v),
    major: v.major,
    minor: v.minor,
    patch: v.patch,
    prerelease: v.prerelease.join('.'),
    build: v.build.join('.'),
    isPrerelease: pre,
    isStable: !pre,
    isLatest: repo.lines.isHighest(v, 'latest'),
    isMajorZero: v.major === 0,
    previousTag: previous?.name ?? '',
    previousStableTag: previousStable?.name ?? '',
    sha: fields.sha,
    bump: fields.bump,
    exists: fields.exists,
    reasons: fields.reasons,
  }
  if (fields.commits) decision.commits = fields.commits
  return decision
}

async function verifySignature(repo: Repo, tag: ReleaseTag): Promise<string> {
  if (tag.objectType !== 'tag') {
    throw new PreconditionError(
      `Tag ${tag.name} is a lightweight tag; a signed annotated tag is required (require-signed-tag: true). Create it with git tag -s.`,
    )
  }
  const object = await repo.git.tagObject(tag.name)
  if (!/-----BEGIN (PGP|SSH) SIGNATURE-----/.test(object)) {
    throw new PreconditionError(
      `Tag ${tag.name} is annotated but not signed; a signed tag is required (require-signed-tag: true). Create it with git tag -s.`,
    )
  }
  const { ok, output } = await repo.git.verifyTag(tag.name, {
    ...(repo.options.allowedSigners ? { allowedSigners: repo.options.allowedSigners } : {}),
  })
  if (!ok) {
    throw new PreconditionError(
      `The signature of tag ${tag.name} did not verify${repo.options.allowedSigners ? ' against allowed-signers' : ''}: ${output || 'no detail from git'}`,
    )
  }
  return output.split('\n').find(line => /Good/.test(line)) ?? 'signature verified'
}

async function describeTag(repo: Repo, reasons: string[]): Promise<VersionDecision> {
  const name = repo.options.tag ?? ''
  const tag = repo.find(name)
  if (!tag) {
    throw new PreconditionError(
      `Tag ${name} does not exist in ${repo.git.cwd}. Check out the repository with its tags (actions/checkout with fetch-depth: 0) or pass the name of an existing tag.`,
    )
  }
  if (repo.options.requireSignedTag) {
    reasons.push(`Signature of ${name}: ${await verifySignature(repo, tag)}.`)
  }
  const above = isPrerelease(tag.version) ? undefined : repo.lines.above(tag.version, 'minor')
  if (above) {
    reasons.push(`${name} is not the highest of its line: ${above.name} exists.`)
  }
  reasons.push(`Describing the tag ${name} on ${short(tag.commit)}.`)
  return describe(tag.version, repo, {
    sha: tag.commit,
    bump: 'tag',
    exists: true,
    reachable: await repo.reachableFrom(tag.commit),
    reasons,
  })
}

async function promote(repo: Repo, reasons: string[]): Promise<VersionDecision> {
  const { fromTag, prereleaseId } = repo.options
  let rc: ReleaseTag | undefined
  if (fromTag !== undefined) {
    rc = repo.find(fromTag)
    if (!rc) throw new PreconditionError(`The tag to promote, ${fromTag}, does not exist.`)
  } else {
    rc = highestTag(
      repo.all,
      t =>
        prereleaseCounter(t.version, prereleaseId) !== undefined && !repo.stableExists(t.version),
    )
    if (!rc) {
      throw new PreconditionError(
        `There is no release candidate to promote: no tag ${repo.candidateForm()} without its stable release. Tag one with bump: rc first.`,
      )
    }
    reasons.push(`The newest release candidate is ${rc.name}.`)
  }
  const stable = coreOf(rc.version)
  const existing = repo.stableExists(stable)
  if (existing) {
    throw new PreconditionError(
      `${rc.name} cannot be promoted: ${existing.name} already exists (on ${short(existing.commit)}).`,
    )
  }
  const conflict = lineConflict(stable, 'patch', repo.versions)
  if (conflict) {
    throw new PreconditionError(
      `${rc.name} cannot be promoted: ${repo.name(stable)} would sort below the existing tag ${repo.name(conflict)}.`,
    )
  }
  reasons.push(
    `Promoting ${rc.name} to ${repo.name(stable)} on the same commit, ${short(rc.commit)}: no rebuild.`,
  )
  return describe(stable, repo, {
    sha: rc.commit,
    bump: 'promote',
    exists: false,
    reachable: await repo.reachableFrom(rc.commit),
    reasons,
  })
}

async function headCommit(git: Git): Promise<string> {
  const head = await git.resolveCommit('HEAD')
  if (!head) throw new PreconditionError(`The repository at ${git.cwd} has no commits yet.`)
  return head
}

function stepNote(repo: Repo, from: Version, to: Version, conflicts: Version[]): string[] {
  if (conflicts.length === 0) return []
  const names = conflicts.map(c => repo.name(c)).join(', ')
  return [
    `${repo.name(from)} would collide with or sort below ${names} (tagged off this branch); stepped past to ${repo.name(to)}.`,
  ]
}

async function bumpStable(repo: Repo, reasons: string[]): Promise<VersionDecision> {
  const head = await headCommit(repo.git)
  const reachable = await repo.reachableFrom(head)
  const { options } = repo
  if (repo.all.length === 0) {
    reasons.push(
      `There is no release tag yet; the first version is initial-version ${formatVersion(options.initialVersion)}.`,
    )
    return describe(options.initialVersion, repo, {
      sha: head,
      bump: 'initial',
      exists: false,
      reachable,
      reasons,
    })
  }
  const base = await repo.base(head, reasons)
  let level: BumpLevel
  let commits: VersionDecision['commits']
  if (options.bump === 'auto') {
    // A package of a monorepo (path is a folder inside the repository): only its commits count.
    const pkg = await repo.packagePath()
    const messages = await repo.git.commitMessages({
      ...(base ? { from: base.commit } : {}),
      to: head,
      ...(pkg ? { paths: ['.'] } : {}),
    })
    if (pkg)
      reasons.push(`Only commits that touch ${pkg} count (path is a folder of the repository).`)
    const analysis = analyzeCommits(messages, options.commitRules ?? DEFAULT_COMMIT_RULES)
    commits = analysis.counts
    const found = analysis.level
    const { skipped, hidden, dependencies, reverted } = analysis.housekeeping
    const housekeeping = [
      skipped ? `${skipped} release or skipped` : '',
      hidden ? `${hidden} of hidden types` : '',
      dependencies ? `${dependencies} dependency update(s)` : '',
      reverted ? `${reverted} reverted in the range` : '',
    ].filter(Boolean)
    if (!found && (base || commits.total === 0)) {
      if (!base) {
        throw new PreconditionError(
          'HEAD has no commits of its own and there is no stable release to bump.',
        )
      }
      reasons.push(
        commits.total === 0
          ? `No commits since ${base.name}: nothing to release.`
          : `${commits.total} commit(s) since ${base.name}, all housekeeping (${housekeeping.join(', ')}): nothing to release.`,
      )
      return describe(base.version, repo, {
        sha: head,
        bump: 'none',
        exists: true,
        reachable,
        reasons,
        commits,
      })
    }
    // Without a stable release the first version is initial-version whatever the commits are.
    level = found ?? 'patch'
    const since = base ? `since ${base.name}` : 'in the history'
    reasons.push(
      `${commits.total} commit(s) ${since}: ${commits.breaking} breaking, ${commits.features} feature(s), ${commits.other} other${housekeeping.length ? `, ${housekeeping.join(', ')} (housekeeping)` : ''}${found ? ` → ${level}` : ''}.`,
    )
    if (level === 'major' && base && base.version.major === 0) {
      level = 'minor'
      reasons.push('Breaking changes bump MINOR while the major version is 0.')
    }
  } else {
    level = options.bump as BumpLevel
  }
  if (!base) {
    // Never below an open candidate: with v1.3.0-rc.9 and no stable release, the first is v1.3.0.
    const open = await repo.openCandidate(reachable, undefined)
    const first =
      open && compareVersions(coreOf(open.version), options.initialVersion) > 0
        ? coreOf(open.version)
        : options.initialVersion
    reasons.push(
      first === options.initialVersion
        ? `There is no stable release yet; the first version is initial-version ${formatVersion(options.initialVersion)}.`
        : `There is no stable release yet; the first version is ${repo.name(first)}, the version the open candidate ${open?.name ?? ''} leads to (initial-version ${formatVersion(options.initialVersion)} is lower).`,
    )
    const { version, conflicts } = stepPastConflicts(first, 'patch', repo.versions)
    reasons.push(...stepNote(repo, first, version, conflicts))
    return describe(version, repo, {
      sha: head,
      bump: 'initial',
      exists: false,
      reachable,
      reasons,
      ...(commits ? { commits } : {}),
    })
  }
  const candidate = bumpVersion(base.version, level)
  const { version, conflicts } = stepPastConflicts(candidate, level, repo.versions)
  reasons.push(...stepNote(repo, candidate, version, conflicts))
  reasons.push(`${level} bump: ${base.name} → ${repo.name(version)}.`)
  return describe(version, repo, {
    sha: head,
    bump: level,
    exists: false,
    reachable,
    reasons,
    ...(commits ? { commits } : {}),
  })
}

async function releaseCandidate(repo: Repo, reasons: string[]): Promise<VersionDecision> {
  const head = await headCommit(repo.git)
  const reachable = await repo.reachableFrom(head)
  const { options } = repo
  const base = repo.all.length === 0 ? undefined : await repo.base(head, reasons)
  const open = await repo.openCandidate(reachable, base)
  const plan = planCandidate({
    base: base?.version,
    open: open?.version,
    rcBump: options.rcBump,
    initialVersion: options.initialVersion,
    existing: repo.versions,
    id: options.prereleaseId,
    format: options.prereleaseFormat,
  })
  const start = base ? bumpVersion(base.version, options.rcBump) : options.initialVersion
  reasons.push(...stepNote(repo, start, plan.planned, plan.conflicts))
  const core = plan.core
  if (plan.continued && open) {
    reasons.push(
      base
        ? `${open.name} is an open candidate of a higher version than ${repo.name(plan.planned)} (rc-bump: ${options.rcBump} from ${base.name}): continuing it.`
        : `There is no stable release yet; continuing the newest open candidate, ${open.name}.`,
    )
  } else if (!base) {
    reasons.push(
      `There is no stable release yet; candidates lead to initial-version ${formatVersion(core)}.`,
    )
  }
  const v = plan.version
  if (plan.blockedBy) {
    throw new PreconditionError(
      `${repo.name(v)} would sort below the existing candidate ${repo.name(plan.blockedBy)}, so it cannot be the next candidate of ${repo.name(core)}; use prerelease-id ${String(plan.blockedBy.prerelease[0] ?? '').replace(/\d+$/, '')} or promote ${repo.name(plan.blockedBy)}.`,
    )
  }
  if (!plan.previous) {
    reasons.push(
      base && !plan.continued
        ? `First release candidate of ${repo.name(core)} (rc-bump: ${options.rcBump} from ${base.name}).`
        : `First release candidate of ${repo.name(core)}.`,
    )
  } else {
    reasons.push(
      `The newest candidate of ${repo.name(core)} is ${repo.name(plan.previous)}; next is ${repo.name(v)}.`,
    )
  }
  return describe(v, repo, { sha: head, bump: 'rc', exists: false, reachable, reasons })
}

export async function computeVersion(git: Git, options: ComputeOptions): Promise<VersionDecision> {
  const repository = await git.repository()
  if (repository === 'none') {
    throw new PreconditionError(`${git.cwd} is not a git repository.`)
  }
  if (repository === 'shallow') {
    throw new PreconditionError(
      `The repository at ${git.cwd} is a shallow clone, so its tags and history are incomplete. Check it out with actions/checkout and fetch-depth: 0.`,
    )
  }
  const refs = await git.tags()
  const repo = new Repo(git, options, releaseTags(refs, options.tagPrefix))
  const reasons: string[] = []
  const hint = repo.all.length === 0 ? otherPrefixHint(refs, options.tagPrefix) : undefined
  if (hint) reasons.push(hint)
  let decision: VersionDecision
  switch (options.bump) {
    case 'tag':
      decision = await describeTag(repo, reasons)
      break
    case 'promote':
      decision = await promote(repo, reasons)
      break
    case 'rc':
      decision = await releaseCandidate(repo, reasons)
      break
    default:
      decision = await bumpStable(repo, reasons)
  }
  if (hint) decision.warnings = [hint]
  return decision
}

/**
 * With no release tag of the prefix, the release tags of the other plain prefix (`1.2.3` while
 * tag-prefix is `v`, or `v1.2.3` while it is empty): a first version of v0.1.0 would then go
 * backwards, so say which prefix the repository uses.
 */
function otherPrefixHint(refs: readonly TagRef[], prefix: string): string | undefined {
  // Only v against none: a new package of a monorepo (api@) next to others' tags is no mistake.
  const plain = (p: string) => p === '' || p === 'v'
  if (!plain(prefix)) return undefined
  const counts = new Map<string, number>()
  for (const ref of refs) {
    const split = splitReleaseTag(ref.name)
    if (split && split.prefix !== prefix && plain(split.prefix))
      counts.set(split.prefix, (counts.get(split.prefix) ?? 0) + 1)
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])
  if (!best) return undefined
  const [other, n] = best
  return `No tag has the prefix '${prefix}', but ${n} tag(s) are releases ${other === '' ? 'without a prefix' : `with the prefix '${other}'`}; if these are this repository's releases, set tag-prefix: '${other}'.`
}

/**
 * The folder of the repository git runs in (`packages/api/`, from `path`), or '' at its top: a
 * package of a monorepo, whose own commits (pathspec `.`) are the ones that count.
 */
export async function packageFolder(git: Git): Promise<string> {
  return git.prefix()
}

/**
 * The decision's values as text, by field (numbers in decimal, booleans `true`/`false`): what
 * compute-version outputs and `release-actions version` prints, each under its own names.
 */
export interface DecisionText {
  version: string
  tag: string
  major: string
  minor: string
  patch: string
  prerelease: string
  build: string
  isPrerelease: string
  isStable: string
  isLatest: string
  isMajorZero: string
  previousTag: string
  previousStableTag: string
  sha: string
  bump: string
  exists: string
}

export function decisionText(d: VersionDecision): DecisionText {
  return {
    version: d.version,
    tag: d.tag,
    major: String(d.major),
    minor: String(d.minor),
    patch: String(d.patch),
    prerelease: d.prerelease,
    build: d.build,
    isPrerelease: String(d.isPrerelease),
    isStable: String(d.isStable),
    isLatest: String(d.isLatest),
    isMajorZero: String(d.isMajorZero),
    previousTag: d.previousTag,
    previousStableTag: d.previousStableTag,
    sha: d.sha,
    bump: d.bump,
    exists: String(d.exists),
  }
}
