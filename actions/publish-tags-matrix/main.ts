import { Git } from '../../packages/git/index.ts'
import { PreconditionError } from '../../packages/errors/index.ts'
import {
  detectLicense,
  ociLabels,
  planTags,
  publishTags,
  type TagPlan,
  type TagResult,
} from '../../packages/docker/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { code, escapeInline, table } from '../../packages/markdown/index.ts'
import { RegistryClient } from '../../packages/oci/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import {
  formatVersion,
  isPrerelease,
  releaseTags,
  type Version,
} from '../../packages/versioning/index.ts'
import { readInputs, type PublishInputs } from './inputs.ts'

/** The release tags of the repository, for deciding which version is the highest of its line. */
async function repositoryVersions(opts: PublishInputs): Promise<Version[]> {
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

export interface PublishOutcome {
  plan: TagPlan
  results: TagResult[]
  labels: Record<string, string>
  outputs: Record<string, string>
}

export async function publish(
  opts: PublishInputs,
  context: { repository: string | undefined; serverUrl: string; workspace: string; logger: Logger },
): Promise<PublishOutcome> {
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
  const refs = opts.images.flatMap(i => tagNames.map(t => `${i.image}:${t}`))
  const labelLines = Object.entries(labels).map(([k, v]) => `${k}=${v}`)
  const annotations = labelLines.map(l => `manifest:${l}`)
  const pushed = results
    .filter(r => r.action === 'written' || r.action === 'moved')
    .map(r => `${r.image}:${r.tag}`)
  return {
    plan,
    results,
    labels,
    outputs: {
      tags: refs.join('\n'),
      'tag-names': tagNames.join('\n'),
      matrix: JSON.stringify(
        opts.images.flatMap(i => tagNames.map(tag => ({ image: i.image, tag }))),
      ),
      json: JSON.stringify({
        tags: refs,
        'tag-names': tagNames,
        labels,
        annotations,
        version: opts.version ? formatVersion(opts.version, { build: false }) : '',
        'is-latest': plan.isLatest,
      }),
      labels: labelLines.join('\n'),
      annotations: annotations.join('\n'),
      'is-latest': String(plan.isLatest),
      pushed: pushed.join('\n'),
    },
  }
}

export function summarize(opts: PublishInputs, outcome: PublishOutcome): string {
  const status = new Map(outcome.results.map(r => [`${r.image}:${r.tag}`, r]))
  const describe = (image: string, tag: string) => {
    const r = status.get(`${image}:${tag}`)
    if (!opts.push) return 'computed (push: false)'
    if (!r) return '—'
    if (r.action === 'moved') return `moved from ${code(r.from?.slice(0, 19) ?? '')}…`
    if (r.action === 'planned') return opts.dryRun ? 'would be written (dry-run)' : 'planned'
    return r.action
  }
  const rows = opts.images.flatMap(i =>
    outcome.plan.tags.map(t => [code(`${i.image}:${t.name}`), t.kind, describe(i.image, t.name)]),
  )
  return [
    `### publish-tags-matrix: ${opts.version ? code(formatVersion(opts.version, { build: false })) : code(opts.ref || 'build')}`,
    '',
    opts.push && opts.digests
      ? `${[...new Set(opts.digests.values())].length === 1 ? `Digest ${code([...opts.digests.values()][0] ?? '')}` : `Digests ${[...opts.digests.entries()].map(([i, d]) => `${code(i)} ${code(d)}`).join(', ')}`}${opts.dryRun ? ' (dry run: nothing written)' : ''}.`
      : 'Tags computed only (push: false).',
    '',
    table(['Tag', 'Kind', 'Status'], rows),
    '',
    ...outcome.plan.reasons.map(r => `- ${escapeInline(r)}`),
    '',
  ].join('\n')
}

export const main: ActionMain = async ({ inputs, github, env, logger, mask }) => {
  const opts = readInputs(inputs, github, env)
  if (opts.password) mask(opts.password)
  const outcome = await publish(opts, {
    repository: github.repository,
    serverUrl: github.serverUrl,
    workspace: github.workspace,
    logger,
  })
  for (const reason of outcome.plan.reasons) logger.info(reason)
  logger.info(`Tags: ${outcome.plan.tags.map(t => t.name).join(', ')}`)
  return { outputs: outcome.outputs, summary: summarize(opts, outcome) }
}
