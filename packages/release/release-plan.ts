/**
 * The plan of a release run: the commit of the tag, the images to build (each with its own
 * Dockerfile, context, platforms, build arguments and target), and whether the release files are
 * built, or reused from a published release of the same commit (the candidate a stable release
 * promotes, or the tag's own release when it is built again). release-plan calls this.
 */
import { PreconditionError } from '../errors/index.ts'
import { Git } from '../git/index.ts'
import { createGitHubClient } from '../github/index.ts'
import type { Logger } from '../log/index.ts'
import { releaseTags, type ReleaseTag, type Version } from '../versioning/index.ts'
import { findReleaseFiles, type ImageBuild } from './plan.ts'

export interface ReleasePlanOptions {
  tag: string
  version: Version
  tagPrefix: string
  images: ImageBuild[]
  /** The run builds release files (unless a release of the same commit has them). */
  buildFiles: boolean
  /** The image the demo deploys, and the built image whose digest it gets. */
  deployImage: string
  deploySource: string
  /** The checkout, with the tags. */
  path: string
  /** Reads the releases of the same commit; without one, files are always built. */
  token: string | undefined
  owner: string
  repo: string
  apiUrl: string
}

export interface ReleasePlan {
  /** The tag being released, with its commit. */
  tag: ReleaseTag
  images: ImageBuild[]
  files: 'build' | 'reuse' | 'none'
  /** The release whose files are reused, or ''. */
  filesFrom: string
  /** The names of the reused files. */
  reused: string[]
  deployImage: string
  deploySource: string
}

export async function planRelease(opts: ReleasePlanOptions, logger: Logger): Promise<ReleasePlan> {
  const git = new Git(opts.path)
  const tags = releaseTags(await git.tags(), opts.tagPrefix)
  const tag = tags.find(t => t.name === opts.tag)
  if (!tag)
    throw new PreconditionError(
      `${opts.tag} is not a tag of the checkout in ${opts.path}: check out with fetch-depth: 0`,
    )
  let files: ReleasePlan['files'] = opts.buildFiles ? 'build' : 'none'
  let filesFrom = ''
  let reused: string[] = []
  if (opts.buildFiles && opts.token) {
    const client = createGitHubClient({ token: opts.token, apiUrl: opts.apiUrl, logger })
    const source = await findReleaseFiles(client, {
      owner: opts.owner,
      repo: opts.repo,
      tag,
      atCommit: tags.filter(t => t.commit === tag.commit),
    })
    if (source) {
      files = 'reuse'
      filesFrom = source.tag
      reused = source.assets.map(a => a.name)
      logger.info(
        `${source.tag} on the same commit published ${reused.length} release file(s): ${opts.tag} ships them, nothing is rebuilt`,
      )
    }
  }
  return {
    tag,
    images: opts.images,
    files,
    filesFrom,
    reused,
    deployImage: opts.deployImage,
    deploySource: opts.deploySource,
  }
}
