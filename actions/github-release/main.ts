/**
 * The release job's GitHub Release (internal to the suite's reusable workflow, and this
 * repository's own release): draft, assets, then publish; Latest only for the highest stable
 * version; optionally the action repository's major tag (v1), moved only for the highest stable
 * release of its major line.
 */
import { createGitHubClient } from '../../packages/github/index.ts'
import { Git } from '../../packages/git/index.ts'
import { PreconditionError } from '../../packages/errors/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { code, table } from '../../packages/markdown/index.ts'
import {
  majorTagFor,
  moveMajorTag,
  publishRelease,
  type ReleaseOutcome,
} from '../../packages/release/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { isHighestStable, releaseTags } from '../../packages/versioning/index.ts'
import { readInputs, type GithubReleaseInputs } from './inputs.ts'

export interface GithubReleaseResult {
  outcome: ReleaseOutcome
  majorTag: string
  majorAction: string
  outputs: Record<string, string>
}

export async function githubRelease(
  opts: GithubReleaseInputs,
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
  const versions = releaseTags(tags ?? [], opts.tagPrefix).map(t => t.version)
  const makeLatest =
    opts.makeLatest === 'auto'
      ? isHighestStable(opts.version, versions)
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
    const major = majorTagFor(opts.version, versions, opts.tagPrefix)
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
  return {
    outcome,
    majorTag,
    majorAction,
    outputs: {
      'release-url': outcome.url ?? '',
      'release-id': outcome.id === undefined ? '' : String(outcome.id),
      assets: JSON.stringify(outcome.assets),
      latest: String(outcome.latest),
      'major-tag': majorTag,
    },
  }
}

export function summarize(opts: GithubReleaseInputs, r: GithubReleaseResult): string {
  const { outcome } = r
  const state = opts.dryRun
    ? `dry run: ${outcome.found === 'none' ? 'would create a draft, upload, publish' : `found (${outcome.found})`}`
    : outcome.found === 'published'
      ? 'was already published'
      : `published${outcome.latest ? ' as Latest' : ''}${opts.prerelease ? ' as a pre-release' : ''}`
  return [
    `### GitHub Release ${code(opts.tag)}: ${state}`,
    '',
    outcome.url ? `${outcome.url}` : '',
    '',
    ...(outcome.assets.length
      ? [
          table(
            ['Asset', 'Action'],
            outcome.assets.map(a => [code(a.name), a.action]),
          ),
          '',
        ]
      : ['No assets.', '']),
    ...(r.majorTag ? [`Major tag ${code(r.majorTag)}: ${r.majorAction}.`, ''] : []),
  ].join('\n')
}

export const main: ActionMain = async ({ inputs, github, logger, mask }) => {
  const opts = readInputs(inputs, github)
  mask(opts.token)
  const result = await githubRelease(opts, logger)
  return { outputs: result.outputs, summary: summarize(opts, result) }
}
