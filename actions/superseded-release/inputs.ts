/**
 * superseded-release's inputs: the only place they are read and validated. Nothing reaches GitHub
 * or a registry before every input is checked. What only GitHub can tell about `tag` and
 * `superseded-by` (no such release, a draft) becomes an InputError naming them here too
 * (inputErrorOf).
 */
import { readRepository } from '../../packages/github/index.ts'
import { type GithubContext, type Inputs } from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import { readImageList } from '../../packages/oci/index.ts'
import {
  cleanReason,
  SupersedeRequestError,
  type SupersedeOptions,
} from '../../packages/supersede/index.ts'
import {
  compareVersions,
  isPrerelease,
  parseReleaseTag,
  requireReleaseTag,
  splitReleaseTag,
  unsafeRefReason,
  validateTagPrefix,
  type Version,
} from '../../packages/versioning/index.ts'

/** The inputs are the use case's options (packages/supersede). */
export type SupersedeInputs = SupersedeOptions

const TAG_FORM = 'a release tag such as v1.2.3'

function refuseUnsafe(input: string, value: string): void {
  const unsafe = unsafeRefReason(value)
  if (unsafe) throw new InputError(input, `${showValue(value)} ${unsafe}; expected ${TAG_FORM}`)
}

/**
 * `tag` and `tag-prefix`. Without tag-prefix (or with it empty) the prefix is the one of `tag`:
 * `v` of v1.4.0, `pkg@` of pkg@1.4.0, none of 1.4.0.
 */
function readTag(inputs: Inputs): { tag: string; tagPrefix: string; version: Version } {
  const tag = inputs.required('tag', `the tag of the bad release, ${TAG_FORM}`)
  refuseUnsafe('tag', tag)
  const given = inputs.optional('tag-prefix')
  if (given !== undefined) {
    const tagPrefix = validateTagPrefix('tag-prefix', given)
    return { tag, tagPrefix, version: requireReleaseTag('tag', tag, tagPrefix) }
  }
  const split = splitReleaseTag(tag)
  if (!split)
    throw new InputError('tag', `expected ${TAG_FORM} (strict SemVer), got ${showValue(tag)}`)
  return { tag, tagPrefix: split.prefix, version: split.version }
}

/**
 * `superseded-by`, as the tag of the release: a bare version (1.4.1) is the tag of the tag prefix
 * (v1.4.1); a tag of another prefix is taken as written.
 */
function readSupersededBy(
  inputs: Inputs,
  bad: { tag: string; tagPrefix: string; version: Version },
): string | undefined {
  const value = inputs.optional('superseded-by')
  if (value === undefined) return undefined
  refuseUnsafe('superseded-by', value)
  const tag = /^\d/.test(value) ? `${bad.tagPrefix}${value}` : value
  const version = parseReleaseTag(tag, bad.tagPrefix) ?? splitReleaseTag(tag)?.version
  if (!version)
    throw new InputError(
      'superseded-by',
      `expected ${TAG_FORM} (strict SemVer), got ${showValue(value)}`,
    )
  if (tag === bad.tag || compareVersions(version, bad.version) === 0)
    throw new InputError(
      'superseded-by',
      `expected another release than the one being superseded (${bad.tag})`,
    )
  if (isPrerelease(version))
    throw new InputError(
      'superseded-by',
      `expected a stable release such as v1.2.4, got the pre-release ${showValue(value)}`,
    )
  return tag
}

/** What GitHub showed about `tag` or `superseded-by` (no such release, a draft), as an InputError. */
export function inputErrorOf(error: unknown): unknown {
  if (error instanceof SupersedeRequestError)
    return new InputError(error.field === 'tag' ? 'tag' : 'superseded-by', error.problem)
  return error
}

export function readInputs(inputs: Inputs, github: GithubContext): SupersedeInputs {
  const bad = readTag(inputs)
  const { tag, tagPrefix } = bad
  const supersededBy = readSupersededBy(inputs, bad)
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
    tagPrefix,
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
