/**
 * `release-actions bump patch|minor|major|rc|promote`: what a Makefile `bump-*` target does in
 * mature projects, with the same version logic as compute-version. Every check runs before
 * anything is written; a failed push removes the local tag it just made.
 */
import { Git } from '../../packages/git/index.ts'
import { githubContext, Inputs, PreconditionError } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { computeVersion, type VersionDecision } from '../../packages/versioning/index.ts'
import { readInputs } from '../../actions/compute-version/inputs.ts'
import { flagSource, parse, UsageError, type FlagSpec } from '../args.ts'
import { versionFlags } from './version.ts'

const KINDS = ['patch', 'minor', 'major', 'rc', 'promote', 'auto'] as const
type Kind = (typeof KINDS)[number]

const {
  bump: _bump,
  ref: _ref,
  'require-signed-tag': _signed,
  'allowed-signers': _signers,
  ...computeFlags
} = versionFlags
const flags: FlagSpec = {
  ...computeFlags,
  'dry-run': { type: 'boolean' },
  'no-push': { type: 'boolean' },
  sign: { type: 'boolean' },
  remote: { type: 'string' },
}

export const usage = `release-actions bump patch|minor|major|rc|promote|auto [--dry-run] [--no-push] [--sign]
    [--remote NAME] [--from-tag TAG] [--tag-prefix v] [--prerelease-id rc]
    [--prerelease-format dotted|compact] [--rc-bump minor|patch|major] [--path DIR]
  Tag a release: refuses a dirty tree, unpushed commits and a tag that exists locally or on the
  remote; creates the annotated tag "Release vX.Y.Z" (signed with --sign) and pushes it.
  promote tags the newest release candidate's commit (or --from-tag's) with its stable version.`

export interface BumpPlan {
  decision: VersionDecision
  remote: string | undefined
  push: boolean
  message: string
}

async function plan(
  git: Git,
  kind: Kind,
  values: Record<string, unknown>,
  decision: VersionDecision,
): Promise<BumpPlan> {
  const push = values['no-push'] !== true
  // promote tags an existing commit, so the state of the working tree does not matter to it.
  if (kind !== 'promote') {
    const changes = await git.trackedChanges()
    if (changes.length > 0) {
      throw new PreconditionError(
        `The working tree has uncommitted changes; commit or stash them first:\n${changes.slice(0, 20).join('\n')}`,
      )
    }
  }
  let remote = typeof values.remote === 'string' ? values.remote : undefined
  if (push) {
    const upstream = await git.upstream()
    const branch = await git.currentBranch()
    if (kind !== 'promote') {
      if (!branch)
        throw new PreconditionError('HEAD is detached; check out the branch to release from.')
      if (!upstream) {
        throw new PreconditionError(
          `The branch ${branch} has no upstream; push it first (git push -u origin ${branch}) or use --no-push.`,
        )
      }
      const ahead = await git.countCommits('@{upstream}..HEAD')
      if (ahead > 0) {
        throw new PreconditionError(
          `${branch} has ${ahead} commit(s) not pushed to ${upstream}; push them first so the tag points at published history.`,
        )
      }
    }
    remote ??= (branch ? await git.config(`branch.${branch}.remote`) : undefined) ?? 'origin'
  }
  if (decision.exists) {
    throw new PreconditionError(`${decision.tag} already exists; there is nothing new to tag.`)
  }
  if (remote && (await git.remoteHasTag(remote, decision.tag))) {
    throw new PreconditionError(
      `${decision.tag} already exists on ${remote} but not here; fetch tags (git fetch --tags ${remote}) and bump again.`,
    )
  }
  return { decision, remote: push ? remote : undefined, push, message: `Release ${decision.tag}` }
}

export async function bump(argv: readonly string[], logger: Logger): Promise<number> {
  const { values, positionals } = parse(argv, flags)
  const [kind, ...extra] = positionals
  if (!kind || !(KINDS as readonly string[]).includes(kind) || extra.length > 0) {
    throw new UsageError(
      `expected one bump kind (${KINDS.join(' | ')}), got ${positionals.join(' ') || 'none'}`,
    )
  }
  const { 'dry-run': dryRun, 'no-push': _noPush, sign, remote: _remote, ...inputFlags } = values
  const github = { ...githubContext({}), workspace: process.cwd() }
  const options = readInputs(new Inputs(flagSource({ ...inputFlags, bump: kind })), github)
  const git = new Git(options.path)
  const decision = await computeVersion(git, options)
  const p = await plan(git, kind as Kind, values, decision)
  for (const reason of decision.reasons) logger.info(reason)

  const steps = [
    `create annotated tag ${decision.tag} on ${decision.sha.slice(0, 12)} with message "${p.message}"${sign ? ' (signed)' : ''}`,
    p.push ? `push refs/tags/${decision.tag} to ${p.remote}` : 'not push (--no-push)',
  ]
  if (dryRun) {
    logger.info(`Dry run: would ${steps.join(', then ')}.`)
    process.stdout.write(`${decision.tag}\n`)
    return 0
  }
  await git.createAnnotatedTag(decision.tag, decision.sha, p.message, { sign: sign === true })
  logger.info(`Created ${decision.tag} on ${decision.sha.slice(0, 12)}.`)
  if (p.push && p.remote) {
    try {
      await git.push(p.remote, [`refs/tags/${decision.tag}`])
    } catch (error) {
      // The tag was never published: remove it so a retry starts from the same state.
      await git.run(['tag', '--delete', '--end-of-options', decision.tag]).catch(() => undefined)
      throw new PreconditionError(
        `Pushing ${decision.tag} to ${p.remote} failed; the local tag was removed again. ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    logger.info(`Pushed ${decision.tag} to ${p.remote}.`)
  }
  process.stdout.write(`${decision.tag}\n`)
  return 0
}
