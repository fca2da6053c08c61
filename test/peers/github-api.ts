/**
 * A local GitHub REST API for tests: the endpoints the suite uses (workflow runs and check runs of
 * a commit; releases by tag, list, latest, create, update; git refs; files through the contents
 * API, a Homebrew tap's formula) with in-memory state. Every
 * request and every response it sends is validated against GitHub's published REST description
 * (@octokit/openapi, api.github.com.json); any mismatch is recorded as a violation, which tests
 * assert is empty. It records every request, and can inject faults: 5xx, 429 with Retry-After, the
 * secondary rate limit, and a create whose response is lost after it took effect.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { root } from '../helpers/cli.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Schema = Record<string, unknown>

interface Operation {
  operationId: string
  parameters?: Schema[]
  requestBody?: { content?: Record<string, { schema?: Schema }>; required?: boolean }
  responses: Record<string, { content?: Record<string, { schema?: Schema }>; $ref?: string }>
}

interface Route {
  method: string
  template: string
  regex: RegExp
  names: string[]
  operation: Operation
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

// ---- the published description, loaded once per test process ----------------------------------

interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Record<string, Schema>
    parameters: Record<string, Schema>
    responses: Record<string, Schema>
    examples: Record<string, { value: Json }>
  }
}

let loaded: { spec: Spec; ajv: Ajv; routes: Route[] } | undefined

/** OpenAPI 3.0 → JSON Schema: `nullable`, and references made absolute to the registered spec. */
function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert)
  if (node === null || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) out[k] = `gh${v}`
    else if (k === 'example' || k === 'examples' || k === 'discriminator' || k.startsWith('x-'))
      continue
    else out[k] = convert(v)
  }
  if (out.nullable === true) {
    delete out.nullable
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null]
    else return { anyOf: [out, { type: 'null' }] }
    if (Array.isArray(out.enum) && !out.enum.includes(null))
      out.enum = [...(out.enum as unknown[]), null]
  }
  return out
}

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded
  const spec = JSON.parse(
    readFileSync(
      path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json'),
      'utf8',
    ),
  ) as Spec
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true })
  addFormats(ajv)
  ajv.addSchema({
    $id: 'gh',
    components: convert({
      schemas: spec.components.schemas,
      parameters: spec.components.parameters,
    }),
  })
  const routes: Route[] = []
  for (const [template, ops] of Object.entries(spec.paths)) {
    const names: string[] = []
    // A parameter marked x-multi-segment (the contents API's {path}) spans slashes.
    const multi = new Set(
      Object.values(ops).flatMap(op =>
        typeof op === 'object' && op && 'parameters' in op
          ? (op.parameters ?? [])
              .filter(p => p['x-multi-segment'] === true)
              .map(p => String(p.name))
          : [],
      ),
    )
    const regex = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_, n: string) => (names.push(n), multi.has(n) ? '(.+)' : '([^/]+)'))}$`,
    )
    for (const [method, operation] of Object.entries(ops)) {
      if (typeof operation === 'object' && operation && 'operationId' in operation)
        routes.push({ method: method.toUpperCase(), template, regex, names, operation })
    }
  }
  // Literal segments before parameters: /releases/latest must win over /releases/{release_id}.
  routes.sort((a, b) => a.template.split('{').length - b.template.split('{').length)
  loaded = { spec, ajv, routes }
  return loaded
}

const validators = new Map<string, ValidateFunction>()
function validator(key: string, schema: unknown): ValidateFunction {
  let v = validators.get(key)
  if (!v) {
    v = load().ajv.compile(convert(schema) as Schema)
    validators.set(key, v)
  }
  return v
}

function resolveParam(p: Schema): Schema {
  const ref = p.$ref
  if (typeof ref === 'string')
    return load().spec.components.parameters[ref.split('/').pop() ?? ''] ?? {}
  return p
}

/** A deep copy of one of the description's examples (valid by construction, then checked). */
export function example<T = Record<string, Json>>(
  name: string,
  pick: (value: Json) => Json = v => v,
): T {
  const value = load().spec.components.examples[name]?.value
  if (value === undefined) throw new Error(`no example ${name} in the REST description`)
  return structuredClone(pick(value)) as T
}

// ---- state -------------------------------------------------------------------------------------

export interface WorkflowRun {
  id: number
  name: string
  path: string
  head_sha: string
  status: string
  conclusion: string | null
  created_at: string
  html_url: string
  run_attempt?: number
  [key: string]: Json | undefined
}

export interface Release {
  id: number
  tag_name: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  created_at: string
  published_at: string | null
  immutable?: boolean
  [key: string]: Json | undefined
}

interface RepoState {
  workflowRuns: WorkflowRun[]
  checkRuns: Record<string, Json>[]
  releases: Release[]
  /** The release GitHub shows as Latest (make_latest), by id. */
  latestId: number | undefined
  refs: Map<string, string>
  /** Files of the default branch written through the contents API, by path. */
  files: Map<string, RepoFile>
  /** Every commit the contents API made, in order. */
  fileCommits: FileCommit[]
}

export interface RepoFile {
  bytes: Buffer
  /** The git blob sha of the bytes. */
  sha: string
}

export interface FileCommit {
  sha: string
  path: string
  message: string
  branch: string | undefined
  content: string
}

export interface RecordedRequest {
  method: string
  path: string
  operationId: string | undefined
  query: Record<string, string>
  body: unknown
  status: number
  /** When the request arrived (ms since the epoch). */
  at: number
}

export interface Fault {
  operationId: string
  /** How many matching requests it applies to (then it is spent). */
  times: number
  status?: number
  headers?: Record<string, string>
  body?: Json
  /** Apply the request, then drop the connection without an answer (a timed-out create). */
  dropAfterApply?: boolean
}

/** The faults GitHub really answers with, ready to push onto `faults`. */
export const FAULTS = {
  /** A 5xx (502 by default), `times` times. */
  serverError: (operationId: string, times = 1, status = 502): Fault => ({
    operationId,
    times,
    status,
  }),
  /** A 429 with Retry-After that is neither the primary nor the secondary limit. */
  tooManyRequests: (operationId: string, retryAfterSeconds = 1): Fault => ({
    operationId,
    times: 1,
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    body: {
      message: 'Too Many Requests',
      documentation_url: 'https://docs.github.com/rest',
      status: '429',
    },
  }),
  /** The secondary rate limit, as GitHub sends it: 403 with this message and Retry-After. */
  secondaryRateLimit: (operationId: string, retryAfterSeconds = 1): Fault => ({
    operationId,
    times: 1,
    status: 403,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  }),
  /** The primary rate limit: 403, x-ratelimit-remaining 0, reset in `resetInSeconds`. */
  primaryRateLimit: (operationId: string, resetInSeconds = 1): Fault => ({
    operationId,
    times: 1,
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    },
  }),
  /** A create that takes effect but whose answer never arrives (the client times out). */
  lostAnswer: (operationId: string): Fault => ({ operationId, times: 1, dropAfterApply: true }),
}

interface Reply {
  status: number
  body?: Json
  headers?: Record<string, string>
  /** Raw bytes instead of a JSON body (a release asset downloaded as application/octet-stream). */
  bytes?: Buffer
}

type Handler = (req: {
  params: Record<string, string>
  query: Record<string, string>
  body: Record<string, Json>
  repo: RepoState
  owner: string
  name: string
  api: FakeGitHub
  /** The request body as bytes (uploads). */
  raw: Buffer
  contentType: string
  accept: string
}) => Reply

let nextId = 1000

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  readonly faults: Fault[] = []
  url = ''
  token: string
  /** Token permission for contents: write operations (releases, refs). */
  contents: 'read' | 'write' = 'write'
  /** The repository setting "immutable releases": published releases lock their assets. */
  immutableReleases = false
  /** The bytes of every uploaded asset, by asset id. */
  readonly assetBytes = new Map<number, Buffer>()
  /** What GET /repos/{owner}/{repo} answers with, by full name (an organization's public repository unless set). */
  readonly repoSettings = new Map<string, RepoSettings>()
  /** Every attestation stored by POST /repos/{owner}/{repo}/attestations, in order. */
  readonly attestations: StoredAttestation[] = []
  /** Every artifact metadata storage record created, in order. */
  readonly storageRecords: Record<string, Json>[] = []

  /** The stored attestations of a repository, optionally only those with a subject of this digest (`sha256:<hex>`). */
  attestationsOf(fullName: string, subjectDigest?: string): StoredAttestation[] {
    return this.attestations.filter(
      a =>
        a.repository === fullName && (!subjectDigest || a.subjectDigests.includes(subjectDigest)),
    )
  }
  readonly #repos = new Map<string, RepoState>()
  #server: Server | undefined

  private constructor(token: string) {
    this.token = token
  }

  static async start({ token = 'test-token' }: { token?: string } = {}): Promise<FakeGitHub> {
    load()
    const api = new FakeGitHub(token)
    api.#server = createServer((req, res) => {
      api.#handle(req, res).catch(error => {
        api.violations.push(`server error: ${error instanceof Error ? error.stack : String(error)}`)
        if (!res.headersSent) res.writeHead(500).end()
      })
    })
    await new Promise<void>(resolve => api.#server?.listen(0, '127.0.0.1', resolve))
    const address = api.#server.address()
    api.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    return api
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.#server?.close(() => resolve()))
  }

  repo(fullName: string): RepoState {
    let r = this.#repos.get(fullName)
    if (!r) {
      r = {
        workflowRuns: [],
        checkRuns: [],
        releases: [],
        latestId: undefined,
        refs: new Map(),
        files: new Map(),
        fileCommits: [],
      }
      this.#repos.set(fullName, r)
    }
    return r
  }

  /**
   * A workflow run of a commit. With `completeAfterMs` it reads as unfinished (`status` or
   * in_progress, conclusion null, as GitHub shows it) until that time has passed since a client
   * first listed it, then as completed with `conclusion` (default success) and a fresh
   * updated_at: a client that starts slowly (a loaded machine) still sees it unfinished first. To
   * have a run appear later, call this after a delay.
   */
  addWorkflowRun(
    fullName: string,
    fields: Partial<WorkflowRun> & { name: string; head_sha: string; completeAfterMs?: number },
  ): WorkflowRun {
    const run = example<WorkflowRun>(
      'workflow-run-paginated',
      v => (v as { workflow_runs: Json[] }).workflow_runs[0] as Json,
    )
    const id = nextId++
    const { completeAfterMs, ...given } = fields
    Object.assign(run, {
      id,
      run_number: id,
      path: `.github/workflows/${fields.name.toLowerCase().replace(/\W+/g, '-')}.yml`,
      status: 'completed',
      conclusion: 'success',
      created_at: new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString(),
      html_url: `https://github.com/${fullName}/actions/runs/${id}`,
      ...given,
    })
    if (completeAfterMs !== undefined) {
      const conclusion = given.conclusion ?? 'success'
      Object.assign(run, {
        status:
          given.status === undefined || given.status === 'completed' ? 'in_progress' : given.status,
        conclusion: null,
      })
      completeWhenSeen(run, completeAfterMs, () =>
        Object.assign(run, {
          status: 'completed',
          conclusion,
          updated_at: new Date().toISOString(),
        }),
      )
    }
    this.repo(fullName).workflowRuns.push(run)
    return run
  }

  addCheckRun(
    fullName: string,
    fields: {
      name: string
      head_sha: string
      status?: string
      conclusion?: string | null
      started_at?: string
      /**
       * Unfinished (status, or in_progress) until then, counted from when a client first lists
       * it; then completed with conclusion.
       */
      completeAfterMs?: number
    },
  ): Record<string, Json> {
    const run = example(
      'check-run-paginated',
      v => (v as { check_runs: Json[] }).check_runs[0] as Json,
    )
    const id = nextId++
    const later = fields.completeAfterMs
    const status =
      later === undefined
        ? (fields.status ?? 'completed')
        : fields.status === undefined || fields.status === 'completed'
          ? 'in_progress'
          : fields.status
    if (later !== undefined) {
      const conclusion = fields.conclusion ?? 'success'
      completeWhenSeen(run, later, () =>
        Object.assign(run, {
          status: 'completed',
          conclusion,
          completed_at: new Date().toISOString(),
        }),
      )
    }
    Object.assign(run, {
      id,
      status,
      conclusion: status === 'completed' ? (fields.conclusion ?? 'success') : null,
      completed_at:
        status === 'completed' ? new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString() : null,
      started_at: fields.started_at ?? new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString(),
      html_url: `https://github.com/${fullName}/runs/${id}`,
      name: fields.name,
      head_sha: fields.head_sha,
    })
    this.repo(fullName).checkRuns.push(run)
    return run
  }

  addRelease(
    fullName: string,
    fields: Partial<Release> & { tag_name: string },
    { latest = false }: { latest?: boolean } = {},
  ): Release {
    const release = example<Release>('release')
    const id = nextId++
    const created = new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString()
    Object.assign(release, {
      id,
      node_id: `RE_${id}`,
      name: fields.tag_name,
      body: `Release ${fields.tag_name}`,
      draft: false,
      prerelease: false,
      created_at: created,
      published_at: created,
      html_url: `https://github.com/${fullName}/releases/tag/${fields.tag_name}`,
      url: `${this.url}/repos/${fullName}/releases/${id}`,
      upload_url: `${this.url}/repos/${fullName}/releases/${id}/assets{?name,label}`,
      assets: [],
      ...fields,
    })
    const repo = this.repo(fullName)
    repo.releases.push(release)
    if (latest) repo.latestId = id
    return release
  }

  #check(condition: boolean, message: string): void {
    if (!condition) this.violations.push(message)
  }

  #validateRequest(
    route: Route,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
  ): void {
    const op = route.operation
    const known = new Set<string>()
    for (const raw of op.parameters ?? []) {
      const p = resolveParam(raw)
      const name = String(p.name)
      if (p.in === 'header') continue
      known.add(name)
      const value = p.in === 'path' ? params[name] : query[name]
      if (value === undefined) {
        this.#check(
          p.required !== true,
          `${op.operationId}: the required ${String(p.in)} parameter ${name} is missing`,
        )
        continue
      }
      const schema = (p.schema ?? {}) as Schema
      const type = schema.type
      const coerced =
        type === 'integer' || type === 'number'
          ? Number(value)
          : type === 'boolean'
            ? value === 'true'
              ? true
              : value === 'false'
                ? false
                : value
            : value
      const v = validator(`${op.operationId}#param:${name}`, schema)
      this.#check(
        v(coerced),
        `${op.operationId}: parameter ${name}=${value} does not match the description: ${load().ajv.errorsText(v.errors)}`,
      )
    }
    for (const name of Object.keys(query))
      this.#check(known.has(name), `${op.operationId}: unknown query parameter ${name}`)
    const schema = op.requestBody?.content?.['application/json']?.schema
    if (schema && body !== undefined) {
      const v = validator(`${op.operationId}#body`, schema)
      this.#check(
        v(body),
        `${op.operationId}: request body does not match the description: ${load().ajv.errorsText(v.errors)} — ${JSON.stringify(body).slice(0, 300)}`,
      )
    } else if (op.requestBody?.required) {
      this.#check(body !== undefined, `${op.operationId}: the request body is required`)
    }
  }

  #validateResponse(route: Route, reply: Reply): void {
    const op = route.operation
    const generic = [401, 403, 429, 500, 502, 503].includes(reply.status)
    let response = op.responses[String(reply.status)]
    if (response?.$ref)
      response = load().spec.components.responses[response.$ref.split('/').pop() ?? '']
    if (!response && generic) {
      const v = validator('basic-error', { $ref: '#/components/schemas/basic-error' })
      this.#check(
        v(reply.body),
        `${op.operationId}: the ${reply.status} error body is not a basic-error: ${load().ajv.errorsText(v.errors)}`,
      )
      return
    }
    this.#check(
      response !== undefined,
      `${op.operationId}: status ${reply.status} is not in the description (${Object.keys(op.responses).join(', ')})`,
    )
    const schema = response?.content?.['application/json']?.schema
    if (schema && reply.body !== undefined) {
      const v = validator(`${op.operationId}#${reply.status}`, schema)
      this.#check(
        v(reply.body),
        `${op.operationId}: the ${reply.status} response does not match the description: ${load().ajv.errorsText(v.errors)}`,
      )
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBytes = Buffer.concat(chunks)
    const raw = rawBytes.toString('utf8')
    const query = Object.fromEntries(url.searchParams)
    const route = load().routes.find(r => r.method === method && r.regex.test(url.pathname))
    // JSON bodies, unless the operation takes raw bytes (release asset uploads).
    const content = route?.operation.requestBody?.content
    const json = !content || 'application/json' in content
    let body: unknown
    if (raw !== '' && json) {
      try {
        body = JSON.parse(raw)
      } catch {
        this.violations.push(`${method} ${url.pathname}: the body is not JSON`)
      }
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      operationId: route?.operation.operationId,
      query,
      body,
      status: 0,
      at: Date.now(),
    }
    this.requests.push(record)
    const send = (reply: Reply) => {
      record.status = reply.status
      if (route) this.#validateResponse(route, reply)
      res.writeHead(reply.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'X-GitHub-Api-Version-Selected': '2022-11-28',
        ...reply.headers,
      })
      res.end(reply.bytes ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)))
    }
    if (!route) {
      this.violations.push(`${method} ${url.pathname}: no such endpoint in the REST description`)
      return send({
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
          status: '404',
        },
      })
    }
    const m = route.regex.exec(url.pathname)
    const params = Object.fromEntries(
      route.names.map((n, i) => [n, decodeURIComponent(m?.[i + 1] ?? '')]),
    )
    this.#validateRequest(route, params, query, body)

    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      return send({
        status: 401,
        body: {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        },
      })
    }
    const fault = this.faults.find(
      f => f.operationId === route.operation.operationId && f.times > 0,
    )
    if (fault && !fault.dropAfterApply) {
      fault.times--
      return send({
        status: fault.status ?? 500,
        headers: fault.headers ?? {},
        body: fault.body ?? {
          message: 'Server Error',
          documentation_url: 'https://docs.github.com/rest',
          status: String(fault.status ?? 500),
        },
      })
    }
    const write = !['GET', 'HEAD'].includes(method)
    if (write && this.contents !== 'write') {
      return send({
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/releases/releases#update-a-release',
          status: '403',
        },
      })
    }
    const handler = HANDLERS[route.operation.operationId]
    if (!handler) {
      this.violations.push(`${route.operation.operationId}: not implemented by the local API`)
      return send({
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
          status: '404',
        },
      })
    }
    const owner = params.owner ?? ''
    const name = params.repo ?? ''
    const reply = handler({
      params,
      query,
      body: (body ?? {}) as Record<string, Json>,
      repo: this.repo(`${owner}/${name}`),
      owner,
      name,
      api: this,
      raw: rawBytes,
      contentType: req.headers['content-type'] ?? '',
      accept: req.headers.accept ?? '',
    })
    if (fault?.dropAfterApply) {
      fault.times--
      record.status = -1
      res.socket?.destroy()
      return
    }
    // Pagination of list answers: ?per_page & ?page, with a Link header.
    if (
      reply.status === 200 &&
      (Array.isArray(reply.body) ||
        (reply.body && typeof reply.body === 'object' && 'total_count' in reply.body))
    ) {
      const perPage = Math.min(Number(query.per_page ?? 30), 100)
      const page = Number(query.page ?? 1)
      const key = Array.isArray(reply.body)
        ? undefined
        : Object.keys(reply.body).find(k => Array.isArray((reply.body as Record<string, Json>)[k]))
      const items = (key ? (reply.body as Record<string, Json[]>)[key] : reply.body) as Json[]
      const slice = items.slice((page - 1) * perPage, page * perPage)
      if (page * perPage < items.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        reply.headers = { ...reply.headers, Link: `<${next.toString()}>; rel="next"` }
      }
      reply.body = key ? { ...(reply.body as Record<string, Json>), [key]: slice } : slice
    }
    send(reply)
  }
}

// ---- endpoints ---------------------------------------------------------------------------------

const notFound: Reply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
}

function gitRef(owner: string, name: string, ref: string, sha: string): Json {
  return {
    ref: `refs/${ref}`,
    node_id: 'REF_1',
    url: `https://api.github.com/repos/${owner}/${name}/git/refs/${ref}`,
    object: {
      type: 'commit',
      sha,
      url: `https://api.github.com/repos/${owner}/${name}/git/commits/${sha}`,
    },
  }
}

function releaseByTag(repo: RepoState, tag: string): Release | undefined {
  return repo.releases.find(r => r.tag_name === tag)
}

/** GitHub's Latest: the release marked so, else the newest published non-prerelease. */
function latest(repo: RepoState): Release | undefined {
  const marked = repo.releases.find(r => r.id === repo.latestId && !r.draft && !r.prerelease)
  if (marked) return marked
  return [...repo.releases]
    .filter(r => !r.draft && !r.prerelease)
    .sort((a, b) => (b.published_at ?? '').localeCompare(a.published_at ?? ''))[0]
}

/** Runs that complete a while after a client first lists them: the timer to start then. */
const completions = new WeakMap<object, () => void>()

function completeWhenSeen(run: object, afterMs: number, complete: () => void): void {
  completions.set(run, () => setTimeout(complete, afterMs).unref())
}

/** Start the completion timers of the runs a client is about to see for the first time. */
function seen<T extends object>(runs: T[]): T[] {
  for (const run of runs) {
    completions.get(run)?.()
    completions.delete(run)
  }
  return runs
}

const HANDLERS: Record<string, Handler> = {
  'actions/list-workflow-runs-for-repo': ({ repo, query }) => {
    const runs = seen(
      repo.workflowRuns
        .filter(r => !query.head_sha || r.head_sha === query.head_sha)
        .sort((a, b) => b.created_at.localeCompare(a.created_at)),
    )
    return { status: 200, body: { total_count: runs.length, workflow_runs: runs as Json[] } }
  },
  'checks/list-for-ref': ({ repo, params, query }) => {
    const runs = seen(
      repo.checkRuns.filter(
        r => r.head_sha === params.ref && (!query.check_name || r.name === query.check_name),
      ),
    )
    return { status: 200, body: { total_count: runs.length, check_runs: runs } }
  },
  // "Get a published release with the specified tag name": drafts are not found by tag.
  'repos/get-release-by-tag': ({ repo, params }) => {
    const r = releaseByTag(repo, params.tag ?? '')
    return r && !r.draft ? { status: 200, body: r as Json } : notFound
  },
  'repos/get-release': ({ repo, params }) => {
    const r = repo.releases.find(x => x.id === Number(params.release_id))
    return r
      ? { status: 200, body: r as Json }
      : {
          status: 401,
          body: {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest',
            status: '404',
          },
        }
  },
  'repos/list-releases': ({ repo }) => ({
    status: 200,
    body: [...repo.releases].sort((a, b) => b.created_at.localeCompare(a.created_at)) as Json[],
  }),
  'repos/get-latest-release': ({ repo }) => {
    const r = latest(repo)
    return r ? { status: 200, body: r as Json } : notFound
  },
  'repos/update-release': ({ repo, params, body, api }) => {
    const r = repo.releases.find(x => x.id === Number(params.release_id))
    if (!r) return notFound
    if (
      r.immutable &&
      (body.tag_name !== undefined || body.target_commitish !== undefined || body.draft === true)
    ) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'Release',
              code: 'custom',
              field: 'tag_name',
              message: 'Cannot modify an immutable release',
            },
          ],
          documentation_url: 'https://docs.github.com/rest/releases/releases#update-a-release',
          status: '422',
        },
      }
    }
    for (const key of [
      'name',
      'body',
      'draft',
      'prerelease',
      'tag_name',
      'target_commitish',
    ] as const)
      if (body[key] !== undefined) Object.assign(r, { [key]: body[key] })
    if (body.draft === false && r.published_at === null) r.published_at = new Date().toISOString()
    if (body.draft === false && api.immutableReleases) r.immutable = true
    if (body.make_latest === 'true') repo.latestId = r.id
    else if (body.make_latest === 'false' && repo.latestId === r.id) repo.latestId = undefined
    return { status: 200, body: r as Json }
  },
  'repos/create-release': ({ repo, body, owner, name, api }) => {
    const tag = typeof body.tag_name === 'string' ? body.tag_name : ''
    if (releaseByTag(repo, tag)) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
          documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
          status: '422',
        },
      }
    }
    const release = example<Release>('release')
    const id = nextId++
    const now = new Date().toISOString()
    Object.assign(release, {
      id,
      node_id: `RE_${id}`,
      tag_name: tag,
      name: (body.name as string | undefined) ?? tag,
      body: (body.body as string | undefined) ?? '',
      draft: body.draft === true,
      prerelease: body.prerelease === true,
      created_at: now,
      published_at: body.draft === true ? null : now,
      html_url: `https://github.com/${owner}/${name}/releases/tag/${tag}`,
      url: `${api.url}/repos/${owner}/${name}/releases/${id}`,
      upload_url: `${api.url}/repos/${owner}/${name}/releases/${id}/assets{?name,label}`,
      assets: [],
    })
    if (body.draft !== true && api.immutableReleases) release.immutable = true
    repo.releases.push(release)
    if (body.make_latest === 'true' && !release.draft) repo.latestId = id
    return { status: 201, body: release as Json }
  },
  'repos/list-release-assets': ({ repo, params }) => {
    const r = repo.releases.find(x => x.id === Number(params.release_id))
    return r ? { status: 200, body: r.assets ?? [] } : notFound
  },
  'repos/upload-release-asset': ({ repo, params, query, raw, contentType, owner, name, api }) => {
    const r = repo.releases.find(x => x.id === Number(params.release_id))
    if (!r) return notFound
    const invalid = (field: string, code: string, message?: string): Reply => ({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'ReleaseAsset', code, field, ...(message ? { message } : {}) }],
        documentation_url: 'https://docs.github.com/rest/releases/assets#upload-a-release-asset',
        status: '422',
      },
    })
    if (r.immutable)
      return invalid('release', 'custom', 'Cannot upload assets to an immutable release.')
    const assets = (r.assets ?? []) as Record<string, Json>[]
    const assetName = query.name ?? ''
    if (assets.some(a => a.name === assetName)) return invalid('name', 'already_exists')
    const asset = example('release-asset')
    const id = nextId++
    Object.assign(asset, {
      id,
      node_id: `RA_${id}`,
      name: assetName,
      label: query.label ?? null,
      state: 'uploaded',
      content_type: contentType || 'application/octet-stream',
      size: raw.length,
      download_count: 0,
      url: `${api.url}/repos/${owner}/${name}/releases/assets/${id}`,
      browser_download_url: `https://github.com/${owner}/${name}/releases/download/${r.tag_name}/${assetName}`,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    })
    assets.push(asset)
    r.assets = assets
    api.assetBytes.set(id, Buffer.from(raw))
    return { status: 201, body: asset }
  },
  // "To download the asset's binary content, set the Accept header to application/octet-stream."
  // GitHub answers with a redirect to the bytes; the local API sends them directly.
  'repos/get-release-asset': ({ repo, params, api, accept }) => {
    const id = Number(params.asset_id)
    const asset = repo.releases
      .flatMap(r => (r.assets ?? []) as Record<string, Json>[])
      .find(a => a.id === id)
    if (!asset) return notFound
    if (accept.includes('application/octet-stream'))
      return {
        status: 200,
        bytes: api.assetBytes.get(id) ?? Buffer.alloc(0),
        headers: { 'Content-Type': 'application/octet-stream' },
      }
    return { status: 200, body: asset }
  },
  'repos/delete-release-asset': ({ repo, params, api }) => {
    const id = Number(params.asset_id)
    const r = repo.releases.find(x =>
      ((x.assets ?? []) as Record<string, Json>[]).some(a => a.id === id),
    )
    if (!r || r.immutable) return notFound
    r.assets = ((r.assets ?? []) as Record<string, Json>[]).filter(a => a.id !== id)
    api.assetBytes.delete(id)
    return { status: 204 }
  },
  'git/create-ref': ({ repo, body, owner, name }) => {
    const ref = typeof body.ref === 'string' ? body.ref : ''
    const sha = typeof body.sha === 'string' ? body.sha : ''
    if (!ref.startsWith('refs/') || repo.refs.has(ref.slice('refs/'.length)))
      return {
        status: 422,
        body: {
          message: 'Reference already exists',
          documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
          status: '422',
        },
      }
    repo.refs.set(ref.slice('refs/'.length), sha)
    return { status: 201, body: gitRef(owner, name, ref.slice('refs/'.length), sha) }
  },
  'git/update-ref': ({ repo, params, body, owner, name }) => {
    const ref = params.ref ?? ''
    const sha = typeof body.sha === 'string' ? body.sha : ''
    if (!repo.refs.has(ref))
      return {
        status: 422,
        body: {
          message: 'Reference does not exist',
          documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
          status: '422',
        },
      }
    repo.refs.set(ref, sha)
    return { status: 200, body: gitRef(owner, name, ref, sha) }
  },
  'git/get-ref': ({ repo, params, owner, name }) => {
    const sha = repo.refs.get(params.ref ?? '')
    return sha ? { status: 200, body: gitRef(owner, name, params.ref ?? '', sha) } : notFound
  },
  // The contents API, for files only (no directories, symlinks or submodules), on one branch.
  'repos/get-content': ({ repo, params, owner, name }) => {
    const file = repo.files.get(params.path ?? '')
    if (!file) return notFound
    return { status: 200, body: contentFile(owner, name, params.path ?? '', file) }
  },
  'repos/create-or-update-file-contents': ({ repo, params, body, owner, name }) => {
    const filePath = params.path ?? ''
    const existing = repo.files.get(filePath)
    const given = typeof body.sha === 'string' ? body.sha : undefined
    if (existing && given === undefined)
      return {
        status: 422,
        body: {
          message: 'Invalid request.\n\n"sha" wasn\'t supplied.',
          documentation_url:
            'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
          status: '422',
        },
      }
    if (given !== undefined && given !== existing?.sha)
      return {
        status: 409,
        body: {
          message: `${filePath} does not match ${given}`,
          documentation_url:
            'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
          status: '409',
        },
      }
    const bytes = Buffer.from(typeof body.content === 'string' ? body.content : '', 'base64')
    const file = { bytes, sha: blobSha(bytes) }
    repo.files.set(filePath, file)
    const message = typeof body.message === 'string' ? body.message : ''
    const commitSha = createHash('sha1')
      .update(`${repo.fileCommits.length}\0${filePath}\0${file.sha}\0${message}`)
      .digest('hex')
    repo.fileCommits.push({
      sha: commitSha,
      path: filePath,
      message,
      branch: typeof body.branch === 'string' ? body.branch : undefined,
      content: bytes.toString('utf8'),
    })
    const answer = example(
      existing
        ? 'file-commit-example-for-updating-a-file'
        : 'file-commit-example-for-creating-a-file',
    )
    const {
      content: _encoded,
      encoding: _encoding,
      ...entry
    } = contentFile(owner, name, filePath, file)
    Object.assign(answer, { content: entry })
    Object.assign((answer.commit ?? {}) as Record<string, Json>, {
      sha: commitSha,
      message,
      html_url: `https://github.com/${owner}/${name}/commit/${commitSha}`,
    })
    return { status: existing ? 200 : 201, body: answer }
  },
}

/** Git's blob id of some bytes. */
function blobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** The contents API's answer for a file (content-file), base64 in lines of 60 as GitHub sends it. */
function contentFile(
  owner: string,
  name: string,
  filePath: string,
  file: RepoFile,
): Record<string, Json> {
  const api = `https://api.github.com/repos/${owner}/${name}`
  const html = `https://github.com/${owner}/${name}/blob/main/${filePath}`
  const git = `${api}/git/blobs/${file.sha}`
  const self = `${api}/contents/${filePath}`
  return {
    type: 'file',
    encoding: 'base64',
    size: file.bytes.length,
    name: filePath.split('/').pop() ?? filePath,
    path: filePath,
    content: (file.bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
    sha: file.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${owner}/${name}/main/${filePath}`,
    _links: { git, self, html },
  }
}

// ---- attestations, repository metadata, artifact storage records ---------------------------------

export interface RepoSettings {
  /** `owner.type` of the repository (default Organization). */
  ownerType?: 'User' | 'Organization'
  visibility?: 'public' | 'private' | 'internal'
  /** Defaults to visibility !== 'public'. */
  private?: boolean
  defaultBranch?: string
  id?: number
  ownerId?: number
}

export interface StoredAttestation {
  id: number
  /** owner/repo it was stored under. */
  repository: string
  repositoryId: number
  /** The Sigstore bundle, as POSTed. */
  bundle: Record<string, Json>
  /** The in-toto statement the bundle's DSSE envelope carries. */
  statement: {
    predicateType?: string
    subject?: { name?: string; digest?: Record<string, string> }[]
  }
  predicateType: string
  /** `<alg>:<hex>` of every subject. */
  subjectDigests: string[]
}

function settingsOf(api: FakeGitHub, fullName: string): Required<RepoSettings> {
  const s = api.repoSettings.get(fullName) ?? {}
  const visibility = s.visibility ?? 'public'
  return {
    ownerType: s.ownerType ?? 'Organization',
    visibility,
    private: s.private ?? visibility !== 'public',
    defaultBranch: s.defaultBranch ?? 'main',
    id: s.id ?? 100001,
    ownerId: s.ownerId ?? 200001,
  }
}

/** `predicate_type` as the attestations endpoints filter by it: the named kinds, or the exact URI. */
function predicateMatches(filter: string | undefined, predicateType: string): boolean {
  if (!filter) return true
  switch (filter) {
    case 'provenance':
      return predicateType.startsWith('https://slsa.dev/provenance/')
    case 'sbom':
      return (
        predicateType.startsWith('https://spdx.dev/Document') ||
        predicateType.startsWith('https://cyclonedx.org/bom')
      )
    case 'release':
      return predicateType.startsWith('https://in-toto.io/attestation/release')
    default:
      return predicateType === filter
  }
}

/** The cursor-paginated answer of the list-attestations endpoints (`per_page`, `after`, Link rel="next"). */
function attestationPage(
  api: FakeGitHub,
  found: StoredAttestation[],
  query: Record<string, string>,
  path: string,
): Reply {
  const perPage = Math.min(Number(query.per_page ?? 30), 100)
  const start = query.after ? Number(Buffer.from(query.after, 'base64url').toString('utf8')) : 0
  const page = found.slice(start, start + perPage)
  const reply: Reply = {
    status: 200,
    body: {
      attestations: page.map(a => ({
        bundle: a.bundle,
        repository_id: a.repositoryId,
        initiator: 'github',
      })),
    },
  }
  if (start + perPage < found.length) {
    const next = new URL(`${api.url}${path}`)
    for (const [k, v] of Object.entries(query)) if (k !== 'after') next.searchParams.set(k, v)
    next.searchParams.set('after', Buffer.from(String(start + perPage)).toString('base64url'))
    reply.headers = { Link: `<${next.toString()}>; rel="next"` }
  }
  return reply
}

const ATTESTATION_HANDLERS: Record<string, Handler> = {
  'repos/get': ({ owner, name, api }) => {
    const s = settingsOf(api, `${owner}/${name}`)
    const repo = example('full-repository')
    const ownerObject = (repo.owner ?? {}) as Record<string, Json>
    Object.assign(ownerObject, {
      login: owner,
      id: s.ownerId,
      node_id: `O_${s.ownerId}`,
      type: s.ownerType,
      html_url: `https://github.com/${owner}`,
      url: `https://api.github.com/users/${owner}`,
    })
    Object.assign(repo, {
      id: s.id,
      node_id: `R_${s.id}`,
      name,
      full_name: `${owner}/${name}`,
      owner: ownerObject,
      private: s.private,
      visibility: s.visibility,
      default_branch: s.defaultBranch,
      has_discussions: false,
      html_url: `https://github.com/${owner}/${name}`,
      url: `${api.url}/repos/${owner}/${name}`,
    })
    if (s.ownerType === 'User') delete repo.organization
    return { status: 200, body: repo }
  },
  'repos/create-attestation': ({ body, owner, name, api }): Reply => {
    const bundle = body.bundle as Record<string, Json> | undefined
    const envelope = bundle?.dsseEnvelope as Record<string, Json> | undefined
    let statement: StoredAttestation['statement'] | undefined
    try {
      if (
        typeof bundle?.mediaType === 'string' &&
        bundle.mediaType.startsWith('application/vnd.dev.sigstore.bundle') &&
        typeof envelope?.payload === 'string' &&
        bundle.verificationMaterial
      )
        statement = JSON.parse(
          Buffer.from(envelope.payload, 'base64').toString('utf8'),
        ) as StoredAttestation['statement']
    } catch {
      statement = undefined
    }
    if (!bundle || !statement || !Array.isArray(statement.subject)) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Attestation', code: 'invalid', field: 'bundle' }],
          documentation_url:
            'https://docs.github.com/rest/repos/attestations#create-an-attestation',
          status: '422',
        },
      }
    }
    const id = nextId++
    const fullName = `${owner}/${name}`
    api.attestations.push({
      id,
      repository: fullName,
      repositoryId: settingsOf(api, fullName).id,
      bundle,
      statement,
      predicateType: statement.predicateType ?? '',
      subjectDigests: statement.subject.flatMap(s =>
        Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${hex}`),
      ),
    })
    return { status: 201, body: { id } }
  },
  'repos/list-attestations': ({ params, query, owner, name, api }) => {
    const found = api
      .attestationsOf(`${owner}/${name}`, params.subject_digest)
      .filter(a => predicateMatches(query.predicate_type, a.predicateType))
    return attestationPage(
      api,
      found,
      query,
      `/repos/${owner}/${name}/attestations/${params.subject_digest ?? ''}`,
    )
  },
  'orgs/list-attestations': ({ params, query, api }) => {
    const org = params.org ?? ''
    const found = api.attestations.filter(
      a =>
        a.repository.split('/')[0] === org &&
        a.subjectDigests.includes(params.subject_digest ?? '') &&
        predicateMatches(query.predicate_type, a.predicateType),
    )
    return attestationPage(
      api,
      found,
      query,
      `/orgs/${org}/attestations/${params.subject_digest ?? ''}`,
    )
  },
  'orgs/create-artifact-storage-record': ({ body, api }) => {
    const now = new Date().toISOString()
    const record: Record<string, Json> = {
      id: nextId++,
      name: body.name ?? '',
      digest: body.digest ?? '',
      artifact_url: body.artifact_url ?? null,
      registry_url: body.registry_url ?? '',
      repository: body.repository ?? null,
      status: body.status ?? 'active',
      created_at: now,
      updated_at: now,
    }
    api.storageRecords.push({ ...record, ...(body.version ? { version: body.version } : {}) })
    return { status: 200, body: { total_count: 1, storage_records: [record] } }
  },
}
Object.assign(HANDLERS, ATTESTATION_HANDLERS)
