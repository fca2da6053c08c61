/**
 * npm-publish's inputs: the only place they are read and validated. The tarball is read here:
 * its package/package.json names the package, and its version must be the release's.
 */
import { readFileSync } from 'node:fs'
import { ArchiveReadError } from '../../packages/archive/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import { existingFile, type GithubContext, type Inputs } from '../../packages/inputs/index.ts'
import { readPackedPackage, type PackedPackage } from '../../packages/npm/index.ts'
import { requireStableVersion } from '../../packages/versioning/index.ts'

export interface NpmPublishInputs {
  tarball: string
  pkg: PackedPackage
  version: string
  registry: string
  token: string
  provenance: boolean
  access: 'public' | 'restricted'
  distTag: string | undefined
}

/** A dist-tag npm accepts: not a SemVer range (npm refuses `v1`, `1.x`), URL-safe. */
const DIST_TAG = /^(?![vV]?\d)[A-Za-z][A-Za-z0-9._-]{0,63}$/

export function readInputs(inputs: Inputs, github: GithubContext): NpmPublishInputs {
  const version = inputs.required('version', 'the released version, such as 1.2.3')
  requireStableVersion('version', version, 'only stable releases are published to npm')
  const released = version.replace(/\+.*$/, '')
  const registry = inputs.url(
    'registry',
    'https://registry.npmjs.org',
    'https://registry.npmjs.org',
  )
  const access = inputs.choice('access', ['public', 'restricted'] as const, 'public')
  const provenance = inputs.boolean('provenance', true)
  const distTag = inputs.optional('dist-tag')
  if (distTag !== undefined && !DIST_TAG.test(distTag))
    throw new InputError(
      'dist-tag',
      `expected a dist-tag such as latest or latest-1 (letters first, not a version or range), got ${showValue(distTag)}`,
    )
  const tarball = existingFile(
    'tarball',
    inputs.required('tarball', 'the .tgz that npm pack wrote'),
    github.workspace,
    'the .tgz that npm pack wrote',
    { alsoUnder: [github.runnerTemp] },
  )
  let pkg: PackedPackage
  try {
    pkg = readPackedPackage(readFileSync(tarball), showValue(tarball))
  } catch (error) {
    if (error instanceof ArchiveReadError)
      throw new InputError('tarball', `expected the .tgz that npm pack wrote: ${error.message}`)
    throw error
  }
  if (pkg.version !== released)
    throw new InputError(
      'version',
      `expected the version of the tarball's package/package.json (${showValue(pkg.version)}), got ${showValue(version)}`,
    )
  if (access === 'restricted' && !pkg.name.startsWith('@'))
    throw new InputError(
      'access',
      `expected public for the unscoped package ${pkg.name} (restricted is for scoped packages only)`,
    )
  return {
    tarball,
    pkg,
    version: released,
    registry,
    token: inputs.string('token', ''),
    provenance,
    access,
    distTag,
  }
}
