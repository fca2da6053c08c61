/**
 * Verifying the attestations of a run's subjects: `gh attestation verify` for every subject and
 * predicate type against the repository and the signer workflow (or the commands only), and the
 * commands users run to verify them themselves.
 */
import { SLSA_PROVENANCE_V1 } from './provenance.ts'
import {
  runVerification,
  verifyCommands,
  type VerifyOutcome,
  type VerifyPolicy,
  type VerifySubject,
} from './verify.ts'

export interface VerifyAttestationsOptions {
  subjects: VerifySubject[]
  policy: VerifyPolicy
  /** The predicate types each subject must carry (default: SLSA provenance v1). */
  predicateTypes: string[]
  /** Run gh; false: the commands only. */
  verify: boolean
}

export interface VerifyAttestationsResult {
  /** What users run to verify (GitHub CLI, cosign v2 and v3). */
  commands: string[]
  /** One per subject and predicate type; empty when verify is false. */
  outcomes: VerifyOutcome[]
  failed: VerifyOutcome[]
}

export async function verifyAttestations(
  opts: VerifyAttestationsOptions,
  { env, cwd }: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<VerifyAttestationsResult> {
  const commands = verifyCommands(opts.subjects, opts.policy)
  const outcomes = opts.verify
    ? await runVerification(opts.subjects, opts.policy, {
        predicateTypes: opts.predicateTypes.length ? opts.predicateTypes : [SLSA_PROVENANCE_V1],
        env,
        cwd,
      })
    : []
  return { commands, outcomes, failed: outcomes.filter(o => !o.ok) }
}
