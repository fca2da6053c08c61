/**
 * `release-actions bump patch|minor|major|rc|promote`: what a Makefile `bump-*` target does in
 * mature projects, with the same version and changelog logic as the actions. Every check runs
 * before anything is written; if a later step fails, the commit and tag it made are undone.
 */
import path from 'node:path'
import { detectStyle } from '../../actions/generate-changelog/inputs.ts'
import { readInputs } from '../../actions/compute-version/inputs.ts'
import {
  changelogFileProblem,
  generateChangelog,
  loadChangelogConfig,
  type ChangelogStyle,
} from '../../packages/changelog/index.ts'
import { Git } from '../../packages/git/index.ts'
import {
  findSelfReferences,
  isReferenceFile,
  loadSelfReferences,
  pinProblems,
  rewriteSelfReferences,
  scanSelfReferences,
} from '../../packages/pins/index.ts'
import { Inputs } from '../../packages/inputs/index.ts'
import { PreconditionError } from '../../packages/errors/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import {
  computeVersion,
  packageFolder,
  parseVersion,
  type VersionDecision,
} from '../../packages/versioning/index.ts'
import { flagSource, localContext, UsageError, type Parsed } from '../args.ts'

const KINDS = ['patch', 'minor', 'major', 'rc', 'promote', 'auto'] as const
type Kind = (typeof KINDS)[number]

interface Plan {
  decision: VersionDecision
  remote: string | undefined
  branch: string | undefined
  push: boolean
}

/** https://github.com/owner/repo from a remote URL (https or scp-like ssh), if it is one. */
export function repoUrlFromRemote(url: string | undefined): string | undefined {
  if (!url) return undefined
  const scp = /^[\w.-]+@([\w.-]+):([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)
  if (scp) return `https://${scp[1]}/${scp[2]}`
  const m =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
      url,
    )
  return m ? `https://${m[1]}/${m[2]}` : undefined
}

async function checks(
  git: Git,
  kind: Kind,
  values: Record<string, unknown>,
  decision: VersionDecision,
  changelogFile: string | undefined,
): Promise<Plan> {
  const push = values['no-push'] !== true
  // promote tags an existing commit, so the state of the working tree does not matter to it.
  if (kind !== 'promote') {
    const changes = await git.trackedChanges()
    if (changes.length > 0) {
      throw new PreconditionError(
        `The working tree has uncommitted changes; commit or stash them first:\n${changes.slice(0, 20).join('\n')}`,
      )
    }
    if (changelogFile) {
      // A changelog that cannot be written in place (a symlink) is said before anything is made.
      const problem = changelogFileProblem(changelogFile, await git.topLevel())
      if (problem)
        throw new PreconditionError(`${path.relative(git.cwd, changelogFile)} ${problem}.`)
      const status = await git.run([
        'status',
        '--porcelain',
        '--',
        path.relative(git.cwd, changelogFile),
      ])
      if (status.trim() !== '') {
        throw new PreconditionError(
          `${path.relative(git.cwd, changelogFile)} has changes git does not track (${status.trim()}); commit or remove them first.`,
        )
      }
    }
  }
  const branch = await git.currentBranch()
  let remote = typeof values.remote === 'string' ? values.remote : undefined
  if (push) {
    const upstream = await git.upstream()
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
  return { decision, remote: push ? remote : undefined, branch, push }
}

export async function bump({ values, positionals }: Parsed, logger: Logger): Promise<number> {
  const [kind, ...extra] = positionals
  if (!kind || !(KINDS as readonly string[]).includes(kind) || extra.length > 0) {
    throw new UsageError(
      `expected one bump kind (${KINDS.join(' | ')}), got ${positionals.join(' ') || 'none'}`,
    )
  }
  const {
    'dry-run': dryRun,
    'no-push': _noPush,
    'no-changelog': noChangelog,
    sign,
    remote: _remote,
    changelog: changelogFlag,
    style: styleFlag,
    'repo-url': repoUrlFlag,
    ...inputFlags
  } = values
  if (styleFlag !== undefined && styleFlag !== 'grouped' && styleFlag !== 'keep-a-changelog') {
    throw new UsageError(`--style: expected grouped or keep-a-changelog, got ${String(styleFlag)}`)
  }
  const github = localContext()
  const options = readInputs(new Inputs(flagSource({ ...inputFlags, bump: kind })), github)
  const git = new Git(options.path)
  const decision = await computeVersion(git, options)

  const writesChangelog = noChangelog !== true && kind !== 'rc' && kind !== 'promote'
  const changelogFile = writesChangelog
    ? path.resolve(options.path, typeof changelogFlag === 'string' ? changelogFlag : 'CHANGELOG.md')
    : undefined
  const plan = await checks(git, kind as Kind, values, decision, changelogFile)
  // The repository's configuration and workflows are at its root, also for a package's --path.
  const root = await git.topLevel()
  const configFile = path.join(root, '.github/release-actions.yml')
  const selfRepos = loadSelfReferences(configFile)
  const selfRefs = kind === 'promote' ? [] : findSelfReferences(root, selfRepos)
  if (kind === 'promote' && selfRepos.length > 0) {
    // The candidate's commit is what gets the stable tag: read its files, not the working tree's.
    const files = (await git.run(['ls-tree', '-r', '--name-only', '--full-tree', decision.sha]))
      .split('\n')
      .filter(isReferenceFile)
    const entries = await Promise.all(
      files.map(async file => ({ file, text: await git.run(['show', `${decision.sha}:${file}`]) })),
    )
    const tags = await git.tags()
    const problems = pinProblems(
      scanSelfReferences(entries, selfRepos),
      decision.sha,
      name => tags.find(t => t.name === name)?.commit,
    )
    if (problems.length > 0)
      throw new PreconditionError(
        `Cannot promote: the candidate's commit must call this repository's actions at a tag of that same commit (self-references), but ${problems.join('; ')}. Release a new candidate (bump rc) instead.`,
      )
  }
  const pinsToWrite = selfRefs.some(r => r.ref !== decision.tag) ? selfRefs : []
  for (const reason of decision.reasons) logger.info(reason)
  for (const warning of decision.warnings ?? []) logger.warning(warning)
  const style: ChangelogStyle =
    styleFlag === 'grouped' || styleFlag === 'keep-a-changelog'
      ? styleFlag
      : detectStyle(changelogFile)
  const repoUrl =
    typeof repoUrlFlag === 'string'
      ? repoUrlFlag
      : repoUrlFromRemote(
          plan.remote
            ? await git.run(['remote', 'get-url', '--', plan.remote]).then(
                s => s.trim(),
                () => undefined,
              )
            : undefined,
        )
  const message = `Release ${decision.tag}`
  const commitMessage = `chore(release): ${decision.tag}`
  const pinFiles = [...new Set(pinsToWrite.map(r => r.file))]
  const changes = [
    ...(changelogFile
      ? [`write the ${decision.tag} section into ${path.relative(options.path, changelogFile)}`]
      : []),
    ...(pinFiles.length > 0
      ? [`point ${pinsToWrite.length} self-references in ${pinFiles.join(', ')} at ${decision.tag}`]
      : []),
  ]
  const steps = [
    ...(changes.length > 0 ? [`${changes.join(' and ')} and commit it as "${commitMessage}"`] : []),
    `create annotated tag ${decision.tag} with message "${message}"${sign ? ' (signed)' : ''}`,
    plan.push
      ? `push ${changelogFile ? `${plan.branch} and ` : ''}refs/tags/${decision.tag} to ${plan.remote}`
      : 'not push (--no-push)',
  ]
  if (dryRun) {
    logger.info(`Dry run: would ${steps.join(', then ')}.`)
    process.stdout.write(`${decision.tag}\n`)
    return 0
  }

  const originalHead = await git.resolveCommit('HEAD')
  let tagSha = decision.sha
  let committed = false
  let tagged = false
  const toCommit: string[] = []
  const undo = async () => {
    if (tagged)
      await git.run(['tag', '--delete', '--end-of-options', decision.tag]).catch(() => undefined)
    if (committed && originalHead)
      await git.run(['reset', '--quiet', '--hard', originalHead]).catch(() => undefined)
    else if (toCommit.length > 0)
      await git.run(['checkout', '--quiet', '--', ...toCommit]).catch(() => undefined)
  }
  try {
    if (changelogFile) {
      const version = parseVersion(decision.version)
      const result = await generateChangelog(git, {
        version,
        tagPrefix: options.tagPrefix,
        style,
        file: changelogFile,
        date: new Date().toISOString().slice(0, 10),
        ...(repoUrl ? { repoUrl } : {}),
        // A package of a monorepo (--path packages/api) lists its own commits only.
        paths: (await packageFolder(git)) === '' ? [] : ['.'],
        config: loadChangelogConfig(configFile),
        images: [],
      })
      if (result.changed) toCommit.push(path.relative(options.path, changelogFile))
      else
        logger.info(
          `${path.relative(options.path, changelogFile)} already has the ${decision.tag} section.`,
        )
    }
    if (pinsToWrite.length > 0) {
      const written = rewriteSelfReferences(root, selfRepos, decision.tag, pinFiles)
      toCommit.push(...written.map(f => path.relative(options.path, path.join(root, f))))
      logger.info(`Pointed the self-references in ${written.join(', ')} at ${decision.tag}.`)
    }
    if (toCommit.length > 0) {
      await git.run(['add', '--', ...toCommit])
      await git.run([
        'commit',
        '--quiet',
        '--no-verify',
        '--message',
        commitMessage,
        '--',
        ...toCommit,
      ])
      committed = true
      tagSha = (await git.resolveCommit('HEAD')) ?? tagSha
      logger.info(
        `Committed ${toCommit.join(', ')} as "${commitMessage}" (${tagSha.slice(0, 12)}).`,
      )
    }
    await git.createAnnotatedTag(decision.tag, tagSha, message, { sign: sign === true })
    tagged = true
    logger.info(`Created ${decision.tag} on ${tagSha.slice(0, 12)}.`)
    if (plan.push && plan.remote) {
      const refspecs =
        committed && plan.branch
          ? [`HEAD:refs/heads/${plan.branch}`, `refs/tags/${decision.tag}`]
          : [`refs/tags/${decision.tag}`]
      await git.push(plan.remote, refspecs)
      logger.info(`Pushed ${refspecs.join(' and ')} to ${plan.remote}.`)
    }
  } catch (error) {
    // Nothing was published: undo the local commit and tag so a retry starts from the same state.
    await undo()
    const made = [
      ...(tagged ? ['the local tag'] : []),
      ...(committed ? [`the ${pinFiles.length > 0 ? 'release' : 'changelog'} commit`] : []),
    ]
    const undone =
      made.length > 0
        ? `${made.join(' and ')} ${made.length > 1 ? 'were' : 'was'} removed again`
        : toCommit.length > 0
          ? `${toCommit.join(', ')} ${toCommit.length > 1 ? 'were' : 'was'} restored; no commit or tag was made`
          : 'no commit or tag was made'
    throw new PreconditionError(
      `${plan.push ? `Releasing ${decision.tag} to ${plan.remote} failed` : `Releasing ${decision.tag} failed`}; ${undone}. ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  process.stdout.write(`${decision.tag}\n`)
  return 0
}
