/**
 * `release-actions tags`: the tags publish-tags-matrix computes, and with --push, applying them
 * to a pushed digest. The registry password comes from REGISTRY_PASSWORD, never from a flag.
 */
import { Git } from '../../packages/git/index.ts'
import { Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { readInputs } from '../../actions/publish-tags-matrix/inputs.ts'
import { publish } from '../../actions/publish-tags-matrix/main.ts'
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
  const outcome = await publish(opts, {
    repository: undefined,
    serverUrl: github.serverUrl,
    workspace: github.workspace,
    logger,
  })
  for (const reason of outcome.plan.reasons) logger.info(reason)
  for (const r of outcome.results)
    logger.info(`${r.image}:${r.tag} ${r.action}${r.from ? ` (was ${r.from})` : ''}`)
  process.stdout.write(
    `${JSON.stringify({ ...outcome.outputs, matrix: JSON.parse(outcome.outputs.matrix ?? '[]') as unknown, json: undefined }, null, 2)}\n`,
  )
  return 0
}
