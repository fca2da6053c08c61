/**
 * release-archive's inputs: the only place they are read and validated (the platform, name and
 * version that make the file name, then the files and where the archive goes).
 */
import type { ArchiveOptions } from '../../packages/archive/index.ts'
import { checkArchiveName, parsePlatform } from '../../packages/archive/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'
import { formatVersion, parseVersion } from '../../packages/versioning/index.ts'

export type ReleaseArchiveInputs = ArchiveOptions

export function readInputs(inputs: Inputs, github: GithubContext): ReleaseArchiveInputs {
  const platform = parsePlatform(
    'platform',
    inputs.required('platform', 'the platform of the files, os/arch such as linux/amd64'),
  )
  const repoName = github.repository?.split('/')[1] ?? ''
  const name = checkArchiveName('name', inputs.string('name', '') || repoName)
  const raw = inputs.required('version', 'the release version, such as 1.2.3')
  const parsed = parseVersion(raw)
  if (!parsed || raw.startsWith('v'))
    throw new InputError('version', `${showValue(raw)}: expected a version such as 1.2.3`)
  const patterns = inputs.list('files')
  if (patterns.length === 0)
    throw new InputError('files', 'is required; expected globs of the files, such as dist/*')
  const outputDir = resolveWorkspacePath(
    'output-dir',
    inputs.string('output-dir', 'release-archive'),
    github.workspace,
  )
  const mtime = inputs.integer('mtime', 0, { min: 0 })
  return {
    workspace: github.workspace,
    patterns,
    base: github.workspace,
    flatten: true,
    name,
    version: formatVersion(parsed),
    platform,
    outputDir,
    mtime,
  }
}
