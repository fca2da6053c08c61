/**
 * deploy-demo's wait-for-image step: read the inputs, wait until the image is pullable
 * (packages/oci), write its digest.
 */
import { waitForImage } from '../../../../packages/oci/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { waitOutputs } from './outputs.ts'

export const main: ActionMain = async ({ inputs, logger, mask }) => {
  const opts = readInputs(inputs)
  if (opts.password) mask(opts.password)
  const result = await waitForImage(opts, logger)
  logger.info(
    `${opts.image} is pullable (${result.digest}) after ${(result.waitedMs / 1000).toFixed(1)} s.`,
  )
  return { outputs: waitOutputs(result) }
}
