/**
 * `release-actions tags`: the tags publish-tags-matrix computes, and with --push, applying them
 * to a pushed digest. The registry password comes from REGISTRY_PASSWORD, never from a flag.
 */
import { Git } from '../../packages/git/index.ts'
import { githubContext, Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { readInputs } from '../../actions/publish-tags-matrix/inputs.ts'
import { publish } from '../../actions/publish-tags-matrix/main.ts'
import { flagSource, parse, type FlagSpec } from '../args.ts'

const flags: FlagSpec = {
  images: { type: 'string', multiple: true },
  version: { type: 'string' },
  ref: { type: 'string' },
  event: { type: 'string' },
  sha: { type: 'string' },
  'default-branch': { type: 'string' },
  'existing-versions': { type: 'string', multiple: true },
  'sha-format': { type: 'string' },
  'major-zero': { type: 'boolean' },
  'no-nightly': { type: 'boolean' },
  date: { type: 'string' },
  prefix: { type: 'string' },
  suffix: { type: 'string' },
  push: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  digest: { type: 'string' },
  'registry-username': { type: 'string' },
  'wait-for-digest-seconds': { type: 'string' },
  'tag-prefix': { type: 'string' },
  path: { type: 'string' },
}

export const usage = `release-actions tags --images IMAGE... [--version vX.Y.Z] [--existing-versions V...]
    [--ref REF] [--event push|schedule|...] [--sha SHA] [--default-branch main] [--sha-format long|short]
    [--major-zero] [--no-nightly] [--date YYYY-MM-DD] [--prefix P] [--suffix S]
    [--push --digest sha256:... [--registry-username USER] [--dry-run] [--wait-for-digest-seconds 60]]
  Print the tags, labels and matrix publish-tags-matrix computes, as JSON. With --push, tag the
  pushed digest in the registry (password from REGISTRY_PASSWORD): version tags first, latest last,
  never moving a version tag. Defaults: the current branch and HEAD of --path, event push.`

export async function tags(argv: readonly string[], logger: Logger): Promise<number> {
  const { values } = parse(argv, flags, false)
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
  const github = { ...githubContext({}), workspace: process.cwd() }
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
