/**
 * The plan of a bump, as a pure function of what was asked (BumpRequest) and what the repository
 * looks like (BumpState, read by state.ts): every refusal, in the order a maintainer fixes them,
 * and what will be written, committed, tagged and pushed, which is also the `--dry-run` text.
 */
import path from 'node:path'
import { PreconditionError } from '../errors/index.ts'
import { repoUrlFromRemote } from '../git/index.ts'
import type { ChangelogConfig, ChangelogStyle } from '../changelog/index.ts'
import { pinProblems, type SelfReference } from '../pins/index.ts'
import type { ComputeOptions, VersionDecision } from '../versioning/index.ts'

export const BUMP_KINDS = ['patch', 'minor', 'major', 'rc', 'promote', 'auto'] as const
export type BumpCommandKind = (typeof BUMP_KINDS)[number]

export interface BumpRequest {
  kind: BumpCommandKind
  /** What the version is computed from (compute-version's inputs; `bump` is `kind`). */
  compute: Omit<ComputeOptions, 'bump'>
  /** Push the branch and the tag (false: --no-push). */
  push: boolean
  /** Where to push and to look for the tag; default the branch's remote, else origin. */
  remote?: string
  /** Sign the tag. */
  sign: boolean
  /** The changelog file (absolute) to write the release's section into; undefined: none. */
  changelogFile?: string
  /** How the section is written; default what the file follows (detectStyle). */
  style?: ChangelogStyle
  /** For the changelog's links; default the web address of the remote. */
  repoUrl?: string
  /** The date of the changelog section, YYYY-MM-DD. */
  date: string
}

/** What the repository looks like, as far as a bump depends on it (read without writing). */
export interface BumpState {
  decision: VersionDecision
  /** Where git runs (the --path). */
  cwd: string
  /** The top of the work tree. */
  root: string
  /** Tracked files with changes (not read for promote, which tags an existing commit). */
  changes: readonly string[]
  /**
   * The changelog file: why it cannot be written in place, its `git status` lines, and the style
   * it follows (read only when it can be written in place).
   */
  changelog:
    { problem: string | undefined; status: readonly string[]; style: ChangelogStyle } | undefined
  branch: string | undefined
  /** The upstream of the branch (read when pushing). */
  upstream: string | undefined
  /** Commits of HEAD its upstream lacks (read when pushing a branch that has one). */
  ahead: number | undefined
  /** The remote the tag goes to and is looked for on, if any. */
  remote: string | undefined
  /** Whether the tag exists on `remote`, or why that could not be asked. */
  remoteTag: { exists: boolean } | { error: unknown } | undefined
  /** The URL of `remote` when pushing (for the changelog's links). */
  remoteUrl: string | undefined
  /** The configuration at the top of the work tree. */
  config: { selfReferences: readonly string[]; changelog: ChangelogConfig }
  /** The self-references in the work tree (not read for promote). */
  selfRefs: readonly SelfReference[]
  /** promote: the self-references of the candidate's commit, and the commit of every tag. */
  candidate: { refs: readonly SelfReference[]; tagCommits: ReadonlyMap<string, string> } | undefined
  /** The folder of a monorepo's package (`packages/api/`), or '' (read when writing a changelog). */
  packageFolder: string
}

export interface BumpPlan {
  decision: VersionDecision
  tag: string
  /** The commit tagged when nothing is committed. */
  sha: string
  cwd: string
  /** The section to write, if any. */
  changelog:
    | {
        file: string
        /** `file` as the messages show it (relative to cwd). */
        shown: string
        style: ChangelogStyle
        tagPrefix: string
        date: string
        repoUrl: string | undefined
        /** Pathspecs: a package of a monorepo lists its own commits only. */
        paths: string[]
        config: ChangelogConfig
      }
    | undefined
  /** The self-references to point at the tag (in `files`, relative to `root`), if any. */
  pins: { root: string; repos: readonly string[]; files: string[]; count: number } | undefined
  commitMessage: string
  tagMessage: string
  sign: boolean
  /** Where the tag (and a release commit, on `branch`) is pushed; undefined with --no-push. */
  push: { remote: string; branch: string | undefined } | undefined
  /** What will happen, in order: the --dry-run text. */
  steps: string[]
}

/** The refusals, in the order they are said: the first one found is thrown. */
function check(request: BumpRequest, state: BumpState): void {
  const { decision } = state
  // promote tags an existing commit, so the state of the working tree does not matter to it.
  if (request.kind !== 'promote') {
    if (state.changes.length > 0)
      throw new PreconditionError(
        `The working tree has uncommitted changes; commit or stash them first:\n${state.changes.slice(0, 20).join('\n')}`,
      )
    if (request.changelogFile && state.changelog) {
      const shown = path.relative(state.cwd, request.changelogFile)
      // A changelog that cannot be written in place (a symlink) is said before anything is made.
      if (state.changelog.problem)
        throw new PreconditionError(`${shown} ${state.changelog.problem}.`)
      const status = state.changelog.status.join('\n').trim()
      if (status !== '')
        throw new PreconditionError(
          `${shown} has changes git does not track (${status}); commit or remove them first.`,
        )
    }
  }
  if (request.push && request.kind !== 'promote') {
    const { branch, upstream } = state
    if (!branch)
      throw new PreconditionError('HEAD is detached; check out the branch to release from.')
    if (!upstream)
      throw new PreconditionError(
        `The branch ${branch} has no upstream; push it first (git push -u origin ${branch}) or use --no-push.`,
      )
    if (state.ahead !== undefined && state.ahead > 0)
      throw new PreconditionError(
        `${branch} has ${state.ahead} commit(s) not pushed to ${upstream}; push them first so the tag points at published history.`,
      )
  }
  if (decision.exists)
    throw new PreconditionError(`${decision.tag} already exists; there is nothing new to tag.`)
  if (state.remoteTag && 'error' in state.remoteTag) throw state.remoteTag.error
  if (state.remoteTag?.exists)
    throw new PreconditionError(
      `${decision.tag} already exists on ${state.remote} but not here; fetch tags (git fetch --tags ${state.remote}) and bump again.`,
    )
  if (state.candidate) {
    const { tagCommits } = state.candidate
    const problems = pinProblems(state.candidate.refs, decision.sha, name => tagCommits.get(name))
    if (problems.length > 0)
      throw new PreconditionError(
        `Cannot promote: the candidate's commit must call this repository's actions at a tag of that same commit (self-references), but ${problems.join('; ')}. Release a new candidate (bump rc) instead.`,
      )
  }
}

/** The plan of `request` on a repository in `state`, or the PreconditionError that refuses it. */
export function bumpPlan(request: BumpRequest, state: BumpState): BumpPlan {
  check(request, state)
  const { decision, cwd } = state
  const tag = decision.tag
  const pinsToWrite = state.selfRefs.some(r => r.ref !== tag) ? state.selfRefs : []
  const pinFiles = [...new Set(pinsToWrite.map(r => r.file))]
  const push =
    request.push && state.remote ? { remote: state.remote, branch: state.branch } : undefined
  const changelog = request.changelogFile
    ? {
        file: request.changelogFile,
        shown: path.relative(cwd, request.changelogFile),
        style: request.style ?? state.changelog?.style ?? 'grouped',
        tagPrefix: request.compute.tagPrefix,
        date: request.date,
        repoUrl: request.repoUrl ?? repoUrlFromRemote(push ? state.remoteUrl : undefined),
        paths: state.packageFolder === '' ? [] : ['.'],
        config: state.config.changelog,
      }
    : undefined
  const commitMessage = `chore(release): ${tag}`
  const tagMessage = `Release ${tag}`
  const changes = [
    ...(changelog ? [`write the ${tag} section into ${changelog.shown}`] : []),
    ...(pinFiles.length > 0
      ? [`point ${pinsToWrite.length} self-references in ${pinFiles.join(', ')} at ${tag}`]
      : []),
  ]
  const steps = [
    ...(changes.length > 0 ? [`${changes.join(' and ')} and commit it as "${commitMessage}"`] : []),
    `create annotated tag ${tag} with message "${tagMessage}"${request.sign ? ' (signed)' : ''}`,
    push
      ? `push ${changelog ? `${push.branch} and ` : ''}refs/tags/${tag} to ${push.remote}`
      : 'not push (--no-push)',
  ]
  return {
    decision,
    tag,
    sha: decision.sha,
    cwd,
    changelog,
    pins:
      pinFiles.length > 0
        ? {
            root: state.root,
            repos: state.config.selfReferences,
            files: pinFiles,
            count: pinsToWrite.length,
          }
        : undefined,
    commitMessage,
    tagMessage,
    sign: request.sign,
    push,
    steps,
  }
}

/** The plan in one line, as `--dry-run` prints it. */
export function dryRunText(plan: BumpPlan): string {
  return `Dry run: would ${plan.steps.join(', then ')}.`
}
