/**
 * Carrying out a bump plan step by step: write the changelog section and the self-references,
 * commit them, tag, push. Nothing is published until the push, so when a step fails, what the
 * earlier steps made is undone (the tag deleted, the commit reset, written files restored) and a
 * retry starts from the same state.
 */
import path from 'node:path'
import { generateChangelog } from '../changelog/index.ts'
import { errorMessage, PreconditionError } from '../errors/index.ts'
import type { Git } from '../git/index.ts'
import type { Logger } from '../log/index.ts'
import { rewriteSelfReferences } from '../pins/index.ts'
import { parseVersion } from '../versioning/index.ts'
import type { BumpPlan } from './plan.ts'

/** What the steps made so far, which an undo takes back. */
export interface Made {
  /** Files written (relative to the plan's cwd). */
  written: string[]
  committed: boolean
  tagged: boolean
}

/** The refspecs a push sends: the branch too when a release commit was made. */
export function pushRefspecs(plan: BumpPlan, committed: boolean): string[] {
  const tag = `refs/tags/${plan.tag}`
  return committed && plan.push?.branch ? [`HEAD:refs/heads/${plan.push.branch}`, tag] : [tag]
}

/** The one line that says a step failed, what was undone, and why it failed. */
export function failureMessage(plan: BumpPlan, made: Made, error: unknown): string {
  const taken = [
    ...(made.tagged ? ['the local tag'] : []),
    ...(made.committed ? [`the ${plan.pins ? 'release' : 'changelog'} commit`] : []),
  ]
  const { written } = made
  const undone =
    taken.length > 0
      ? `${taken.join(' and ')} ${taken.length > 1 ? 'were' : 'was'} removed again`
      : written.length > 0
        ? `${written.join(', ')} ${written.length > 1 ? 'were' : 'was'} restored; no commit or tag was made`
        : 'no commit or tag was made'
  const what = plan.push
    ? `Releasing ${plan.tag} to ${plan.push.remote} failed`
    : `Releasing ${plan.tag} failed`
  return `${what}; ${undone}. ${errorMessage(error)}`
}

async function undo(git: Git, plan: BumpPlan, made: Made, head: string | undefined) {
  const quietly = () => undefined
  if (made.tagged) await git.deleteTag(plan.tag).catch(quietly)
  if (made.committed && head) await git.resetHard(head).catch(quietly)
  else if (made.written.length > 0) await git.checkoutFiles(made.written).catch(quietly)
}

/** Carry out `plan`; on failure, undo what was made and throw a PreconditionError saying so. */
export async function applyBump(git: Git, plan: BumpPlan, logger: Logger): Promise<void> {
  const { tag } = plan
  const head = await git.resolveCommit('HEAD')
  const made: Made = { written: [], committed: false, tagged: false }
  try {
    if (plan.changelog) {
      const c = plan.changelog
      const result = await generateChangelog(git, {
        version: parseVersion(plan.decision.version),
        tagPrefix: c.tagPrefix,
        style: c.style,
        file: c.file,
        date: c.date,
        ...(c.repoUrl ? { repoUrl: c.repoUrl } : {}),
        paths: c.paths,
        config: c.config,
        images: [],
      })
      if (result.changed) made.written.push(c.shown)
      else logger.info(`${c.shown} already has the ${tag} section.`)
    }
    if (plan.pins) {
      const { root, repos, files } = plan.pins
      const written = rewriteSelfReferences(root, repos, tag, files)
      made.written.push(...written.map(f => path.relative(plan.cwd, path.join(root, f))))
      logger.info(`Pointed the self-references in ${written.join(', ')} at ${tag}.`)
    }
    let tagSha = plan.sha
    if (made.written.length > 0) {
      await git.add(made.written)
      await git.commit(plan.commitMessage, made.written, { verify: false })
      made.committed = true
      tagSha = (await git.resolveCommit('HEAD')) ?? tagSha
      logger.info(
        `Committed ${made.written.join(', ')} as "${plan.commitMessage}" (${tagSha.slice(0, 12)}).`,
      )
    }
    await git.createAnnotatedTag(tag, tagSha, plan.tagMessage, { sign: plan.sign })
    made.tagged = true
    logger.info(`Created ${tag} on ${tagSha.slice(0, 12)}.`)
    if (plan.push) {
      const refspecs = pushRefspecs(plan, made.committed)
      await git.push(plan.push.remote, refspecs)
      logger.info(`Pushed ${refspecs.join(' and ')} to ${plan.push.remote}.`)
    }
  } catch (error) {
    await undo(git, plan, made, head)
    throw new PreconditionError(failureMessage(plan, made, error))
  }
}
