/**
 * A client of the OCI distribution API (the registry HTTP API) over `fetch`: manifests by tag or
 * digest, token authentication as GHCR and Docker Hub do it (a `WWW-Authenticate: Bearer`
 * challenge answered with registry-username/registry-password), Basic authentication, anonymous
 * access. No docker engine, no external binary.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */
import { createHash } from 'node:crypto'
import { OperationalError } from '../errors/index.ts'
import { isLoopbackHost, isSecureUrl } from '../inputs/url.ts'
import type { Logger } from '../log/index.ts'
import { nullLogger } from '../log/index.ts'
import type { ImageRef } from './reference.ts'

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]

export interface Manifest {
  digest: string
  mediaType: string
  body: Uint8Array
}

/** The parts of an OCI image configuration the suite reads. */
export interface ImageConfig {
  architecture?: string
  os?: string
  created?: string
  config?: { Labels?: Record<string, string> | null; Env?: string[] | null }
}

interface ManifestDocument {
  manifests?: { digest: string; platform?: { os?: string; architecture?: string } }[]
  config?: { digest: string }
}

export interface RegistryOptions {
  username?: string
  password?: string
  fetch?: typeof fetch
  logger?: Logger
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number
  /** Attempts for 5xx, 429 and network errors (default 4). */
  attempts?: number
  /** Base of the retry backoff in ms (default 500). */
  backoffMs?: number
  userAgent?: string
  /** Ask for push access from the first request (one token for a read-then-write session). */
  push?: boolean
}

export class RegistryError extends OperationalError {
  readonly status: number | undefined
  readonly code: string | undefined
  constructor(message: string, status?: number, code?: string) {
    super(message)
    this.name = 'RegistryError'
    this.status = status
    this.code = code
  }
}

interface Challenge {
  scheme: 'bearer' | 'basic'
  params: Record<string, string>
}

export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined
  const m = /^\s*(\w+)\s*(.*)$/.exec(header)
  if (!m) return undefined
  const scheme = (m[1] ?? '').toLowerCase()
  if (scheme !== 'bearer' && scheme !== 'basic') return undefined
  const params: Record<string, string> = {}
  for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g))
    params[(p[1] ?? '').toLowerCase()] = p[2] ?? ''
  return { scheme, params }
}

/** The API host of a registry (Docker Hub's API is registry-1.docker.io). */
export function apiBase(registry: string): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry
  // A registry on this machine speaks plain HTTP (as docker does for localhost).
  const local = isLoopbackHost(host.replace(/:\d+$/, ''))
  return `${local ? 'http' : 'https'}://${host}`
}

async function errorOf(response: Response): Promise<{ code: string | undefined; message: string }> {
  const text = await response.text().catch(() => '')
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] }
    const first = body.errors?.[0]
    if (first)
      return { code: first.code, message: `${first.code ?? ''}: ${first.message ?? ''}`.trim() }
  } catch {
    // not JSON
  }
  return { code: undefined, message: text.slice(0, 200) || response.statusText }
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

export class RegistryClient {
  readonly #fetch: typeof fetch
  readonly #username: string | undefined
  readonly #password: string | undefined
  readonly #logger: Logger
  readonly #timeoutMs: number
  readonly #attempts: number
  readonly #backoffMs: number
  readonly #userAgent: string
  readonly #push: boolean
  /** Authorization header per registry (Basic) or per registry and scope (Bearer). */
  readonly #auth = new Map<string, string>()

  constructor(options: RegistryOptions = {}) {
    this.#fetch = options.fetch ?? fetch
    this.#username = options.username
    this.#password = options.password
    this.#logger = options.logger ?? nullLogger
    this.#timeoutMs = options.timeoutMs ?? 30_000
    this.#attempts = options.attempts ?? 4
    this.#backoffMs = options.backoffMs ?? 500
    this.#userAgent = options.userAgent ?? 'release-actions'
    this.#push = options.push ?? false
  }

  #basic(): string | undefined {
    if (this.#username === undefined || this.#password === undefined) return undefined
    return `Basic ${Buffer.from(`${this.#username}:${this.#password}`).toString('base64')}`
  }

  async #token(registry: string, challenge: Challenge, scope: string): Promise<string> {
    if (challenge.scheme === 'basic') {
      const basic = this.#basic()
      if (!basic)
        throw new RegistryError(
          `${registry} asks for credentials: set registry-username and registry-password.`,
          401,
        )
      return basic
    }
    const realm = challenge.params.realm
    if (!realm) throw new RegistryError(`${registry} sent a Bearer challenge without a realm.`, 401)
    let url: URL
    try {
      url = new URL(realm)
    } catch {
      throw new RegistryError(
        `${registry} names a token service that is not a URL: ${JSON.stringify(realm.slice(0, 200))}.`,
        401,
      )
    }
    // The credentials go wherever the realm says: never in the clear to another machine.
    if (!isSecureUrl(url))
      throw new RegistryError(
        `${registry} names the token service ${url.href}, which is ${url.protocol === 'http:' ? 'plain http to another machine' : `not https (${url.protocol})`}: registry credentials go over https only (http only to this machine: 127.0.0.0/8, ::1, localhost).`,
        401,
      )
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
    url.searchParams.set('scope', scope)
    const headers: Record<string, string> = { 'User-Agent': this.#userAgent }
    const basic = this.#basic()
    if (basic) headers.Authorization = basic
    const response = await this.#fetch(url, {
      headers,
      signal: AbortSignal.timeout(this.#timeoutMs),
    })
    if (response.status === 401 || response.status === 403) {
      throw new RegistryError(
        `${registry} refused the credentials${basic ? ` of registry-username ${JSON.stringify(this.#username)}` : ' (none were given: set registry-username and registry-password)'} for ${scope} (HTTP ${response.status} from its token service).`,
        response.status,
      )
    }
    if (!response.ok)
      throw new RegistryError(
        `The token service of ${registry} answered HTTP ${response.status}.`,
        response.status,
      )
    const body = (await response.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token)
      throw new RegistryError(`The token service of ${registry} answered without a token.`)
    return `Bearer ${token}`
  }

  /**
   * One request to the registry API, authenticated on demand and retried on 5xx, 429 (honouring
   * Retry-After) and network errors. Other statuses are returned to the caller.
   */
  async request(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    method: 'GET' | 'HEAD' | 'PUT' | 'POST',
    path: string,
    {
      headers = {},
      body,
      push = false,
    }: { headers?: Record<string, string>; body?: Uint8Array; push?: boolean } = {},
  ): Promise<Response> {
    const scope = `repository:${image.repository}:${push || this.#push ? 'pull,push' : 'pull'}`
    const scoped = `${image.registry} ${scope}`
    const base = apiBase(image.registry)
    // An upload's Location (absolute, or a path on the registry) is followed on the same origin only.
    const url = /^https?:\/\//.test(path)
      ? path
      : path.startsWith('/')
        ? `${base}${path}`
        : `${base}/v2/${image.repository}/${path}`
    if (new URL(url).origin !== new URL(base).origin)
      throw new RegistryError(
        `${image.registry} sent an upload location on another host (${new URL(url).origin}): not followed with the registry's credentials.`,
      )
    let authTried = false
    for (let attempt = 1; ; attempt++) {
      // Basic credentials hold for every scope of the registry; a bearer token for its scope.
      const auth = this.#auth.get(image.registry) ?? this.#auth.get(scoped)
      let response: Response
      try {
        response = await this.#fetch(url, {
          method,
          headers: {
            'User-Agent': this.#userAgent,
            ...headers,
            ...(auth ? { Authorization: auth } : {}),
          },
          ...(body ? { body } : {}),
          signal: AbortSignal.timeout(this.#timeoutMs),
        })
      } catch (error) {
        if (attempt >= this.#attempts) {
          throw new RegistryError(
            `${method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`,
          )
        }
        await sleep(this.#backoffMs * 2 ** (attempt - 1))
        continue
      }
      if (response.status === 401 && !authTried) {
        const challenge = parseChallenge(response.headers.get('www-authenticate'))
        await response.body?.cancel()
        if (!challenge)
          throw new RegistryError(
            `${image.registry} answered 401 without a usable WWW-Authenticate challenge.`,
            401,
          )
        this.#auth.set(
          challenge.scheme === 'basic' ? image.registry : scoped,
          await this.#token(image.registry, challenge, scope),
        )
        authTried = true
        attempt--
        continue
      }
      if ((response.status >= 500 || response.status === 429) && attempt < this.#attempts) {
        const retryAfter = Number(response.headers.get('retry-after'))
        await response.body?.cancel()
        const wait =
          Number.isFinite(retryAfter) && retryAfter > 0
            ? Math.min(retryAfter * 1000, 60_000)
            : this.#backoffMs * 2 ** (attempt - 1)
        this.#logger.debug(`${method} ${url}: HTTP ${response.status}; retrying in ${wait} ms`)
        await sleep(wait)
        continue
      }
      return response
    }
  }

  async #fail(
    image: ImageRef | Pick<ImageRef, 'registry' | 'repository'>,
    what: string,
    response: Response,
  ): Promise<never> {
    const { code, message } = await errorOf(response)
    const hint =
      response.status === 401
        ? ': the credentials were refused (registry-username, registry-password)'
        : response.status === 403
          ? ': access denied (the token needs write access to the package: packages: write for GHCR)'
          : ''
    throw new RegistryError(
      `${what} ${image.registry}/${image.repository}: HTTP ${response.status} ${message}${hint}`,
      response.status,
      code,
    )
  }

  /** The digest a tag or digest points at (HEAD), or undefined when it does not exist. */
  async resolve(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    reference: string,
  ): Promise<string | undefined> {
    const response = await this.request(image, 'HEAD', `manifests/${reference}`, {
      headers: { Accept: MANIFEST_TYPES.join(', ') },
    })
    if (response.status === 404) return undefined
    if (!response.ok) return this.#fail(image, `Reading ${reference} of`, response)
    const digest = response.headers.get('docker-content-digest')
    if (!digest)
      throw new RegistryError(
        `${image.registry} did not send Docker-Content-Digest for ${reference}.`,
      )
    return digest
  }

  /** A manifest with its exact bytes, or undefined when it does not exist. */
  async manifest(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    reference: string,
  ): Promise<Manifest | undefined> {
    const response = await this.request(image, 'GET', `manifests/${reference}`, {
      headers: { Accept: MANIFEST_TYPES.join(', ') },
    })
    if (response.status === 404) {
      await response.body?.cancel()
      return undefined
    }
    if (!response.ok) return this.#fail(image, `Reading ${reference} of`, response)
    const body = new Uint8Array(await response.arrayBuffer())
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RegistryError(
        `${image.registry} sent a manifest whose digest ${digest} is not the ${reference} asked for.`,
      )
    }
    const mediaType =
      response.headers.get('content-type')?.split(';')[0]?.trim() ?? MANIFEST_TYPES[1] ?? ''
    return { digest, mediaType, body }
  }

  /**
   * The image configuration (labels, env, created, platform) of a tag or digest: for an index, of
   * its linux/amd64 image (else its first); undefined when the reference does not exist.
   */
  async imageConfig(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    reference: string,
  ): Promise<{ digest: string; config: ImageConfig } | undefined> {
    const top = await this.manifest(image, reference)
    if (!top) return undefined
    let doc = JSON.parse(Buffer.from(top.body).toString('utf8')) as ManifestDocument
    if (doc.manifests) {
      const chosen =
        doc.manifests.find(
          m => m.platform?.os === 'linux' && m.platform.architecture === 'amd64',
        ) ??
        doc.manifests.find(m => m.platform?.os !== 'unknown') ??
        doc.manifests[0]
      if (!chosen)
        throw new RegistryError(
          `${image.registry}/${image.repository}@${top.digest} is an empty index.`,
        )
      const inner = await this.manifest(image, chosen.digest)
      if (!inner)
        throw new RegistryError(
          `${image.registry}/${image.repository}@${top.digest} names ${chosen.digest}, which is missing.`,
        )
      doc = JSON.parse(Buffer.from(inner.body).toString('utf8')) as ManifestDocument
    }
    const configDigest = doc.config?.digest
    if (!configDigest)
      throw new RegistryError(
        `${image.registry}/${image.repository}@${top.digest} has no image config.`,
      )
    const response = await this.request(image, 'GET', `blobs/${configDigest}`)
    if (!response.ok) return this.#fail(image, `Reading the config ${configDigest} of`, response)
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (`sha256:${createHash('sha256').update(bytes).digest('hex')}` !== configDigest)
      throw new RegistryError(`${image.registry} sent a config that is not ${configDigest}.`)
    return {
      digest: top.digest,
      config: JSON.parse(Buffer.from(bytes).toString('utf8')) as ImageConfig,
    }
  }

  /** Point `tag` at `manifest` (its exact bytes, so the digest stays the same). */
  async putTag(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    tag: string,
    manifest: Manifest,
  ): Promise<void> {
    const response = await this.request(image, 'PUT', `manifests/${tag}`, {
      headers: { 'Content-Type': manifest.mediaType },
      body: manifest.body,
      push: true,
    })
    if (!response.ok) return this.#fail(image, `Writing the tag ${tag} of`, response)
    await response.body?.cancel()
    const digest = response.headers.get('docker-content-digest')
    if (digest && digest !== manifest.digest) {
      throw new RegistryError(
        `${image.registry} stored ${tag} as ${digest}, not ${manifest.digest}.`,
      )
    }
  }

  /** Does the repository hold the blob `digest` (HEAD)? */
  async hasBlob(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    digest: string,
  ): Promise<boolean> {
    const response = await this.request(image, 'HEAD', `blobs/${digest}`, { push: true })
    await response.body?.cancel()
    if (response.status === 404) return false
    if (!response.ok) return this.#fail(image, `Reading the blob ${digest} of`, response)
    return true
  }

  /** A blob's bytes, checked against its digest. */
  async blob(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    digest: string,
  ): Promise<Uint8Array> {
    const response = await this.request(image, 'GET', `blobs/${digest}`)
    if (!response.ok) return this.#fail(image, `Reading the blob ${digest} of`, response)
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (`sha256:${createHash('sha256').update(bytes).digest('hex')}` !== digest)
      throw new RegistryError(`${image.registry} sent a blob that is not ${digest}.`)
    return bytes
  }

  /**
   * Upload a blob unless the repository has it: POST a session, then PUT the bytes with their
   * digest (the distribution spec's monolithic upload in two requests). Returns the digest.
   */
  async uploadBlob(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    bytes: Uint8Array,
  ): Promise<string> {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    if (await this.hasBlob(image, digest)) return digest
    const start = await this.request(image, 'POST', 'blobs/uploads/', { push: true })
    if (start.status !== 202) return this.#fail(image, 'Starting a blob upload to', start)
    await start.body?.cancel()
    const location = start.headers.get('location')
    if (!location)
      throw new RegistryError(`${image.registry} started an upload without a Location.`)
    const target = new URL(location, `${apiBase(image.registry)}/v2/`)
    target.searchParams.set('digest', digest)
    const put = await this.request(image, 'PUT', target.href, {
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes,
      push: true,
    })
    if (put.status !== 201) return this.#fail(image, `Uploading the blob ${digest} to`, put)
    await put.body?.cancel()
    return digest
  }

  /** Put a manifest (its exact bytes) under `reference`, a tag or its digest; returns its digest. */
  async putManifest(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    reference: string,
    mediaType: string,
    body: Uint8Array,
  ): Promise<string> {
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    await this.putTag(image, reference, { digest, mediaType, body })
    return digest
  }

  /**
   * Wait until a manifest exists (registries answer MANIFEST_UNKNOWN for a while after a push),
   * polling with exponential backoff up to `timeoutMs`. Fails closed when it never appears.
   */
  async waitForManifest(
    image: Pick<ImageRef, 'registry' | 'repository'>,
    reference: string,
    {
      timeoutMs,
      intervalMs = 500,
      maxIntervalMs = 8_000,
    }: { timeoutMs: number; intervalMs?: number; maxIntervalMs?: number },
  ): Promise<Manifest> {
    const deadline = Date.now() + timeoutMs
    let wait = intervalMs
    let tries = 0
    for (;;) {
      tries++
      const manifest = await this.manifest(image, reference)
      if (manifest) return manifest
      const left = deadline - Date.now()
      if (left <= 0) {
        throw new RegistryError(
          `${image.registry}/${image.repository}@${reference} did not appear within ${Math.round(timeoutMs / 1000)} s (${tries} tries; the registry answered MANIFEST_UNKNOWN).`,
          404,
          'MANIFEST_UNKNOWN',
        )
      }
      this.#logger.info(
        `${image.registry}/${image.repository}@${reference} is not there yet; trying again in ${Math.round(Math.min(wait, left) / 100) / 10} s.`,
      )
      await sleep(Math.min(wait, left))
      wait = Math.min(wait * 2, maxIntervalMs)
    }
  }
}
