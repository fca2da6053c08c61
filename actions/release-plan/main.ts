/**
 * The first job's plan of a release run (internal to the suite's reusable release workflow): the
 * images to build, each with its own Dockerfile, context, platforms, build arguments and target;
 * whether the release files are built, or reused from a published release of the same commit (the
 * candidate a stable release promotes, or the tag's own release when it is built again); and
 * which image the demo deploys.
 */
import { createGitHubClient } from '../../packages/github/index.ts'
import { Git } from '../../packages/git/index.ts'
import { PreconditionError } from '../../packages/errors/index.ts'
import { code, table } from '../../packages/markdown/index.ts'
import { findReleaseFiles } from '../../packages/release/plan.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { releaseTags } from '../../packages/versioning/index.ts'
import { readInputs } from './inputs.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const opts = readInputs(inputs, github)
  const git = new Git(opts.path)
  const tags = releaseTags(await git.tags(), opts.tagPrefix)
  const tag = tags.find(t => t.name === opts.tag)
  if (!tag)
    throw new PreconditionError(
      `${opts.tag} is not a tag of the checkout in ${opts.path}: check out with fetch-depth: 0`,
    )
  let files: 'build' | 'reuse' | 'none' = opts.buildFiles ? 'build' : 'none'
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
  const images = opts.images.map(i => ({
    name: i.name,
    dockerfile: i.dockerfile,
    context: i.context,
    platforms: i.platforms,
    'build-args': i.buildArgs,
    target: i.target,
    key: i.key,
  }))
  return {
    outputs: {
      sha: tag.commit,
      images: JSON.stringify(images),
      'image-names': opts.images.map(i => i.name).join('\n'),
      files,
      'files-from': filesFrom,
      'deploy-image': opts.deployImage,
      'deploy-source': opts.deploySource,
    },
    summary: [
      `### Release plan: ${code(opts.tag)}`,
      '',
      images.length
        ? table(
            ['Image', 'Dockerfile', 'Context', 'Platforms', 'Target'],
            images.map(i => [
              code(i.name),
              code(i.dockerfile || `${i.context}/Dockerfile`),
              code(i.context),
              i.platforms,
              i.target || '—',
            ]),
          )
        : 'No images.',
      '',
      files === 'build'
        ? 'Release files: built by build-command.'
        : files === 'reuse'
          ? `Release files: the ${reused.length} published with ${code(filesFrom)} on the same commit (not rebuilt).`
          : 'No release files.',
      '',
    ].join('\n'),
  }
}
