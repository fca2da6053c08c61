/**
 * deploy-demo's Cloud Run bookkeeping, one command per step (packages/cloudrun's
 * runCloudRunCommand): record the revision serving now, locate the new tagged revision, promote
 * it, or roll back.
 */
import { Gcloud } from '../../../../packages/cloudrun/index.ts'
import { runCloudRunCommand } from '../../../../packages/cloudrun/commands.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { cloudRunOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, env }) => {
  const outcome = await runCloudRunCommand(readInputs(inputs), new Gcloud({ env }))
  const summary = summarize(outcome)
  return { outputs: cloudRunOutputs(outcome), ...(summary === undefined ? {} : { summary }) }
}
