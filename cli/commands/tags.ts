/**
 * `release-actions tags`: the tags publish-tags-matrix computes, and with --push, applying them
 * to a pushed digest. The registry password comes from REGISTRY_PASSWORD, never from a flag.
 */
import { Git } from '../../packages/git/index.ts'
import { Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { publishMatrix } from '../../packages/docker/index.ts'
import { readInputs } from '../../actions/publish-tags-matrix/inputs.ts'
import { flagSource, localContext, type Parsed } from '../args.ts'

export async function tags({ values }: Parsed, logger: Logger): Promise<number> {
  const { 'no-nightly': noNightly, ...rest } = values
  const git = new Git(typeof values.path === 'string' ? values.path : '.')
  const local: Record<string, string> = {}
  if (values.sha === undefined) local.sha = (await git.resolveCommit('HEAD')) ?? ''
  if (values.ref === undefined && values.version === undefined) {
    const branch = await git.currentBranch()
    if (branch) local.ref = `refs/heads/${branch}`
  }
  const password = process.env.REGISTRY_PASSWORD
  const source = flagSource({
    ...rest,
    ...local,
    ...(noNightly ? { nightly: 'false' } : {}),
    ...(password && values['registry-username'] ? { 'registry-password': password } : {}),
  })
  const github = localContext()
  const opts = readInputs(new Inputs(source), github, {})
  const outcome = await publishMatrix(opts, {
    repository: undefined,
    serverUrl: github.serverUrl,
    logger,
  })
  for (const reason of outcome.plan.reasons) logger.info(reason)
  for (const r of outcome.results)
    logger.info(`${r.image}:${r.tag} ${r.action}${r.from ? ` (was ${r.from})` : ''}`)
  // publish-tags-matrix's outputs (but json), with the matrix as JSON rather than its text.
  const json = {
    tags: outcome.refs.join('\n'),
    'tag-names': outcome.tagNames.join('\n'),
    matrix: outcome.matrix,
    labels: outcome.labelLines.join('\n'),
    annotations: outcome.annotations.join('\n'),
    'is-latest': String(outcome.plan.isLatest),
    pushed: outcome.pushed.join('\n'),
  }
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  return 0
}
