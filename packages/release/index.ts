/**
 * Publishing a GitHub Release the way immutable releases require: find the release of the tag or
 * create it as a draft, upload every asset to the draft, then publish — so no one ever sees a
 * published release without its assets. Re-runs find the release (drafts are found through the
 * list: GitHub finds only published releases by tag) instead of creating a second one, and a
 * create whose answer was lost (422 already_exists on the retry) is found the same way.
 *
 * packages/release owns publishing a GitHub Release and moving an action repository's major tag
 * (this file; which release the major tag may point at is packages/versioning/lines.ts), and the
 * plan of a release run (plan.ts).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gitHubProblem, type GitHubClient } from '../github/index.ts'
import { PreconditionError } from '../errors/index.ts'
import type { Logger } from '../log/index.ts'
import { nullLogger } from '../log/index.ts'

export interface ReleaseAsset {
  /** The asset's name on the release (the file's base name). */
  name: string
  file: string
  size: number
}

export interface ReleaseRequest {
  owner: string
  repo: string
  tag: string
  name: string
  notes: string
  prerelease: boolean
  /** Make it Latest when published (never for a pre-release). */
  makeLatest: boolean
  assets: readonly ReleaseAsset[]
  /**
   * Names of assets every run makes anew (an SBOM with its creation time, a provenance bundle with
   * its signature): when the release is already published, its copy is kept, not compared.
   */
  regenerated?: readonly string[]
  dryRun: boolean
}

export type AssetAction = 'uploaded' | 'replaced' | 'unchanged' | 'planned'

export interface ReleaseOutcome {
  id: number | undefined
  url: string | undefined
  /** created: a new draft; draft: an existing draft; published: it was already published. */
  found: 'created' | 'draft' | 'published' | 'none'
  assets: { name: string; action: AssetAction }[]
  published: boolean
  latest: boolean
}

interface GhAsset {
  id: number
  name: string
  size: number
  state: string
}

interface GhRelease {
  id: number
  tag_name: string
  name: string | null
  body?: string | null
  draft: boolean
  prerelease: boolean
  immutable?: boolean
  html_url: string
  upload_url: string
  assets: GhAsset[]
}

const releaseProblem = (error: unknown, doing: string) =>
  gitHubProblem(error, doing, 'contents: write')

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.jsonl': 'application/jsonl',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.zip': 'application/zip',
  '.tar': 'application/x-tar',
  '.sig': 'application/octet-stream',
}

export function contentType(name: string): string {
  return CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream'
}

/** Assets are named by base name: two files with one name would overwrite each other. */
export function checkAssetNames(assets: readonly ReleaseAsset[]): void {
  const seen = new Map<string, string>()
  for (const a of assets) {
    const other = seen.get(a.name)
    if (other)
      throw new PreconditionError(
        `Two assets would both be named ${a.name} (${other} and ${a.file}); rename one.`,
      )
    seen.set(a.name, a.file)
  }
}

async function findRelease(
  octokit: GitHubClient,
  req: ReleaseRequest,
): Promise<GhRelease | undefined> {
  try {
    const list = (await octokit.paginate(octokit.rest.repos.listReleases, {
      owner: req.owner,
      repo: req.repo,
      per_page: 100,
    })) as GhRelease[]
    return list.find(r => r.tag_name === req.tag)
  } catch (error) {
    throw releaseProblem(error, `list the releases of ${req.owner}/${req.repo}`)
  }
}

async function listAssets(
  octokit: GitHubClient,
  req: ReleaseRequest,
  id: number,
): Promise<GhAsset[]> {
  return await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
    owner: req.owner,
    repo: req.repo,
    release_id: id,
    per_page: 100,
  })
}

async function upload(
  octokit: GitHubClient,
  req: ReleaseRequest,
  release: GhRelease,
  asset: ReleaseAsset,
): Promise<void> {
  const data = readFileSync(asset.file)
  try {
    await octokit.request({
      method: 'POST',
      url: release.upload_url,
      name: asset.name,
      data,
      // No content-length of our own: fetch sends the body's length itself, and with ours too the
      // request is refused ('invalid content-length header') when the sources run unbundled.
      headers: { 'content-type': contentType(asset.name) },
    })
  } catch (error) {
    // A retry of an upload whose answer was lost: the asset is there; check it is this one.
    if ((error as { status?: number }).status === 422) {
      const there = (await listAssets(octokit, req, release.id)).find(a => a.name === asset.name)
      if (there && there.size === data.length && there.state === 'uploaded') return
    }
    throw releaseProblem(error, `upload ${asset.name} to the release ${req.tag}`)
  }
}

/**
 * Find or create the draft, bring its notes and assets up to date, publish it. A release that is
 * already published keeps its notes (they may carry hand edits or a superseded banner); its missing
 * assets are added unless it is immutable, and a published asset is never replaced.
 */
export async function publishRelease(
  req: ReleaseRequest,
  deps: { octokit: GitHubClient; logger?: Logger },
): Promise<ReleaseOutcome> {
  const { octokit } = deps
  const logger = deps.logger ?? nullLogger
  checkAssetNames(req.assets)
  const latest = req.makeLatest && !req.prerelease
  let release = await findRelease(octokit, req)
  const outcome: ReleaseOutcome = {
    id: release?.id,
    url: release?.html_url,
    found: release ? (release.draft ? 'draft' : 'published') : 'none',
    assets: [],
    published: release !== undefined && !release.draft,
    latest: false,
  }

  if (release && !release.draft) {
    const have = new Map(release.assets.map(a => [a.name, a]))
    const regenerated = new Set(req.regenerated ?? [])
    const differ = req.assets.filter(
      a => have.has(a.name) && !regenerated.has(a.name) && have.get(a.name)?.size !== a.size,
    )
    if (differ.length > 0)
      throw new PreconditionError(
        `${req.tag} is already published with other files under the names ${differ.map(a => `${a.name} (${have.get(a.name)?.size} bytes there, ${a.size} here)`).join(', ')}; a published asset is never replaced. Release a new version.`,
      )
    const missing = req.assets.filter(a => !have.has(a.name))
    if (missing.length > 0 && release.immutable)
      throw new PreconditionError(
        `${req.tag} is published and immutable, and lacks ${missing.map(a => a.name).join(', ')}; assets of an immutable release cannot change. Release a new version.`,
      )
    for (const a of req.assets)
      outcome.assets.push({
        name: a.name,
        action: have.has(a.name) ? 'unchanged' : req.dryRun ? 'planned' : 'uploaded',
      })
    if (!req.dryRun) for (const a of missing) await upload(octokit, req, release, a)
    logger.info(
      `${req.tag} is already published; ${missing.length ? `added ${missing.map(a => a.name).join(', ')}` : 'nothing to add'}.`,
    )
    return outcome
  }

  if (req.dryRun) {
    outcome.assets = req.assets.map(a => ({ name: a.name, action: 'planned' as const }))
    return outcome
  }

  if (!release) {
    try {
      const { data } = await octokit.rest.repos.createRelease({
        owner: req.owner,
        repo: req.repo,
        tag_name: req.tag,
        name: req.name,
        body: req.notes,
        draft: true,
        prerelease: req.prerelease,
      })
      release = data
      outcome.found = 'created'
      logger.info(`Created the draft release ${req.tag}.`)
    } catch (error) {
      // The create may have happened and only its answer was lost: find it.
      if ((error as { status?: number }).status === 422) release = await findRelease(octokit, req)
      if (!release) throw releaseProblem(error, `create the release ${req.tag}`)
      outcome.found = release.draft ? 'draft' : 'published'
      if (!release.draft) return publishRelease(req, deps)
    }
  }
  const draft = release
  outcome.id = draft.id
  outcome.url = draft.html_url

  if (
    draft.name !== req.name ||
    (draft.body ?? '') !== req.notes ||
    draft.prerelease !== req.prerelease
  ) {
    try {
      await octokit.rest.repos.updateRelease({
        owner: req.owner,
        repo: req.repo,
        release_id: draft.id,
        name: req.name,
        body: req.notes,
        prerelease: req.prerelease,
      })
    } catch (error) {
      throw releaseProblem(error, `update the draft release ${req.tag}`)
    }
  }

  const have = new Map((await listAssets(octokit, req, draft.id)).map(a => [a.name, a]))
  for (const a of req.assets) {
    const there = have.get(a.name)
    if (there && there.size === a.size && there.state === 'uploaded') {
      outcome.assets.push({ name: a.name, action: 'unchanged' })
      continue
    }
    if (there) {
      // A draft's half-uploaded or outdated asset: nobody has seen it; replace it.
      await octokit.rest.repos.deleteReleaseAsset({
        owner: req.owner,
        repo: req.repo,
        asset_id: there.id,
      })
    }
    await upload(octokit, req, draft, a)
    outcome.assets.push({ name: a.name, action: there ? 'replaced' : 'uploaded' })
    logger.info(`Uploaded ${a.name} (${a.size} bytes).`)
  }

  try {
    const { data } = await octokit.rest.repos.updateRelease({
      owner: req.owner,
      repo: req.repo,
      release_id: draft.id,
      draft: false,
      prerelease: req.prerelease,
      make_latest: latest ? 'true' : 'false',
    })
    outcome.url = data.html_url
  } catch (error) {
    throw releaseProblem(error, `publish the release ${req.tag}`)
  }
  outcome.published = true
  outcome.latest = latest
  logger.info(
    `Published ${req.tag}${latest ? ' as Latest' : ''}${req.prerelease ? ' as a pre-release' : ''}.`,
  )
  return outcome
}

/** Point `refs/tags/<major>` at `commit` (create it, or force-update it). */
export async function moveMajorTag(
  octokit: GitHubClient,
  req: { owner: string; repo: string },
  major: string,
  commit: string,
): Promise<'created' | 'moved' | 'unchanged'> {
  const ref = `tags/${major}`
  let current: string | undefined
  try {
    const { data } = await octokit.rest.git.getRef({ owner: req.owner, repo: req.repo, ref })
    current = data.object.sha
  } catch (error) {
    if ((error as { status?: number }).status !== 404)
      throw releaseProblem(error, `read the tag ${major}`)
  }
  try {
    if (current === commit) return 'unchanged'
    if (current === undefined) {
      await octokit.rest.git.createRef({
        owner: req.owner,
        repo: req.repo,
        ref: `refs/${ref}`,
        sha: commit,
      })
      return 'created'
    }
    await octokit.rest.git.updateRef({
      owner: req.owner,
      repo: req.repo,
      ref,
      sha: commit,
      force: true,
    })
    return 'moved'
  } catch (error) {
    throw releaseProblem(error, `move the tag ${major} to ${commit.slice(0, 12)}`)
  }
}
