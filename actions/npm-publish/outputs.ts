/**
 * npm-publish's outputs (the names of its action.yml) and step summary.
 */
import type { PackedPackage, PublishResult } from '../../packages/npm/index.ts'
import { code, table } from '../../packages/markdown/index.ts'

export interface NpmPublished extends PublishResult {
  pkg: PackedPackage
  registry: string
  provenance: boolean
}

export function npmPublishOutputs(r: NpmPublished): Record<string, string> {
  return {
    status: r.status,
    name: r.pkg.name,
    version: r.pkg.version,
    integrity: r.pkg.integrity,
    'dist-tag': r.distTag,
    url: r.url,
  }
}

export function summarize(r: NpmPublished): string {
  const id = `${r.pkg.name}@${r.pkg.version}`
  return [
    r.status === 'published'
      ? `### npm: ${code(id)} published`
      : `### npm: ${code(id)} unchanged (already published with the same tarball; not published again)`,
    '',
    table(
      ['Package', 'Registry', 'Integrity', 'dist-tag', 'Provenance'],
      [
        [
          `[${code(id)}](${r.url})`,
          code(r.registry),
          code(r.pkg.integrity),
          r.distTag ? code(r.distTag) : '-',
          r.status === 'published' ? String(r.provenance) : '-',
        ],
      ],
    ),
    '',
  ].join('\n')
}
