/**
 * The use case of superseded-release (the action and `release-actions supersede`): connect to
 * GitHub and the registries, make the plan and log all of it, then apply it unless it is a dry
 * run.
 */
import { createGitHubClient } from '../github/index.ts'
import type { Logger } from '../log/index.ts'
import { RegistryClient } from '../oci/index.ts'
import {
  applySupersede,
  planSupersede,
  type SupersedeOutcome,
  type SupersedePlan,
  type SupersedeRequest,
} from './supersede.ts'

export interface SupersedeOptions extends SupersedeRequest {
  /** A GitHub token that may edit releases (contents: write). */
  token: string
  apiUrl: string
  /** Registry credentials for the images, both or neither. */
  username: string | undefined
  password: string | undefined
  /** Make the plan and log it; write nothing. */
  dryRun: boolean
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

/**
 * Supersede a release: plan (reads only), log the plan, apply it (or, in a dry run, report the
 * moves it would make). `clients.retryBaseMs` shortens the GitHub client's retry delays (tests).
 */
export async function supersedeRelease(
  opts: SupersedeOptions,
  logger: Logger,
  clients?: { retryBaseMs?: number },
): Promise<SupersedeOutcome> {
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
  const req: SupersedeRequest = {
    owner: opts.owner,
    repo: opts.repo,
    tag: opts.tag,
    tagPrefix: opts.tagPrefix,
    supersededBy: opts.supersededBy,
    reason: opts.reason,
    images: opts.images,
    moveAliases: opts.moveAliases,
  }
  const plan = await planSupersede(req, { octokit, registry, logger })
  for (const line of planLines(plan, opts.dryRun)) logger.info(line)
  const moved = opts.dryRun
    ? plan.aliases.filter(a => a.action === 'move')
    : await applySupersede(plan, req, { octokit, registry, logger })
  return { plan, applied: !opts.dryRun, moved }
}
