/**
 * What an npm tarball (the .tgz that `npm pack` writes) says about itself: the name and version
 * of its package/package.json, and its integrity as the registry records it (`dist.integrity`,
 * `sha512-<base64>`, and the legacy `dist.shasum`, sha1 hex).
 */
import { createHash } from 'node:crypto'
import { ArchiveReadError, tarFile } from '../archive/index.ts'
import { showValue } from '../errors/index.ts'

export interface PackedPackage {
  name: string
  version: string
  /** sha512-<base64> of the tarball's bytes. */
  integrity: string
  /** sha1 hex of the tarball's bytes. */
  shasum: string
}

/** The registry's `dist.integrity` of a tarball: `sha512-` and the base64 of its SHA-512. */
export function tarballIntegrity(bytes: Uint8Array): string {
  return `sha512-${createHash('sha512').update(bytes).digest('base64')}`
}

/**
 * An npm package name as the registry accepts a new one (validate-npm-package-name): at most 214
 * characters, lower case, URL-safe, not starting with '.' or '_', optionally `@scope/name`.
 */
export function isPackageName(name: string): boolean {
  if (name.length === 0 || name.length > 214) return false
  return /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name)
}

/** The name in a registry URL path, as npm escapes it: `@scope%2fname`, an unscoped one as it is. */
export function escapedName(name: string): string {
  return name.replace('/', '%2f')
}

/**
 * The name, version and integrity of an npm tarball; an ArchiveReadError (one line) when it is not
 * a tar.gz with a package/package.json that names a package and a version.
 */
export function readPackedPackage(bytes: Uint8Array, what = 'the tarball'): PackedPackage {
  const raw = tarFile(bytes, 'package/package.json', what)
  if (raw === undefined)
    throw new ArchiveReadError(`${what} holds no package/package.json (is it what npm pack wrote?)`)
  let manifest: unknown
  try {
    manifest = JSON.parse(raw.toString('utf8'))
  } catch (error) {
    throw new ArchiveReadError(
      `${what}: package/package.json is not JSON: ${(error as Error).message}`,
    )
  }
  const m = manifest as { name?: unknown; version?: unknown } | null
  if (typeof m?.name !== 'string' || !isPackageName(m.name))
    throw new ArchiveReadError(
      `${what}: package/package.json has no valid package name (got ${showValue(String(m?.name))})`,
    )
  if (typeof m.version !== 'string')
    throw new ArchiveReadError(`${what}: package/package.json has no version`)
  return {
    name: m.name,
    version: m.version,
    integrity: tarballIntegrity(bytes),
    shasum: createHash('sha1').update(bytes).digest('hex'),
  }
}
