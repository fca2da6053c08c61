/**
 * Applying planned tags to an image digest that is already in the registry, with no rebuild:
 * wait for the digest, check every tag before writing any, then write version tags first and
 * `latest` last, so a failure half-way never leaves `latest` ahead of the version it names.
 */
import type { Logger } from '../log/index.ts'
import { nullLogger } from '../log/index.ts'
import { PreconditionError } from '../errors/index.ts'
import type { ImageRef, Manifest, RegistryClient } from '../oci/index.ts'
import type { PlannedTag, TagKind } from './tags.ts'

export interface PublishTarget {
  /** The image as the user wrote it. */
  image: string
  ref: ImageRef
  /** The pushed digest this image's tags go to (several images may each have their own build). */
  digest: string
}

export type TagAction = 'written' | 'moved' | 'unchanged' | 'planned'

export interface TagResult {
  image: string
  tag: string
  kind: TagKind
  action: TagAction
  /** The digest the tag pointed at before, when it pointed at another one. */
  from?: string
}

export interface PublishOptions {
  tags: readonly PlannedTag[]
  client: RegistryClient
  /** How long to wait for the digest to appear (registries lag right after a push). */
  waitMs: number
  dryRun: boolean
  logger?: Logger
}

const PHASES: TagKind[][] = [['version', 'sha'], ['minor', 'major', 'edge', 'nightly'], ['latest']]

export async function publishTags(
  targets: readonly PublishTarget[],
  opts: PublishOptions,
): Promise<TagResult[]> {
  const logger = opts.logger ?? nullLogger
  // 1. The digest must exist in every image before anything else happens.
  const manifests = new Map<PublishTarget, Manifest>()
  for (const target of targets) {
    manifests.set(
      target,
      await opts.client.waitForManifest(target.ref, target.digest, { timeoutMs: opts.waitMs }),
    )
  }
  // 2. Read where every tag points now; refuse before writing anything if a version or sha tag
  //    would have to move.
  const current = new Map<string, string | undefined>()
  const conflicts: string[] = []
  for (const target of targets) {
    for (const tag of opts.tags) {
      const digest = await opts.client.resolve(target.ref, tag.name)
      current.set(`${target.image}:${tag.name}`, digest)
      if (tag.immutable && digest !== undefined && digest !== target.digest) {
        conflicts.push(
          `${target.image}:${tag.name} already points at ${digest}, not ${target.digest}`,
        )
      }
    }
  }
  if (conflicts.length > 0) {
    throw new PreconditionError(
      `Refusing to repoint immutable tags (version and sha tags never move), so nothing was written: ${conflicts.join('; ')}.`,
    )
  }
  // 3. Write in phases across all images: version and sha tags, then aliases, then latest.
  const results: TagResult[] = []
  for (const phase of PHASES) {
    for (const target of targets) {
      for (const tag of opts.tags.filter(t => phase.includes(t.kind))) {
        const was = current.get(`${target.image}:${tag.name}`)
        const base = { image: target.image, tag: tag.name, kind: tag.kind }
        if (was === target.digest) {
          results.push({ ...base, action: 'unchanged' })
          continue
        }
        if (opts.dryRun) {
          results.push({ ...base, action: 'planned', ...(was ? { from: was } : {}) })
          continue
        }
        await opts.client.putTag(target.ref, tag.name, manifests.get(target) as Manifest)
        logger.info(`${target.image}:${tag.name} → ${target.digest}${was ? ` (was ${was})` : ''}`)
        results.push({ ...base, action: was ? 'moved' : 'written', ...(was ? { from: was } : {}) })
      }
    }
  }
  return results
}
