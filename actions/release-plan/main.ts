/**
 * The first job's plan of a release run (internal to the suite's reusable release workflow): read
 * the inputs, plan the run (packages/release's planRelease: the images to build, whether the
 * release files are built or reused from a release of the same commit, which image the demo
 * deploys), write the outputs.
 */
import { planRelease } from '../../packages/release/release-plan.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { planOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const plan = await planRelease(readInputs(inputs, github), logger)
  return { outputs: planOutputs(plan), summary: summarize(plan) }
}
