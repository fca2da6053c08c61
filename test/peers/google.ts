/**
 * Stand-ins of the pinned Google actions, each doing what its source does at the pinned commit,
 * against the local Cloud Run peer (test/peers/cloud-run.ts) and the stand-in gcloud:
 *
 * - google-github-actions/auth@7c6bc770dae815cd3e89ee6cdf493a5fab2cc093 (v3.0.0): Workload
 *   Identity Federation (the GitHub OIDC token fetched as @actions/core getIDToken does, with the
 *   action's 3 retries; the federated token from the peer's STS) or a JSON key (a self-signed JWT);
 *   the credentials file `gha-creds-<16 hex>.json` in GITHUB_WORKSPACE (0640, never overwritten);
 *   CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_GHA_CREDS_PATH
 *   and the five project variables; outputs project_id, credentials_file_path, auth_token and,
 *   with token_format, access_token (IAM Credentials generateAccessToken) or id_token. Its post
 *   step (removing the file) is googleAuthPost.
 * - google-github-actions/setup-gcloud@aa5489c8933f4cc7a4f7d45035b3b1440c9c10db (v3.0.1): "installs"
 *   the stand-in gcloud (into RUNNER_TEMP, or the tool cache with cache: true) and adds it to PATH,
 *   `gcloud auth login --cred-file` with GOOGLE_GHA_CREDS_PATH, `gcloud config set project`.
 * - google-github-actions/deploy-cloudrun@2028e2d7d30a78c6910e0632e48dd561b064884d (v3.0.1): the same
 *   `gcloud run deploy …` (or `run services replace`, `run jobs deploy`) command line, built from the
 *   same inputs in the same order, run through PATH with an argument array; the url output parsed
 *   from gcloud's JSON as the action does; `run services update-traffic` for revision_traffic /
 *   tag_traffic.
 *
 * Helpers from @google-github-actions/actions-utils (1.0.1) and @actions/core are ported where
 * their behaviour shows (errorMessage's lower-casing, parseBoolean, parseKVString, parseFlags,
 * joinKVStringForGCloud, parseDuration, withRetries).
 */
import { randomBytes, randomUUID, createSign } from 'node:crypto'
import { accessSync, constants, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import YAML from 'yaml'
import { exec } from '../../packages/process/index.ts'
import { GCLOUD_VERSION, writeGcloudStandIn, type CloudRun } from './cloud-run.ts'
import { StepFailure, type StepIO } from './workflow/stand-in.ts'

/** The peers the Google stand-ins need. */
export interface GooglePeers {
  cloudRun: CloudRun
}

// ---- @google-github-actions/actions-utils and @actions/core, as far as they show ------------------

const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase() && c === c.toUpperCase()

export function errorMessage(err: unknown): string {
  const text =
    err instanceof Error
      ? err.message
      : typeof err === 'string'
        ? err
        : err && typeof err === 'object'
          ? JSON.stringify(err)
          : String(err)
  const msg = text.trim().replace('Error: ', '').trim()
  if (!msg) return ''
  if (msg.length > 1 && isUpper(msg[0]) && !isUpper(msg[1]))
    return msg[0]?.toLowerCase() + msg.slice(1)
  return msg
}

const BOOLEANS: Record<string, boolean> = {
  '1': true,
  t: true,
  T: true,
  true: true,
  True: true,
  TRUE: true,
  '0': false,
  f: false,
  F: false,
  false: false,
  False: false,
  FALSE: false,
}

function parseBoolean(input: string | undefined, defaultValue = false): boolean {
  const key = (input ?? '').trim()
  if (key === '') return defaultValue
  if (!(key in BOOLEANS)) throw new Error(`invalid boolean value "${key}"`)
  return BOOLEANS[key] ?? false
}

const presence = (input: string | undefined) => (input ?? '').trim() || undefined

function parseCSV(input: string): string[] {
  const trimmed = (input ?? '').trim()
  if (!trimmed) return []
  return trimmed.split(/(?<!\\),/g).map(p => p.trim().replace(/\\,/g, ','))
}

function parseMultilineCSV(input: string): string[] {
  return (input ?? '')
    .split(/\r|\n/)
    .flatMap(parseCSV)
    .map(p => p.trim())
    .filter(Boolean)
}

function parseDuration(input: string): number {
  const s = (input ?? '').trim()
  let total = 0
  let cur = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? ''
    if (ch === ' ' || ch === ',') continue
    if (ch === 's' || ch === 'm' || ch === 'h') {
      total += Number(cur) * (ch === 's' ? 1 : ch === 'm' ? 60 : 3600)
      cur = ''
    } else if (/[0-9]/.test(ch)) cur += ch
    else throw new SyntaxError(`Unsupported character "${ch}" at position ${i}`)
  }
  return cur ? total + Number(cur) : total
}

type KVPair = Record<string, string>

function parseKVString(input: string): KVPair | undefined {
  const s = (input ?? '').trim()
  if (!s) return undefined
  const result: KVPair = {}
  if (s === '{}') return result
  let k = ''
  let v = ''
  let inValue = false
  let backslash = -1
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? ''
    if (backslash >= 0) {
      if (inValue) v += ch
      else k += ch
      backslash = -1
    } else if (ch === '\\') backslash = i
    else if (ch === '=') {
      if (k === '')
        throw new Error(`Invalid start sequence for value (no preceeding key before "=") at ${i}`)
      if (inValue) v += ch
      inValue = true
    } else if (['\n', '\r', '\u2028', '\u2029', ','].includes(ch)) {
      if (k !== '') result[k.trim()] = v.trim()
      k = ''
      v = ''
      inValue = false
    } else if (inValue) v += ch
    else k += ch
  }
  if (backslash >= 0) throw new Error(`Unterminated escape character at ${backslash}`)
  if (k !== '') result[k.trim()] = v.trim()
  return result
}

function joinKVStringForGCloud(
  input: KVPair,
  chars = ',.!@#$%&*()_=+~`[]{}|:;<>?🚀🍪🐼\u200B',
): string {
  const join = (sep: string) =>
    Object.entries(input)
      .map(([k, v]) => `${k}=${v}`)
      .join(sep)
  const initial = join('')
  if (initial === '') return ''
  const delim = [...chars].find(ch => !initial.includes(ch))
  if (!delim)
    throw new Error(
      'Something extremely probabilistically unlikely has occured - none of the possible delimiters is viable for the input.',
    )
  return `^${delim}^${join(delim)}`
}

function readUntil(input: string, ch: string): string | null {
  let escaped = false
  let result = ''
  for (const next of input) {
    result += next
    if (next === '\\') {
      escaped = true
      continue
    }
    if (next === ch && !escaped) return result
    escaped = false
  }
  return null
}

function parseFlags(input: string): string[] {
  const result: string[] = []
  let current = ''
  let expectingArg = false
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] ?? ''
    if (ch === `'` || ch === `"`) {
      const next = readUntil(input.slice(i + 1), ch)
      if (next === null)
        throw new Error(
          `Unterminated ${ch === `'` ? 'single' : 'double'} quote in ${input} at position ${i}`,
        )
      current += ch + next
      i += next.length
      continue
    }
    if (ch === '\r' || ch === '\n' || ch === ' ') {
      expectingArg = false
      if (current !== '') {
        result.push(current)
        current = ''
      }
      continue
    }
    if (ch === '=' && !expectingArg && current[0] === '-') {
      result.push(current)
      current = ''
      expectingArg = true
      continue
    }
    current += ch
  }
  if (current !== '') result.push(current)
  return result.map(v => {
    let s = v
    while (s.length >= 2 && (s[0] === `'` || s[0] === `"`) && s[0] === s.at(-1)) s = s.slice(1, -1)
    return s
  })
}

const exactlyOneOf = (...inputs: unknown[]) => inputs.filter(Boolean).length === 1

function pinnedToHead(io: StepIO, recommended: string): void {
  const ref = io.env.GITHUB_ACTION_REF
  if (ref !== 'master' && ref !== 'main') return
  const repo = io.env.GITHUB_ACTION_REPOSITORY ?? ''
  io.warning(
    `${repo} is pinned at "${ref}". We strongly advise against pinning to "@${ref}" as it may be unstable. Please update your GitHub Action YAML from:\n\n    uses: '${repo}@${ref}'\n\nto:\n\n    uses: '${repo}@${recommended}'\n\nAlternatively, you can pin to any git tag or git SHA in the repository.`,
  )
}

async function withRetries<T>(fn: () => Promise<T>, retries: number): Promise<T> {
  let attempts = retries + 1
  let backoff = 100
  let previous = 0
  let last = 'unknown'
  while (attempts > 0) {
    try {
      return await fn()
    } catch (err) {
      last = errorMessage(err)
      if (--attempts > 0) {
        await new Promise(r => setTimeout(r, backoff))
        ;[previous, backoff] = [backoff, previous + backoff]
      }
    }
  }
  const n = retries + 1
  throw new Error(`retry function failed after ${n === 1 ? '1 attempt' : `${n} attempts`}: ${last}`)
}

/** core.getInput: trimmed; `required` fails as @actions/core does. */
function input(io: StepIO, name: string, required = false): string {
  const v = (io.inputs[name] ?? '').trim()
  if (required && !v) throw new Error(`Input required and not supplied: ${name}`)
  return v
}

/** @actions/http-client's postJson/getJson: a non-2xx answer rejects with the body's `message`, or the body. */
async function httpJson<T>(
  url: string,
  init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: unknown },
): Promise<T> {
  const r = await fetch(url, {
    method: init.method,
    headers: {
      Accept: 'application/json',
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  const contents = await r.text()
  let obj: unknown
  try {
    obj = contents ? JSON.parse(contents) : undefined
  } catch {
    obj = undefined
  }
  if (r.status > 299) {
    const message =
      obj && typeof obj === 'object' && typeof (obj as { message?: unknown }).message === 'string'
        ? (obj as { message: string }).message
        : contents || `Failed request: (${r.status})`
    throw Object.assign(new Error(message), { statusCode: r.status })
  }
  return obj as T
}

// ---- google-github-actions/auth -----------------------------------------------------------------

const SECRETS_WARNING =
  'If you are specifying input values via GitHub secrets, ensure the secret is being injected into the environment. By default, secrets are not passed to workflows triggered from forks, including Dependabot.'

const OIDC_WARNING =
  'GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork. For more information, please see https://docs.github.com/en/actions/security-guides/automatic-token-authentication#permissions-for-the-github_token'

interface ServiceAccountKey {
  type?: string
  project_id?: string
  private_key_id?: string
  private_key?: string
  client_email?: string
}

function parseCredential(text: string): ServiceAccountKey {
  let s = (text ?? '').trim()
  if (!s) throw new Error('Missing service account key JSON (got empty value)')
  if (!s.startsWith('{')) {
    let b = s.replace(/-/g, '+').replace(/_/g, '/')
    while (b.length % 4) b += '='
    s = Buffer.from(b, 'base64').toString('utf8')
  }
  try {
    return JSON.parse(s) as ServiceAccountKey
  } catch (err) {
    throw new SyntaxError(
      `Failed to parse service account key JSON credentials: ${errorMessage(err)}`,
    )
  }
}

/** @actions/core getIDToken, from the step's environment. */
async function getIDToken(io: StepIO, audience: string): Promise<string> {
  try {
    const base = io.env.ACTIONS_ID_TOKEN_REQUEST_URL
    if (!base) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    const token = io.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    if (!token) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable')
    const url = audience ? `${base}&audience=${encodeURIComponent(audience)}` : base
    let res: { value?: string } | undefined
    try {
      res = await httpJson<{ value?: string }>(url, {
        method: 'GET',
        headers: { Authorization: `Bearer ${token}` },
      })
    } catch (error) {
      const e = error as Error & { statusCode?: number }
      throw new Error(
        `Failed to get ID Token. \n \n        Error Code : ${e.statusCode}\n \n        Error Message: ${e.message}`,
      )
    }
    const idToken = res?.value
    if (!idToken) throw new Error('Response json body do not have ID Token field')
    io.setSecret(idToken)
    return idToken
  } catch (error) {
    throw new Error(`Error message: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url')

/** google-github-actions/auth (main). */
export async function googleAuth(io: StepIO, peers: GooglePeers): Promise<void> {
  pinnedToHead(io, 'v2')
  const peer = peers.cloudRun.url
  try {
    const serviceAccountInput = input(io, 'service_account')
    const credentialsJSON = input(io, 'credentials_json')
    const workloadIdentityProvider = input(io, 'workload_identity_provider')
    // computeProjectID / computeServiceAccountEmail
    let key: ServiceAccountKey | undefined
    const keyOf = () => (key ??= parseCredential(credentialsJSON))
    const fromEmail = (() => {
      const parts = serviceAccountInput.split('@')
      if (parts.length !== 2) return undefined
      const domain = (parts[1] ?? '').split('.')
      return domain.length < 2 ? undefined : domain[0]
    })()
    const projectID =
      input(io, 'project_id') ||
      fromEmail ||
      (credentialsJSON && keyOf().type === 'service_account' ? keyOf().project_id : undefined)
    const serviceAccount =
      serviceAccountInput ||
      (credentialsJSON && keyOf().type === 'service_account' ? keyOf().client_email : undefined)
    const oidcAudience =
      input(io, 'audience') || `https://iam.googleapis.com/${workloadIdentityProvider}`
    const createCredentialsFile = parseBoolean(input(io, 'create_credentials_file'))
    const exportEnvironment = parseBoolean(input(io, 'export_environment_variables'))
    const tokenFormat = input(io, 'token_format')
    const delegates = parseMultilineCSV(input(io, 'delegates'))
    const universe = input(io, 'universe')
    const requestReason = input(io, 'request_reason')
    const headers: Record<string, string> = requestReason
      ? { 'X-Goog-Request-Reason': requestReason }
      : {}
    const endpoints = {
      iam: `https://iam.${universe}/v1`,
      iamcredentials: `https://iamcredentials.${universe}/v1`,
      sts: `https://sts.${universe}/v1`,
      www: `https://www.${universe}`,
    }

    if (!exactlyOneOf(workloadIdentityProvider, credentialsJSON))
      throw new Error(
        `The GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"! ${SECRETS_WARNING}`,
      )

    let createFile: (outputPath: string) => string
    let getToken: () => Promise<string>
    if (workloadIdentityProvider) {
      const requestToken = io.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
      const requestURL = io.env.ACTIONS_ID_TOKEN_REQUEST_URL
      if (!requestToken || !requestURL) throw new Error(OIDC_WARNING)
      const oidcToken = await withRetries(() => getIDToken(io, oidcAudience), 3)
      const audience = `//${new URL(endpoints.iam).host}/${workloadIdentityProvider}`
      createFile = outputPath => {
        const url = new URL(requestURL)
        url.searchParams.set('audience', oidcAudience)
        const data: Record<string, unknown> = {
          type: 'external_account',
          audience,
          subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
          token_url: `${endpoints.sts}/token`,
          credential_source: {
            url,
            headers: { Authorization: `Bearer ${requestToken}` },
            format: { type: 'json', subject_token_field_name: 'value' },
          },
        }
        if (serviceAccount)
          data.service_account_impersonation_url = `${endpoints.iamcredentials}/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`
        writeFileSync(outputPath, JSON.stringify(data), { mode: 0o640, flag: 'wx' })
        return outputPath
      }
      let cached: string | undefined
      getToken = async () => {
        if (cached) return cached
        try {
          const r = await httpJson<{ access_token: string } | undefined>(`${peer}/_sts/v1/token`, {
            method: 'POST',
            headers,
            body: {
              audience,
              grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
              requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
              scope: `${endpoints.www}/auth/cloud-platform`,
              subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
              subjectToken: oidcToken,
            },
          })
          if (!r)
            throw new Error(`Successfully called ${endpoints.sts}/token, but the result was empty`)
          cached = r.access_token
          return cached
        } catch (err) {
          throw new Error(
            `Failed to generate Google Cloud federated token for ${audience}: ${errorMessage(err)}`,
          )
        }
      }
    } else {
      const sa = keyOf()
      if (sa.type !== 'service_account')
        throw new Error('Provided credential is not a valid Google Service Account Key JSON')
      const email = sa.client_email ?? ''
      createFile = outputPath => {
        writeFileSync(outputPath, JSON.stringify(sa), { mode: 0o640, flag: 'wx' })
        return outputPath
      }
      getToken = () => {
        const iat = Math.floor(Date.now() / 1000)
        const claims = {
          iss: email,
          sub: email,
          aud: `${new URL(endpoints.iamcredentials).origin}/`,
          iat,
          exp: iat + 3599,
        }
        const message = `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: sa.private_key_id }))}.${b64url(JSON.stringify(claims))}`
        try {
          try {
            return Promise.resolve(
              `${message}.${createSign('RSA-SHA256')
                .update(message)
                .sign(sa.private_key ?? '', 'base64url')}`,
            )
          } catch (err) {
            throw new Error(
              `Failed to sign jwt using private key for ${email}: ${errorMessage(err)}`,
            )
          }
        } catch (err) {
          throw new Error(`Failed to sign auth token using ${email}: ${errorMessage(err)}`)
        }
      }
    }

    if (createCredentialsFile) {
      const workspace = io.env.GITHUB_WORKSPACE
      if (!workspace) throw new Error('$GITHUB_WORKSPACE is not set')
      let empty = true
      try {
        empty = readdirSync(workspace).length === 0
      } catch {
        empty = true
      }
      if (empty)
        io.log(
          '⚠️ The "create_credentials_file" option is true, but the current GitHub workspace is empty. Did you forget to use "actions/checkout" before this step? If you do not intend to share authentication with future steps in this job, set "create_credentials_file" to false.',
        )
      const credentialsPath = createFile(
        path.join(workspace, `gha-creds-${randomBytes(8).toString('hex')}.json`),
      )
      io.log(`Created credentials file at "${credentialsPath}"`)
      io.setOutput('credentials_file_path', credentialsPath)
      if (exportEnvironment) {
        io.exportVariable('CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', credentialsPath)
        io.exportVariable('GOOGLE_APPLICATION_CREDENTIALS', credentialsPath)
        io.exportVariable('GOOGLE_GHA_CREDS_PATH', credentialsPath)
      }
    }

    if (!projectID)
      io.log(
        '⚠️ Failed to compute a project ID from the given inputs. Neither the "project_id" output nor any environment variables will be exported. If you require these values in other steps, specify the "project_id" input directly.',
      )
    else {
      io.setOutput('project_id', projectID)
      if (exportEnvironment)
        for (const name of [
          'CLOUDSDK_CORE_PROJECT',
          'CLOUDSDK_PROJECT',
          'GCLOUD_PROJECT',
          'GCP_PROJECT',
          'GOOGLE_CLOUD_PROJECT',
        ])
          io.exportVariable(name, projectID)
    }

    const authToken = await getToken()
    io.setSecret(authToken)
    io.setOutput('auth_token', authToken)

    const needServiceAccount = () => {
      if (!serviceAccount)
        throw new Error(
          `The GitHub Action workflow must specify a "service_account" to use when generating an OAuth 2.0 Access Token. ${SECRETS_WARNING}`,
        )
      return serviceAccount
    }
    const iam = (sa: string, method: string) =>
      `${peer}/_iamcredentials/v1/projects/-/serviceAccounts/${sa}:${method}`
    switch (tokenFormat) {
      case '':
        break
      case 'access_token': {
        const lifetime = parseDuration(input(io, 'access_token_lifetime'))
        const scopes = parseMultilineCSV(input(io, 'access_token_scopes'))
        const subject = input(io, 'access_token_subject')
        const sa = needServiceAccount()
        if (subject)
          throw new Error(
            'the stand-in of google-github-actions/auth does not model Domain-Wide Delegation (access_token_subject)',
          )
        let accessToken: string
        try {
          const body: Record<string, unknown> = {}
          if (delegates.length) body.delegates = delegates
          if (scopes.length) body.scope = scopes
          if (lifetime > 0) body.lifetime = `${lifetime}s`
          const r = await httpJson<{ accessToken: string } | undefined>(
            iam(sa, 'generateAccessToken'),
            {
              method: 'POST',
              headers: { ...headers, Authorization: `Bearer ${authToken}` },
              body,
            },
          )
          if (!r)
            throw new Error(
              `Successfully called ${endpoints.iamcredentials}, but the result was empty`,
            )
          accessToken = r.accessToken
        } catch (err) {
          throw new Error(
            `Failed to generate Google Cloud OAuth 2.0 Access Token for ${sa}: ${errorMessage(err)}`,
          )
        }
        io.setSecret(accessToken)
        io.setOutput('access_token', accessToken)
        break
      }
      case 'id_token': {
        const audience = input(io, 'id_token_audience', true)
        const includeEmail = parseBoolean(input(io, 'id_token_include_email'))
        const sa = needServiceAccount()
        let idToken: string
        try {
          const body: Record<string, unknown> = { audience, includeEmail }
          if (delegates.length) body.delegates = delegates
          const r = await httpJson<{ token: string } | undefined>(iam(sa, 'generateIdToken'), {
            method: 'POST',
            headers: { ...headers, Authorization: `Bearer ${authToken}` },
            body,
          })
          if (!r)
            throw new Error(
              `Successfully called ${endpoints.iamcredentials}, but the result was empty`,
            )
          idToken = r.token
        } catch (err) {
          throw new Error(
            `Failed to generate Google Cloud OpenID Connect ID token for ${sa}: ${errorMessage(err)}`,
          )
        }
        io.setSecret(idToken)
        io.setOutput('id_token', idToken)
        break
      }
      default:
        throw new Error(`Unknown token format "${tokenFormat}"`)
    }
  } catch (err) {
    throw new StepFailure(`google-github-actions/auth failed with: ${errorMessage(err)}`)
  }
}

/** google-github-actions/auth (post): removes the credentials file it created. */
export function googleAuthPost(io: StepIO): Promise<void> {
  try {
    if (!parseBoolean(input(io, 'create_credentials_file'))) {
      io.log('Skipping credential cleanup - "create_credentials_file" is false.')
      return Promise.resolve()
    }
    if (!parseBoolean(input(io, 'cleanup_credentials'))) {
      io.log('Skipping credential cleanup - "cleanup_credentials" is false.')
      return Promise.resolve()
    }
    const credentialsPath = io.env.GOOGLE_GHA_CREDS_PATH
    if (!credentialsPath) {
      io.log('Skipping credential cleanup - $GOOGLE_GHA_CREDS_PATH is not set.')
      return Promise.resolve()
    }
    rmSync(credentialsPath, { force: true, recursive: true })
    io.log(`Removed exported credentials at "${credentialsPath}".`)
    return Promise.resolve()
  } catch (err) {
    throw new StepFailure(`google-github-actions/auth post failed with: ${errorMessage(err)}`)
  }
}

// ---- gcloud: installing it (setup-cloud-sdk 2.0.0) and running it (@actions/exec) ------------------

/** The versions the stand-in "release channel" offers (dl.google.com lists every release). */
const AVAILABLE = Array.from(
  { length: Number(GCLOUD_VERSION.split('.')[0]) - 289 },
  (_, i) => `${290 + i}.0.0`,
)
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)$/

function compareVersions(a: string, b: string): number {
  const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)]
  for (let i = 1; i <= 3; i++) {
    const d = Number(x?.[i] ?? 0) - Number(y?.[i] ?? 0)
    if (d) return d
  }
  return 0
}

/** semver.satisfies for the plain comparator ranges gcloud version constraints use. */
function satisfies(version: string, spec: string): boolean {
  return spec.split('||').some(set => {
    const comparators = set
      .trim()
      .replace(/(>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
    return comparators.every(c => {
      const m = /^(>=|<=|>|<|=)?v?(\d+(?:\.\d+){0,2})$/.exec(c)
      if (!m) return false
      const [, op = '=', v = ''] = m
      const full = [...v.split('.'), '0', '0'].slice(0, 3).join('.')
      const d = compareVersions(version, full)
      return op === '>='
        ? d >= 0
        : op === '<='
          ? d <= 0
          : op === '>'
            ? d > 0
            : op === '<'
              ? d < 0
              : d === 0
    })
  })
}

function bestVersion(spec: string): string {
  const found = [...AVAILABLE]
    .sort(compareVersions)
    .reverse()
    .find(v => satisfies(v, spec))
  if (!found)
    throw new Error(
      `failed to retrieve versions from https://dl.google.com/dl/cloudsdk/channels/rapid/components-2.json: retry function failed after 4 attempts: failed to find any versions matching "${spec}"`,
    )
  return found
}

/** @actions/tool-cache find('gcloud', spec) on this runner's tool cache. */
function toolCacheFind(env: Record<string, string>, spec: string): string {
  const cache = env.RUNNER_TOOL_CACHE
  if (!cache) throw new Error('Expected RUNNER_TOOL_CACHE to be defined')
  const dir = path.join(cache, 'gcloud')
  let version = spec
  if (!SEMVER.test(spec)) {
    const all = existsSync(dir) ? readdirSync(dir).filter(v => SEMVER.test(v)) : []
    version =
      all
        .sort(compareVersions)
        .reverse()
        .find(v => satisfies(v, spec)) ?? ''
  }
  const toolPath = path.join(dir, version, 'x64')
  return version && existsSync(`${toolPath}.complete`) ? toolPath : ''
}

/** installGcloudSDK: "download and extract" the stand-in into RUNNER_TEMP (or the tool cache), add its bin to PATH. */
function installGcloud(
  io: StepIO,
  peers: GooglePeers,
  env: Record<string, string>,
  spec: string,
  useToolCache = false,
): void {
  const version = SEMVER.test(spec) ? spec : bestVersion(spec)
  const temp = env.RUNNER_TEMP || io.runnerTemp
  let bin = path.join(temp, randomUUID(), 'google-cloud-sdk', 'bin')
  writeGcloudStandIn(bin, peers.cloudRun, { version })
  if (useToolCache) {
    const cache = env.RUNNER_TOOL_CACHE
    if (!cache) throw new Error('Expected RUNNER_TOOL_CACHE to be defined')
    const root = path.join(cache, 'gcloud', version, 'x64')
    bin = path.join(root, 'bin')
    writeGcloudStandIn(bin, peers.cloudRun, { version })
    writeFileSync(`${root}.complete`, '')
  }
  addPath(io, env, bin)
}

function addPath(io: StepIO, env: Record<string, string>, dir: string): void {
  io.addPath(dir)
  env.PATH = `${dir}${path.delimiter}${env.PATH ?? ''}`
}

function which(tool: string, envPath: string | undefined): string | undefined {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue
    const file = path.join(dir, tool)
    try {
      accessSync(file, constants.X_OK)
      return file
    } catch {
      // not here
    }
  }
  return undefined
}

const ANY_CODE = Array.from({ length: 256 }, (_, i) => i)

/** @actions/exec getExecOutput('gcloud', args, { ignoreReturnCode: true }): resolved through PATH, no shell. */
async function gcloud(
  io: StepIO,
  env: Record<string, string>,
  args: string[],
  echo = false,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const file = which('gcloud', env.PATH)
  if (!file)
    throw new Error(
      'Unable to locate executable file: gcloud. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.',
    )
  if (echo) io.log(`[command]${file} ${args.join(' ')}`)
  const r = await exec(file, args, {
    cwd: io.workspace,
    env,
    okCodes: ANY_CODE,
    timeoutMs: 600_000,
  })
  if (echo) for (const line of `${r.stdout}${r.stderr}`.split('\n').filter(Boolean)) io.log(line)
  return { exitCode: r.code, stdout: r.stdout, stderr: r.stderr }
}

/** setup-cloud-sdk gcloudRun: fails with the command and gcloud's stderr. */
async function gcloudRun(
  io: StepIO,
  env: Record<string, string>,
  cmd: string[],
): Promise<{ output: string }> {
  const r = await gcloud(io, env, cmd)
  if (r.exitCode !== 0)
    throw new Error(
      `failed to execute command \`gcloud ${cmd.join(' ')}\`: ${r.stderr || `command exited ${r.exitCode}, but stderr had no output`}`,
    )
  return { output: `${r.stdout}\n${r.stderr}` }
}

const authenticateGcloudSDK = (io: StepIO, env: Record<string, string>, file: string) =>
  gcloudRun(io, env, ['--quiet', 'auth', 'login', '--force', '--cred-file', file])

// ---- google-github-actions/setup-gcloud -----------------------------------------------------------

/** google-github-actions/setup-gcloud. */
export async function setupGcloud(io: StepIO, peers: GooglePeers): Promise<void> {
  const env: Record<string, string> = { ...io.env }
  const exportVariable = (name: string, v: string) => {
    io.exportVariable(name, v)
    env[name] = v
  }
  exportVariable('CLOUDSDK_METRICS_ENVIRONMENT', 'github-actions-setup-gcloud')
  exportVariable('CLOUDSDK_METRICS_ENVIRONMENT_VERSION', '3.0.1')
  env.CLOUDSDK_CORE_DISABLE_PROMPTS = '1'
  pinnedToHead(io, 'v3')
  try {
    const skipInstall = parseBoolean(input(io, 'skip_install'))
    let version = presence(input(io, 'version'))
    const components = input(io, 'install_components')
    const projectId = input(io, 'project_id')
    const cache = parseBoolean(input(io, 'cache'))
    if (skipInstall) {
      io.log('Skipping installation ("skip_install" was true)')
      if (version && version !== 'latest')
        io.warning('Ignoring "version" because "skip_install" was true!')
      if (components)
        io.warning(
          'Installing custom components with the system-provided gcloud may fail. Set "skip_install" to false to install a managed version.',
        )
    } else {
      if (!version) version = '> 0.0.0'
      if (version === 'latest') version = bestVersion('> 0.0.0')
      const toolPath = toolCacheFind(env, version)
      if (toolPath) addPath(io, env, path.join(toolPath, 'bin'))
      else installGcloud(io, peers, env, version, cache)
    }
    if (components)
      await gcloudRun(io, env, [
        '--quiet',
        'components',
        'install',
        ...components.split(',').map(c => c.trim()),
      ])
    const credFile = env.GOOGLE_GHA_CREDS_PATH
    if (credFile) {
      await authenticateGcloudSDK(io, env, credFile)
      io.log('Successfully authenticated')
    } else {
      let authed = false
      try {
        authed = !(await gcloudRun(io, env, ['auth', 'list'])).output.includes(
          'No credentialed accounts.',
        )
      } catch {
        authed = false
      }
      if (!authed)
        io.warning(
          'The gcloud CLI is not authenticated (or it is not installed). Authenticate by adding the "google-github-actions/auth" step prior this one.',
        )
    }
    if (projectId) {
      await gcloudRun(io, env, ['--quiet', 'config', 'set', 'project', projectId])
      io.log('Successfully set default project')
    }
    io.setOutput('version', version ?? '')
  } catch (err) {
    throw new StepFailure(`google-github-actions/setup-gcloud failed with: ${errorMessage(err)}`)
  }
}

// ---- google-github-actions/deploy-cloudrun --------------------------------------------------------

interface ServiceJson {
  status?: { url?: string; traffic?: { tag?: string; url?: string }[] }
}

function parseDeployResponse(stdout: string, tag: string): { url?: string | undefined } {
  const s = presence(stdout)
  if (!s || s === '{}' || s === '[]') return {}
  try {
    const doc = JSON.parse(s) as ServiceJson
    const outputs: { url?: string | undefined } = { url: doc.status?.url }
    if (tag) {
      const info = doc.status?.traffic?.find(t => t.tag === tag)
      if (info) outputs.url = info.url
    }
    return outputs
  } catch (err) {
    throw new Error(
      `failed to parse deploy response: ${errorMessage(err)}, stdout: ${s}, inputs: ${JSON.stringify({ tag })}`,
    )
  }
}

function parseUpdateTrafficResponse(stdout: string): { url?: string | undefined } {
  const s = presence(stdout)
  if (!s || s === '{}' || s === '[]') return {}
  try {
    const items = JSON.parse(s) as { serviceUrl?: string; urls?: string[] }[]
    let url = items[0]?.serviceUrl
    for (const item of items)
      if (item.urls?.length) {
        url = item.urls[0]
        break
      }
    return { url }
  } catch (err) {
    throw new Error(`failed to parse update traffic response: ${errorMessage(err)}, stdout: ${s}`)
  }
}

/** google-github-actions/deploy-cloudrun. */
export async function deployCloudrun(io: StepIO, peers: GooglePeers): Promise<void> {
  const env: Record<string, string> = {
    ...io.env,
    CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
    CLOUDSDK_METRICS_ENVIRONMENT: 'github-actions-deploy-cloudrun',
    CLOUDSDK_METRICS_ENVIRONMENT_VERSION: '3.0.1',
    GOOGLE_APIS_USER_AGENT: 'google-github-actions:deploy-cloudrun/3.0.1',
  }
  const isDebug = (() => {
    try {
      return parseBoolean(env.ACTIONS_RUNNER_DEBUG) || parseBoolean(env.ACTIONS_STEP_DEBUG)
    } catch {
      return false
    }
  })()
  pinnedToHead(io, 'v1')
  try {
    const image = input(io, 'image')
    let service = input(io, 'service')
    const job = input(io, 'job')
    const metadata = input(io, 'metadata')
    const projectId = input(io, 'project_id')
    const gcloudInput = input(io, 'gcloud_version')
    const gcloudVersion =
      gcloudInput === '' || gcloudInput === 'latest' ? bestVersion('> 0.0.0') : gcloudInput
    const gcloudComponent = presence(input(io, 'gcloud_component'))
    const envVars = input(io, 'env_vars')
    const envVarsUpdateStrategy = input(io, 'env_vars_update_strategy') || 'merge'
    const secrets = parseKVString(input(io, 'secrets'))
    const secretsUpdateStrategy = input(io, 'secrets_update_strategy') || 'merge'
    const region = parseCSV(input(io, 'region') || 'us-central1')
    const source = input(io, 'source')
    const suffix = input(io, 'suffix')
    const tag = input(io, 'tag')
    const timeout = input(io, 'timeout')
    const noTraffic = (input(io, 'no_traffic') || '').toLowerCase() === 'true'
    const wait = parseBoolean(input(io, 'wait'))
    const revTraffic = input(io, 'revision_traffic')
    const tagTraffic = input(io, 'tag_traffic')
    const labels = parseKVString(input(io, 'labels'))
    const skipDefaultLabels = parseBoolean(input(io, 'skip_default_labels'))
    const flags = input(io, 'flags')
    const updateTrafficFlags = input(io, 'update_traffic_flags')

    let deployCmd: string[] = []
    if (revTraffic && tagTraffic)
      throw new Error('Only one of `revision_traffic` or `tag_traffic` inputs can be set.')
    if ((revTraffic || tagTraffic) && !service) throw new Error('No service name set.')
    if (source && image) throw new Error('Only one of `source` or `image` inputs can be set.')
    if (service && job) throw new Error('Only one of `service` or `job` inputs can be set.')
    if (gcloudComponent && gcloudComponent !== 'alpha' && gcloudComponent !== 'beta')
      throw new Error(`invalid input received for gcloud_component: ${gcloudComponent}`)

    const setEnvVarsFlags = (cmd: string[]) => {
      const compiled = parseKVString(envVars)
      if (compiled && Object.keys(compiled).length > 0) {
        if (envVarsUpdateStrategy !== 'overwrite' && envVarsUpdateStrategy !== 'merge')
          throw new Error(
            `Invalid "env_vars_update_strategy" value "${envVarsUpdateStrategy}", valid values are "overwrite" and "merge".`,
          )
        cmd.push(
          envVarsUpdateStrategy === 'overwrite' ? '--set-env-vars' : '--update-env-vars',
          joinKVStringForGCloud(compiled),
        )
      }
    }
    const setSecretsFlags = (cmd: string[]) => {
      if (secrets && Object.keys(secrets).length > 0) {
        if (secretsUpdateStrategy !== 'overwrite' && secretsUpdateStrategy !== 'merge')
          throw new Error(
            `Invalid "secrets_update_strategy" value "${secretsUpdateStrategy}", valid values are "overwrite" and "merge".`,
          )
        cmd.push(
          secretsUpdateStrategy === 'overwrite' ? '--set-secrets' : '--update-secrets',
          joinKVStringForGCloud(secrets),
        )
      }
    }
    const defaultLabels = (): KVPair => {
      const sha = env.GITHUB_SHA
      return { 'managed-by': 'github-actions', ...(sha ? { 'commit-sha': sha.toLowerCase() } : {}) }
    }

    if (metadata) {
      const contents = await readFile(path.resolve(io.workspace, metadata), 'utf8')
      const parsed = YAML.parse(contents) as { kind?: string; metadata?: { name?: string } } | null
      const name = parsed?.metadata?.name
      if (!name) throw new Error(`${metadata} is missing 'metadata.name'`)
      if (service && service !== name)
        throw new Error(
          `service name in ${metadata} ("${name}") does not match GitHub Actions service input ("${service}")`,
        )
      service = name
      if (parsed.kind === 'Service') deployCmd = ['run', 'services', 'replace', metadata]
      else if (parsed.kind === 'Job') deployCmd = ['run', 'jobs', 'replace', metadata]
      else
        throw new Error(
          `Unkown metadata type "${String(parsed.kind)}", expected "Job" or "Service"`,
        )
    } else if (job) {
      io.warning(
        'Support for Cloud Run jobs in this GitHub Action is in beta and is not covered by the semver backwards compatibility guarantee.',
      )
      deployCmd = ['run', 'jobs', 'deploy', job]
      if (image) deployCmd.push('--image', image)
      else if (source) deployCmd.push('--source', source)
      setEnvVarsFlags(deployCmd)
      setSecretsFlags(deployCmd)
      if (wait) deployCmd.push('--wait')
      const idx = deployCmd.indexOf('--update-secrets')
      if (idx >= 0) {
        io.warning(
          'Cloud Run does not allow updating secrets on jobs, ignoring "secrets_update_strategy" value of "merge"',
        )
        deployCmd[idx] = '--set-secrets'
      }
      const compiled = { ...(skipDefaultLabels ? {} : defaultLabels()), ...labels }
      if (Object.keys(compiled).length > 0)
        deployCmd.push('--labels', joinKVStringForGCloud(compiled))
    } else {
      deployCmd = ['run', 'deploy', service]
      if (image) deployCmd.push('--image', image)
      else if (source) deployCmd.push('--source', source)
      setEnvVarsFlags(deployCmd)
      setSecretsFlags(deployCmd)
      if (tag) deployCmd.push('--tag', tag)
      if (suffix) deployCmd.push('--revision-suffix', suffix)
      if (noTraffic) deployCmd.push('--no-traffic')
      if (timeout) deployCmd.push('--timeout', timeout)
      const compiled = { ...(skipDefaultLabels ? {} : defaultLabels()), ...labels }
      if (Object.keys(compiled).length > 0)
        deployCmd.push('--update-labels', joinKVStringForGCloud(compiled))
    }

    let updateTrafficCmd = ['run', 'services', 'update-traffic', service]
    if (revTraffic) updateTrafficCmd.push('--to-revisions', revTraffic)
    if (tagTraffic) updateTrafficCmd.push('--to-tags', tagTraffic)
    deployCmd.push('--format', 'json')
    updateTrafficCmd.push('--format', 'json')
    if (region.length > 0) {
      const regions = region.filter(Boolean).join(',')
      deployCmd.push('--region', regions)
      updateTrafficCmd.push('--region', regions)
    }
    if (projectId) {
      deployCmd.push('--project', projectId)
      updateTrafficCmd.push('--project', projectId)
    }
    if (flags) deployCmd = deployCmd.concat(parseFlags(flags))
    if (updateTrafficFlags)
      updateTrafficCmd = updateTrafficCmd.concat(parseFlags(updateTrafficFlags))

    // Install gcloud unless this version is in the tool cache (setup-gcloud puts it there only with cache: true).
    const toolPath = toolCacheFind(env, gcloudVersion)
    if (!toolPath) installGcloud(io, peers, env, gcloudVersion)
    else addPath(io, env, path.join(toolPath, 'bin'))

    if (gcloudComponent) {
      await gcloudRun(io, env, ['--quiet', 'components', 'install', gcloudComponent])
      deployCmd.unshift(gcloudComponent)
      updateTrafficCmd.unshift(gcloudComponent)
    }

    const credFile = env.GOOGLE_GHA_CREDS_PATH
    if (credFile) {
      await authenticateGcloudSDK(io, env, credFile)
      io.log('Successfully authenticated')
    } else io.warning('No authentication found, authenticate with `google-github-actions/auth`.')

    const commandString = `gcloud ${deployCmd.join(' ')}`
    io.log(`Running: ${commandString}`)
    const deployed = await gcloud(io, env, deployCmd, isDebug)
    if (deployed.exitCode !== 0) {
      const errMsg =
        deployed.stderr || `command exited ${deployed.exitCode}, but stderr had no output`
      throw new Error(`failed to deploy: ${errMsg}, full command:\n\t${commandString}`)
    }
    const setOutputs = (outputs: { url?: string | undefined }) => {
      for (const [k, v] of Object.entries(outputs)) io.setOutput(k, v ?? '')
    }
    setOutputs(parseDeployResponse(deployed.stdout, tag))
    if (revTraffic || tagTraffic) {
      const updated = await gcloud(io, env, updateTrafficCmd, isDebug)
      if (updated.exitCode !== 0) {
        const errMsg =
          updated.stderr || `command exited ${updated.exitCode}, but stderr had no output`
        throw new Error(`failed to update traffic: ${errMsg}, full command:\n\t${commandString}`)
      }
      setOutputs(parseUpdateTrafficResponse(updated.stdout))
    }
  } catch (err) {
    throw new StepFailure(`google-github-actions/deploy-cloudrun failed with: ${errorMessage(err)}`)
  }
}
