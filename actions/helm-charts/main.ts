/**
 * The release's Helm charts (internal to the suite's reusable release workflow): read the inputs,
 * package each chart as `helm package` does and, with push, push it as an OCI artifact
 * (packages/helm's publishCharts), write the outputs.
 */
import { publishCharts } from '../../packages/helm/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { chartOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, env, logger, mask }) => {
  const opts = readInputs(inputs, github, env)
  if (opts.push?.password) mask(opts.push.password)
  const charts = await publishCharts(opts, logger)
  return { outputs: chartOutputs(charts), summary: summarize(charts) }
}
