/**
 * Publishing a build's tags: the tags of every image (planTags, against the repository's release
 * tags unless the existing versions are given), its OCI labels and annotations, and with push the
 * tags applied to the pushed digest of each image (publishTags). publish-tags-matrix and
 * `release-actions tags` both call this.
 */
import { PreconditionError } from '../errors/index.ts'
import { Git } from '../git/index.ts'
import type { Logger } from '../log/index.ts'
import { RegistryClient, type NamedImage } from '../oci/index.ts'
import { formatVersion, isPrerelease, releaseTags, type Version } from '../versioning/index.ts'
import { detectLicense, ociLabels } from './labels.ts'
import { publishTags, type TagResult } from './publish.ts'
import { planTags, type TagPlan } from './tags.ts'

export interface PublishMatrixOptions {
  images: NamedImage[]
  version: Version | undefined
  ref: string
  event: string
  sha: string
  defaultBranch: string
  /** Given versions, or undefined to read the repository's release tags. */
  existingVersions: Version[] | undefined
  shaFormat: 'long' | 'short'
  majorZero: boolean
  nightly: boolean
  date: string
  prefix: string
  suffix: string
  push: boolean
  dryRun: boolean
  /** The digest each image's tags go to (one digest for all, or one per image). */
  digests: Map<string, string> | undefined
  username: string | undefined
  password: string | undefined
  waitSeconds: number
  tagPrefix: string
  /** The repository whose release tags are the existing versions. */
  path: string
}

export interface PublishMatrixContext {
  /** owner/repo, for the source and title labels. */
  repository: string | undefined
  serverUrl: string
  logger: Logger
}

export interface PublishMatrixResult {
  plan: TagPlan
  /** What happened to each tag of each image (empty without push). */
  results: TagResult[]
  labels: Record<string, string>
  /** The version without build metadata, or '' for a build without one. */
  version: string
  /** The tag names, in the plan's order. */
  tagNames: string[]
  /** `image:tag` for every image and tag. */
  refs: string[]
  /** One entry per image and tag. */
  matrix: { image: string; tag: string }[]
  /** `key=value` per label. */
  labelLines: string[]
  /** `manifest:key=value` per label. */
  annotations: string[]
  /** `image:tag` of the tags written or moved. */
  pushed: string[]
}

/** The release tags of the repository, for deciding which version is the highest of its line. */
async function repositoryVersions(opts: PublishMatrixOptions): Promise<Version[]> {
  const git = new Git(opts.path)
  if (!(await git.isRepository())) {
    throw new PreconditionError(
      `existing-versions was not given and ${opts.path} is not a git repository; check out the repository with its tags (fetch-depth: 0) or pass existing-versions.`,
    )
  }
  const tags = releaseTags(await git.tags(), opts.tagPrefix)
  if (tags.length === 0 && (await git.isShallow())) {
    throw new PreconditionError(
      `The repository at ${opts.path} is a shallow clone without tags, so the existing versions are unknown; check it out with fetch-depth: 0 (or fetch-tags: true) or pass existing-versions.`,
    )
  }
  return tags.map(t => t.version)
}

export async function publishMatrix(
  opts: PublishMatrixOptions,
  context: PublishMatrixContext,
): Promise<PublishMatrixResult> {
  const needsExisting = opts.version !== undefined && !isPrerelease(opts.version)
  const existing = opts.existingVersions ?? (needsExisting ? await repositoryVersions(opts) : [])
  const plan = planTags({
    version: opts.version,
    existing: opts.version ? [...existing, opts.version] : existing,
    event: opts.event,
    ref: opts.ref,
    sha: opts.sha,
    defaultBranch: opts.defaultBranch,
    shaFormat: opts.shaFormat,
    majorZero: opts.majorZero,
    nightly: opts.nightly,
    date: opts.date,
    prefix: opts.prefix,
    suffix: opts.suffix,
  })
  const source = context.repository
    ? `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`
    : undefined
  const created = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()
    : new Date().toISOString()
  const labels = ociLabels({
    version: opts.version
      ? formatVersion(opts.version, { build: false })
      : ((plan.tags.find(t => t.kind !== 'sha') ?? plan.tags[0])?.name ?? ''),
    revision: opts.sha,
    created,
    source,
    title: context.repository?.split('/')[1] ?? opts.images[0]?.ref.repository.split('/').pop(),
    licenses: detectLicense(opts.path),
  })

  let results: TagResult[] = []
  if (opts.push && opts.digests) {
    const digests = opts.digests
    const client = new RegistryClient({
      ...(opts.username !== undefined && opts.password !== undefined
        ? { username: opts.username, password: opts.password }
        : {}),
      logger: context.logger,
      push: true,
    })
    results = await publishTags(
      opts.images.map(i => ({ ...i, digest: digests.get(i.image) as string })),
      {
        tags: plan.tags,
        client,
        waitMs: opts.waitSeconds * 1000,
        dryRun: opts.dryRun,
        logger: context.logger,
      },
    )
  }

  const tagNames = plan.tags.map(t => t.name)
  const labelLines = Object.entries(labels).map(([k, v]) => `${k}=${v}`)
  return {
    plan,
    results,
    labels,
    version: opts.version ? formatVersion(opts.version, { build: false }) : '',
    tagNames,
    refs: opts.images.flatMap(i => tagNames.map(t => `${i.image}:${t}`)),
    matrix: opts.images.flatMap(i => tagNames.map(tag => ({ image: i.image, tag }))),
    labelLines,
    annotations: labelLines.map(l => `manifest:${l}`),
    pushed: results
      .filter(r => r.action === 'written' || r.action === 'moved')
      .map(r => `${r.image}:${r.tag}`),
  }
}
