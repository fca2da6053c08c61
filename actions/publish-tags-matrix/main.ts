/**
 * publish-tags-matrix: read the inputs, publish the build's tags (packages/docker's
 * publishMatrix: plan them, and with push apply them to the pushed digest), write the outputs.
 */
import { publishMatrix } from '../../packages/docker/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { publishOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, env, logger, mask }) => {
  const opts = readInputs(inputs, github, env)
  if (opts.password) mask(opts.password)
  const outcome = await publishMatrix(opts, {
    repository: github.repository,
    serverUrl: github.serverUrl,
    logger,
  })
  for (const reason of outcome.plan.reasons) logger.info(reason)
  logger.info(`Tags: ${outcome.plan.tags.map(t => t.name).join(', ')}`)
  return { outputs: publishOutputs(outcome), summary: summarize(opts, outcome) }
}
