/**
 * `release-actions bump patch|minor|major|rc|promote`: what a Makefile `bump-*` target does in
 * mature projects, with the same version and changelog logic as the actions. This file reads the
 * arguments and prints; packages/bump plans (every check runs before anything is written; the
 * plan is also the --dry-run text) and applies the plan, undoing the commit and tag it made if a
 * later step fails.
 */
import path from 'node:path'
import { readInputs } from '../../actions/compute-version/inputs.ts'
import {
  applyBump,
  BUMP_KINDS,
  bumpPlan,
  dryRunText,
  readBumpState,
  type BumpCommandKind,
  type BumpRequest,
} from '../../packages/bump/index.ts'
import { Git } from '../../packages/git/index.ts'
import { Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { flagSource, localContext, UsageError, type Parsed } from '../args.ts'

function isKind(value: string | undefined): value is BumpCommandKind {
  return (BUMP_KINDS as readonly (string | undefined)[]).includes(value)
}

export async function bump({ values, positionals }: Parsed, logger: Logger): Promise<number> {
  const [kind, ...extra] = positionals
  if (!isKind(kind) || extra.length > 0) {
    throw new UsageError(
      `expected one bump kind (${BUMP_KINDS.join(' | ')}), got ${positionals.join(' ') || 'none'}`,
    )
  }
  const {
    'dry-run': dryRun,
    'no-push': noPush,
    'no-changelog': noChangelog,
    sign,
    remote,
    changelog: changelogFlag,
    style: styleFlag,
    'repo-url': repoUrlFlag,
    ...inputFlags
  } = values
  if (styleFlag !== undefined && styleFlag !== 'grouped' && styleFlag !== 'keep-a-changelog') {
    throw new UsageError(`--style: expected grouped or keep-a-changelog, got ${String(styleFlag)}`)
  }
  const options = readInputs(new Inputs(flagSource({ ...inputFlags, bump: kind })), localContext())
  // The links of the changelog section: one rule for repository URLs (packages/inputs/url.ts).
  const repoUrl = new Inputs(
    flagSource(typeof repoUrlFlag === 'string' ? { 'repo-url': repoUrlFlag } : {}),
  ).repositoryUrl('repo-url', undefined)
  const git = new Git(options.path)
  const writesChangelog = noChangelog !== true && kind !== 'rc' && kind !== 'promote'
  const request: BumpRequest = {
    kind,
    compute: options,
    push: noPush !== true,
    ...(typeof remote === 'string' ? { remote } : {}),
    sign: sign === true,
    ...(writesChangelog
      ? {
          changelogFile: path.resolve(
            options.path,
            typeof changelogFlag === 'string' ? changelogFlag : 'CHANGELOG.md',
          ),
        }
      : {}),
    ...(styleFlag === undefined ? {} : { style: styleFlag }),
    ...(repoUrl === undefined ? {} : { repoUrl }),
    date: new Date().toISOString().slice(0, 10),
  }
  const plan = bumpPlan(request, await readBumpState(git, request))
  for (const reason of plan.decision.reasons) logger.info(reason)
  for (const warning of plan.decision.warnings ?? []) logger.warning(warning)
  if (dryRun) logger.info(dryRunText(plan))
  else await applyBump(git, plan, logger)
  process.stdout.write(`${plan.tag}\n`)
  return 0
}
