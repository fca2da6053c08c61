/**
 * attest-sbom's verify step: `gh attestation verify` for every subject it attested, against this
 * repository and the signer workflow; the step fails if any subject does not verify. It also
 * writes the commands users run to verify (GitHub CLI, cosign v2 and v3). The rules are
 * packages/attest's (verifyAttestations).
 */
import { verifyAttestations } from '../../../../packages/attest/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { failure, summarize, verifyOutputs } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, env, logger }) => {
  const opts = await readInputs(inputs, github, env)
  if (opts.policy.signerWorkflow !== undefined)
    logger.info(`signer workflow: ${opts.policy.signerWorkflow}`)
  const r = await verifyAttestations(opts, { env, cwd: github.workspace })
  // Subjects are file names from the checksums file, and gh's output is gh's: text from outside.
  // A success goes the untrusted way; a warning is escaped.
  for (const o of r.outcomes) {
    if (o.ok) logger.untrusted(`verified: ${o.subject} (${o.predicateType})`)
    else logger.warning(`DID NOT VERIFY: ${o.subject} (${o.predicateType}): ${o.output}`)
  }
  const failed = failure(r)
  return {
    outputs: verifyOutputs(opts, r),
    summary: summarize(opts, r),
    ...(failed !== undefined ? { failure: failed } : {}),
  }
}
