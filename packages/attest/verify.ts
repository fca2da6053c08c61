/**
 * Verifying the attestations a run just made, and the commands users run to verify them: `gh
 * attestation verify` for every subject, `cosign verify-attestation` (images) and
 * `cosign verify-blob-attestation` (files) for cosign v2 and v3.
 */
import { PreconditionError } from '../errors/index.ts'
import { exec } from '../process/index.ts'
import { SLSA_PROVENANCE_V1 } from './provenance.ts'

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'

export type VerifySubject =
  { kind: 'file'; path: string } | { kind: 'image'; name: string; digest: string }

export interface VerifyPolicy {
  /** owner/repo whose attestations these are. */
  repository: string
  /** owner/repo/.github/workflows/x.yml that signed them (a reusable workflow, typically). */
  signerWorkflow?: string
  serverUrl: string
}

function quote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

function target(subject: VerifySubject): string {
  return subject.kind === 'file' ? subject.path : `oci://${subject.name}@${subject.digest}`
}

/**
 * `gh attestation verify` for one subject: the options, then `--`, then the artifact, so that a
 * file named like an option (`--help`) is the artifact and not an option.
 */
export function ghVerifyArgs(
  subject: VerifySubject,
  policy: VerifyPolicy,
  predicateType = SLSA_PROVENANCE_V1,
): string[] {
  const args = ['attestation', 'verify', '--repo', policy.repository]
  if (policy.signerWorkflow) args.push('--signer-workflow', policy.signerWorkflow)
  if (predicateType !== SLSA_PROVENANCE_V1) args.push('--predicate-type', predicateType)
  args.push('--', target(subject))
  return args
}

function identityRegexp(policy: VerifyPolicy): string {
  const server = policy.serverUrl.replace(/\/+$/, '').replace(/[.]/g, '\\.')
  if (policy.signerWorkflow) return `^${server}/${policy.signerWorkflow.replace(/[.]/g, '\\.')}@.+$`
  return `^${server}/${policy.repository.replace(/[.]/g, '\\.')}/\\.github/workflows/.+$`
}

/**
 * The commands a user runs to verify each subject: GitHub CLI, cosign v2 and cosign v3. Each
 * names its artifact after `--`, as ghVerifyArgs does.
 */
export function verifyCommands(subjects: readonly VerifySubject[], policy: VerifyPolicy): string[] {
  const lines: string[] = []
  const identity = [
    '--certificate-oidc-issuer',
    GITHUB_OIDC_ISSUER,
    '--certificate-identity-regexp',
    quote(identityRegexp(policy)),
  ]
  for (const s of subjects) {
    lines.push(['gh', ...ghVerifyArgs(s, policy).map(quote)].join(' '))
    if (s.kind === 'image') {
      const ref = quote(`${s.name}@${s.digest}`)
      lines.push(
        [
          'cosign',
          'verify-attestation',
          '--new-bundle-format',
          '--type',
          'slsaprovenance1',
          ...identity,
          '--',
          ref,
          '# cosign v2',
        ].join(' '),
      )
      lines.push(
        [
          'cosign',
          'verify-attestation',
          '--type',
          'slsaprovenance1',
          ...identity,
          '--',
          ref,
          '# cosign v3',
        ].join(' '),
      )
    } else {
      const bundle = quote(`${s.path}.sigstore.json`)
      lines.push(
        `gh attestation download --repo ${quote(policy.repository)} --predicate-type ${SLSA_PROVENANCE_V1} -- ${quote(s.path)} # writes sha256:<digest>.jsonl; its first line is the bundle for ${bundle}`,
      )
      lines.push(
        [
          'cosign',
          'verify-blob-attestation',
          '--bundle',
          bundle,
          '--new-bundle-format',
          '--type',
          'slsaprovenance1',
          ...identity,
          '--',
          quote(s.path),
          '# cosign v2',
        ].join(' '),
      )
      lines.push(
        [
          'cosign',
          'verify-blob-attestation',
          '--bundle',
          bundle,
          '--type',
          'slsaprovenance1',
          ...identity,
          '--',
          quote(s.path),
          '# cosign v3',
        ].join(' '),
      )
    }
  }
  return lines
}

export interface VerifyOutcome {
  subject: string
  predicateType: string
  ok: boolean
  /** The last lines gh printed. */
  output: string
}

/** Run `gh attestation verify` for every subject and predicate type; never stops at the first. */
export async function runVerification(
  subjects: readonly VerifySubject[],
  policy: VerifyPolicy,
  {
    gh = 'gh',
    predicateTypes = [SLSA_PROVENANCE_V1],
    env = process.env,
    cwd,
  }: {
    gh?: string
    predicateTypes?: readonly string[]
    env?: NodeJS.ProcessEnv
    cwd?: string
  } = {},
): Promise<VerifyOutcome[]> {
  const outcomes: VerifyOutcome[] = []
  for (const s of subjects) {
    for (const predicateType of predicateTypes) {
      let r: { code: number; stdout: string; stderr: string }
      try {
        r = await exec(gh, ghVerifyArgs(s, policy, predicateType), {
          env,
          ...(cwd ? { cwd } : {}),
          okCodes: [0, 1],
          timeoutMs: 300_000,
        })
      } catch (error) {
        throw new PreconditionError(
          `could not run the GitHub CLI (${gh}); GitHub-hosted runners have it, elsewhere install gh 2.49 or newer, or set verify: false. ${error instanceof Error ? error.message : String(error)}`,
        )
      }
      outcomes.push({
        subject: target(s),
        predicateType,
        ok: r.code === 0,
        output: `${r.stdout}${r.stderr}`.trim().split('\n').slice(-5).join('\n'),
      })
    }
  }
  return outcomes
}
