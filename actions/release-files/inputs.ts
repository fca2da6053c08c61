/**
 * release-files' inputs: the only place they are read and validated (the tag before the token,
 * so an unprefixed tag is named before a missing token).
 */
import { readRepository } from '../../packages/github/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'
import type { ReleaseFilesOptions } from '../../packages/release/release-files.ts'
import { readTagPrefix, requireReleaseTag } from '../../packages/versioning/index.ts'

export type ReleaseFilesInputs = ReleaseFilesOptions

export function readInputs(inputs: Inputs, github: GithubContext): ReleaseFilesInputs {
  const prefix = readTagPrefix(inputs)
  const tag = inputs.required('tag', 'the release whose files to download, such as v1.2.0-rc.2')
  requireReleaseTag('tag', tag, prefix)
  const dir = resolveWorkspacePath('path', inputs.string('path', 'release-files'), github.workspace)
  const token = inputs.required('token', 'a GitHub token with contents: read')
  const { owner, repo } = readRepository(inputs, github.repository)
  const apiUrl = inputs.url(
    'api-url',
    github.apiUrl,
    'https://api.github.com or https://github.example.com/api/v3',
  )
  const includeChecksums = inputs.boolean('include-checksums', false)
  return { tag, dir, token, owner, repo, apiUrl, includeChecksums }
}
