/**
 * `release-actions gates`: the release's gates, run locally exactly as quality-gates runs them,
 * so a maintainer can check before tagging.
 */
import { githubContext, Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { readInputs } from '../../actions/quality-gates/inputs.ts'
import { evaluate, outputs } from '../../actions/quality-gates/main.ts'
import { flagSource, parse, type FlagSpec } from '../args.ts'

const flags: FlagSpec = {
  config: { type: 'string' },
  'fail-fast': { type: 'boolean' },
  sha: { type: 'string' },
  repository: { type: 'string' },
  'api-url': { type: 'string' },
  version: { type: 'string' },
}

export const usage = `release-actions gates [--config .github/release-actions.yml] [--fail-fast] [--version X.Y.Z]
    [--sha SHA --repository owner/repo [--api-url URL]]
  Run the release gates locally, as quality-gates does; the exit code is 1 when any fails.
  required-checks reads GITHUB_TOKEN from the environment.`

export async function gates(argv: readonly string[], logger: Logger): Promise<number> {
  const { values } = parse(argv, flags, false)
  const token = process.env.GITHUB_TOKEN
  const github = { ...githubContext({}), workspace: process.cwd() }
  const opts = readInputs(
    new Inputs(flagSource({ ...values, ...(token ? { token } : {}) })),
    github,
  )
  const results = await evaluate(opts, {
    workspace: github.workspace,
    env: process.env,
    logger,
    output: chunk => process.stderr.write(chunk),
  })
  const width = Math.max(...results.map(r => r.name.length))
  for (const r of results) {
    process.stdout.write(
      `${r.status === 'success' ? 'pass' : r.status === 'failure' ? 'FAIL' : 'skip'}  ${r.name.padEnd(width)}  ${(r.durationMs / 1000).toFixed(1).padStart(6)} s  ${r.summary}\n`,
    )
    if (r.status === 'failure' && r.details)
      process.stdout.write(`${r.details.replace(/^/gm, '      ')}\n`)
  }
  return outputs(results).result === 'success' ? 0 : 1
}
