/**
 * compute-version: read the inputs, decide the version (packages/versioning computeVersion), write
 * the outputs and the step summary.
 */
import { Git } from '../../packages/git/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { computeVersion } from '../../packages/versioning/index.ts'
import { readInputs } from './inputs.ts'
import { decisionOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const options = readInputs(inputs, github)
  const decision = await computeVersion(new Git(options.path), options)
  for (const reason of decision.reasons) logger.info(reason)
  for (const warning of decision.warnings ?? []) logger.warning(warning)
  logger.info(
    `version=${decision.version} tag=${decision.tag} sha=${decision.sha} bump=${decision.bump}`,
  )
  return { outputs: decisionOutputs(decision), summary: summarize(decision) }
}
