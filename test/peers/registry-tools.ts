/**
 * Registry tools for the tests: a small client of the distribution API that answers the
 * registry's own challenge (Bearer from a token service, or Basic) the way docker and containerd
 * do, read helpers for assertions (tags → digests, an image's config), and a fault-injecting HTTP
 * proxy in front of a registry for the lifecycle tests ("a registry failing with 500 while
 * publishing"). Independent of packages/oci on purpose: it is the oracle the suite is checked by.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */
import { createServer, request as httpRequest, STATUS_CODES, type IncomingMessage } from 'node:http'
import type { TestRegistry } from './registry.ts'

/** Where a registry is and, optionally, who to be there (a TestRegistry fits). */
export interface RegistryEndpoint {
  /** Base URL, `http://127.0.0.1:<port>`. */
  url: string
  username?: string
  password?: string
}

export const INDEX_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]
const ACCEPT = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ')

/** A response the registry protocol did not expect, worded as containerd words it. */
export class RegistryHttpError extends Error {
  override name = 'RegistryHttpError'
  readonly status: number
  readonly method: string
  readonly url: string
  readonly body: string
  constructor(method: string, url: string, status: number, body: string, prefix = '') {
    super(`${prefix}unexpected status from ${method} request to ${url}: ${statusLine(status)}`)
    this.status = status
    this.method = method
    this.url = url
    this.body = body
  }
}

/** `500 Internal Server Error`, as Go's http.Response.Status reads. */
export function statusLine(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trimEnd()
}

interface Challenge {
  scheme: 'bearer' | 'basic'
  params: Record<string, string>
}

function parseChallenge(header: string | null): Challenge | undefined {
  const m = /^\s*(\w+)\s*(.*)$/.exec(header ?? '')
  if (!m) return undefined
  const scheme = (m[1] ?? '').toLowerCase()
  if (scheme !== 'bearer' && scheme !== 'basic') return undefined
  const params: Record<string, string> = {}
  for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g))
    params[(p[1] ?? '').toLowerCase()] = p[2] ?? ''
  return { scheme, params }
}

export interface RequestOptions {
  /** Token scopes this request needs (`repository:<name>:pull,push`). */
  scopes?: string[]
  headers?: Record<string, string>
  body?: Buffer
}

/**
 * One client's session with one registry: remembers the challenge and the tokens per scope, so a
 * push asks the token service once per repository, as containerd's authorizer does.
 */
export class RegistrySession {
  readonly url: string
  private readonly username: string | undefined
  private readonly password: string | undefined
  private challenge: Challenge | undefined
  private readonly tokens = new Map<string, string>()

  constructor(endpoint: RegistryEndpoint) {
    this.url = endpoint.url.replace(/\/+$/, '')
    this.username = endpoint.username || undefined
    this.password = endpoint.password || undefined
  }

  private basic(): string | undefined {
    if (this.username === undefined && this.password === undefined) return undefined
    return `Basic ${Buffer.from(`${this.username ?? ''}:${this.password ?? ''}`).toString('base64')}`
  }

  private async token(scopes: string[]): Promise<string> {
    const key = scopes.join(' ')
    const cached = this.tokens.get(key)
    if (cached) return cached
    const params = this.challenge?.params ?? {}
    const realm = new URL(params.realm ?? '')
    if (params.service) realm.searchParams.set('service', params.service)
    for (const scope of scopes) realm.searchParams.append('scope', scope)
    const basic = this.basic()
    const r = await fetch(realm, { headers: basic ? { Authorization: basic } : {} })
    const text = await r.text()
    if (r.status !== 200) {
      const kind = basic ? 'oauth' : 'anonymous'
      throw new RegistryHttpError(
        'GET',
        realm.toString(),
        r.status,
        text,
        `failed to authorize: failed to fetch ${kind} token: `,
      )
    }
    const parsed = JSON.parse(text) as { token?: string; access_token?: string }
    const token = parsed.token ?? parsed.access_token ?? ''
    this.tokens.set(key, token)
    return token
  }

  private async authorization(scopes: string[]): Promise<string | undefined> {
    if (!this.challenge) return undefined
    if (this.challenge.scheme === 'basic') return this.basic()
    return `Bearer ${await this.token(scopes)}`
  }

  /** A request under /v2/; a 401 is answered once (challenge → credentials) and retried. */
  async request(method: string, pathOrUrl: string, opts: RequestOptions = {}): Promise<Response> {
    const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${this.url}${pathOrUrl}`
    const scopes = opts.scopes ?? []
    const send = async (): Promise<Response> => {
      const auth = await this.authorization(scopes)
      return fetch(url, {
        method,
        headers: { ...opts.headers, ...(auth ? { Authorization: auth } : {}) },
        ...(opts.body ? { body: opts.body } : {}),
        redirect: 'follow',
      })
    }
    let r = await send()
    if (r.status === 401) {
      const challenge = parseChallenge(r.headers.get('www-authenticate'))
      if (challenge) {
        const renewed =
          !this.challenge ||
          this.challenge.scheme !== challenge.scheme ||
          challenge.scheme === 'bearer'
        if (renewed) {
          await r.body?.cancel()
          this.challenge = challenge
          this.tokens.delete(scopes.join(' '))
          r = await send()
        }
      }
    }
    return r
  }

  /** Like request, but anything other than `ok` throws a RegistryHttpError. */
  async expect(
    ok: number[],
    method: string,
    pathOrUrl: string,
    opts: RequestOptions = {},
  ): Promise<Response> {
    const r = await this.request(method, pathOrUrl, opts)
    if (!ok.includes(r.status)) {
      const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${this.url}${pathOrUrl}`
      throw new RegistryHttpError(method, url, r.status, await r.text())
    }
    return r
  }
}

const pull = (repository: string): string[] => [`repository:${repository}:pull`]

/** Every tag of a repository and the digest it points at (empty when the repository is unknown). */
export async function listTags(
  registry: RegistryEndpoint,
  repository: string,
): Promise<Map<string, string>> {
  const session = new RegistrySession(registry)
  const tags: string[] = []
  let next: string | undefined = `/v2/${repository}/tags/list`
  while (next) {
    const r = await session.request('GET', next, { scopes: pull(repository) })
    if (r.status === 404) {
      await r.body?.cancel()
      return new Map()
    }
    if (r.status !== 200) throw new RegistryHttpError('GET', next, r.status, await r.text())
    const body = (await r.json()) as { tags?: string[] | null }
    tags.push(...(body.tags ?? []))
    const link = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get('link') ?? '')?.[1]
    next = link
      ? new URL(link, session.url).pathname + new URL(link, session.url).search
      : undefined
  }
  const out = new Map<string, string>()
  for (const tag of tags.sort()) {
    const r = await session.expect([200], 'HEAD', `/v2/${repository}/manifests/${tag}`, {
      scopes: pull(repository),
      headers: { Accept: ACCEPT },
    })
    out.set(tag, r.headers.get('docker-content-digest') ?? '')
  }
  return out
}

export interface FetchedManifest {
  digest: string
  mediaType: string
  body: Buffer
  json: ManifestJson
}

export interface DescriptorJson {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
  platform?: { architecture: string; os: string; variant?: string }
  artifactType?: string
}

export interface ManifestJson {
  schemaVersion: number
  mediaType?: string
  config?: DescriptorJson
  layers?: DescriptorJson[]
  manifests?: DescriptorJson[]
  annotations?: Record<string, string>
  subject?: DescriptorJson
}

/** An image config as written by buildkit (the parts tests read). */
export interface ImageConfigJson {
  architecture: string
  os: string
  variant?: string
  created?: string
  config: {
    User?: string
    Env?: string[]
    Entrypoint?: string[]
    Cmd?: string[]
    WorkingDir?: string
    Labels?: Record<string, string>
    ExposedPorts?: Record<string, object>
  }
  rootfs: { type: string; diff_ids: string[] | null }
  history?: { created?: string; created_by?: string; comment?: string; empty_layer?: boolean }[]
}

/** A manifest or index by tag or digest. */
export async function readManifest(
  registry: RegistryEndpoint,
  repository: string,
  reference: string,
): Promise<FetchedManifest> {
  const session = new RegistrySession(registry)
  const path = `/v2/${repository}/manifests/${reference}`
  const r = await session.expect([200], 'GET', path, {
    scopes: pull(repository),
    headers: { Accept: ACCEPT },
  })
  const body = Buffer.from(await r.arrayBuffer())
  const json = JSON.parse(body.toString('utf8')) as ManifestJson
  return {
    digest: r.headers.get('docker-content-digest') ?? '',
    mediaType: json.mediaType ?? r.headers.get('content-type') ?? '',
    body,
    json,
  }
}

/** A blob's bytes. */
export async function readBlob(
  registry: RegistryEndpoint,
  repository: string,
  digest: string,
): Promise<Buffer> {
  const session = new RegistrySession(registry)
  const r = await session.expect([200], 'GET', `/v2/${repository}/blobs/${digest}`, {
    scopes: pull(repository),
  })
  return Buffer.from(await r.arrayBuffer())
}

/**
 * The config JSON of an image; an index is followed to the manifest of `platform`
 * (default linux/amd64; attestation manifests, platform unknown/unknown, are never chosen).
 */
export async function imageConfig(
  registry: RegistryEndpoint,
  repository: string,
  reference: string,
  platform = 'linux/amd64',
): Promise<ImageConfigJson> {
  let manifest = await readManifest(registry, repository, reference)
  if (manifest.json.manifests) {
    const [os, architecture, variant] = platform.split('/')
    const entry = manifest.json.manifests.find(
      d =>
        d.platform?.os === os &&
        d.platform?.architecture === architecture &&
        (variant === undefined || d.platform?.variant === variant),
    )
    if (!entry) throw new Error(`${repository}@${manifest.digest} has no ${platform} manifest`)
    manifest = await readManifest(registry, repository, entry.digest)
  }
  const config = manifest.json.config
  if (!config) throw new Error(`${repository}@${manifest.digest} has no config`)
  const blob = await readBlob(registry, repository, config.digest)
  return JSON.parse(blob.toString('utf8')) as ImageConfigJson
}

/** A fault the proxy injects. Without `path`, it matches `PUT /v2/<repo>/manifests/<tag>` (tags, not digests). */
export interface Fault {
  /** Method to match (default PUT). */
  method?: string
  /** Match this request path (query excluded) instead of manifest PUTs by tag. */
  path?: RegExp
  /** Only requests for this repository. */
  repository?: string
  /** Only this tag (manifest requests). */
  tag?: string
  /** The first matching request that fails, 1-based (default 1). */
  nth?: number
  /** How many matching requests fail from the nth on (default 1; Infinity: all). */
  times?: number
  /** Status to answer (default 500). */
  status?: number
  /** Distribution error code of the body (default UNKNOWN). */
  code?: string
  /** Error message of the body (default "unknown error"). */
  message?: string
}

export interface ProxiedRequest {
  method: string
  /** Path and query as the client sent them. */
  path: string
  repository?: string
  /** The tag or digest of a manifest request. */
  reference?: string
  /** Status the client got. */
  status: number
  /** True when the proxy answered with a fault instead of forwarding. */
  faulted: boolean
}

/** The proxy is itself a registry for clients: same credentials and auth as the one behind it. */
export interface FaultyProxy extends TestRegistry {
  /** Every request so far, in arrival order. */
  readonly requests: ProxiedRequest[]
  /** Replaces the faults (their counters start again). */
  setFaults(faults: Fault[]): void
  /** How many requests each fault has failed so far. */
  injected(): number[]
}

interface ArmedFault {
  fault: Fault
  seen: number
  failed: number
}

function repositoryOf(pathname: string): { repository?: string; reference?: string } {
  const m = /^\/v2\/(.+?)\/(manifests|blobs|tags)\/(.*)$/.exec(pathname)
  if (!m) return {}
  return m[2] === 'manifests'
    ? { repository: m[1] ?? '', reference: decodeURIComponent(m[3] ?? '') }
    : { repository: m[1] ?? '' }
}

function matches(fault: Fault, method: string, pathname: string): boolean {
  if (method !== (fault.method ?? 'PUT').toUpperCase()) return false
  const { repository, reference } = repositoryOf(pathname)
  if (fault.repository !== undefined && fault.repository !== repository) return false
  if (fault.path) return fault.path.test(pathname)
  if (!/^\/v2\/.+\/manifests\/[^/]+$/.test(pathname)) return false
  if (reference === undefined || reference.includes(':')) return false
  return fault.tag === undefined || fault.tag === reference
}

/**
 * An HTTP proxy on 127.0.0.1 in front of `registry`: forwards every request (auth challenges
 * included; upload Locations are rewritten to the proxy) and answers the requests a fault selects
 * with its status and a distribution-style JSON error body, without forwarding them.
 */
export async function startFaultyProxy(
  registry: TestRegistry,
  faults: Fault[] = [],
): Promise<FaultyProxy> {
  const upstream = new URL(registry.url)
  const requests: ProxiedRequest[] = []
  let armed: ArmedFault[] = faults.map(fault => ({ fault, seen: 0, failed: 0 }))
  let self = ''

  const server = createServer((req: IncomingMessage, res) => {
    const method = (req.method ?? 'GET').toUpperCase()
    const rawPath = req.url ?? '/'
    const pathname = new URL(rawPath, 'http://proxy').pathname
    const { repository, reference } = repositoryOf(pathname)
    const record: ProxiedRequest = {
      method,
      path: rawPath,
      ...(repository !== undefined ? { repository } : {}),
      ...(reference !== undefined ? { reference } : {}),
      status: 0,
      faulted: false,
    }
    requests.push(record)

    let hit: ArmedFault | undefined
    for (const a of armed) {
      if (!matches(a.fault, method, pathname)) continue
      a.seen++
      const nth = a.fault.nth ?? 1
      const times = a.fault.times ?? 1
      if (a.seen >= nth && a.seen < nth + times) {
        hit = a
        break
      }
    }
    if (hit) {
      hit.failed++
      const status = hit.fault.status ?? 500
      const body = JSON.stringify({
        errors: [
          {
            code: hit.fault.code ?? 'UNKNOWN',
            message: hit.fault.message ?? 'unknown error',
            detail: {},
          },
        ],
      })
      req.resume()
      req.on('end', () => {
        record.status = status
        record.faulted = true
        res.writeHead(status, {
          'Content-Type': 'application/json; charset=utf-8',
          'Docker-Distribution-Api-Version': 'registry/2.0',
          'Content-Length': Buffer.byteLength(body),
        })
        res.end(body)
      })
      return
    }

    const headers = { ...req.headers, host: upstream.host }
    const forward = httpRequest(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method,
        path: rawPath,
        headers,
      },
      upstreamRes => {
        const out = { ...upstreamRes.headers }
        const location = out.location
        if (typeof location === 'string' && location.startsWith(upstream.origin))
          out.location = self + location.slice(upstream.origin.length)
        record.status = upstreamRes.statusCode ?? 502
        res.writeHead(record.status, out)
        upstreamRes.pipe(res)
      },
    )
    forward.on('error', err => {
      record.status = 502
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' })
      res.end(String(err))
    })
    req.pipe(forward)
  })

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  self = `http://127.0.0.1:${port}`

  return {
    host: `127.0.0.1:${port}`,
    url: self,
    username: registry.username,
    password: registry.password,
    auth: registry.auth,
    requests,
    setFaults(next: Fault[]) {
      armed = next.map(fault => ({ fault, seen: 0, failed: 0 }))
    },
    injected: () => armed.map(a => a.failed),
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    },
  }
}
