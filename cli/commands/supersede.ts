/**
 * `release-actions supersede`: superseded-release from a maintainer's shell, with the token from
 * GITHUB_TOKEN (or GH_TOKEN) and the repository from --repository, GITHUB_REPOSITORY or the
 * origin remote.
 */
import { Git, repoUrlFromRemote } from '../../packages/git/index.ts'
import { githubContext, Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { supersedeRelease } from '../../packages/supersede/index.ts'
import { inputErrorOf, readInputs } from '../../actions/superseded-release/inputs.ts'
import { flagSource, type Parsed } from '../args.ts'

/** owner/repo of the origin remote when it is on github.com. */
async function originRepository(): Promise<string | undefined> {
  const git = new Git(process.cwd())
  if (!(await git.isRepository())) return undefined
  const web = repoUrlFromRemote(await git.remoteUrl('origin'))
  return web?.startsWith('https://github.com/')
    ? web.slice('https://github.com/'.length)
    : undefined
}

export async function supersede({ values }: Parsed, logger: Logger): Promise<number> {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  const github = githubContext(process.env)
  if (!github.repository && values.repository === undefined)
    github.repository = await originRepository()
  const { 'no-move-aliases': noMove, ...rest } = values
  const password = process.env.REGISTRY_PASSWORD
  const opts = readInputs(
    new Inputs(
      flagSource({
        ...rest,
        ...(noMove ? { 'move-aliases': 'false' } : {}),
        ...(token ? { token } : {}),
        ...(values['registry-username'] && password ? { 'registry-password': password } : {}),
      }),
    ),
    github,
  )
  const outcome = await supersedeRelease(opts, logger).catch((error: unknown) => {
    throw inputErrorOf(error)
  })
  const verb = opts.dryRun ? 'would move' : 'moved'
  process.stdout.write(
    `${opts.dryRun ? 'Dry run: nothing was written.' : `${opts.tag} is marked superseded by ${outcome.plan.supersededBy.tag}.`}\n` +
      `Latest: ${outcome.plan.latestTag || 'none'}\n` +
      `${outcome.moved.length} image tag(s) ${verb}${outcome.moved.map(m => `\n  ${m.image}:${m.alias} → ${m.toVersion}`).join('')}\n`,
  )
  return 0
}
