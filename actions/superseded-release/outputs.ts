/**
 * superseded-release's outputs (superseded-release/action.yml) and its step summary, from the
 * outcome of the use case (packages/supersede).
 */
import { code, codeBlock, escapeInline, table } from '../../packages/markdown/index.ts'
import {
  changelogNote,
  type AliasPlan,
  type SupersedeOutcome,
} from '../../packages/supersede/index.ts'

const short = (digest: string | undefined) => (digest ? `${digest.slice(0, 19)}…` : '—')

function movedJson(moved: readonly AliasPlan[]): string {
  return JSON.stringify(
    moved.map(m => ({ image: m.image, alias: m.alias, from: m.from, to: m.to })),
  )
}

export function supersedeOutputs(outcome: SupersedeOutcome): Record<string, string> {
  return {
    'release-url': outcome.plan.release.url,
    'latest-tag': outcome.plan.latestTag ?? '',
    'moved-aliases': movedJson(outcome.moved),
  }
}

export function summarize(outcome: SupersedeOutcome, dryRun: boolean): string {
  const { plan } = outcome
  const rows = plan.aliases.map(a => [
    code(`${a.image}:${a.alias}`),
    a.action === 'move'
      ? dryRun
        ? 'would move'
        : 'moved'
      : a.action === 'stuck'
        ? '⚠️ stays'
        : 'unchanged',
    code(short(a.from)),
    a.to ? `${code(a.toVersion ?? '')} ${code(short(a.to))}` : '—',
    escapeInline(a.why),
  ])
  return [
    `### superseded-release: ${code(plan.release.tag)} → ${code(plan.supersededBy.tag)}${dryRun ? ' (dry run)' : ''}`,
    '',
    `- Release: [${escapeInline(plan.release.tag)}](${plan.release.url}) ${plan.edit ? (dryRun ? 'would be' : 'is now') + ' marked deprecated' : 'was already marked deprecated'}, superseded by [${escapeInline(plan.supersededBy.tag)}](${plan.supersededBy.url}).`,
    `- Latest: ${plan.makeLatest ? `${dryRun ? 'would move' : 'moved'} from ${code(plan.release.tag)} to ${code(plan.supersededBy.tag)}` : `${plan.latestTag ? code(plan.latestTag) : 'none'}, unchanged`}.`,
    `- Reason: ${escapeInline(plan.reason)}`,
    '',
    ...(rows.length > 0
      ? [table(['Image tag', 'Action', 'From', 'To', 'Why'], rows), '']
      : ['No rolling image tag to move.', '']),
    ...plan.notes.map(n => `- ${escapeInline(n)}`),
    ...(plan.notes.length ? [''] : []),
    "For the next release's changelog:",
    '',
    codeBlock(changelogNote(plan.banner), 'markdown'),
    '',
  ].join('\n')
}
