/**
 * Whether a commit already has an image, and which: the first of the candidate tags that exists
 * in the registry gives the digest to ship instead of a rebuild, with the version the image
 * reports (its org.opencontainers.image.version label).
 */
import type { Logger } from '../log/index.ts'
import { RegistryClient } from './client.ts'
import type { NamedImage } from './images.ts'

export interface FindExistingImageOptions extends NamedImage {
  /** The candidate tags, in the order they are tried. */
  tags: string[]
  username: string | undefined
  password: string | undefined
}

export interface ExistingImage {
  tag: string
  digest: string
  /** The image's org.opencontainers.image.version label, or ''. */
  version: string
}

/** The first candidate tag that exists, or undefined when none does (the image is built). */
export async function findExistingImage(
  opts: FindExistingImageOptions,
  logger: Logger,
  client?: RegistryClient,
): Promise<ExistingImage | undefined> {
  const registry =
    client ??
    new RegistryClient({
      ...(opts.username !== undefined && opts.password !== undefined
        ? { username: opts.username, password: opts.password }
        : {}),
      logger,
    })
  for (const tag of opts.tags) {
    const found = await registry.imageConfig(opts.ref, tag)
    if (!found) continue
    const version = found.config.config?.Labels?.['org.opencontainers.image.version'] ?? ''
    return { tag, digest: found.digest, version }
  }
  return undefined
}
