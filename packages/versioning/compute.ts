/**
 * compute-version's decision, shared by the action and the CLI: what version and tag a bump
 * produces, or what an existing tag is (tag mode), read from local git with a bounded number of
 * git calls (two `for-each-ref`, one `rev-parse`, at most one `log`), never one call per tag.
 */
import { parseCommitMessage, releaseLevel } from '../conventional/index.ts'
import type { Git, TagRef } from '../git/index.ts'
import { PreconditionError } from '../inputs/index.ts'
import {
  bumpVersion,
  isHighestStable,
  lineConflict,
  maxVersion,
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
  type Version,
} from './semver.ts'
import { parseReleaseTag, tagName } from './tags.ts'

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
  /** Auto mode: how the commits since the base tag were read. */
  commits?: { total: number; breaking: number; features: number; other: number }
}

export interface ReleaseTag extends TagRef {
  version: Version
}

export function releaseTags(refs: readonly TagRef[], prefix: string): ReleaseTag[] {
  const out: ReleaseTag[] = []
  for (const ref of refs) {
    const v = parseReleaseTag(ref.name, prefix)
    if (v) out.push({ ...ref, version: v })
  }
  return out
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
  readonly #reachable = new Map<string, ReleaseTag[]>()

  constructor(git: Git, options: ComputeOptions, all: ReleaseTag[]) {
    this.git = git
    this.options = options
    this.all = all
    this.versions = all.map(t => t.version)
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

  async reachableFrom(commit: string): Promise<ReleaseTag[]> {
    let tags = this.#reachable.get(commit)
    if (!tags) {
      tags = releaseTags(await this.git.tags({ mergedInto: commit }), this.options.tagPrefix)
      this.#reachable.set(commit, tags)
    }
    return tags
  }

  /** The stable release new versions are computed from: the highest one reachable from HEAD. */
  async base(head: string, reasons: string[]): Promise<ReleaseTag | undefined> {
    const reachable = await this.reachableFrom(head)
    const base = highestTag(reachable, t => !isPrerelease(t.version))
    if (base) {
      reasons.push(`The highest stable release reachable from HEAD is ${base.name}.`)
      return base
    }
    const overall = highestTag(this.all, t => !isPrerelease(t.version))
    if (overall) {
      reasons.push(
        `No stable release is reachable from HEAD; using the highest stable release in the repository, ${overall.name} (${short(overall.commit)}).`,
      )
    }
    return overall
  }
}

function describe(
  v: Version,
  repo: Repo,
  fields: {
    sha: string
    bump: AppliedBump
    exists: boolean
    reachable: readonly ReleaseTag[]
    reasons: string[]
    commits?: VersionDecision['commits']
  },
): VersionDecision {
  const lower = fields.reachable.filter(t => compareVersions(t.version, v) < 0)
  const previous = highestTag(lower, () => true)
  const previousStable = highestTag(lower, t => !isPrerelease(t.version))
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
    isLatest: isHighestStable(v, repo.versions),
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
  const above = repo.all.find(
    t =>
      t.version.major === tag.version.major &&
      t.version.minor === tag.version.minor &&
      compareVersions(t.version, tag.version) > 0,
  )
  if (above && !isPrerelease(tag.version)) {
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
        `There is no release candidate to promote: no tag ${repo.options.tagPrefix}X.Y.Z-${prereleaseId}.N without its stable release. Tag one with bump: rc first.`,
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
    const messages = await repo.git.commitMessages({
      ...(base ? { from: base.commit } : {}),
      to: head,
    })
    const parsed = messages.map(m => parseCommitMessage(m.message))
    commits = {
      total: parsed.length,
      breaking: parsed.filter(c => c.breaking).length,
      features: parsed.filter(c => !c.breaking && c.type === 'feat').length,
      other: parsed.filter(c => !c.breaking && c.type !== 'feat').length,
    }
    const found = releaseLevel(parsed)
    if (!found) {
      if (!base) {
        throw new PreconditionError(
          'HEAD has no commits of its own and there is no stable release to bump.',
        )
      }
      reasons.push(`No commits since ${base.name}: nothing to release.`)
      return describe(base.version, repo, {
        sha: head,
        bump: 'none',
        exists: true,
        reachable,
        reasons,
        commits,
      })
    }
    level = found
    const since = base ? `since ${base.name}` : 'in the history'
    reasons.push(
      `${commits.total} commit(s) ${since}: ${commits.breaking} breaking, ${commits.features} feature(s), ${commits.other} other → ${level}.`,
    )
    if (level === 'major' && base && base.version.major === 0) {
      level = 'minor'
      reasons.push('Breaking changes bump MINOR while the major version is 0.')
    }
  } else {
    level = options.bump as BumpLevel
  }
  if (!base) {
    reasons.push(
      `There is no stable release yet; the first version is initial-version ${formatVersion(options.initialVersion)}.`,
    )
    const { version, conflicts } = stepPastConflicts(options.initialVersion, 'patch', repo.versions)
    reasons.push(...stepNote(repo, options.initialVersion, version, conflicts))
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
  let core: Version
  if (base) {
    const candidate = bumpVersion(base.version, options.rcBump)
    const stepped = stepPastConflicts(candidate, options.rcBump, repo.versions)
    reasons.push(...stepNote(repo, candidate, stepped.version, stepped.conflicts))
    core = stepped.version
  } else {
    const stepped = stepPastConflicts(options.initialVersion, 'patch', repo.versions)
    reasons.push(...stepNote(repo, options.initialVersion, stepped.version, stepped.conflicts))
    core = stepped.version
    reasons.push(
      `There is no stable release yet; candidates lead to initial-version ${formatVersion(core)}.`,
    )
  }
  const counters = repo.all
    .filter(t => sameCore(t.version, core))
    .map(t => prereleaseCounter(t.version, options.prereleaseId))
    .filter((n): n is number => n !== undefined)
  const counter = counters.length === 0 ? 1 : Math.max(...counters) + 1
  const v = withPrerelease(core, options.prereleaseId, counter, options.prereleaseFormat)
  if (counter === 1) {
    reasons.push(
      base
        ? `First release candidate of ${repo.name(core)} (rc-bump: ${options.rcBump} from ${base.name}).`
        : `First release candidate of ${repo.name(core)}.`,
    )
  } else {
    const newest = maxVersion(repo.versions.filter(x => sameCore(x, core) && isPrerelease(x)))
    reasons.push(
      `The newest candidate of ${repo.name(core)} is ${newest ? repo.name(newest) : '?'}; next is ${repo.name(v)}.`,
    )
  }
  return describe(v, repo, { sha: head, bump: 'rc', exists: false, reachable, reasons })
}

export async function computeVersion(git: Git, options: ComputeOptions): Promise<VersionDecision> {
  if (!(await git.isRepository())) {
    throw new PreconditionError(`${git.cwd} is not a git repository (input 'path').`)
  }
  if (await git.isShallow()) {
    throw new PreconditionError(
      `The repository at ${git.cwd} is a shallow clone, so its tags and history are incomplete. Check it out with actions/checkout and fetch-depth: 0.`,
    )
  }
  const repo = new Repo(git, options, releaseTags(await git.tags(), options.tagPrefix))
  const reasons: string[] = []
  switch (options.bump) {
    case 'tag':
      return describeTag(repo, reasons)
    case 'promote':
      return promote(repo, reasons)
    case 'rc':
      return releaseCandidate(repo, reasons)
    default:
      return bumpStable(repo, reasons)
  }
}

/** The decision as action outputs (kebab-case names, strings). */
export function decisionOutputs(d: VersionDecision): Record<string, string> {
  return {
    version: d.version,
    tag: d.tag,
    major: String(d.major),
    minor: String(d.minor),
    patch: String(d.patch),
    prerelease: d.prerelease,
    build: d.build,
    'is-prerelease': String(d.isPrerelease),
    'is-stable': String(d.isStable),
    'is-latest': String(d.isLatest),
    'is-major-zero': String(d.isMajorZero),
    'previous-tag': d.previousTag,
    'previous-stable-tag': d.previousStableTag,
    sha: d.sha,
    bump: d.bump,
    exists: String(d.exists),
  }
}
