/**
 * verify-attestations' outputs (the names of its action.yml), step summary and failure.
 */
import type { VerifyAttestationsResult } from '../../../../packages/attest/index.ts'
import { code, codeBlock, escapeInline, table } from '../../../../packages/markdown/index.ts'
import type { VerifyAttestationsInputs } from './inputs.ts'

export function verifyOutputs(
  opts: VerifyAttestationsInputs,
  r: VerifyAttestationsResult,
): Record<string, string> {
  return {
    'verify-commands': r.commands.join('\n'),
    verified: String(r.outcomes.filter(o => o.ok).length),
    'signer-workflow': opts.policy.signerWorkflow ?? '',
  }
}

export function summarize(opts: VerifyAttestationsInputs, r: VerifyAttestationsResult): string {
  const { outcomes, failed } = r
  return [
    `### verify: ${opts.verify ? (failed.length === 0 ? `all ${outcomes.length} attestation(s) verify` : `${failed.length} of ${outcomes.length} did not verify`) : 'commands only (verify: false)'}`,
    '',
    ...(outcomes.length
      ? [
          table(
            ['Subject', 'Predicate', 'Result'],
            outcomes.map(o => [
              code(o.subject),
              code(o.predicateType),
              o.ok ? '✅ verified' : `❌ ${escapeInline(o.output.split('\n').pop() ?? '')}`,
            ]),
          ),
          '',
        ]
      : []),
    'Verify them yourself:',
    '',
    codeBlock(r.commands.join('\n'), 'bash'),
    '',
  ].join('\n')
}

/** Why the step fails, or undefined when every attestation verified. */
export function failure(r: VerifyAttestationsResult): string | undefined {
  return r.failed.length > 0
    ? `${r.failed.length} attestation(s) did not verify: ${r.failed.map(f => `${f.subject} (${f.predicateType})`).join(', ')}`
    : undefined
}
