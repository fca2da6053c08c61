/**
 * superseded-release: mark a bad release superseded and roll the rolling image aliases back.
 * Reads everything and prints the whole plan first; dry-run stops there.
 */
import { createGitHubClient } from '../../packages/github/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { code, codeBlock, escapeInline, table } from '../../packages/markdown/index.ts'
import { RegistryClient } from '../../packages/oci/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import {
  applySupersede,
  changelogNote,
  planSupersede,
  type AliasPlan,
  type SupersedeOutcome,
  type SupersedePlan,
  type SupersedeRequest,
} from '../../packages/supersede/index.ts'
import type { SupersedeInputs } from './inputs.ts'
import { readInputs } from './inputs.ts'

export function request(opts: SupersedeInputs): SupersedeRequest {
  return {
    owner: opts.owner,
    repo: opts.repo,
    tag: opts.tag,
    supersededBy: opts.supersededBy,
    reason: opts.reason,
    images: opts.images,
    moveAliases: opts.moveAliases,
  }
}

const short = (digest: string | undefined) => (digest ? `${digest.slice(0, 19)}…` : '—')

/** The plan as lines for the log: everything that will change, and everything that will not. */
export function planLines(plan: SupersedePlan, dryRun: boolean): string[] {
  const will = dryRun ? 'would' : 'will'
  const lines = [
    `Plan to supersede ${plan.release.tag} of ${plan.repository}${dryRun ? ' (dry run: nothing is written)' : ''}:`,
    plan.edit
      ? `  release ${plan.release.tag}: ${will} get the title ${JSON.stringify(plan.edit.name)} and a "Deprecated" banner naming ${plan.supersededBy.tag}`
      : `  release ${plan.release.tag}: already carries this banner and title (unchanged)`,
    plan.makeLatest
      ? `  Latest: ${plan.release.tag} is Latest; ${plan.supersededBy.tag} ${will} become Latest`
      : `  Latest: ${plan.latestTag ?? 'none'} (unchanged; ${plan.release.tag} is not Latest)`,
  ]
  for (const a of plan.aliases) {
    lines.push(
      a.action === 'move'
        ? `  ${a.image}:${a.alias}: ${will} move ${short(a.from)} → ${a.toVersion} ${short(a.to)} (${a.why})`
        : `  ${a.image}:${a.alias}: ${a.action === 'stuck' ? 'stays' : 'unchanged'} (${a.why})`,
    )
  }
  for (const note of plan.notes) lines.push(`  note: ${note}`)
  lines.push('  Never deleted or moved: any git tag, any release, any image version tag.')
  return lines
}

function movedJson(moved: readonly AliasPlan[]): string {
  return JSON.stringify(
    moved.map(m => ({ image: m.image, alias: m.alias, from: m.from, to: m.to })),
  )
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

export async function supersede(
  opts: SupersedeInputs,
  logger: Logger,
  clients?: { retryBaseMs?: number },
): Promise<{ outcome: SupersedeOutcome; outputs: Record<string, string> }> {
  const octokit = createGitHubClient({
    token: opts.token,
    apiUrl: opts.apiUrl,
    logger,
    ...(clients?.retryBaseMs !== undefined ? { retryBaseMs: clients.retryBaseMs } : {}),
  })
  const registry = new RegistryClient({
    ...(opts.username !== undefined && opts.password !== undefined
      ? { username: opts.username, password: opts.password }
      : {}),
    logger,
    push: !opts.dryRun && opts.moveAliases && opts.images.length > 0,
  })
  const req = request(opts)
  const plan = await planSupersede(req, { octokit, registry, logger })
  for (const line of planLines(plan, opts.dryRun)) logger.info(line)
  const moved = opts.dryRun
    ? plan.aliases.filter(a => a.action === 'move')
    : await applySupersede(plan, req, { octokit, registry, logger })
  const outcome: SupersedeOutcome = { plan, applied: !opts.dryRun, moved }
  return {
    outcome,
    outputs: {
      'release-url': plan.release.url,
      'latest-tag': plan.latestTag ?? '',
      'moved-aliases': movedJson(moved),
    },
  }
}

export const main: ActionMain = async ({ inputs, github, logger, mask }) => {
  const opts = readInputs(inputs, github)
  mask(opts.token)
  if (opts.password) mask(opts.password)
  const { outcome, outputs } = await supersede(opts, logger)
  for (const note of outcome.plan.aliases.filter(a => a.action === 'stuck'))
    logger.warning(`${note.image}:${note.alias} ${note.why}.`)
  return { outputs, summary: summarize(outcome, opts.dryRun) }
}
