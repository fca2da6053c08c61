/**
 * attest-sbom's notices step (also `release-actions notices`): THIRD_PARTY_NOTICES.md from the
 * SBOM (packages/attest's writeNotices).
 */
import { writeNotices } from '../../../../packages/attest/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { noticesOutputs, summarize } from './outputs.ts'

export const main: ActionMain = ({ inputs, github, logger }) => {
  const opts = readInputs(inputs, github)
  const r = writeNotices(opts)
  logger.info(
    `${r.packages} package(s) from ${r.format} in ${opts.output}; ${r.needsReview} without licence information; licence texts of ${r.withLicenceText}, no licence file found for ${r.withoutLicenceFile}`,
  )
  if (r.needsReview > 0)
    logger.warning(
      `${r.needsReview} package(s) have no licence information (NOASSERTION) and need review; they are flagged in ${opts.output}.`,
    )
  return Promise.resolve({
    outputs: noticesOutputs(opts.output, r),
    summary: summarize(opts.output, r),
  })
}
