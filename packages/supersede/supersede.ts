/**
 * Superseding a bad release, in two halves: a plan made only of reads (the release, the other
 * releases, which one is Latest, where every rolling image alias points), then its application.
 * Nothing is ever deleted, no version tag is ever moved: the release gets a banner and a title
 * suffix, Latest goes to the release that supersedes it, and each rolling alias (`X.Y`, `X`,
 * `latest`) that points at the bad digest goes back to the highest remaining good version of its
 * line (the release policy of packages/versioning/lines.ts).
 */
import { gitHubProblem, type GitHubClient } from '../github/index.ts'
import { PreconditionError } from '../errors/index.ts'
import type { Logger } from '../log/index.ts'
import { nullLogger } from '../log/index.ts'
import type { ImageRef, Manifest, RegistryClient } from '../oci/index.ts'
import {
  aliasName,
  formatVersion,
  isPrerelease,
  LineMaxima,
  LINES,
  parseReleaseTag,
  type Version,
} from '../versioning/index.ts'
import { hasBanner, MAX_BODY, supersededTitle, withBanner, type BannerInput } from './banner.ts'

export interface SupersedeRequest {
  owner: string
  repo: string
  /** The bad release's tag, exactly as on GitHub: a release tag of `tagPrefix`. */
  tag: string
  /** The prefix of the release tags (`v`, '' for none, `pkg@`): only its releases are candidates. */
  tagPrefix: string
  /** The tag of the release that supersedes it, when given. */
  supersededBy: string | undefined
  reason: string
  images: readonly { image: string; ref: ImageRef }[]
  moveAliases: boolean
}

export interface ReleaseSummary {
  id: number
  tag: string
  name: string | null
  body: string | null
  url: string
  draft: boolean
  prerelease: boolean
}

export type AliasAction = 'move' | 'unchanged' | 'stuck'

export interface AliasPlan {
  image: string
  alias: string
  /** Where the alias points now (undefined: it does not exist). */
  from: string | undefined
  /** Where it will point (move), or undefined. */
  to: string | undefined
  /** The version whose digest it moves to. */
  toVersion: string | undefined
  action: AliasAction
  why: string
}

export interface SupersedePlan {
  repository: string
  release: ReleaseSummary
  version: Version
  supersededBy: ReleaseSummary
  reason: string
  banner: BannerInput
  /** The new title and notes, or undefined when they are already so (a re-run). */
  edit: { name: string; body: string } | undefined
  wasLatest: boolean
  /** The release that is Latest afterwards. */
  latestTag: string | undefined
  /** make superseded-by Latest (the bad one was Latest). */
  makeLatest: boolean
  aliases: AliasPlan[]
  /** Things the maintainer should know: images without the bad version, lines with no good release. */
  notes: string[]
}

export interface SupersedeOutcome {
  plan: SupersedePlan
  applied: boolean
  /** Aliases actually moved (all planned moves in a dry run). */
  moved: AliasPlan[]
}

const problem = (error: unknown, doing: string) => gitHubProblem(error, doing, 'contents: write')

function summary(r: {
  id: number
  tag_name: string
  name: string | null
  body?: string | null
  html_url: string
  draft: boolean
  prerelease: boolean
}): ReleaseSummary {
  return {
    id: r.id,
    tag: r.tag_name,
    name: r.name,
    body: r.body ?? null,
    url: r.html_url,
    draft: r.draft,
    prerelease: r.prerelease,
  }
}

/**
 * What the releases on GitHub do not allow about one of the two releases of a request: the bad
 * one (`tag`) or the one that supersedes it (`supersededBy`). It says which, so that the caller
 * names its input (superseded-release's inputs.ts makes it an InputError).
 */
export class SupersedeRequestError extends PreconditionError {
  readonly field: 'tag' | 'supersededBy'
  readonly problem: string
  constructor(field: 'tag' | 'supersededBy', problem: string) {
    super(`${field === 'tag' ? 'The release to supersede' : 'The superseding release'}: ${problem}`)
    this.name = 'SupersedeRequestError'
    this.field = field
    this.problem = problem
  }
}

/** The published release of a tag, or undefined (GitHub finds drafts only in the list). */
async function releaseByTag(
  octokit: GitHubClient,
  req: SupersedeRequest,
  tag: string,
): Promise<ReleaseSummary | undefined> {
  try {
    const { data } = await octokit.rest.repos.getReleaseByTag({
      owner: req.owner,
      repo: req.repo,
      tag,
    })
    return summary(data)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw problem(error, `read the release ${tag} of ${req.owner}/${req.repo}`)
  }
}

function noRelease(
  req: SupersedeRequest,
  tag: string,
  field: SupersedeRequestError['field'],
): SupersedeRequestError {
  return new SupersedeRequestError(
    field,
    `${req.owner}/${req.repo} has no release with the tag ${tag} (a tag without a release, a typo, or a token that cannot see the repository).`,
  )
}

/** Every release, newest first (paginated). */
async function allReleases(
  octokit: GitHubClient,
  req: SupersedeRequest,
): Promise<ReleaseSummary[]> {
  try {
    const list = await octokit.paginate(octokit.rest.repos.listReleases, {
      owner: req.owner,
      repo: req.repo,
      per_page: 100,
    })
    return list.map(summary)
  } catch (error) {
    throw problem(error, `list the releases of ${req.owner}/${req.repo}`)
  }
}

async function latestTag(
  octokit: GitHubClient,
  req: SupersedeRequest,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getLatestRelease({ owner: req.owner, repo: req.repo })
    return data.tag_name
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw problem(error, `read the Latest release of ${req.owner}/${req.repo}`)
  }
}

interface Good {
  release: ReleaseSummary
  version: Version
}

async function planAliases(
  req: SupersedeRequest,
  bad: Version,
  good: LineMaxima<Good>,
  registry: RegistryClient,
  notes: string[],
): Promise<AliasPlan[]> {
  const plans: AliasPlan[] = []
  if (isPrerelease(bad)) {
    if (req.images.length > 0)
      notes.push(
        `${formatVersion(bad)} is a pre-release: it never had rolling image tags, so none move.`,
      )
    return plans
  }
  const badTag = formatVersion(bad, { build: false })
  for (const { image, ref } of req.images) {
    const badDigest = await registry.resolve(ref, badTag)
    if (badDigest === undefined) {
      notes.push(`${image} has no tag ${badTag}: no alias of it can point at the bad release.`)
      continue
    }
    // Digests of the good versions, read once per image and version.
    const digests = new Map<string, string | undefined>()
    const digestOf = async (v: Version) => {
      const t = formatVersion(v, { build: false })
      if (!digests.has(t)) digests.set(t, await registry.resolve(ref, t))
      return digests.get(t)
    }
    // The rolling aliases the bad version could have had: its `X.Y`, its `X`, and `latest`.
    for (const line of LINES) {
      const alias = aliasName(line, bad)
      const from = await registry.resolve(ref, alias)
      const base = { image, alias, from }
      if (from === undefined) continue
      if (from !== badDigest) {
        plans.push({
          ...base,
          to: undefined,
          toVersion: undefined,
          action: 'unchanged',
          why: `points at ${from.slice(0, 19)}…, not at ${badTag}`,
        })
        continue
      }
      let target: { version: Version; digest: string } | undefined
      const skipped: string[] = []
      // The highest good release of the line that has an image other than the bad one.
      for (const g of good.descending(line, bad)) {
        const d = await digestOf(g.version)
        const name = formatVersion(g.version, { build: false })
        if (d === undefined) skipped.push(`${name} has no image`)
        else if (d === badDigest) skipped.push(`${name} is the same image`)
        else {
          target = { version: g.version, digest: d }
          break
        }
      }
      if (!target) {
        const why = `no good release of its line is left${skipped.length ? ` (${skipped.join(', ')})` : ''}; it keeps pointing at ${badTag} until a fixed version is published`
        notes.push(`${image}:${alias}: ${why}.`)
        plans.push({ ...base, to: undefined, toVersion: undefined, action: 'stuck', why })
        continue
      }
      const toVersion = formatVersion(target.version, { build: false })
      plans.push({
        ...base,
        to: target.digest,
        toVersion,
        action: 'move',
        why: `points at ${badTag}; ${toVersion} is the highest good version of its line${skipped.length ? ` (${skipped.join(', ')})` : ''}`,
      })
    }
  }
  return plans
}

/** Only reads: the release, the other releases, Latest, and the registries. */
export async function planSupersede(
  req: SupersedeRequest,
  deps: { octokit: GitHubClient; registry: RegistryClient; logger?: Logger },
): Promise<SupersedePlan> {
  const { octokit } = deps
  const version = parseReleaseTag(req.tag, req.tagPrefix)
  if (!version)
    throw new SupersedeRequestError(
      'tag',
      `expected a release tag such as ${req.tagPrefix}1.2.3, got ${JSON.stringify(req.tag)}`,
    )
  const published = await releaseByTag(octokit, req, req.tag)
  const releases = await allReleases(octokit, req)
  const release = published ?? releases.find(r => r.tag === req.tag)
  if (!release) throw noRelease(req, req.tag, 'tag')
  if (release.draft)
    throw new SupersedeRequestError(
      'tag',
      `the release ${req.tag} is a draft: nothing was published, so there is nothing to supersede.`,
    )
  // The good releases: published, stable, of the tag prefix, not superseded themselves.
  const good: Good[] = []
  for (const r of releases) {
    if (r.draft || r.prerelease || r.tag === req.tag || hasBanner(r.body)) continue
    const v = parseReleaseTag(r.tag, req.tagPrefix)
    if (v && !isPrerelease(v)) good.push({ release: r, version: v })
  }
  const lines = new LineMaxima(good, g => g.version)

  let by: ReleaseSummary
  if (req.supersededBy !== undefined) {
    const wanted = req.supersededBy
    if (wanted === req.tag)
      throw new SupersedeRequestError(
        'supersededBy',
        `${wanted} is the release being superseded; name the release that replaces it.`,
      )
    const v = parseReleaseTag(wanted, req.tagPrefix)
    if (v && isPrerelease(v))
      throw new SupersedeRequestError(
        'supersededBy',
        `${wanted} is a pre-release; a release is superseded by a stable one.`,
      )
    const found = releases.find(r => r.tag === wanted) ?? (await releaseByTag(octokit, req, wanted))
    if (!found) throw noRelease(req, wanted, 'supersededBy')
    by = found
    if (by.draft || by.prerelease)
      throw new SupersedeRequestError(
        'supersededBy',
        `the release ${wanted} is ${by.draft ? 'a draft' : 'a pre-release'}; a release is superseded by a published stable one.`,
      )
    if (hasBanner(by.body))
      throw new SupersedeRequestError(
        'supersededBy',
        `${wanted} is itself superseded; name the release users should move to.`,
      )
  } else {
    const highest = lines.latest
    if (!highest)
      throw new PreconditionError(
        `There is no other published stable release to supersede ${req.tag} with: publish the fixed version first, or name it with superseded-by.`,
      )
    by = highest.release
  }

  const currentLatest = await latestTag(octokit, req)
  const wasLatest = currentLatest === req.tag
  const banner: BannerInput = {
    tag: req.tag,
    supersededBy: by.tag,
    supersededByUrl: by.url,
    reason: req.reason,
  }
  const name = supersededTitle(release.name, req.tag, by.tag)
  const body = withBanner(release.body, banner)
  if (body.length > MAX_BODY)
    throw new PreconditionError(
      `The notes of ${req.tag} with the banner would be ${body.length} characters, over GitHub's limit of ${MAX_BODY}; shorten the reason.`,
    )
  const edit = name === release.name && body === release.body ? undefined : { name, body }

  const notes: string[] = []
  const aliases = req.moveAliases
    ? await planAliases(req, version, lines, deps.registry, notes)
    : []
  if (!req.moveAliases && req.images.length > 0)
    notes.push('move-aliases is false: no image tag is touched.')
  return {
    repository: `${req.owner}/${req.repo}`,
    release,
    version,
    supersededBy: by,
    reason: req.reason,
    banner,
    edit,
    wasLatest,
    latestTag: wasLatest ? by.tag : currentLatest,
    makeLatest: wasLatest,
    aliases,
    notes,
  }
}

/**
 * Apply a plan. Every manifest the aliases will point at is read first; then GitHub — Latest to the
 * release that supersedes, then the bad release's title and notes — then the aliases (`latest`
 * last). Each step is a no-op when it is already done, so a re-run after a failure finishes the
 * job; a failure says what was done and what was not.
 */
export async function applySupersede(
  plan: SupersedePlan,
  req: SupersedeRequest,
  deps: { octokit: GitHubClient; registry: RegistryClient; logger?: Logger },
): Promise<AliasPlan[]> {
  const logger = deps.logger ?? nullLogger
  const order = (a: AliasPlan) => (a.alias === 'latest' ? 1 : 0)
  const moves = plan.aliases.filter(a => a.action === 'move').sort((a, b) => order(a) - order(b))
  const writes: { move: AliasPlan; ref: ImageRef; manifest: Manifest }[] = []
  for (const move of moves) {
    const ref = req.images.find(i => i.image === move.image)?.ref
    const manifest = ref && move.to ? await deps.registry.manifest(ref, move.to) : undefined
    if (!ref || !manifest)
      throw new PreconditionError(
        `${move.image}@${move.to ?? '?'} (${move.toVersion ?? '?'}) disappeared from the registry after the plan was made; nothing was changed.`,
      )
    writes.push({ move, ref, manifest })
  }
  const { owner, repo } = req
  const done: string[] = []
  if (plan.makeLatest) {
    try {
      await deps.octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: plan.supersededBy.id,
        make_latest: 'true',
      })
    } catch (error) {
      throw problem(error, `make ${plan.supersededBy.tag} the Latest release; nothing was changed`)
    }
    done.push(`${plan.supersededBy.tag} was made Latest`)
    logger.info(`${plan.supersededBy.tag} is now the Latest release.`)
  }
  if (plan.edit) {
    try {
      await deps.octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: plan.release.id,
        name: plan.edit.name,
        body: plan.edit.body,
        make_latest: 'false',
      })
    } catch (error) {
      throw problem(
        error,
        `edit the release ${plan.release.tag}${done.length ? ` (already done: ${done.join(', ')}; re-run to finish)` : '; nothing was changed'}`,
      )
    }
    done.push(`${plan.release.tag} was marked superseded`)
    logger.info(`Marked ${plan.release.tag} as superseded by ${plan.supersededBy.tag}.`)
  }
  const moved: AliasPlan[] = []
  for (const { move, ref, manifest } of writes) {
    try {
      await deps.registry.putTag(ref, move.alias, manifest)
    } catch (error) {
      const left = writes
        .filter(w => !moved.includes(w.move))
        .map(w => `${w.move.image}:${w.move.alias}`)
      throw new PreconditionError(
        `Moving ${move.image}:${move.alias} failed: ${error instanceof Error ? error.message : String(error)}. Done: ${[...done, ...moved.map(m => `${m.image}:${m.alias} moved`)].join(', ') || 'nothing'}; not done: ${left.join(', ')}. A re-run does only what is left.`,
      )
    }
    moved.push(move)
    logger.info(`Moved ${move.image}:${move.alias} to ${move.toVersion} (${move.to}).`)
  }
  return moved
}
