/**
 * attest-sbom's checksums step (also `release-actions checksums`): SHA-256 checksums of the
 * artifacts matching subject-path, in sha256sum format, and the subjects file actions/attest reads
 * (packages/attest's writeChecksums).
 */
import { writeChecksums } from '../../../../packages/attest/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { checksumsOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const r = await writeChecksums(readInputs(inputs, github), logger)
  return { outputs: checksumsOutputs(r), summary: summarize(r) }
}
