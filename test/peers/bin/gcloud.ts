/**
 * A stand-in `gcloud` (run by Node 24 type stripping through the sh wrapper that
 * writeGcloudStandIn writes): the command line of the Google Cloud CLI 578 for what this suite and
 * the pinned Google actions call, talking to the local Cloud Run peer (test/peers/cloud-run.ts,
 * whose URL the wrapper passes in RA_CLOUD_RUN_PEER) over its Run API, token services and control
 * API. The client side of gcloud is reproduced from its source: the traffic arithmetic of
 * googlecloudsdk/api_lib/run/traffic.py (UpdateTraffic, ZeroLatestTraffic, UpdateTags),
 * `run deploy`'s revision naming (`<service>-<generation+1:05>-<abc>` when --tag or
 * --revision-suffix is given, a nonce otherwise) and its refusal of --no-traffic for a new
 * service, the TrafficTargetPair JSON that `run services update-traffic` prints, credential
 * resolution (CLOUDSDK_AUTH_ACCESS_TOKEN, auth/credential_file_override, then the account stored
 * by `auth login --cred-file`; external_account files are exchanged through the peer's STS the
 * way google-auth does), property resolution (flag, CLOUDSDK_* variable, config), --format
 * (json, yaml, value(…), none), the error wording and the exit codes: 1 for errors, 2 for bad
 * arguments.
 *
 *   run deploy SERVICE; run services describe|update-traffic|list|delete; run revisions
 *   list|describe; auth login --cred-file | activate-service-account --key-file | list |
 *   print-access-token; config set|get-value|unset; components install; version
 */
import { createSign, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type Yaml from 'yaml'
import type {
  EnvVar,
  GcloudConfig,
  GoogleError,
  KnativeRevision,
  KnativeService,
  TrafficTarget,
} from '../cloud-run.ts'

const PEER = process.env.RA_CLOUD_RUN_PEER ?? ''
const VERSION = process.env.RA_GCLOUD_VERSION || '578.0.0'
const LATEST = 'LATEST'
const NONCE_LABEL = 'client.knative.dev/nonce'
const HELP_HINT = 'To search the help text of gcloud commands, run:\n  gcloud help -- SEARCH_TERMS'

let stdout = ''
let stderr = ''
const out = (s: string) => (stdout += s)
const err = (s: string) => (stderr += s)

/** A gcloud error: printed as `ERROR: (<command>) <message>`, exit 1 (2 for argument errors). */
class GcloudError extends Error {
  readonly code: number
  constructor(message: string, code = 1) {
    super(message)
    this.code = code
  }
}
const argError = (message: string) => new GcloudError(message, 2)

/** What the calls below read of an HTTP answer (node:http starts faster than fetch, which matters per call). */
interface Reply {
  ok: boolean
  status: number
  text(): Promise<string>
  json(): Promise<unknown>
}

function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest
    const req = send(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, res => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        const status = res.statusCode ?? 0
        resolve({
          ok: status >= 200 && status < 300,
          status,
          text: () => Promise.resolve(text),
          json: () => Promise.resolve(JSON.parse(text) as unknown),
        })
      })
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

// ---- arguments --------------------------------------------------------------------------------

type Arity = 'value' | 'bool' | 'negatable'
const GLOBAL: Record<string, Arity> = {
  project: 'value',
  format: 'value',
  quiet: 'bool',
  verbosity: 'value',
  account: 'value',
  'impersonate-service-account': 'value',
  'billing-project': 'value',
  'access-token-file': 'value',
  configuration: 'value',
  'log-http': 'bool',
  'user-output-enabled': 'negatable',
  'trace-token': 'value',
  version: 'bool',
}
const RUN: Record<string, Arity> = { region: 'value', platform: 'value', async: 'bool' }
const DEPLOY: Record<string, Arity> = {
  ...RUN,
  image: 'value',
  source: 'value',
  tag: 'value',
  'no-traffic': 'bool',
  'revision-suffix': 'value',
  'update-env-vars': 'value',
  'set-env-vars': 'value',
  'remove-env-vars': 'value',
  'clear-env-vars': 'bool',
  'update-secrets': 'value',
  'set-secrets': 'value',
  'remove-secrets': 'value',
  'clear-secrets': 'bool',
  'update-labels': 'value',
  labels: 'value',
  'remove-labels': 'value',
  'clear-labels': 'bool',
  timeout: 'value',
  port: 'value',
  memory: 'value',
  cpu: 'value',
  concurrency: 'value',
  'max-instances': 'value',
  'min-instances': 'value',
  'service-account': 'value',
  ingress: 'value',
  command: 'value',
  args: 'value',
  'execution-environment': 'value',
  'vpc-connector': 'value',
  'vpc-egress': 'value',
  'add-cloudsql-instances': 'value',
  'set-cloudsql-instances': 'value',
  description: 'value',
  'allow-unauthenticated': 'negatable',
  'cpu-throttling': 'negatable',
  'cpu-boost': 'negatable',
  'use-http2': 'negatable',
  'invoker-iam-check': 'negatable',
  'default-url': 'negatable',
  'session-affinity': 'negatable',
}
const UPDATE_TRAFFIC: Record<string, Arity> = {
  ...RUN,
  'to-revisions': 'value',
  'to-tags': 'value',
  'to-latest': 'bool',
  'set-tags': 'value',
  'update-tags': 'value',
  'remove-tags': 'value',
  'clear-tags': 'bool',
}

interface Command {
  path: string[]
  flags: Record<string, Arity>
  /** Names of the positional arguments, `…` for a list. */
  positionals: string[]
  run: (a: Parsed) => Promise<void> | void
}

interface Parsed {
  command: Command
  id: string
  positionals: string[]
  values: Map<string, string[]>
  bools: Map<string, boolean>
}

const value = (a: Parsed, name: string): string | undefined => a.values.get(name)?.at(-1)
const bool = (a: Parsed, name: string): boolean => a.bools.get(name) ?? false

function parse(argv: string[]): Parsed {
  const known: Record<string, Arity> = { ...GLOBAL }
  for (const c of COMMANDS) Object.assign(known, c.flags)
  const words: string[] = []
  const values = new Map<string, string[]>()
  const bools = new Map<string, boolean>()
  const unknown: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') {
      words.push(...argv.slice(i + 1))
      break
    }
    if (arg === '-q') {
      bools.set('quiet', true)
      continue
    }
    if (!arg.startsWith('--')) {
      words.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    let name = arg.slice(2, eq < 0 ? undefined : eq)
    const inline = eq < 0 ? undefined : arg.slice(eq + 1)
    let arity = known[name]
    let negated = false
    if (!arity && name.startsWith('no-') && known[name.slice(3)] === 'negatable') {
      name = name.slice(3)
      arity = 'negatable'
      negated = true
    }
    if (!arity) {
      unknown.push(arg)
      continue
    }
    if (arity === 'value') {
      let v = inline
      if (v === undefined) {
        const next = argv[i + 1]
        if (next === undefined || next.startsWith('--'))
          throw argError(`argument --${name}: expected one argument`)
        v = next
        i++
      }
      values.set(name, [...(values.get(name) ?? []), v])
    } else {
      if (inline !== undefined)
        throw argError(`argument --${name}: ignored explicit argument '${inline}'`)
      bools.set(name, !negated)
    }
  }
  // The command: the longest path of leading words, after an optional release track.
  let track: string | undefined
  if (words[0] === 'alpha' || words[0] === 'beta') track = words.shift()
  let command: Command | undefined
  for (const c of COMMANDS)
    if (c.path.every((p, i) => words[i] === p) && (!command || c.path.length > command.path.length))
      command = c
  if (bools.get('version') && !command && words.length === 0) command = VERSION_COMMAND
  if (!command) {
    const group = [
      'run',
      'run services',
      'run revisions',
      'run jobs',
      'auth',
      'config',
      'components',
    ]
    let depth = 0
    while (group.includes(words.slice(0, depth + 1).join(' '))) depth++
    const where = ['gcloud', ...(track ? [track] : []), ...words.slice(0, depth)].join('.')
    const choice = words[depth]
    throw Object.assign(
      argError(
        choice === undefined
          ? 'Command name argument expected.'
          : `Invalid choice: '${choice}'.\n\n${HELP_HINT}`,
      ),
      { where },
    )
  }
  const id = ['gcloud', ...(track ? [track] : []), ...command.path].join('.')
  const allowed = { ...GLOBAL, ...command.flags }
  for (const name of [...values.keys(), ...bools.keys()])
    if (!allowed[name]) unknown.push(`--${name}`)
  const positionals = words.slice(command.path.length)
  const max = command.positionals.includes('…') ? Infinity : command.positionals.length
  unknown.push(...positionals.slice(max))
  if (unknown.length)
    throw Object.assign(
      argError(
        unknown.length > 1
          ? `unrecognized arguments:\n  ${unknown.join('\n  ')}\n  ${HELP_HINT}`
          : `unrecognized arguments: ${unknown[0] ?? ''} \n\n${HELP_HINT}`,
      ),
      { where: id },
    )
  if (track) {
    const installed = config().components
    if (!installed.includes(track))
      throw Object.assign(
        new GcloudError(
          `You do not currently have this command group installed.  Using it requires the installation of components: [${track}]`,
        ),
        { where: 'gcloud' },
      )
  }
  return { command, id, positionals: positionals.slice(0, max), values, bools }
}

/** gcloud's ArgDict: `K=V,K2=V2`, or `^DELIM^K=V…` with another delimiter. */
function argDict(flag: string, raw: string): Map<string, string> {
  const { delim, rest } = delimiter(raw)
  const result = new Map<string, string>()
  for (const part of rest.split(delim)) {
    if (part === '') continue
    const eq = part.indexOf('=')
    if (eq < 0)
      throw argError(
        `argument --${flag}: Bad syntax for dict arg: [${part}]. Please see \`gcloud topic flags-file\` or \`gcloud topic escaping\` for information on providing list or dictionary flag values with special characters.`,
      )
    result.set(part.slice(0, eq), part.slice(eq + 1))
  }
  return result
}

function argList(raw: string): string[] {
  const { delim, rest } = delimiter(raw)
  return rest.split(delim).filter(Boolean)
}

function delimiter(raw: string): { delim: string; rest: string } {
  const m = /^\^([^^]+)\^/.exec(raw)
  return m ? { delim: m[1] ?? ',', rest: raw.slice(m[0].length) } : { delim: ',', rest: raw }
}

const dicts = (a: Parsed, flag: string): Map<string, string> => {
  const merged = new Map<string, string>()
  for (const raw of a.values.get(flag) ?? [])
    for (const [k, v] of argDict(flag, raw)) merged.set(k, v)
  return merged
}

function duration(flag: string, raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw)
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/i.exec(raw)
  if (!m || raw === '')
    throw argError(
      `argument --${flag}: Failed to parse duration: Duration unit [${raw.replace(/^\d+/, '')}] must be preceded by a number.`,
    )
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)
}

// ---- the peer: config, credentials, the Run API -----------------------------------------------

const configDir = () =>
  process.env.CLOUDSDK_CONFIG ?? path.join(process.env.HOME ?? os.homedir(), '.config', 'gcloud')
let loadedConfig: GcloudConfig | undefined
let dirtyConfig = false
const config = (): GcloudConfig => {
  if (!loadedConfig) throw new Error('config not loaded')
  return loadedConfig
}
async function loadConfig(): Promise<void> {
  const r = await request(`${PEER}/_control/config?dir=${encodeURIComponent(configDir())}`)
  loadedConfig = (await r.json()) as GcloudConfig
}
async function saveConfig(): Promise<void> {
  if (!dirtyConfig) return
  await request(`${PEER}/_control/config?dir=${encodeURIComponent(configDir())}`, {
    method: 'PUT',
    body: JSON.stringify(config()),
  })
}

const PROPERTY_FLAGS: Record<string, string> = {
  'core/project': 'project',
  'core/account': 'account',
  'auth/impersonate_service_account': 'impersonate-service-account',
  'auth/access_token_file': 'access-token-file',
  'run/region': 'region',
  'run/platform': 'platform',
}

function fullName(property: string): string {
  return property.includes('/') ? property : `core/${property}`
}

/** A property as gcloud resolves it: its flag, then CLOUDSDK_<SECTION>_<NAME>, then the config. */
function property(a: Parsed, name: string): string | undefined {
  const flag = PROPERTY_FLAGS[name]
  const fromFlag = flag ? value(a, flag) : undefined
  if (fromFlag !== undefined) return fromFlag
  const env = process.env[`CLOUDSDK_${name.replace('/', '_').toUpperCase()}`]
  if (env) return env
  return config().properties[name]
}

function requiredProject(a: Parsed): string {
  const project = property(a, 'core/project')
  if (project) return project
  throw new GcloudError(
    'The required property [project] is not currently set.\n' +
      'It can be set on a per-command basis by re-running your command with the [--project] flag.\n\n' +
      'You may set it for your current workspace by running:\n\n  $ gcloud config set project VALUE\n\n' +
      'or it can be set temporarily by the environment variable [CLOUDSDK_CORE_PROJECT]',
  )
}

function requiredRegion(a: Parsed): string {
  const platform = property(a, 'run/platform') ?? 'managed'
  if (platform !== 'managed')
    throw new GcloudError(
      `The stand-in gcloud models Cloud Run (fully managed) only, not --platform=${platform}.`,
    )
  const region = property(a, 'run/region')
  if (region) return region
  throw new GcloudError(
    'You must specify a region. Either use the `--region` flag or set the run/region property.',
  )
}

const REFRESH_HINT =
  'Please run:\n\n  $ gcloud auth login\n\nto obtain new credentials.\n\n' +
  'If you have already logged in with a different account, run:\n\n  $ gcloud config set account ACCOUNT\n\n' +
  'to select an already authenticated account to use.'

const refreshError = (detail: string) =>
  new GcloudError(
    `There was a problem refreshing your current auth tokens: ${detail}\n${REFRESH_HINT}`,
  )

/** A Google URL in a credential file, answered by the peer. */
function peerUrl(google: string): string {
  const u = new URL(google)
  if (u.hostname.startsWith('sts.')) return `${PEER}/_sts${u.pathname}`
  if (u.hostname.startsWith('iamcredentials.')) return `${PEER}/_iamcredentials${u.pathname}`
  if (u.hostname.startsWith('oauth2.')) return `${PEER}/_oauth2${u.pathname}`
  throw refreshError(`('Unsupported token endpoint', '${google}')`)
}

interface CredentialFile {
  type?: string
  audience?: string
  subject_token_type?: string
  token_url?: string
  service_account_impersonation_url?: string
  credential_source?: {
    url?: string
    file?: string
    headers?: Record<string, string>
    format?: { type?: string; subject_token_field_name?: string }
  }
  client_email?: string
  private_key?: string
  private_key_id?: string
}

const VALID_TYPES =
  "('authorized_user', 'service_account', 'external_account', 'external_account_authorized_user', 'impersonated_service_account', 'gdch_service_account')"

function readCredentialFile(
  file: string,
  failure: (message: string) => GcloudError,
): CredentialFile {
  if (!existsSync(file)) throw failure(`File ${file} was not found.`)
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw failure(`File ${file} is not a valid json file.`)
  }
  const cred = (parsed ?? {}) as CredentialFile
  if (cred.type !== 'external_account' && cred.type !== 'service_account')
    throw failure(
      `The file ${file} does not have a valid type. Type ${String(cred.type)} is not one of ${VALID_TYPES}.`,
    )
  return cred
}

async function postForm(url: string, form: Record<string, string>): Promise<Reply> {
  return request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  })
}

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'

/** Exchange a credential for an access token, as google-auth does for gcloud. */
async function tokenFor(cred: CredentialFile): Promise<string> {
  if (cred.type === 'service_account') {
    if (!cred.client_email || !cred.private_key)
      throw refreshError("('invalid_grant: Invalid JWT Signature.')")
    const iat = Math.floor(Date.now() / 1000)
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const input = `${enc({ alg: 'RS256', typ: 'JWT', kid: cred.private_key_id })}.${enc({
      iss: cred.client_email,
      scope: CLOUD_PLATFORM,
      aud: 'https://oauth2.googleapis.com/token',
      iat,
      exp: iat + 3600,
    })}`
    let signature: string
    try {
      signature = createSign('RSA-SHA256').update(input).sign(cred.private_key, 'base64url')
    } catch (e) {
      throw refreshError(
        `('No key could be detected.', '${e instanceof Error ? e.message : String(e)}')`,
      )
    }
    const r = await postForm(`${PEER}/_oauth2/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: `${input}.${signature}`,
    })
    const body = (await r.json()) as {
      access_token?: string
      error?: string
      error_description?: string
    }
    if (!r.ok || !body.access_token)
      throw refreshError(`('${body.error ?? 'invalid_grant'}: ${body.error_description ?? ''}')`)
    return body.access_token
  }
  const source = cred.credential_source ?? {}
  let subject: string
  if (source.url) {
    let r: Reply
    try {
      r = await request(source.url, { headers: source.headers ?? {} })
    } catch (e) {
      throw refreshError(
        `('Unable to retrieve Identity Pool subject token', '${e instanceof Error ? e.message : String(e)}')`,
      )
    }
    const text = await r.text()
    if (!r.ok) throw refreshError(`('Unable to retrieve Identity Pool subject token', '${text}')`)
    if (source.format?.type === 'json') {
      let doc: Record<string, unknown>
      try {
        doc = JSON.parse(text) as Record<string, unknown>
      } catch {
        throw refreshError(`('Unable to parse subject_token from JSON file', '${text}')`)
      }
      const field = source.format.subject_token_field_name ?? ''
      if (typeof doc[field] !== 'string')
        throw refreshError(`('Unable to parse subject_token from JSON file', '${text}')`)
      subject = doc[field]
    } else subject = text
  } else if (source.file) {
    if (!existsSync(source.file)) throw refreshError(`File '${source.file}' was not found.`)
    subject = readFileSync(source.file, 'utf8').trim()
  } else throw refreshError('Missing credential_source. A file or url must be provided.')
  const sts = await postForm(peerUrl(cred.token_url ?? 'https://sts.googleapis.com/v1/token'), {
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    audience: cred.audience ?? '',
    requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    subject_token: subject,
    subject_token_type: cred.subject_token_type ?? '',
    scope: CLOUD_PLATFORM,
  })
  const stsText = await sts.text()
  const stsBody = JSON.parse(stsText || '{}') as {
    access_token?: string
    error?: string
    error_description?: string
  }
  if (!sts.ok || !stsBody.access_token)
    throw refreshError(
      `('Error code ${stsBody.error ?? sts.status}: ${stsBody.error_description ?? ''}', '${stsText}')`,
    )
  if (!cred.service_account_impersonation_url) return stsBody.access_token
  return impersonate(peerUrl(cred.service_account_impersonation_url), stsBody.access_token)
}

async function impersonate(url: string, token: string): Promise<string> {
  const r = await request(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ scope: [CLOUD_PLATFORM], lifetime: '3600s' }),
  })
  const text = await r.text()
  const body = JSON.parse(text || '{}') as { accessToken?: string }
  if (!r.ok || !body.accessToken)
    throw refreshError(`('Unable to acquire impersonated credentials', '${text}')`)
  return body.accessToken
}

let cachedToken: string | undefined

async function accessToken(a: Parsed): Promise<string> {
  if (cachedToken) return cachedToken
  let token: string
  const file = property(a, 'auth/access_token_file')
  const override = property(a, 'auth/credential_file_override')
  if (process.env.CLOUDSDK_AUTH_ACCESS_TOKEN) token = process.env.CLOUDSDK_AUTH_ACCESS_TOKEN
  else if (file) {
    if (!existsSync(file)) throw new GcloudError(`File ${file} was not found.`)
    token = readFileSync(file, 'utf8').trim()
  } else if (override) {
    const cred = readCredentialFile(
      override,
      m => new GcloudError(`Failed to load credential file: [${override}].  ${m}`),
    )
    token = await tokenFor(cred)
  } else {
    const account = property(a, 'core/account')
    if (!account)
      throw new GcloudError(
        `You do not currently have an active account selected.\n${REFRESH_HINT}`,
      )
    const stored = config().credentials[account]
    if (!stored)
      throw new GcloudError(
        `Your current active account [${account}] does not have any valid credentials\n${REFRESH_HINT}`,
      )
    token = await tokenFor(JSON.parse(stored) as CredentialFile)
  }
  const target = property(a, 'auth/impersonate_service_account')
  if (target) {
    err(
      'WARNING: This command is using service account impersonation. All API calls will be executed as [' +
        `${target}].\n`,
    )
    token = await impersonate(
      `${PEER}/_iamcredentials/v1/projects/-/serviceAccounts/${target}:generateAccessToken`,
      token,
    )
  }
  cachedToken = token
  return token
}

/** An API error as gcloud prints it: field violations one per line, else STATUS: message. */
function apiMessage(status: number, text: string): string {
  try {
    const e = (JSON.parse(text) as GoogleError).error
    const violations = e.details?.flatMap(d => d.fieldViolations ?? []) ?? []
    if (violations.length) return violations.map(v => `${v.field}: ${v.description}`).join('\n')
    return `${e.status}: ${e.message}`
  } catch {
    return `HTTPError ${status}: ${text}`
  }
}

async function api<T>(
  a: Parsed,
  method: string,
  region: string,
  project: string,
  rest: string,
  body?: unknown,
): Promise<{ status: number; doc: T | undefined; message: string }> {
  const token = await accessToken(a)
  const r = await request(
    `${PEER}/_run/${region}/apis/serving.knative.dev/v1/namespaces/${encodeURIComponent(project)}/${rest}`,
    {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
  )
  const text = await r.text()
  if (r.ok) return { status: r.status, doc: JSON.parse(text) as T, message: '' }
  return { status: r.status, doc: undefined, message: apiMessage(r.status, text) }
}

async function getService(
  a: Parsed,
  region: string,
  project: string,
  name: string,
): Promise<KnativeService | undefined> {
  const r = await api<KnativeService>(a, 'GET', region, project, `services/${name}`)
  if (r.status === 404) return undefined
  if (!r.doc) throw new GcloudError(r.message)
  return r.doc
}

// ---- traffic, as googlecloudsdk/api_lib/run/traffic.py computes it -----------------------------

const keyOf = (t: TrafficTarget): string => (t.latestRevision ? LATEST : (t.revisionName ?? ''))
const sortKey = (k: string): [number, string] => (k === LATEST ? [2, k] : [1, k])
const compareKeys = (a: string, b: string): number => {
  const [x, y] = [sortKey(a), sortKey(b)]
  return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0)
}
function target(key: string, percent?: number, tag?: string): TrafficTarget {
  return {
    ...(key === LATEST ? { latestRevision: true } : { revisionName: key }),
    ...(percent !== undefined ? { percent } : {}),
    ...(tag !== undefined ? { tag } : {}),
  }
}

function normalized(targets: TrafficTarget[]): {
  percents: Map<string, TrafficTarget>
  tags: TrafficTarget[]
} {
  const percents = new Map<string, TrafficTarget>()
  const tags: TrafficTarget[] = []
  for (const t of targets) {
    const k = keyOf(t)
    if (t.tag) tags.push(target(k, undefined, t.tag))
    if (t.percent) {
      const p = percents.get(k) ?? target(k, 0)
      p.percent = (p.percent ?? 0) + t.percent
      percents.set(k, p)
    }
  }
  return { percents, tags }
}

class TrafficSpecError extends GcloudError {}

function updateTraffic(targets: TrafficTarget[], wanted: Map<string, number>): TrafficTarget[] {
  const { percents: existing, tags } = normalized(targets)
  const current = [...existing.values()].reduce((s, t) => s + (t.percent ?? 0), 0)
  if (current !== 100)
    throw new GcloudError(`Current traffic allocation of ${current} is not 100 percent`)
  const unassigned = new Map<string, TrafficTarget>()
  for (const t of targets) if (t.percent && !wanted.has(keyOf(t))) unassigned.set(keyOf(t), t)
  const specified = [...wanted.values()].reduce((s, v) => s + v, 0)
  if (specified > 100) throw new TrafficSpecError('Over 100% of traffic is specified.')
  for (const [k, v] of wanted)
    if (v < 0 || v > 100)
      throw new TrafficSpecError(`New traffic for target ${k} is ${v}, not between 0 and 100`)
  if (!unassigned.size && specified < 100)
    throw new TrafficSpecError(
      'Every target with traffic is updated but 100% of traffic has not been specified.',
    )
  const updated = new Map<string, number>(wanted)
  const toAssign = 100 - specified
  if (toAssign) {
    const from = [...unassigned.values()].reduce((s, t) => s + (t.percent ?? 0), 0)
    for (const [k, t] of unassigned) updated.set(k, ((t.percent ?? 0) * toAssign) / from)
  }
  // Integer percentages, the rounding loss given to the targets that lost most.
  const ints = new Map<string, number>([...updated].map(([k, v]) => [k, Math.trunc(v)]))
  const loss =
    Math.round([...updated.values()].reduce((s, v) => s + v, 0)) -
    [...ints.values()].reduce((s, v) => s + v, 0)
  const precedence = [...updated].sort(([ka, a], [kb, b]) => {
    const da = 1 - (a - Math.trunc(a))
    const db = 1 - (b - Math.trunc(b))
    return da - db || a - b || compareKeys(ka, kb)
  })
  for (const [k] of precedence.slice(0, loss)) ints.set(k, (ints.get(k) ?? 0) + 1)
  const result: TrafficTarget[] = []
  for (const [k, p] of ints) {
    if (wanted.get(k) === 0) continue
    const t = existing.get(k) ?? target(k)
    result.push({ ...t, percent: p })
  }
  result.sort((x, y) => compareKeys(keyOf(x), keyOf(y)))
  return [...result, ...tags]
}

function zeroLatestTraffic(
  targets: TrafficTarget[],
  latestReady: string | undefined,
): TrafficTarget[] {
  const { percents, tags } = normalized(targets)
  const latest = percents.get(LATEST)
  if (!latest) return targets
  percents.delete(LATEST)
  const name = latestReady ?? ''
  const same = percents.get(name)
  if (same) same.percent = (same.percent ?? 0) + (latest.percent ?? 0)
  else percents.set(name, target(name, latest.percent))
  return [...[...percents.values()].sort((x, y) => compareKeys(keyOf(x), keyOf(y))), ...tags]
}

function updateTags(
  targets: TrafficTarget[],
  toUpdate: Map<string, string>,
  toRemove: string[],
  clearOthers: boolean,
): TrafficTarget[] {
  const m = targets.length ? targets.map(t => ({ ...t })) : [target(LATEST, 100)]
  const kept: TrafficTarget[] = []
  for (const t of m) {
    if (clearOthers || (t.tag && (toRemove.includes(t.tag) || toUpdate.has(t.tag)))) delete t.tag
    delete t.url
    if (t.percent || t.tag) kept.push(t)
  }
  for (const [tag, k] of [...toUpdate].sort(([a], [b]) => (a < b ? -1 : 1)))
    kept.push(target(k, undefined, tag))
  return kept
}

/** What `run services update-traffic` prints: googlecloudsdk/api_lib/run/traffic_pair.py. */
function trafficPairs(svc: KnativeService): Record<string, unknown>[] {
  const group = (targets: TrafficTarget[]) => {
    const m = new Map<string, TrafficTarget[]>()
    for (const t of targets) m.set(keyOf(t), [...(m.get(keyOf(t)) ?? []), t])
    return m
  }
  const spec = group(svc.spec.traffic ?? [])
  const status = group(svc.status?.traffic ?? [])
  const sum = (ts: TrafficTarget[]) => ts.reduce((s, t) => s + (t.percent ?? 0), 0)
  const keys = [...new Set([...spec.keys(), ...status.keys()])].sort(compareKeys)
  return keys.map(k => {
    const sp = spec.get(k) ?? []
    const st = status.get(k) ?? []
    const specPercent = sp.length ? String(sum(sp)) : '-'
    const statusPercent = st.length ? String(sum(st)) : '-'
    const tagsOf = (ts: TrafficTarget[]) =>
      ts
        .map(t => t.tag)
        .filter((t): t is string => !!t)
        .sort()
        .join(', ') || '-'
    const specTags = tagsOf(sp)
    const statusTags = tagsOf(st)
    const tagNames = [
      ...new Set([...sp, ...st].map(t => t.tag).filter((t): t is string => !!t)),
    ].sort()
    const revisionName = k === LATEST ? svc.status?.latestReadyRevisionName : k
    const pct = (p: string) => (p === '-' ? p : `${p}%`)
    return {
      displayPercent:
        statusPercent === specPercent
          ? pct(statusPercent)
          : `${pct(specPercent).padEnd(4)} (currently ${pct(statusPercent)})`,
      displayRevisionId: k === LATEST ? `${LATEST} (currently ${revisionName ?? ''})` : k,
      displayTags:
        specTags === statusTags
          ? statusTags === '-'
            ? ''
            : statusTags
          : `${specTags} (currently ${statusTags})`,
      key: k,
      latestRevision: k === LATEST,
      revisionName,
      serviceUrl: svc.status?.url ?? '',
      specPercent,
      specTags,
      statusPercent,
      statusTags,
      tags: tagNames.map(tag => {
        const s = st.find(t => t.tag === tag)
        return { inSpec: sp.some(t => t.tag === tag), inStatus: !!s, tag, url: s?.url ?? '' }
      }),
      urls: st
        .map(t => t.url)
        .filter((u): u is string => !!u)
        .sort(),
    }
  })
}

// ---- output -----------------------------------------------------------------------------------

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map(k => [k, sortKeys((v as Record<string, unknown>)[k])]),
    )
  return v
}

function project(v: unknown, field: string): unknown {
  let cur: unknown = v
  for (const part of field.split('.')) {
    const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(part)
    if (!m || cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[m[1] ?? '']
    if (m[2] !== undefined) cur = Array.isArray(cur) ? cur[Number(m[2])] : undefined
  }
  return cur
}

function show(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (Array.isArray(v)) return v.map(show).join(';')
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v)
}

/** Print a result per --format; `human` when there is none. */
function print(a: Parsed, result: unknown, human: () => string): void {
  const format = value(a, 'format')
  if (format === undefined) return void out(human())
  const f = format.trim()
  if (f === 'none' || f === '') return
  if (f === 'json') return void out(`${JSON.stringify(sortKeys(result), null, 2)}\n`)
  if (f === 'yaml') {
    const docs = Array.isArray(result) ? result : [result]
    const YAML = createRequire(import.meta.url)('yaml') as typeof Yaml
    return void out(docs.map(d => YAML.stringify(sortKeys(d))).join('---\n'))
  }
  const m = /^value(?:\[[^\]]*\])?\((.*)\)$/.exec(f)
  if (m) {
    const fields = (m[1] ?? '').split(',').map(s => s.trim().replace(/:.*$/, ''))
    const items = Array.isArray(result) ? result : [result]
    for (const item of items) out(`${fields.map(fl => show(project(item, fl))).join('\t')}\n`)
    return
  }
  throw new GcloudError(`Format [${f}] is not supported by the stand-in gcloud.`)
}

// ---- commands ---------------------------------------------------------------------------------

function word(): string {
  const c = 'bcdfghjklmnpqrstvwxyz'
  const v = 'aeiou'
  const b = randomBytes(3)
  return `${c[(b[0] ?? 0) % c.length]}${v[(b[1] ?? 0) % v.length]}${c[(b[2] ?? 0) % c.length]}`
}

const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/

function labelChanges(
  a: Parsed,
  labels: Record<string, string>,
): Record<string, string> | undefined {
  const set = a.values.has('labels')
  const update = a.values.has('update-labels')
  const remove = a.values.has('remove-labels')
  const clear = bool(a, 'clear-labels')
  if (!set && !update && !remove && !clear) return undefined
  let next: Record<string, string> = set || clear ? {} : { ...labels }
  for (const flag of ['labels', 'update-labels'])
    for (const [k, v] of dicts(a, flag)) {
      if (!LABEL_KEY.test(k) || !LABEL_VALUE.test(v))
        throw argError(
          `argument --${flag}: Only hyphens (-), underscores (_), lowercase characters, and numbers are allowed. Keys must start with a lowercase character. International characters are allowed.`,
        )
      next[k] = v
    }
  for (const raw of a.values.get('remove-labels') ?? [])
    for (const k of argList(raw)) delete next[k]
  next = Object.fromEntries(
    Object.entries(next).filter(([k]) => k !== 'cloud.googleapis.com/location'),
  )
  return next
}

function envChanges(a: Parsed, env: EnvVar[]): EnvVar[] {
  let next =
    a.values.has('set-env-vars') || bool(a, 'clear-env-vars')
      ? env.filter(e => e.valueFrom)
      : [...env]
  const put = (name: string, v: Omit<EnvVar, 'name'>) => {
    next = next.filter(e => e.name !== name)
    next.push({ name, ...v })
  }
  for (const flag of ['set-env-vars', 'update-env-vars'])
    for (const [k, v] of dicts(a, flag)) put(k, { value: v })
  for (const raw of a.values.get('remove-env-vars') ?? [])
    for (const k of argList(raw)) next = next.filter(e => e.name !== k || e.valueFrom)
  if (a.values.has('set-secrets') || bool(a, 'clear-secrets')) next = next.filter(e => !e.valueFrom)
  for (const flag of ['set-secrets', 'update-secrets'])
    for (const [k, v] of dicts(a, flag)) {
      if (k.startsWith('/')) continue // a mounted secret: a volume, not an environment variable
      const [secret = '', version = 'latest'] = v.split(':')
      put(k, { valueFrom: { secretKeyRef: { name: secret, key: version } } })
    }
  for (const raw of a.values.get('remove-secrets') ?? [])
    for (const k of argList(raw)) next = next.filter(e => e.name !== k || !e.valueFrom)
  return next
}

async function deploy(a: Parsed): Promise<void> {
  const name = a.positionals[0]
  if (!name)
    throw new GcloudError(
      'Missing required argument [SERVICE]: the service name (the stand-in does not prompt).',
    )
  if (value(a, 'source') !== undefined)
    throw new GcloudError(
      'The stand-in gcloud does not build from source (Cloud Build is not modelled): deploy an --image.',
    )
  const projectId = requiredProject(a)
  const region = requiredRegion(a)
  const image = value(a, 'image')
  err(
    `Deploying container to Cloud Run service [${name}] in project [${projectId}] region [${region}]\n`,
  )
  const existing = await getService(a, region, projectId, name)
  err(existing ? 'Deploying...\n' : 'Deploying new service...\n')
  const failed = (e: GcloudError) => {
    err('Deployment failed\n')
    return e
  }
  if (!existing && !image)
    throw failed(
      new GcloudError(
        'Requires a container image to deploy (e.g. `us-docker.pkg.dev/cloudrun/container/hello:latest`) if no build source is provided.',
      ),
    )
  const svc: KnativeService = existing
    ? structuredClone(existing)
    : {
        apiVersion: 'serving.knative.dev/v1',
        kind: 'Service',
        metadata: { name, namespace: projectId, annotations: {}, labels: {} },
        spec: {
          template: {
            metadata: { annotations: {}, labels: {} },
            spec: { containers: [{ image: image ?? '' }] },
          },
        },
      }
  delete svc.status
  const template = svc.spec.template
  template.metadata ??= {}
  template.metadata.labels ??= {}
  template.metadata.annotations ??= {}
  svc.metadata.annotations ??= {}
  const container = (template.spec.containers[0] ??= { image: image ?? '' })
  if (image) container.image = image
  const env = envChanges(a, container.env ?? [])
  if (env.length) container.env = env
  else delete container.env
  const timeout = value(a, 'timeout')
  if (timeout !== undefined) template.spec.timeoutSeconds = duration('timeout', timeout)
  const port = value(a, 'port')
  if (port !== undefined)
    container.ports = [
      { name: bool(a, 'use-http2') ? 'h2c' : 'http1', containerPort: Number(port) },
    ]
  for (const [flag, limit] of [
    ['memory', 'memory'],
    ['cpu', 'cpu'],
  ] as const) {
    const v = value(a, flag)
    if (v !== undefined)
      container.resources = { limits: { ...(container.resources?.limits ?? {}), [limit]: v } }
  }
  const concurrency = value(a, 'concurrency')
  if (concurrency !== undefined) template.spec.containerConcurrency = Number(concurrency)
  const account = value(a, 'service-account')
  if (account !== undefined) template.spec.serviceAccountName = account
  const command = value(a, 'command')
  if (command !== undefined) container.command = argList(command)
  const args = value(a, 'args')
  if (args !== undefined) container.args = argList(args)
  for (const [flag, annotation] of [
    ['min-instances', 'autoscaling.knative.dev/minScale'],
    ['max-instances', 'autoscaling.knative.dev/maxScale'],
    ['execution-environment', 'run.googleapis.com/execution-environment'],
    ['vpc-connector', 'run.googleapis.com/vpc-access-connector'],
    ['vpc-egress', 'run.googleapis.com/vpc-access-egress'],
  ] as const) {
    const v = value(a, flag)
    if (v !== undefined) template.metadata.annotations[annotation] = v
  }
  const ingress = value(a, 'ingress')
  if (ingress !== undefined) svc.metadata.annotations['run.googleapis.com/ingress'] = ingress
  const labels = labelChanges(a, svc.metadata.labels ?? {})
  if (labels) {
    svc.metadata.labels = labels
    const nonce = template.metadata.labels[NONCE_LABEL]
    template.metadata.labels = { ...labels, ...(nonce ? { [NONCE_LABEL]: nonce } : {}) }
  }
  for (const m of [svc.metadata.annotations, template.metadata.annotations]) {
    m['run.googleapis.com/client-name'] = 'gcloud'
    m['run.googleapis.com/client-version'] = VERSION
  }
  // Every deploy changes the template (the client annotations at least): a new revision is forced,
  // named when --tag or --revision-suffix is given, by a nonce otherwise (serverless_operations.py).
  const tag = value(a, 'tag')
  const suffix = value(a, 'revision-suffix')
  if (tag !== undefined || suffix !== undefined) {
    delete template.metadata.labels[NONCE_LABEL]
    template.metadata.name = `${name}-${String((existing?.metadata.generation ?? 0) + 1).padStart(5, '0')}-${word()}`
  } else {
    template.metadata.labels[NONCE_LABEL] = `${word()}-${word()}-${word()}`
    delete template.metadata.name
  }
  if (bool(a, 'no-traffic')) {
    if (!existing)
      throw failed(new GcloudError('--no-traffic not supported when creating a new service.'))
    svc.spec.traffic = zeroLatestTraffic(
      svc.spec.traffic ?? [],
      existing.status?.latestReadyRevisionName,
    )
  }
  if (suffix !== undefined)
    template.metadata.name = `${name.slice(0, 63 - suffix.length - 1)}-${suffix}`
  if (tag !== undefined)
    svc.spec.traffic = updateTags(
      svc.spec.traffic ?? [],
      new Map([[tag, template.metadata.name ?? '']]),
      [],
      false,
    )
  const r = existing
    ? await api<KnativeService>(a, 'PUT', region, projectId, `services/${name}`, svc)
    : await api<KnativeService>(a, 'POST', region, projectId, 'services', svc)
  if (!r.doc) throw failed(new GcloudError(r.message))
  const done = r.doc
  const ready = done.status?.conditions?.find(c => c.type === 'Ready')
  if (ready?.status !== 'True') {
    err('  Creating Revision...failed\n')
    throw failed(new GcloudError(ready?.message ?? 'Deployment failed'))
  }
  const latest = done.status?.latestCreatedRevisionName ?? ''
  const latestPercent = (done.status?.traffic ?? [])
    .filter(t => t.latestRevision)
    .reduce((s, t) => s + (t.percent ?? 0), 0)
  const percent = bool(a, 'no-traffic') ? 0 : latestPercent
  const latestUrl = (done.status?.traffic ?? []).find(t => t.revisionName === latest && t.url)?.url
  err(
    `  Creating Revision...done\n  Routing traffic...done\nDone.\n` +
      `Service [${name}] revision [${latest}] has been deployed and is serving ${percent} percent of traffic.\n` +
      (percent ? `Service URL: ${done.status?.url ?? ''}\n` : '') +
      (latestUrl ? `The revision can be reached directly at ${latestUrl}\n` : ''),
  )
  print(a, done, () => '')
}

function describeService(svc: KnativeService): string {
  const lines = [
    `✔ Service ${svc.metadata.name} in region ${svc.metadata.labels?.['cloud.googleapis.com/location'] ?? ''}`,
    '',
    `URL:     ${svc.status?.url ?? ''}`,
    `Ingress: ${svc.metadata.annotations?.['run.googleapis.com/ingress'] ?? 'all'}`,
    'Traffic:',
  ]
  for (const p of trafficPairs(svc)) {
    if (p.statusPercent !== '-')
      lines.push(`  ${String(p.displayPercent).padEnd(4)} ${String(p.displayRevisionId)}`)
    for (const t of p.tags as { tag: string; url: string }[])
      lines.push(`        ${t.tag}: ${t.url}`)
  }
  const c = svc.spec.template.spec.containers[0]
  lines.push(
    '',
    `Last updated by ${svc.metadata.annotations?.['serving.knative.dev/lastModifier'] ?? ''}:`,
    `  Revision ${svc.status?.latestCreatedRevisionName ?? ''}`,
    `  Image:  ${c?.image ?? ''}`,
  )
  return `${lines.join('\n')}\n`
}

async function describe(a: Parsed): Promise<void> {
  const name = a.positionals[0]
  if (!name) throw argError('argument SERVICE: Must be specified.')
  const svc = await getService(a, requiredRegion(a), requiredProject(a), name)
  if (!svc) throw new GcloudError(`Cannot find service [${name}]`)
  print(a, svc, () => describeService(svc))
}

async function listServices(a: Parsed): Promise<void> {
  const r = await api<{ items: KnativeService[] }>(
    a,
    'GET',
    requiredRegion(a),
    requiredProject(a),
    'services',
  )
  if (!r.doc) throw new GcloudError(r.message)
  const items = r.doc.items
  print(a, items, () =>
    items.length
      ? `   SERVICE  REGION  URL\n${items.map(s => `✔  ${s.metadata.name}  ${s.metadata.labels?.['cloud.googleapis.com/location'] ?? ''}  ${s.status?.url ?? ''}`).join('\n')}\n`
      : '',
  )
  if (!items.length && value(a, 'format') === undefined) err('Listed 0 items.\n')
}

async function deleteService(a: Parsed): Promise<void> {
  const name = a.positionals[0]
  if (!name) throw argError('argument SERVICE: Must be specified.')
  const r = await api(a, 'DELETE', requiredRegion(a), requiredProject(a), `services/${name}`)
  if (r.status === 404) throw new GcloudError(`Service [${name}] could not be found.`)
  if (!r.doc) throw new GcloudError(r.message)
  err(`Deleted service [${name}].\n`)
}

function percentages(flag: string, raw: string[]): Map<string, number> {
  const result = new Map<string, number>()
  for (const r of raw)
    for (const [k, v] of argDict(flag, r)) {
      if (!/^-?\d+$/.test(v))
        throw argError(`argument --${flag}: Traffic percentage value ${v} is not an integer.`)
      const n = Number(v)
      if (n < 0 || n > 100)
        throw argError(
          `argument --${flag}: Traffic percentage value ${v} is not between 0 and 100.`,
        )
      result.set(k, n)
    }
  return result
}

async function updateTrafficCommand(a: Parsed): Promise<void> {
  const name = a.positionals[0]
  if (!name) throw argError('argument SERVICE: Must be specified.')
  const given = ['to-latest', 'to-revisions', 'to-tags'].filter(f => a.values.has(f) || bool(a, f))
  if (given.length > 1)
    throw argError(
      `argument --${given[1] ?? ''}: At most one of --to-latest | --to-revisions | --to-tags can be specified.`,
    )
  if (
    a.values.has('set-tags') &&
    (a.values.has('update-tags') || a.values.has('remove-tags') || bool(a, 'clear-tags'))
  )
    throw argError(
      'argument --set-tags: At most one of --clear-tags | --set-tags | --remove-tags --update-tags can be specified.',
    )
  const wanted = bool(a, 'to-latest')
    ? new Map([[LATEST, 100]])
    : percentages(given[0] ?? 'to-revisions', a.values.get(given[0] ?? '') ?? [])
  const byTag = given[0] === 'to-tags'
  const updateTagsArg = new Map([...dicts(a, 'update-tags'), ...dicts(a, 'set-tags')])
  const removeTags = (a.values.get('remove-tags') ?? []).flatMap(argList)
  const clear = a.values.has('set-tags') || bool(a, 'clear-tags')
  if (!wanted.size && !updateTagsArg.size && !removeTags.length && !clear)
    throw new GcloudError('No traffic configuration change requested.')
  const projectId = requiredProject(a)
  const region = requiredRegion(a)
  const svc = await getService(a, region, projectId, name)
  if (!svc) throw new GcloudError(`Service [${name}] could not be found.`)
  err('Updating traffic...\n')
  const failed = (e: GcloudError) => {
    err('Updating traffic failed\n')
    return e
  }
  const next = structuredClone(svc)
  delete next.status
  let traffic = next.spec.traffic ?? []
  if (updateTagsArg.size || removeTags.length || clear)
    traffic = updateTags(traffic, updateTagsArg, removeTags, clear)
  if (wanted.size) {
    let keyed = wanted
    if (byTag) {
      const tagToKey = new Map(traffic.filter(t => t.tag).map(t => [t.tag ?? '', keyOf(t)]))
      keyed = new Map()
      for (const [tag, p] of wanted) {
        const k = tagToKey.get(tag)
        if (k === undefined)
          throw failed(
            new GcloudError(
              `There is no revision tagged with [${tag}] in the traffic allocation for [${name}].`,
            ),
          )
        keyed.set(k, p)
      }
    }
    try {
      traffic = updateTraffic(traffic, keyed)
    } catch (e) {
      throw e instanceof GcloudError ? failed(e) : e
    }
  }
  next.spec.traffic = traffic
  const r = await api<KnativeService>(a, 'PUT', region, projectId, `services/${name}`, next)
  if (!r.doc) throw failed(new GcloudError(r.message))
  const done = r.doc
  const ready = done.status?.conditions?.find(c => c.type === 'Ready')
  if (ready?.status !== 'True')
    throw failed(new GcloudError(ready?.message ?? 'Updating traffic failed'))
  err('Done.\n')
  const pairs = trafficPairs(done)
  print(a, pairs, () => {
    const lines = [`URL: ${done.status?.url ?? ''}`, 'Traffic:']
    for (const p of pairs) {
      if (p.statusPercent !== '-')
        lines.push(`  ${String(p.displayPercent).padEnd(4)} ${String(p.displayRevisionId)}`)
      for (const t of p.tags as { tag: string; url: string }[])
        lines.push(`        ${t.tag}: ${t.url}`)
    }
    return `${lines.join('\n')}\n`
  })
}

async function listRevisions(a: Parsed): Promise<void> {
  const service = value(a, 'service')
  const selector = service
    ? `?labelSelector=${encodeURIComponent(`serving.knative.dev/service = ${service}`)}`
    : ''
  const r = await api<{ items: KnativeRevision[] }>(
    a,
    'GET',
    requiredRegion(a),
    requiredProject(a),
    `revisions${selector}`,
  )
  if (!r.doc) throw new GcloudError(r.message)
  const items = r.doc.items
  print(a, items, () =>
    items.length
      ? `   REVISION  SERVICE  DEPLOYED\n${items
          .map(
            x =>
              `${x.status.conditions.find(c => c.type === 'Ready')?.status === 'True' ? '✔' : 'X'}  ${x.metadata.name}  ${x.metadata.labels?.['serving.knative.dev/service'] ?? ''}  ${x.metadata.creationTimestamp ?? ''}`,
          )
          .join('\n')}\n`
      : '',
  )
  if (!items.length && value(a, 'format') === undefined) err('Listed 0 items.\n')
}

async function describeRevision(a: Parsed): Promise<void> {
  const name = a.positionals[0]
  if (!name) throw argError('argument REVISION: Must be specified.')
  const r = await api<KnativeRevision>(
    a,
    'GET',
    requiredRegion(a),
    requiredProject(a),
    `revisions/${name}`,
  )
  if (r.status === 404) throw new GcloudError(`Cannot find revision [${name}]`)
  if (!r.doc) throw new GcloudError(r.message)
  const rev = r.doc
  print(
    a,
    rev,
    () =>
      `✔ Revision ${rev.metadata.name} in region ${rev.metadata.labels?.['cloud.googleapis.com/location'] ?? ''}\n\nImage: ${rev.spec.containers[0]?.image ?? ''}\n`,
  )
}

function accountOf(cred: CredentialFile): string {
  if (cred.type === 'service_account') return cred.client_email ?? ''
  const sa = /serviceAccounts\/([^/:]+):generateAccessToken/.exec(
    cred.service_account_impersonation_url ?? '',
  )?.[1]
  if (sa) return sa
  const pool =
    /\/\/iam\.googleapis\.com\/(projects\/\d+\/locations\/global\/workloadIdentityPools\/[^/]+)/.exec(
      cred.audience ?? '',
    )?.[1]
  return `principal://iam.googleapis.com/${pool ?? ''}/subject/external-account`
}

function storeCredential(cred: CredentialFile): string {
  const account = accountOf(cred)
  config().credentials[account] = JSON.stringify(cred)
  config().properties['core/account'] = account
  dirtyConfig = true
  return account
}

function authLogin(a: Parsed): void {
  const file = value(a, 'cred-file')
  if (!file)
    throw new GcloudError(
      'The stand-in gcloud cannot run the browser login flow: use `gcloud auth login --cred-file=FILE`.',
    )
  const cred = readCredentialFile(file, m => new GcloudError(`Unable to read file [${file}]: ${m}`))
  const account = storeCredential(cred)
  err(
    cred.type === 'service_account'
      ? `Authenticated with service account credentials for: [${account}].\n`
      : `Authenticated with external account credentials for: [${account}].\n`,
  )
  if (!bool(a, 'brief')) err('Your current active account is now [' + account + '].\n')
}

function activateServiceAccount(a: Parsed): void {
  const file = value(a, 'key-file')
  if (!file) throw argError('argument --key-file: Must be specified.')
  const cred = readCredentialFile(file, m => new GcloudError(`Unable to read file [${file}]: ${m}`))
  if (cred.type !== 'service_account')
    throw new GcloudError(`The .json key file is not in a valid format.`)
  err(`Activated service account credentials for: [${storeCredential(cred)}]\n`)
}

function authList(a: Parsed): void {
  const active = property(a, 'core/account')
  const accounts = Object.keys(config().credentials).sort()
  if (!accounts.length) {
    err('No credentialed accounts.\n\nTo login, run:\n  $ gcloud auth login `ACCOUNT`\n\n')
    print(a, [], () => '')
    return
  }
  const rows = accounts.map(account => ({ account, status: account === active ? '*' : '' }))
  print(
    a,
    rows,
    () =>
      `Credentialed Accounts\nACTIVE  ACCOUNT\n${rows.map(r => `${r.status.padEnd(8)}${r.account}`).join('\n')}\n\n` +
      'To set the active account, run:\n    $ gcloud config set account `ACCOUNT`\n\n',
  )
}

async function printAccessToken(a: Parsed): Promise<void> {
  const token = await accessToken(a)
  print(a, { token }, () => `${token}\n`)
}

function configSet(a: Parsed): void {
  const [name, v] = a.positionals
  if (!name || v === undefined) throw argError('argument VALUE: Must be specified.')
  const full = fullName(name)
  config().properties[full] = v
  dirtyConfig = true
  err(`Updated property [${full}].\n`)
}

function configGetValue(a: Parsed): void {
  const [name] = a.positionals
  if (!name) throw argError('argument PROPERTY: Must be specified.')
  const v = property(a, fullName(name))
  if (v === undefined) err('(unset)\n')
  else out(`${v}\n`)
}

function configUnset(a: Parsed): void {
  const [name] = a.positionals
  if (!name) throw argError('argument PROPERTY: Must be specified.')
  delete config().properties[fullName(name)]
  dirtyConfig = true
  err(`Unset property [${fullName(name)}].\n`)
}

function componentsInstall(a: Parsed): void {
  if (!a.positionals.length) throw argError('argument COMPONENT_IDS: Must be specified.')
  const now = config().components
  const wanted = a.positionals.filter(c => !now.includes(c))
  if (!wanted.length) {
    err('\nAll components are up to date.\n')
    return
  }
  config().components = [...now, ...wanted]
  dirtyConfig = true
  err(
    `\nYour current Google Cloud CLI version is: ${VERSION}\nInstalling components from version: ${VERSION}\n\n` +
      `${wanted.map(c => `Installing: ${c}`).join('\n')}\n\nPerforming in place update...\n\nUpdate done!\n\n`,
  )
}

function version(a: Parsed): void {
  const doc: Record<string, string> = { 'Google Cloud SDK': VERSION, core: '2026.01.06' }
  for (const c of config().components) doc[c] = '2026.01.06'
  print(
    a,
    doc,
    () =>
      `${Object.entries(doc)
        .map(([k, v]) => `${k} ${v}`)
        .join('\n')}\n`,
  )
}

const notModelled = (what: string) => (): Promise<void> =>
  Promise.reject(new GcloudError(`\`gcloud ${what}\` is not modelled by the stand-in gcloud.`))

const VERSION_COMMAND: Command = { path: ['version'], flags: {}, positionals: [], run: version }
const COMMANDS: Command[] = [
  { path: ['run', 'deploy'], flags: DEPLOY, positionals: ['SERVICE'], run: deploy },
  { path: ['run', 'services', 'describe'], flags: RUN, positionals: ['SERVICE'], run: describe },
  { path: ['run', 'services', 'list'], flags: RUN, positionals: [], run: listServices },
  { path: ['run', 'services', 'delete'], flags: RUN, positionals: ['SERVICE'], run: deleteService },
  {
    path: ['run', 'services', 'update-traffic'],
    flags: UPDATE_TRAFFIC,
    positionals: ['SERVICE'],
    run: updateTrafficCommand,
  },
  {
    path: ['run', 'revisions', 'list'],
    flags: { ...RUN, service: 'value' },
    positionals: [],
    run: listRevisions,
  },
  {
    path: ['run', 'revisions', 'describe'],
    flags: RUN,
    positionals: ['REVISION'],
    run: describeRevision,
  },
  {
    path: ['auth', 'login'],
    flags: {
      'cred-file': 'value',
      force: 'bool',
      brief: 'bool',
      'update-adc': 'bool',
      'no-launch-browser': 'bool',
    },
    positionals: ['ACCOUNT'],
    run: authLogin,
  },
  {
    path: ['auth', 'activate-service-account'],
    flags: { 'key-file': 'value' },
    positionals: ['ACCOUNT'],
    run: activateServiceAccount,
  },
  { path: ['auth', 'list'], flags: {}, positionals: [], run: authList },
  { path: ['auth', 'print-access-token'], flags: {}, positionals: [], run: printAccessToken },
  { path: ['config', 'set'], flags: {}, positionals: ['PROPERTY', 'VALUE'], run: configSet },
  { path: ['config', 'get-value'], flags: {}, positionals: ['PROPERTY'], run: configGetValue },
  { path: ['config', 'unset'], flags: {}, positionals: ['PROPERTY'], run: configUnset },
  { path: ['components', 'install'], flags: {}, positionals: ['…'], run: componentsInstall },
  {
    path: ['run', 'services', 'replace'],
    flags: RUN,
    positionals: ['FILE'],
    run: notModelled('run services replace'),
  },
  {
    path: ['run', 'jobs', 'deploy'],
    flags: { ...DEPLOY, wait: 'bool' },
    positionals: ['JOB'],
    run: notModelled('run jobs deploy'),
  },
  {
    path: ['run', 'jobs', 'replace'],
    flags: RUN,
    positionals: ['FILE'],
    run: notModelled('run jobs replace'),
  },
  VERSION_COMMAND,
]

// ---- main ---------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  if (!PEER) {
    err(
      'ERROR: (gcloud) the stand-in gcloud has no Cloud Run peer (RA_CLOUD_RUN_PEER is not set)\n',
    )
    return 1
  }
  const started = await request(`${PEER}/_control/calls`, {
    method: 'POST',
    body: JSON.stringify({ args: argv, cwd: process.cwd() }),
  })
  const { id } = (await started.json()) as { id: number }
  let code = 0
  let where = 'gcloud'
  try {
    await loadConfig()
    const a = parse(argv)
    where = a.id
    await a.command.run(a)
    await saveConfig()
  } catch (e) {
    if (!(e instanceof GcloudError)) throw e
    where = (e as GcloudError & { where?: string }).where ?? where
    err(`ERROR: (${where}) ${e.message}\n`)
    code = e.code
  }
  await request(`${PEER}/_control/calls/${id}`, {
    method: 'POST',
    body: JSON.stringify({ code, stdout, stderr }),
  })
  return code
}

const code = await main(process.argv.slice(2)).catch((e: unknown) => {
  err(
    `ERROR: gcloud crashed while running a command.\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  )
  return 1
})
await new Promise<void>(resolve => process.stdout.write(stdout, () => resolve()))
await new Promise<void>(resolve => process.stderr.write(stderr, () => resolve()))
process.exit(code)
