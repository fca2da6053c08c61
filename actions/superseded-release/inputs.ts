/**
 * superseded-release's inputs: the only place they are read and validated. Nothing reaches GitHub
 * or a registry before every input is checked.
 */
import { readImageList } from '../publish-tags-matrix/inputs.ts'
import { readRepository } from '../../packages/github/index.ts'
import { type GithubContext, type Inputs } from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import type { ImageRef } from '../../packages/oci/index.ts'
import { cleanReason, splitTag } from '../../packages/supersede/index.ts'
import { compareVersions, isPrerelease, unsafeRefReason } from '../../packages/versioning/index.ts'

export interface SupersedeInputs {
  tag: string
  supersededBy: string | undefined
  reason: string
  token: string
  owner: string
  repo: string
  apiUrl: string
  images: { image: string; ref: ImageRef }[]
  username: string | undefined
  password: string | undefined
  moveAliases: boolean
  dryRun: boolean
}

const TAG_FORM = 'a release tag such as v1.2.3'

function readTag(input: string, value: string): string {
  const unsafe = unsafeRefReason(value)
  if (unsafe) throw new InputError(input, `${showValue(value)} ${unsafe}; expected ${TAG_FORM}`)
  if (!splitTag(value))
    throw new InputError(input, `expected ${TAG_FORM} (strict SemVer), got ${showValue(value)}`)
  return value
}

export function readInputs(inputs: Inputs, github: GithubContext): SupersedeInputs {
  const tag = readTag('tag', inputs.required('tag', `the tag of the bad release, ${TAG_FORM}`))
  const byValue = inputs.optional('superseded-by')
  const supersededBy = byValue === undefined ? undefined : readTag('superseded-by', byValue)
  if (supersededBy !== undefined) {
    const by = splitTag(supersededBy)
    const bad = splitTag(tag)
    if (supersededBy === tag || (by && bad && compareVersions(by.version, bad.version) === 0))
      throw new InputError(
        'superseded-by',
        `expected another release than the one being superseded (${tag})`,
      )
    if (by && isPrerelease(by.version))
      throw new InputError(
        'superseded-by',
        `expected a stable release such as v1.2.4, got the pre-release ${showValue(supersededBy)}`,
      )
  }
  const reason = cleanReason(
    inputs.required('reason', 'why the release is superseded, in a sentence users will read'),
  )
  if (reason === '')
    throw new InputError('reason', 'is required; expected why the release is superseded')
  if (reason.length > 2000)
    throw new InputError('reason', `expected at most 2000 characters, got ${reason.length}`)
  const token = inputs.required(
    'token',
    'a GitHub token with contents: write (the default github.token does, with permissions: contents: write)',
  )
  const split = readRepository(inputs, github.repository)
  const apiUrl = inputs.url(
    'api-url',
    github.apiUrl,
    'https://api.github.com or https://github.example.com/api/v3',
  )
  const images = readImageList('images', inputs.list('images'), inputs.warn)
  const [username, password] = inputs.pair('registry-username', 'registry-password')
  return {
    tag,
    supersededBy,
    reason,
    token,
    owner: split.owner,
    repo: split.repo,
    apiUrl,
    images,
    username,
    password,
    moveAliases: inputs.boolean('move-aliases', true),
    dryRun: inputs.boolean('dry-run', false),
  }
}
