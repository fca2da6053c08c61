/**
 * A release's GitHub Release: draft, assets, then publish (publishRelease); Latest only for the
 * highest stable version (make-latest: auto); optionally the action repository's major tag (v1),
 * moved only for the highest stable release of its major line (packages/versioning's lines).
 * github-release calls this.
 */
import { Git } from '../git/index.ts'
import { createGitHubClient } from '../github/index.ts'
import { PreconditionError } from '../errors/index.ts'
import type { Logger } from '../log/index.ts'
import { aliasName, lineMaxima, releaseTags, type Version } from '../versioning/index.ts'
import { moveMajorTag, publishRelease, type ReleaseAsset, type ReleaseOutcome } from './index.ts'

export interface GithubReleaseOptions {
  tag: string
  version: Version
  name: string
  notes: string
  assets: ReleaseAsset[]
  /** Assets every run makes anew: on a published release its copy is kept, not compared. */
  regenerated: string[]
  prerelease: boolean
  makeLatest: 'true' | 'false' | 'auto'
  /** Move the major tag (v1) of an action repository. */
  majorTag: boolean
  tagPrefix: string
  token: string
  owner: string
  repo: string
  apiUrl: string
  /** The repository whose release tags decide Latest and the major tag. */
  path: string
  dryRun: boolean
}

export interface GithubReleaseResult {
  outcome: ReleaseOutcome
  /** The major tag moved to this release (v1), or ''. */
  majorTag: string
  /** What happened to it (planned, created, moved, unchanged), or '' when it does not move. */
  majorAction: string
}

export async function githubRelease(
  opts: GithubReleaseOptions,
  logger: Logger,
  client?: { retryBaseMs?: number },
): Promise<GithubReleaseResult> {
  const git = new Git(opts.path)
  const needsTags = opts.makeLatest === 'auto' || opts.majorTag
  const tags = needsTags && (await git.isRepository()) ? await git.tags() : undefined
  if (needsTags && !tags?.some(t => t.name === opts.tag))
    throw new PreconditionError(
      `make-latest: auto and major-tag read the repository's release tags, but ${opts.path} has no tag ${opts.tag}; check out with fetch-depth: 0, or set make-latest to true or false.`,
    )
  const lines = lineMaxima(releaseTags(tags ?? [], opts.tagPrefix).map(t => t.version))
  const makeLatest =
    opts.makeLatest === 'auto'
      ? lines.isHighest(opts.version, 'latest')
      : opts.makeLatest === 'true'
  const octokit = createGitHubClient({
    token: opts.token,
    apiUrl: opts.apiUrl,
    logger,
    ...(client?.retryBaseMs !== undefined ? { retryBaseMs: client.retryBaseMs } : {}),
  })
  const outcome = await publishRelease(
    {
      owner: opts.owner,
      repo: opts.repo,
      tag: opts.tag,
      name: opts.name,
      notes: opts.notes,
      prerelease: opts.prerelease,
      makeLatest,
      assets: opts.assets,
      regenerated: opts.regenerated,
      dryRun: opts.dryRun,
    },
    { octokit, logger },
  )
  let majorTag = ''
  let majorAction = ''
  if (opts.majorTag) {
    // The major tag (v1) moves only to the highest stable release of its major line.
    const major = lines.isHighest(opts.version, 'major')
      ? `${opts.tagPrefix}${aliasName('major', opts.version)}`
      : undefined
    const commit = tags?.find(t => t.name === opts.tag)?.commit
    if (major && commit) {
      majorTag = major
      majorAction = opts.dryRun ? 'planned' : await moveMajorTag(octokit, opts, major, commit)
      logger.info(`${major}: ${majorAction} (${commit.slice(0, 12)}).`)
    } else
      logger.info(
        `No major tag moves: ${opts.tag} is not the highest stable release of its major line.`,
      )
  }
  return { outcome, majorTag, majorAction }
}
