/**
 * `release-actions gates`: the release's gates, run locally exactly as quality-gates runs them,
 * so a maintainer can check before tagging.
 */
import { Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { evaluateGates, failedGates } from '../../packages/gates/index.ts'
import { readInputs } from '../../actions/quality-gates/inputs.ts'
import { flagSource, localContext, type Parsed } from '../args.ts'

export async function gates({ values }: Parsed, logger: Logger): Promise<number> {
  const token = process.env.GITHUB_TOKEN
  const github = localContext()
  const opts = readInputs(
    new Inputs(flagSource({ ...values, ...(token ? { token } : {}) })),
    github,
  )
  const results = await evaluateGates(opts, {
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
  return failedGates(results).length === 0 ? 0 : 1
}
