/**
 * `release-actions pins`: the repository's uses: of itself (self-references in
 * .github/release-actions.yml). Lists them; --set points them at a tag; --check --tag fails unless
 * each names a tag of the same commit as the release tag, so a reusable workflow released as vX.Y.Z
 * runs the actions of vX.Y.Z.
 */
import path from 'node:path'
import { Git } from '../../packages/git/index.ts'
import { PreconditionError } from '../../packages/errors/index.ts'
import { CONFIG_FILE, loadConfig } from '../../packages/config/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import {
  findSelfReferences,
  pinProblems,
  pinTagProblem,
  rewriteSelfReferences,
} from '../../packages/pins/index.ts'
import { UsageError, type Parsed } from '../args.ts'

export async function pins({ values }: Parsed, logger: Logger): Promise<number> {
  // The flags first, whether or not anything is configured: a bad tag is never "nothing to do".
  for (const flag of ['set', 'tag'] as const) {
    const value = values[flag]
    const problem = typeof value === 'string' ? pinTagProblem(value) : undefined
    if (problem) throw new UsageError(`--${flag}: ${problem}`)
  }
  if (values.check && typeof values.tag !== 'string')
    throw new UsageError('--check needs --tag vX.Y.Z')
  const root = path.resolve(typeof values.path === 'string' ? values.path : '.')
  const repos = loadConfig(path.join(root, CONFIG_FILE)).selfReferences
  if (repos.length === 0) {
    logger.info(`No self-references are configured (self-references in ${CONFIG_FILE}).`)
    return 0
  }
  const refs = findSelfReferences(root, repos)
  if (typeof values.set === 'string') {
    const changed = rewriteSelfReferences(root, repos, values.set)
    process.stdout.write(`${changed.length ? changed.join('\n') : 'nothing to change'}\n`)
    return 0
  }
  if (values.check && typeof values.tag === 'string') {
    const tags = await new Git(root).tags()
    const commitOf = (name: string) => tags.find(t => t.name === name)?.commit
    const commit = commitOf(values.tag)
    if (!commit) throw new PreconditionError(`The tag ${values.tag} does not exist in ${root}.`)
    const problems = pinProblems(refs, commit, commitOf)
    if (problems.length > 0) {
      throw new PreconditionError(
        `${problems.length} self-reference(s) would run other code than ${values.tag}: ${problems.join('; ')}. Release with release-actions bump, which points them at the new tag.`,
      )
    }
    process.stdout.write(`${refs.length} self-references run the code of ${values.tag}.\n`)
    return 0
  }
  for (const r of refs) process.stdout.write(`${r.file}:${r.line}  ${r.target}@${r.ref}\n`)
  return 0
}
