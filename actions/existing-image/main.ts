/**
 * Whether a commit already has an image, and which (internal to the suite's reusable release
 * workflow): the first of the candidate tags (`sha-<commit>`, then the `candidate-<commit>` of an
 * earlier run) that exists gives the digest that is shipped instead of a rebuild — a promoted
 * candidate ships exactly what it validated, a release of a commit `main` already built ships that
 * build — with the version the image reports (its org.opencontainers.image.version label).
 * The rules are packages/oci's (findExistingImage).
 */
import { findExistingImage } from '../../packages/oci/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { existingOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, logger, mask }) => {
  const opts = readInputs(inputs)
  if (opts.password) mask(opts.password)
  const found = await findExistingImage(opts, logger)
  if (!found) {
    logger.info(`${opts.image} has none of ${opts.tags.join(', ')}: it is built`)
    return { outputs: existingOutputs(undefined) }
  }
  logger.info(
    `${opts.image}:${found.tag} exists: ${found.digest}${found.version ? ` (version ${found.version})` : ''}; it is shipped, not rebuilt`,
  )
  return { outputs: existingOutputs(found), summary: summarize(opts.image, found) }
}
