/**
 * Which workflow signs a job's attestations: the `job_workflow_ref` claim of the job's OIDC token
 * (`owner/repo/.github/workflows/release.yml@refs/tags/v1.4.0`). In a reusable workflow that is
 * the reusable workflow itself, not the caller, which is what `gh attestation verify
 * --signer-workflow` and cosign's certificate identity check; a fork calling its own copy gets its
 * own name, never a hard-coded one.
 */
import { PreconditionError } from '../errors/index.ts'

/** The JSON payload of a JWT (no signature check: the token came from the runner, for us). */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]
  if (!payload) throw new PreconditionError('not a JWT')
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
}

/**
 * The signer workflow (`owner/repo/.github/workflows/<file>`) of the job this runs in, from its OIDC
 * token; undefined when the job has no `id-token: write` (no token to ask for).
 */
export async function signerWorkflowOfJob(
  env: NodeJS.ProcessEnv,
  fetchImpl: typeof fetch = fetch,
): Promise<string | undefined> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !requestToken) return undefined
  const target = new URL(url)
  target.searchParams.set('audience', 'release-actions')
  const response = await fetchImpl(target, {
    headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
  })
  if (!response.ok)
    throw new PreconditionError(
      `the runner refused an OIDC token (HTTP ${response.status}); the job needs id-token: write`,
    )
  const { value } = (await response.json()) as { value?: string }
  if (!value) throw new PreconditionError('the runner answered without an OIDC token')
  const ref = jwtClaims(value).job_workflow_ref
  if (typeof ref !== 'string' || !ref.includes('@'))
    throw new PreconditionError('the OIDC token has no job_workflow_ref')
  return ref.slice(0, ref.indexOf('@'))
}
