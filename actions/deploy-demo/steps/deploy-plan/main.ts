/**
 * deploy-demo's first step: validate every input before anything touches Google Cloud, and decide
 * whether this version deploys at all (packages/cloudrun's planDeploy: pre-releases are skipped by
 * default).
 */
import { planDeploy } from '../../../../packages/cloudrun/plan.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { planOutputs, summarize } from './outputs.ts'

export const main: ActionMain = ({ inputs, logger }) => {
  const plan = planDeploy(readInputs(inputs))
  if (plan.skip) logger.notice(plan.reason)
  else logger.info(plan.reason)
  const summary = summarize(plan)
  return Promise.resolve({
    outputs: planOutputs(plan),
    ...(summary === undefined ? {} : { summary }),
  })
}
