/**
 * publish-tags-matrix's inputs: the only place they are read and validated.
 */
import { existsSync, readFileSync } from 'node:fs'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import { validateAffix, type PublishMatrixOptions } from '../../packages/docker/index.ts'
import { DIGEST_RE, readImageList } from '../../packages/oci/index.ts'
import {
  branchNameProblem,
  parseRefInput,
  requireVersion,
  readTagPrefix,
} from '../../packages/versioning/index.ts'

export type PublishInputs = PublishMatrixOptions

/**
 * `digest`: one sha256:<hex> that every image's tags go to (one build pushed under several names),
 * or one `<image>@sha256:<hex>` line per image (images built apart).
 */
export function readDigests(
  lines: string[],
  images: readonly { image: string }[],
): Map<string, string> | undefined {
  if (lines.length === 0) return undefined
  const expected =
    'expected sha256:<64 lower-case hex> for every image, or one <image>@sha256:<64 hex> line per image'
  const out = new Map<string, string>()
  if (lines.length === 1 && DIGEST_RE.test(lines[0] ?? '')) {
    for (const i of images) out.set(i.image, lines[0] as string)
    return out
  }
  for (const line of lines) {
    const at = line.lastIndexOf('@')
    const image = line.slice(0, at)
    const digest = line.slice(at + 1)
    if (at <= 0 || !DIGEST_RE.test(digest))
      throw new InputError('digest', `${expected}, got ${showValue(line)}`)
    if (!images.some(i => i.image === image))
      throw new InputError('digest', `${showValue(image)} is not one of images`)
    if (out.has(image) && out.get(image) !== digest)
      throw new InputError('digest', `${showValue(image)} is given two digests`)
    out.set(image, digest)
  }
  const missing = images.filter(i => !out.has(i.image)).map(i => i.image)
  if (missing.length > 0)
    throw new InputError(
      'digest',
      `no digest for ${missing.map(m => showValue(m)).join(', ')}; ${expected}`,
    )
  return out
}

/** The default branch from the event payload (repository.default_branch), else main. */
function defaultBranchOf(env: NodeJS.ProcessEnv): string {
  const file = env.GITHUB_EVENT_PATH
  if (file && existsSync(file)) {
    try {
      const event = JSON.parse(readFileSync(file, 'utf8')) as {
        repository?: { default_branch?: unknown }
      }
      const branch = event.repository?.default_branch
      if (typeof branch === 'string' && branchNameProblem(branch) === undefined) return branch
    } catch {
      // not JSON: fall back
    }
  }
  return 'main'
}

export function readInputs(
  inputs: Inputs,
  github: GithubContext,
  env: NodeJS.ProcessEnv,
): PublishInputs {
  const tagPrefix = readTagPrefix(inputs)
  const images = readImageList('images', inputs.list('images'), inputs.warn)
  if (images.length === 0)
    throw new InputError(
      'images',
      'is required; expected one or more images such as ghcr.io/owner/app, one per line',
    )

  const ref = inputs.optional('ref') ?? github.ref ?? ''
  const parsedRef = ref === '' ? undefined : parseRefInput('ref', ref, tagPrefix)
  const versionText = inputs.optional('version')
  // A tag build without an explicit version releases the tag's version.
  const version =
    versionText !== undefined
      ? requireVersion('version', versionText, tagPrefix)
      : parsedRef?.kind === 'tag'
        ? parsedRef.version
        : undefined

  const event = inputs.optional('event') ?? github.eventName ?? 'push'
  if (!/^[a-z_]{1,64}$/.test(event))
    throw new InputError(
      'event',
      `expected a GitHub event name such as push or schedule, got ${showValue(event)}`,
    )
  const sha = (inputs.optional('sha') ?? github.sha ?? '').toLowerCase()
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw new InputError('sha', `expected a full 40-character commit sha, got ${showValue(sha)}`)
  const defaultBranch = inputs.optional('default-branch') ?? defaultBranchOf(env)
  const branchProblem = branchNameProblem(defaultBranch)
  if (branchProblem) {
    throw new InputError(
      'default-branch',
      `expected a branch name such as main, got ${showValue(defaultBranch)}, which ${branchProblem}`,
    )
  }

  const existingList = inputs.list('existing-versions')
  const existingVersions =
    inputs.optional('existing-versions') === undefined
      ? undefined
      : existingList.map(e => requireVersion('existing-versions', e, tagPrefix))

  const date = inputs.date('date')

  const push = inputs.boolean('push', false)
  const digests = readDigests(inputs.list('digest'), images)
  if (push && digests === undefined) {
    throw new InputError(
      'digest',
      'is required with push: true; expected the digest of the pushed image, sha256:<64 hex> (build-push-action outputs it as digest)',
    )
  }
  const [username, password] = inputs.pair('registry-username', 'registry-password')

  const path = resolveWorkspacePath('path', inputs.string('path', '.'), github)
  return {
    images,
    version,
    ref,
    event,
    sha,
    defaultBranch,
    existingVersions,
    shaFormat: inputs.choice('sha-format', ['long', 'short'] as const, 'long'),
    majorZero: inputs.boolean('major-zero', false),
    nightly: inputs.boolean('nightly', true),
    date,
    prefix: validateAffix('prefix', inputs.string('prefix', '')),
    suffix: validateAffix('suffix', inputs.string('suffix', '')),
    push,
    dryRun: inputs.boolean('dry-run', false),
    digests,
    username,
    password,
    waitSeconds: inputs.integer('wait-for-digest-seconds', 60, { min: 0, max: 3600 }),
    tagPrefix,
    path,
  }
}
