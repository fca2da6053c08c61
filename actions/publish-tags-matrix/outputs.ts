/**
 * publish-tags-matrix's outputs (the names of its action.yml) and step summary.
 */
import type { PublishMatrixResult } from '../../packages/docker/index.ts'
import { code, escapeInline, table } from '../../packages/markdown/index.ts'
import { formatVersion } from '../../packages/versioning/index.ts'
import type { PublishInputs } from './inputs.ts'

export function publishOutputs(r: PublishMatrixResult): Record<string, string> {
  return {
    tags: r.refs.join('\n'),
    'tag-names': r.tagNames.join('\n'),
    matrix: JSON.stringify(r.matrix),
    json: JSON.stringify({
      tags: r.refs,
      'tag-names': r.tagNames,
      labels: r.labels,
      annotations: r.annotations,
      version: r.version,
      'is-latest': r.plan.isLatest,
    }),
    labels: r.labelLines.join('\n'),
    annotations: r.annotations.join('\n'),
    'is-latest': String(r.plan.isLatest),
    pushed: r.pushed.join('\n'),
  }
}

export function summarize(opts: PublishInputs, outcome: PublishMatrixResult): string {
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
