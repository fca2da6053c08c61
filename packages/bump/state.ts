/**
 * Reading what a bump depends on, without writing anything: the version decision, the working
 * tree, the branch and its upstream, the remote, the configuration and the self-references.
 * bumpPlan (plan.ts) decides from the result alone.
 */
import path from 'node:path'
import { changelogFileProblem, DEFAULT_CHANGELOG_CONFIG, detectStyle } from '../changelog/index.ts'
import { CONFIG_FILE, loadConfig } from '../config/index.ts'
import type { Git } from '../git/index.ts'
import { findSelfReferences, isReferenceFile, scanSelfReferences } from '../pins/index.ts'
import { computeVersion, packageFolder } from '../versioning/index.ts'
import type { BumpRequest, BumpState } from './plan.ts'

export async function readBumpState(git: Git, request: BumpRequest): Promise<BumpState> {
  const { kind, push, changelogFile } = request
  const decision = await computeVersion(git, { ...request.compute, bump: kind })
  // The repository's configuration and workflows are at its root, also for a package's --path.
  const root = await git.topLevel()
  const loaded = loadConfig(path.join(root, CONFIG_FILE))
  const { selfReferences } = loaded
  const config = {
    selfReferences,
    changelog: changelogFile ? loaded.changelog : DEFAULT_CHANGELOG_CONFIG,
  }
  const promote = kind === 'promote'
  const changes = promote ? [] : await git.trackedChanges()
  let changelog: BumpState['changelog']
  if (changelogFile && !promote) {
    const problem = changelogFileProblem(changelogFile, root)
    changelog = {
      problem,
      status: await git.changes({ paths: [path.relative(git.cwd, changelogFile)] }),
      // Not read through a link: the plan refuses the file, and nothing of it is read.
      style: problem === undefined ? detectStyle(changelogFile) : 'grouped',
    }
  }
  const branch = await git.currentBranch()
  const upstream = push ? await git.upstream() : undefined
  const ahead =
    push && !promote && branch && upstream ? await git.countCommits('@{upstream}..HEAD') : undefined
  const remote =
    request.remote ??
    (push
      ? ((branch ? await git.config(`branch.${branch}.remote`) : undefined) ?? 'origin')
      : undefined)
  // Asked last and kept as a value: a remote that cannot be reached is said after the local
  // refusals, as the plan orders them.
  const remoteTag =
    remote === undefined
      ? undefined
      : await git.remoteHasTag(remote, decision.tag).then(
          exists => ({ exists }),
          (error: unknown) => ({ error }),
        )
  const remoteUrl =
    push && remote !== undefined && request.repoUrl === undefined
      ? await git.remoteUrl(remote)
      : undefined
  let candidate: BumpState['candidate']
  if (promote && selfReferences.length > 0) {
    // The candidate's commit is what gets the stable tag: read its files, not the working tree's.
    const files = (await git.lsTree(decision.sha)).filter(isReferenceFile)
    const entries = await Promise.all(
      files.map(async file => ({ file, text: await git.show(decision.sha, file) })),
    )
    const tags = await git.tags()
    candidate = {
      refs: scanSelfReferences(entries, selfReferences),
      tagCommits: new Map(tags.map(t => [t.name, t.commit])),
    }
  }
  return {
    decision,
    cwd: git.cwd,
    root,
    changes,
    changelog,
    branch,
    upstream,
    ahead,
    remote,
    remoteTag,
    remoteUrl,
    config,
    selfRefs: promote ? [] : findSelfReferences(root, selfReferences),
    candidate,
    packageFolder: changelogFile ? await packageFolder(git) : '',
  }
}
