/**
 * Prove the deployment serves the new version: read the inputs, poll the URL until it answers 2xx
 * and reports the expected version (packages/smoke), and say which version it saw when it does not.
 */
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import { smokeCheck } from '../../../../packages/smoke/index.ts'
import { readInputs } from './inputs.ts'
import { smokeOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, logger }) => {
  const result = await smokeCheck({ ...readInputs(inputs), logger })
  return {
    outputs: smokeOutputs(result),
    summary: summarize(result),
    ...(result.ok ? {} : { failure: result.message }),
  }
}
