/**
 * compute-version's inputs: the only place they are read. Everything is validated here, before
 * any git call; a bad value throws an InputError naming the input and the expected form.
 */
import { existsSync } from 'node:fs'
import { findConfigFile, loadConfig } from '../../packages/config/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
  existingFile,
} from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import {
  BUMP_KINDS,
  DEFAULT_COMPUTE_OPTIONS,
  formatVersion,
  isPrerelease,
  parseRefInput,
  parseVersion,
  requireReleaseTag,
  readTagPrefix,
  tagName,
  version,
  withPrerelease,
  type ComputeOptions,
  type ParsedRef,
} from '../../packages/versioning/index.ts'

export interface ComputeVersionInputs extends ComputeOptions {
  /** The repository directory. */
  path: string
  ref: ParsedRef | undefined
}

export function readInputs(inputs: Inputs, github: GithubContext): ComputeVersionInputs {
  const defaults = DEFAULT_COMPUTE_OPTIONS
  const tagPrefix = readTagPrefix(inputs)
  const refValue = inputs.optional('ref') ?? github.ref
  const ref = refValue === undefined ? undefined : parseRefInput('ref', refValue, tagPrefix)
  const bump = inputs.choice('bump', BUMP_KINDS, ref?.kind === 'tag' ? 'tag' : 'auto')
  if (bump === 'tag' && ref?.kind !== 'tag') {
    throw new InputError(
      'ref',
      `bump: tag describes a tag, so ref must be refs/tags/${tagPrefix}MAJOR.MINOR.PATCH[-PRERELEASE]; got ${refValue === undefined ? 'no ref' : showValue(refValue)}`,
    )
  }

  const prereleaseId = inputs.string('prerelease-id', defaults.prereleaseId)
  if (!/^[A-Za-z][A-Za-z-]{0,31}$/.test(prereleaseId)) {
    throw new InputError(
      'prerelease-id',
      `expected a word of ASCII letters (such as rc, beta or alpha), got ${showValue(prereleaseId)}`,
    )
  }
  const prereleaseFormat = inputs.choice(
    'prerelease-format',
    ['dotted', 'compact'] as const,
    defaults.prereleaseFormat,
  )
  const fromTagValue = inputs.optional('from-tag')
  let fromTag: string | undefined
  if (fromTagValue !== undefined) {
    const v = requireReleaseTag('from-tag', fromTagValue, tagPrefix)
    if (!isPrerelease(v)) {
      throw new InputError(
        'from-tag',
        `expected a pre-release tag to promote, such as ${tagName(tagPrefix, withPrerelease(version(1, 3, 0), prereleaseId, 2, prereleaseFormat))}; got the stable tag ${showValue(fromTagValue)}`,
      )
    }
    fromTag = fromTagValue
  }

  const rcBump = inputs.choice('rc-bump', ['minor', 'patch', 'major'] as const, defaults.rcBump)

  const initialText = inputs.string('initial-version', formatVersion(defaults.initialVersion))
  const initialVersion = parseVersion(
    initialText.startsWith(tagPrefix) && tagPrefix !== ''
      ? initialText.slice(tagPrefix.length)
      : initialText,
  )
  if (!initialVersion || isPrerelease(initialVersion) || initialVersion.build.length > 0) {
    throw new InputError(
      'initial-version',
      `expected a stable SemVer version such as 0.1.0 or 1.0.0, got ${showValue(initialText)}`,
    )
  }

  const requireSignedTag = inputs.boolean('require-signed-tag', defaults.requireSignedTag)
  const signersValue = inputs.optional('allowed-signers')
  let allowedSigners: string | undefined
  if (signersValue !== undefined) {
    allowedSigners = existingFile(
      'allowed-signers',
      signersValue,
      github.workspace,
      'the path of an SSH allowed-signers file',
      { allowOutside: true },
    )
  }

  const path = resolveWorkspacePath('path', inputs.string('path', '.'), github)
  if (!existsSync(path)) {
    throw new InputError(
      'path',
      `expected the directory of a git repository; ${showValue(path)} does not exist`,
    )
  }

  const options: ComputeVersionInputs = {
    path,
    ref,
    bump,
    tagPrefix,
    prereleaseId,
    prereleaseFormat,
    rcBump,
    initialVersion,
    requireSignedTag,
  }
  if (ref?.kind === 'tag') options.tag = ref.name
  if (fromTag !== undefined) options.fromTag = fromTag
  if (allowedSigners !== undefined) options.allowedSigners = allowedSigners
  if (bump === 'auto') {
    // The changelog section says which commits are housekeeping (the rules generate-changelog
    // lists by): the config file in path, or in the nearest folder above it inside the workspace
    // (a package of a monorepo uses the repository's).
    const config = findConfigFile(path, github.workspace)
    if (config) options.commitRules = loadConfig(config, 'path').changelog
  }
  return options
}
