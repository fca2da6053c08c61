/**
 * release-plan's inputs: the only place they are read and validated.
 */
import { readRepository } from '../../packages/github/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import { IMAGE_FORMS, readImageInput } from '../../packages/oci/index.ts'
import { parseImageBuilds, PlanError, type ImageBuild } from '../../packages/release/plan.ts'
import type { ReleasePlanOptions } from '../../packages/release/release-plan.ts'
import { requireReleaseTag, readTagPrefix } from '../../packages/versioning/index.ts'

export type ReleasePlanInputs = ReleasePlanOptions

export function readInputs(inputs: Inputs, github: GithubContext): ReleasePlanInputs {
  const tagPrefix = readTagPrefix(inputs)
  const tag = inputs.required('tag', `the release tag, such as ${tagPrefix}1.2.3`)
  const version = requireReleaseTag('tag', tag, tagPrefix)
  let images: ImageBuild[]
  try {
    images = parseImageBuilds(
      inputs.string('images', ''),
      {
        dockerfile: inputs.string('dockerfile', ''),
        context: inputs.string('context', '.'),
        platforms: inputs.string('platforms', 'linux/amd64,linux/arm64'),
      },
      inputs.warn,
    )
  } catch (error) {
    if (error instanceof PlanError)
      throw new InputError(
        'images',
        `${error.message} (a list of image names, or a YAML list of {name, dockerfile, context, platforms, build-args, target})`,
      )
    throw error
  }
  const image = (name: string, expected: string) => {
    const value = inputs.optional(name)
    return value === undefined
      ? undefined
      : readImageInput(name, value, 'repository', inputs.warn, expected).image
  }
  const deploySource =
    image('deploy-source', `one of images (${images.map(i => i.name).join(', ')})`) ??
    images[0]?.name ??
    ''
  if (deploySource !== '' && !images.some(i => i.name === deploySource))
    throw new InputError(
      'deploy-source',
      `expected one of images (${images.map(i => i.name).join(', ')}), got ${showValue(deploySource)}`,
    )
  const deployImage =
    image('deploy-image', `${IMAGE_FORMS.repository} (the digest is the one built)`) ?? deploySource
  const split = readRepository(inputs, github.repository)
  return {
    tag,
    version,
    tagPrefix,
    images,
    buildFiles: inputs.boolean('build-files', false),
    deployImage,
    deploySource,
    path: resolveWorkspacePath('path', inputs.string('path', '.'), github.workspace),
    token: inputs.optional('token'),
    owner: split.owner,
    repo: split.repo,
    apiUrl: inputs.url(
      'api-url',
      github.apiUrl,
      'https://api.github.com or https://github.example.com/api/v3',
    ),
  }
}
