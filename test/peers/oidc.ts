/**
 * A local GitHub Actions OIDC token issuer on 127.0.0.1: what stands for
 * token.actions.githubusercontent.com and for the runner's ACTIONS_ID_TOKEN_REQUEST_URL. Each job
 * is registered with its claims and gets its own request URL and request token; a GET of the
 * URL with `&audience=…` and `Authorization: Bearer <request token>` answers `{"value": "<jwt>"}`
 * (as @actions/core getIDToken and @sigstore/sign's CIContextProvider call it), an RS256 JWT
 * with GitHub's claim set. It serves its discovery document and JWKS under /.well-known/, so
 * token verifiers (the local Fulcio, @actions/attest's claim check) verify real signatures.
 */
import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { exportJWK, jwtVerify, createLocalJWKSet, SignJWT, type JSONWebKeySet } from 'jose'

/** The issuer GitHub's tokens carry. */
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'

/** GitHub's documented claims of an Actions OIDC token (all values are strings, as GitHub sends them). */
export interface GitHubOidcClaims {
  /** `repo:<owner>/<repo>:ref:<ref>`, `…:environment:<name>` for jobs with an environment, `…:pull_request` for pull requests. */
  sub: string
  repository: string
  repository_owner: string
  repository_id: string
  repository_owner_id: string
  repository_visibility: 'public' | 'private' | 'internal'
  ref: string
  ref_type: 'branch' | 'tag' | ''
  ref_protected?: string
  sha: string
  workflow: string
  /** owner/repo/.github/workflows/x.yml@<ref> of the workflow the run started with. */
  workflow_ref: string
  workflow_sha: string
  /** owner/repo/.github/workflows/x.yml@<ref> of the workflow file of this job (a reusable workflow's, when called). */
  job_workflow_ref: string
  job_workflow_sha: string
  event_name: string
  head_ref?: string
  base_ref?: string
  run_id: string
  run_number: string
  run_attempt: string
  runner_environment: 'github-hosted' | 'self-hosted'
  actor: string
  actor_id?: string
  environment?: string
  environment_node_id?: string
}

/** A claim set from the few facts a test knows; everything else defaults the way GitHub fills it. */
export function githubClaims(facts: {
  repository: string
  ref: string
  sha: string
  /** .github/workflows/x.yml of the run's workflow. */
  workflowPath?: string
  workflow?: string
  eventName?: string
  /** owner/repo/.github/workflows/y.yml@ref when the job runs a reusable workflow. */
  jobWorkflowRef?: string
  jobWorkflowSha?: string
  runId?: string | number
  runNumber?: string | number
  runAttempt?: string | number
  actor?: string
  repositoryId?: string | number
  repositoryOwnerId?: string | number
  visibility?: GitHubOidcClaims['repository_visibility']
  environment?: string
  runnerEnvironment?: GitHubOidcClaims['runner_environment']
}): GitHubOidcClaims {
  const owner = facts.repository.split('/')[0] ?? ''
  const workflowRef = `${facts.repository}/${facts.workflowPath ?? '.github/workflows/release.yml'}@${facts.ref}`
  const eventName = facts.eventName ?? 'push'
  const sub = facts.environment
    ? `repo:${facts.repository}:environment:${facts.environment}`
    : eventName === 'pull_request' || eventName === 'pull_request_target'
      ? `repo:${facts.repository}:pull_request`
      : `repo:${facts.repository}:ref:${facts.ref}`
  const claims: GitHubOidcClaims = {
    sub,
    repository: facts.repository,
    repository_owner: owner,
    repository_id: String(facts.repositoryId ?? 100001),
    repository_owner_id: String(facts.repositoryOwnerId ?? 200001),
    repository_visibility: facts.visibility ?? 'public',
    ref: facts.ref,
    ref_type: facts.ref.startsWith('refs/tags/')
      ? 'tag'
      : facts.ref.startsWith('refs/heads/')
        ? 'branch'
        : '',
    ref_protected: 'false',
    sha: facts.sha,
    workflow: facts.workflow ?? 'Release',
    workflow_ref: workflowRef,
    workflow_sha: facts.sha,
    job_workflow_ref: facts.jobWorkflowRef ?? workflowRef,
    job_workflow_sha: facts.jobWorkflowSha ?? facts.sha,
    event_name: eventName,
    head_ref: '',
    base_ref: '',
    run_id: String(facts.runId ?? 9000001),
    run_number: String(facts.runNumber ?? 1),
    run_attempt: String(facts.runAttempt ?? 1),
    runner_environment: facts.runnerEnvironment ?? 'github-hosted',
    actor: facts.actor ?? owner,
    actor_id: '300001',
  }
  if (facts.environment) claims.environment = facts.environment
  return claims
}

export interface OidcIssuer {
  /** http://127.0.0.1:<port>: the token endpoint, /.well-known/openid-configuration and /.well-known/jwks. */
  url: string
  /** The `iss` of the tokens (GitHub's, by default). */
  issuer: string
  /** The public keys the tokens are signed with. */
  jwks: JSONWebKeySet
  /** One job: the values of ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  register(claims: GitHubOidcClaims): { requestUrl: string; requestToken: string }
  /** A token for the claims, as the token endpoint would answer (default audience: https://github.com/<owner>). */
  token(claims: GitHubOidcClaims, audience?: string): Promise<string>
  /** Verifies a token's signature, issuer, audience and lifetime against this issuer; resolves its claims. */
  verify(token: string, audience: string): Promise<GitHubOidcClaims & Record<string, unknown>>
  /** Every token request: which job, which audience, the status answered. */
  readonly requests: { job: string; audience: string | undefined; status: number }[]
  stop(): Promise<void>
}

export async function startOidcIssuer({
  issuer = GITHUB_OIDC_ISSUER,
}: { issuer?: string } = {}): Promise<OidcIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = randomBytes(16).toString('hex').toUpperCase()
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  const jwks: JSONWebKeySet = { keys: [jwk] }
  const jobs = new Map<string, { requestToken: string; claims: GitHubOidcClaims }>()
  const requests: OidcIssuer['requests'] = []
  let url = ''

  const mint = (claims: GitHubOidcClaims, audience: string, key: KeyObject) => {
    const now = Math.floor(Date.now() / 1000)
    return new SignJWT({ ...claims, jti: randomUUID() })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT', x5t: kid })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setNotBefore(now - 600)
      .setExpirationTime(now + 300)
      .sign(key)
  }

  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost')
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(body))
    }
    if (req.method === 'GET' && u.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        jwks_uri: `${url}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      })
    }
    if (req.method === 'GET' && u.pathname === '/.well-known/jwks') return json(200, jwks)
    const m =
      /^\/_apis\/distributedtask\/hubs\/Actions\/plans\/[^/]+\/jobs\/([^/]+)\/idtoken$/.exec(
        u.pathname,
      )
    const job = m ? jobs.get(m[1] ?? '') : undefined
    if (!m || !job || req.method !== 'GET') return json(404, { message: 'Not Found' })
    const audience = u.searchParams.get('audience') ?? undefined
    if (req.headers.authorization !== `Bearer ${job.requestToken}`) {
      requests.push({ job: m[1] ?? '', audience, status: 401 })
      return json(401, { message: 'The user is not authorized to access this resource.' })
    }
    requests.push({ job: m[1] ?? '', audience, status: 200 })
    mint(job.claims, audience ?? `https://github.com/${job.claims.repository_owner}`, privateKey)
      .then(value => json(200, { count: 1, value }))
      .catch((error: unknown) => json(500, { message: String(error) }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const keySet = createLocalJWKSet(jwks)

  return {
    url,
    issuer,
    jwks,
    requests,
    register(claims) {
      const jobId = randomUUID()
      const requestToken = randomBytes(32).toString('base64url')
      jobs.set(jobId, { requestToken, claims: structuredClone(claims) })
      return {
        requestUrl: `${url}/_apis/distributedtask/hubs/Actions/plans/${randomUUID()}/jobs/${jobId}/idtoken?api-version=2.0`,
        requestToken,
      }
    },
    token: (claims, audience) =>
      mint(claims, audience ?? `https://github.com/${claims.repository_owner}`, privateKey),
    async verify(token, audience) {
      const { payload } = await jwtVerify(token, keySet, { issuer, audience })
      return payload as unknown as GitHubOidcClaims & Record<string, unknown>
    },
    stop: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

/**
 * An ID token from a job's request URL and token (the step's ACTIONS_ID_TOKEN_REQUEST_URL and
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN), requested the way @actions/core getIDToken does; its errors
 * carry @actions/core's messages. The caller registers the token as a secret, as getIDToken does.
 */
export async function requestIdToken(
  env: Record<string, string | undefined>,
  audience?: string,
): Promise<string> {
  try {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL
    if (!requestUrl) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    if (!requestToken) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable')
    const url = audience ? `${requestUrl}&audience=${encodeURIComponent(audience)}` : requestUrl
    const r = await fetch(url, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${requestToken}` },
    })
    const text = await r.text()
    let body: { value?: unknown; message?: unknown } | undefined
    try {
      body = JSON.parse(text) as typeof body
    } catch {
      body = undefined
    }
    if (r.status > 299) {
      const message =
        typeof body?.message === 'string' ? body.message : text || `Failed request: (${r.status})`
      throw new Error(
        `Failed to get ID Token. \n \n        Error Code : ${r.status}\n \n        Error Message: ${message}`,
      )
    }
    if (typeof body?.value !== 'string' || !body.value)
      throw new Error('Response json body do not have ID Token field')
    return body.value
  } catch (error) {
    throw new Error(`Error message: ${error instanceof Error ? error.message : String(error)}`)
  }
}
