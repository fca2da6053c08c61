/**
 * homebrew's inputs: the only place they are read and validated.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { InputError, showValue } from '../../packages/errors/index.ts'
import { readRepository, splitRepository } from '../../packages/github/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'
import { isFormulaName } from '../../packages/homebrew/index.ts'
import { requireStableVersion } from '../../packages/versioning/index.ts'

export interface HomebrewInputs {
  tap: { owner: string; repo: string }
  token: string
  name: string
  desc: string
  homepage: string
  version: string
  tag: string
  license: string
  binary: string
  checksums: string
  /** The release file of a name, from files-dir (undefined without it). */
  readFile?: (file: string) => Uint8Array
  downloadUrl: string
  branch: string
  apiUrl: string
}

export function readInputs(inputs: Inputs, github: GithubContext): HomebrewInputs {
  const tapValue = inputs.required('tap', 'the tap repository, owner/homebrew-tap')
  const tap = splitRepository(tapValue)
  if (!tap) throw new InputError('tap', `expected owner/repo, got ${showValue(tapValue)}`)
  const token = inputs.required(
    'token',
    'a token that can write the tap (contents: write on it), such as secrets.HOMEBREW_TAP_TOKEN',
  )
  const project = readRepository(inputs, github.repository)
  const version = inputs.required('version', 'the released version, such as 1.2.3')
  requireStableVersion('version', version, 'a formula follows stable releases only')
  const tag = inputs.required('tag', `the released tag, such as v${version}`)
  const name = inputs.string('name', project.repo.toLowerCase())
  if (!isFormulaName(name))
    throw new InputError(
      'name',
      `expected a formula name (lower case letters, digits and -_.+@), got ${showValue(name)}`,
    )
  const checksumsPath = resolveWorkspacePath(
    'checksums-file',
    inputs.required('checksums-file', 'the checksums file of the release files (sha256sum format)'),
    github.workspace,
    { alsoUnder: [github.runnerTemp] },
  )
  if (!existsSync(checksumsPath))
    throw new InputError(
      'checksums-file',
      `expected the checksums file of the release files, but ${showValue(checksumsPath)} does not exist`,
    )
  const filesDirValue = inputs.optional('files-dir')
  const filesDir =
    filesDirValue === undefined
      ? undefined
      : resolveWorkspacePath('files-dir', filesDirValue, github.workspace, {
          alsoUnder: [github.runnerTemp],
        })
  if (filesDir !== undefined && !existsSync(filesDir))
    throw new InputError(
      'files-dir',
      `expected the folder of the release files, but ${showValue(filesDir)} does not exist`,
    )
  const repoUrl = `${github.serverUrl}/${project.owner}/${project.repo}`
  const downloadUrl = inputs
    .url(
      'download-url',
      `${repoUrl}/releases/download/${tag}`,
      `${repoUrl}/releases/download/${tag}`,
    )
    .replace(/\/+$/, '')
  return {
    tap,
    token,
    name,
    desc:
      inputs.string('description', '') || `Command-line tool of ${project.owner}/${project.repo}`,
    homepage: inputs.url('homepage', repoUrl, 'https://example.com/app'),
    version: version.replace(/\+.*$/, ''),
    tag,
    license: inputs.string('license', ''),
    binary: inputs.string('binary', name),
    checksums: readFileSync(checksumsPath, 'utf8'),
    ...(filesDir === undefined
      ? {}
      : {
          readFile: (file: string) => {
            const at = path.join(filesDir, file)
            if (path.basename(file) !== file || !existsSync(at))
              throw new InputError(
                'files-dir',
                `expected the release files, but ${file} (in the checksums file) is not in ${showValue(filesDir)}`,
              )
            return readFileSync(at)
          },
        }),
    downloadUrl,
    branch: inputs.string('branch', ''),
    apiUrl: inputs.url(
      'api-url',
      github.apiUrl,
      'https://api.github.com or https://github.example.com/api/v3',
    ),
  }
}
