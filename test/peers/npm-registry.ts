/**
 * A local npm registry on 127.0.0.1, for the publish side of the self-release: what stands for
 * registry.npmjs.org to the real npm CLI. It answers as the public registry does:
 *
 * - `GET /<name>` (`@scope%2fname` for a scoped one): the packument, `{_id, name, dist-tags,
 *   versions: {<v>: manifest with dist {integrity, shasum, tarball}}, time}` (npm/registry
 *   docs/REGISTRY-API.md, `GET /{package}`, and docs/responses/package-metadata.md); a package
 *   never published: 404 `{"error":"Not found"}`.
 * - `PUT /<name>`: a publish, with the body npm sends (npm/cli workspaces/libnpmpublish
 *   lib/publish.js, buildMetadata, as npm 11.19.1 ships it: `_id`, `name`, `dist-tags` {tag: v},
 *   `versions` {v: manifest with `_id` name@v and `dist` {integrity, shasum, tarball}}, `access`,
 *   `_attachments` {`<name>-<v>.tgz`: {content_type, data base64, length}}) and
 *   `Authorization: Bearer <token>`. Answers 401 without the token, 403 "You cannot publish over
 *   the previously published versions: <v>." for a version it has (as registry.npmjs.org answers,
 *   quoted by npm in pnpm/registry-mock#25), 400 for a body whose attachment is not the manifest's
 *   tarball (its length, sha512 = dist.integrity, sha1 = dist.shasum); 200 otherwise (npm reads
 *   only the status of a publish: libnpmpublish `ignoreBody`).
 * - `GET /<name>/-/<name>-<v>.tgz`: the stored tarball.
 * - `POST /-/npm/v1/oidc/token/exchange/package/<name>` (trusted publishing, with a `trusted`
 *   publisher configured): `Authorization: Bearer <the job's OIDC token>`, audience
 *   `npm:<registry host>`, whose `repository` and workflow file are the configured publisher's;
 *   answers 201 `{"token": …}`, a token that may publish that package (npm/cli lib/utils/oidc.js
 *   calls it so and reads `token`; @semantic-release/npm lib/trusted-publishing/token-exchange.js
 *   reads `message` of a refusal), else 401 `{"message": …}`.
 *
 * Every request is recorded; whatever npm sends that the public registry would not take is a
 * violation, which tests assert is empty.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

export interface NpmRequest {
  method: string
  path: string
  status: number
  /** Whether the request carried `Authorization: Bearer <the registry's token>`. */
  authorized: boolean
  /** The npm-command header npm sends (publish, view, …), when it does. */
  npmCommand: string | undefined
}

interface Manifest {
  name: string
  version: string
  _id?: string
  dist: { integrity: string; shasum: string; tarball: string }
  [key: string]: unknown
}

interface Stored {
  name: string
  distTags: Record<string, string>
  versions: Record<string, Manifest>
  time: Record<string, string>
  tarballs: Map<string, Buffer>
}

type Json = Record<string, unknown>

/** A package's trusted publisher, as npmjs.com configures one: a repository and its workflow file. */
export interface TrustedPublisher {
  /** Verifies a job's OIDC token for an audience (test/peers/oidc.ts) and resolves its claims. */
  verify: (idToken: string, audience: string) => Promise<Record<string, unknown>>
  repository: string
  /** The workflow file name (release.yml). */
  workflow: string
}

/** One token exchange, as recorded. */
export interface NpmExchange {
  package: string
  status: number
  repository: string | undefined
}

const MAX_BODY = 64 * 1024 * 1024

export class NpmRegistry {
  readonly requests: NpmRequest[] = []
  readonly violations: string[] = []
  readonly packages = new Map<string, Stored>()
  readonly token: string
  readonly exchanges: NpmExchange[] = []
  readonly trusted: TrustedPublisher | undefined
  /** Tokens the OIDC exchange handed out, by the package they may publish. */
  #exchanged = new Map<string, string>()
  #server: Server
  #url = ''

  private constructor(token: string, trusted: TrustedPublisher | undefined) {
    this.token = token
    this.trusted = trusted
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.violations.push(
          `server error: ${error instanceof Error ? error.stack : String(error)}`,
        )
        if (!res.headersSent) this.#send(req, res, 500, { error: 'internal error' })
      })
    })
  }

  static async start({
    token = 'npm-test-token',
    trusted,
  }: { token?: string; trusted?: TrustedPublisher } = {}): Promise<NpmRegistry> {
    const registry = new NpmRegistry(token, trusted)
    await new Promise<void>(resolve => registry.#server.listen(0, '127.0.0.1', resolve))
    const address = registry.#server.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    registry.#url = `http://127.0.0.1:${address.port}`
    return registry
  }

  /** The registry URL, no trailing slash. */
  get url(): string {
    return this.#url
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections()
    await new Promise<void>(resolve => this.#server.close(() => resolve()))
  }

  /** The packument of `name` as GET serves it, or undefined. */
  packument(name: string): Json | undefined {
    const p = this.packages.get(name)
    if (!p) return undefined
    return {
      _id: p.name,
      name: p.name,
      'dist-tags': p.distTags,
      versions: p.versions,
      time: p.time,
    }
  }

  /** Publish a version directly (a version that is already there, as a test arranges it). */
  seed(name: string, version: string, tarball: Buffer, tag = 'latest'): void {
    const manifest: Manifest = {
      name,
      version,
      _id: `${name}@${version}`,
      dist: {
        integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
        shasum: createHash('sha1').update(tarball).digest('hex'),
        tarball: `${this.#url}/${name}/-/${name}-${version}.tgz`,
      },
    }
    this.#store(name, manifest, tarball, { [tag]: version })
  }

  #store(name: string, manifest: Manifest, tarball: Buffer, tags: Record<string, string>): void {
    const now = new Date().toISOString()
    const p: Stored = this.packages.get(name) ?? {
      name,
      distTags: {},
      versions: {},
      time: { created: now },
      tarballs: new Map(),
    }
    p.versions[manifest.version] = manifest
    p.time[manifest.version] = now
    p.time.modified = now
    Object.assign(p.distTags, tags)
    p.tarballs.set(`${name}-${manifest.version}.tgz`, tarball)
    this.packages.set(name, p)
  }

  #send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: Json | Buffer,
    authorized = false,
  ): void {
    this.requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      status,
      authorized,
      npmCommand:
        typeof req.headers['npm-command'] === 'string' ? req.headers['npm-command'] : undefined,
    })
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body))
    res.writeHead(status, {
      'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json',
      'content-length': bytes.length,
    })
    res.end(bytes)
  }

  async #body(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      if (size > MAX_BODY) throw new Error('body too large')
      chunks.push(chunk as Buffer)
    }
    return Buffer.concat(chunks)
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.#url)
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const exchange = /^\/-\/npm\/v1\/oidc\/token\/exchange\/package\/([^/]+)$/.exec(url.pathname)
    if (req.method === 'POST' && exchange)
      return this.#exchange(req, res, decodeURIComponent(exchange[1] ?? ''), bearer)
    // The package name: the first segment, or @scope%2fname (npm escapes the slash).
    const parts = url.pathname.slice(1).split('/')
    const name = decodeURIComponent(parts[0] ?? '')
    const authorized =
      bearer !== undefined && (bearer === this.token || this.#exchanged.get(bearer) === name)
    if (req.method === 'GET' && parts.length === 1) {
      const packument = this.packument(name)
      if (!packument) return this.#send(req, res, 404, { error: 'Not found' }, authorized)
      return this.#send(req, res, 200, packument, authorized)
    }
    if (req.method === 'GET' && parts.length >= 3 && parts[1] === '-') {
      const tarball = this.packages.get(name)?.tarballs.get(parts.slice(2).join('/'))
      if (!tarball) return this.#send(req, res, 404, { error: 'Not found' }, authorized)
      return this.#send(req, res, 200, tarball, authorized)
    }
    if (req.method === 'PUT' && parts.length === 1) {
      const raw = await this.#body(req)
      if (!authorized)
        return this.#send(req, res, 401, { error: 'You must be logged in to publish packages.' })
      return this.#publish(req, res, name, raw)
    }
    this.violations.push(`${req.method} ${url.pathname}: not an endpoint npm publish uses`)
    return this.#send(req, res, 404, { error: 'Not found' }, authorized)
  }

  async #exchange(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    idToken: string | undefined,
  ): Promise<void> {
    await this.#body(req)
    const refuse = (message: string, repository?: string) => {
      this.exchanges.push({ package: name, status: 401, repository })
      this.#send(req, res, 401, { message })
    }
    if (!this.trusted) return refuse('No trusted publisher is configured for this package')
    if (idToken === undefined) return refuse('No OIDC token')
    let claims: Record<string, unknown>
    try {
      claims = await this.trusted.verify(idToken, `npm:${new URL(this.#url).hostname}`)
    } catch (error) {
      return refuse(`The OIDC token is not valid: ${(error as Error).message}`)
    }
    const repository = typeof claims.repository === 'string' ? claims.repository : undefined
    const workflowRef = typeof claims.workflow_ref === 'string' ? claims.workflow_ref : ''
    if (
      repository !== this.trusted.repository ||
      !workflowRef.startsWith(`${repository}/.github/workflows/${this.trusted.workflow}@`)
    )
      return refuse('The OIDC token is not from the trusted publisher of this package', repository)
    const token = `npm_oidc_${randomBytes(16).toString('hex')}`
    this.#exchanged.set(token, name)
    this.exchanges.push({ package: name, status: 201, repository })
    this.#send(req, res, 201, { token })
  }

  #publish(req: IncomingMessage, res: ServerResponse, name: string, raw: Buffer): void {
    const bad = (problem: string) => {
      this.violations.push(`PUT /${name}: ${problem}`)
      this.#send(req, res, 400, { error: problem }, true)
    }
    let body: Json
    try {
      body = JSON.parse(raw.toString('utf8')) as Json
    } catch {
      return bad('the body is not JSON')
    }
    if (body.name !== name || body._id !== name) return bad('name and _id are not the package')
    const versions = (body.versions ?? {}) as Record<string, Manifest>
    const tags = (body['dist-tags'] ?? {}) as Record<string, string>
    const list = Object.keys(versions)
    if (list.length !== 1) return bad(`expected one version, got ${list.length}`)
    const version = list[0] as string
    const manifest = versions[version] as Manifest
    if (
      manifest.name !== name ||
      manifest.version !== version ||
      manifest._id !== `${name}@${version}`
    )
      return bad('the manifest does not name the package and version')
    const tagged = Object.entries(tags)
    if (tagged.length !== 1 || tagged[0]?.[1] !== version)
      return bad('dist-tags does not tag the version published')
    if (body.access !== 'public' && body.access !== 'restricted' && body.access !== null)
      return bad(`access is ${JSON.stringify(body.access)}`)
    const attachments = (body._attachments ?? {}) as Record<
      string,
      { content_type?: string; data?: string; length?: number }
    >
    // libnpmpublish names the attachment `${manifest.name}-${version}.tgz` (scope included).
    const file = `${name}-${version}.tgz`
    const attachment = attachments[file]
    if (!attachment || typeof attachment.data !== 'string') return bad(`no attachment ${file}`)
    const tarball = Buffer.from(attachment.data, 'base64')
    if (tarball.length !== attachment.length) return bad('the attachment length is not its size')
    const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
    if (manifest.dist?.integrity !== integrity)
      return bad(`dist.integrity ${manifest.dist?.integrity} is not the attachment's ${integrity}`)
    if (manifest.dist.shasum !== createHash('sha1').update(tarball).digest('hex'))
      return bad("dist.shasum is not the attachment's sha1")
    if (!manifest.dist.tarball.endsWith(`/${name}/-/${file}`))
      return bad(`dist.tarball ${manifest.dist.tarball} is not <registry>/${name}/-/${file}`)
    if (this.packages.get(name)?.versions[version])
      return this.#send(
        req,
        res,
        403,
        { error: `You cannot publish over the previously published versions: ${version}.` },
        true,
      )
    this.#store(name, manifest, tarball, tags)
    this.#send(req, res, 200, { success: true }, true)
  }
}
