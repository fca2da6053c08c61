/**
 * github-release's outputs (the names of its action.yml) and step summary.
 */
import { code, table } from '../../packages/markdown/index.ts'
import type { GithubReleaseResult } from '../../packages/release/github-release.ts'
import type { GithubReleaseInputs } from './inputs.ts'

export function releaseOutputs(r: GithubReleaseResult): Record<string, string> {
  const { outcome } = r
  return {
    'release-url': outcome.url ?? '',
    'release-id': outcome.id === undefined ? '' : String(outcome.id),
    assets: JSON.stringify(outcome.assets),
    latest: String(outcome.latest),
    'major-tag': r.majorTag,
  }
}

export function summarize(opts: GithubReleaseInputs, r: GithubReleaseResult): string {
  const { outcome } = r
  const state = opts.dryRun
    ? `dry run: ${outcome.found === 'none' ? 'would create a draft, upload, publish' : `found (${outcome.found})`}`
    : outcome.found === 'published'
      ? 'was already published'
      : `published${outcome.latest ? ' as Latest' : ''}${opts.prerelease ? ' as a pre-release' : ''}`
  return [
    `### GitHub Release ${code(opts.tag)}: ${state}`,
    '',
    outcome.url ? `${outcome.url}` : '',
    '',
    ...(outcome.assets.length
      ? [
          table(
            ['Asset', 'Action'],
            outcome.assets.map(a => [code(a.name), a.action]),
          ),
          '',
        ]
      : ['No assets.', '']),
    ...(r.majorTag ? [`Major tag ${code(r.majorTag)}: ${r.majorAction}.`, ''] : []),
  ].join('\n')
}
