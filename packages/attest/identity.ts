/**
 * Which workflow signs a job's attestations: the `job_workflow_ref` claim of the job's OIDC token
 * (`owner/repo/.github/workflows/release.yml@refs/tags/v1.4.0`). In a reusable workflow that is
 * the reusable workflow itself, not the caller, which is what `gh attestation verify
 * --signer-workflow` and cosign's certificate identity check; a fork calling its own copy gets its
 * own name, never a hard-coded one. Also the certificate identity a keyless `cosign sign` of a
 * release gets, and the `cosign verify` a user checks it with.
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

/** A regular expression matching `text` literally (RE2 and JavaScript alike). */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface CertificateIdentity {
  /** https://github.com (a GitHub Enterprise Server's URL on one). */
  serverUrl: string
  /** owner/repo of the release. */
  repository: string
  /** owner/repo/.github/workflows/<file> that signed (the job's job_workflow_ref without its ref). */
  signerWorkflow?: string | undefined
  /** The release tag (v1.4.0). */
  tag: string
}

/**
 * The `--certificate-identity-regexp` a user verifies a keyless signature of a release with. The
 * certificate's SAN is the signing job's job_workflow_ref as a URL
 * (`https://github.com/owner/repo/.github/workflows/release.yml@refs/tags/v1.4.0`): the
 * repository's own workflow runs at the release tag, so its identity is pinned to that tag (a
 * branch or another tag does not match); a reusable workflow of another repository runs at the
 * ref its caller wrote (a tag, a branch or a commit sha), so only its path is pinned — verify the
 * repository with `--certificate-github-workflow-repository` too. Without a known signer, any
 * workflow of the repository at the tag.
 */
export function certificateIdentityRegexp(identity: CertificateIdentity): string {
  const server = literal(identity.serverUrl.replace(/\/+$/, ''))
  const tag = `refs/tags/${literal(identity.tag)}`
  const signer = identity.signerWorkflow
  if (!signer) return `^${server}/${literal(identity.repository)}/\\.github/workflows/.+@${tag}$`
  const own = signer.startsWith(`${identity.repository}/`)
  return `^${server}/${literal(signer)}@${own ? tag : '.+'}$`
}

/**
 * `cosign verify` of a keyless signature of `image@digest`, with the identity and issuer a user
 * verifies with and the repository of the release (the certificate's workflow-repository
 * extension: a reusable workflow signs for every repository that calls it).
 */
export function cosignVerifyArgs(image: string, identity: CertificateIdentity): string[] {
  return [
    'verify',
    '--certificate-identity-regexp',
    certificateIdentityRegexp(identity),
    '--certificate-oidc-issuer',
    'https://token.actions.githubusercontent.com',
    '--certificate-github-workflow-repository',
    identity.repository,
    image,
  ]
}
