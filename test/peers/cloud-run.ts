/**
 * A stateful local Cloud Run for tests, on one HTTP server on 127.0.0.1:
 *
 * - the Cloud Run Admin API v1 (Knative serving: services and revisions per project and region) that
 *   the stand-in gcloud (test/peers/bin/gcloud.ts) calls, with Cloud Run's server side: a changed
 *   revision template makes a revision `<service>-<generation:05>-<abc>` (or the name gcloud asked
 *   for), the image is pulled from the real registry (refused with Cloud Run's words when it cannot
 *   be, and then traffic stays where it was), spec.traffic is validated and resolved into
 *   status.traffic with `latestReadyRevisionName`, the service URL and one URL per traffic tag;
 * - the revisions themselves: every URL is a real endpoint, `http://127.0.0.1:<port>/<host>` where
 *   `<host>` is what Cloud Run's host name would be (`api-<hash>-uw`, `v1-2-3---api-<hash>-uw`).
 *   The modelled app answers the health path with `{"version": …}`, the image's
 *   `org.opencontainers.image.version` label read from the registry (an index is followed to
 *   linux/amd64), unless a test configured another behaviour (an old version, 500s, slowness);
 *   the service URL splits requests by the traffic percentages (smooth weighted round robin);
 * - the Google token services google-github-actions/auth and gcloud use for Workload Identity
 *   Federation: STS token exchange of a GitHub OIDC token (audience, expiry and optionally the
 *   signature and attribute conditions checked) and IAM Credentials generateAccessToken /
 *   generateIdToken for a service account; the Run API accepts only tokens minted here;
 * - a control API for the stand-in gcloud: its config directory state (`auth login`, `config set`)
 *   and a record of every call, which tests read through `calls`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestRegistry } from './registry.ts'

/** The Google Cloud CLI release the stand-in gcloud is (the newest at the time of writing). */
export const GCLOUD_VERSION = '578.0.0'

const GCLOUD_TS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin', 'gcloud.ts')

/**
 * Write the stand-in `gcloud` into `dir`: an sh wrapper that runs test/peers/bin/gcloud.ts with
 * Node (24, for type stripping) against `cloudRun` (its URL baked in as RA_CLOUD_RUN_PEER, so a
 * step's environment cannot point it elsewhere). Returns the wrapper's path.
 */
export function writeGcloudStandIn(
  dir: string,
  cloudRun: Pick<CloudRun, 'url'>,
  { version = GCLOUD_VERSION, node = process.execPath }: { version?: string; node?: string } = {},
): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'gcloud')
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      `# Google Cloud SDK ${version}: the stand-in gcloud of the release-actions tests (test/peers/bin/gcloud.ts).`,
      `RA_CLOUD_RUN_PEER=${q(cloudRun.url)}`,
      `RA_GCLOUD_VERSION=${q(version)}`,
      // Node's compile cache keeps the type-stripped script: each call starts in ~50 ms, not ~130.
      `NODE_COMPILE_CACHE=\${NODE_COMPILE_CACHE:-${q(path.join(tmpdir(), 'ra-gcloud-compile-cache'))}}`,
      'export RA_CLOUD_RUN_PEER RA_GCLOUD_VERSION NODE_COMPILE_CACHE',
      `exec ${q(node)} ${q(GCLOUD_TS)} "$@"`,
      '',
    ].join('\n'),
  )
  chmodSync(file, 0o755)
  return file
}

// ---- the Knative serving v1 shapes gcloud reads and writes --------------------------------------

export interface TrafficTarget {
  revisionName?: string
  latestRevision?: boolean
  percent?: number
  tag?: string
  url?: string
}

export interface EnvVar {
  name: string
  value?: string
  valueFrom?: { secretKeyRef?: { name: string; key: string } }
}

export interface Container {
  image: string
  env?: EnvVar[]
  ports?: { name?: string; containerPort: number }[]
  resources?: { limits?: Record<string, string> }
  command?: string[]
  args?: string[]
}

export interface RevisionTemplate {
  metadata?: {
    name?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
  }
  spec: {
    containers: Container[]
    containerConcurrency?: number
    timeoutSeconds?: number
    serviceAccountName?: string
  }
}

export interface Condition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  reason?: string
  message?: string
  lastTransitionTime: string
}

export interface ObjectMeta {
  name: string
  namespace?: string
  uid?: string
  generation?: number
  resourceVersion?: string
  creationTimestamp?: string
  selfLink?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
}

export interface KnativeService {
  apiVersion: 'serving.knative.dev/v1'
  kind: 'Service'
  metadata: ObjectMeta
  spec: { template: RevisionTemplate; traffic?: TrafficTarget[] }
  status?: {
    observedGeneration?: number
    conditions?: Condition[]
    latestReadyRevisionName?: string
    latestCreatedRevisionName?: string
    traffic?: TrafficTarget[]
    url?: string
    address?: { url: string }
  }
}

export interface KnativeRevision {
  apiVersion: 'serving.knative.dev/v1'
  kind: 'Revision'
  metadata: ObjectMeta
  spec: RevisionTemplate['spec']
  status: {
    observedGeneration: number
    conditions: Condition[]
    imageDigest?: string
  }
}

/** A Google API error body, as Cloud Run, IAM and the gcloud stand-in exchange them. */
export interface GoogleError {
  error: {
    code: number
    message: string
    status: string
    details?: {
      '@type': string
      fieldViolations?: { field: string; description: string }[]
    }[]
  }
}

/** The gcloud stand-in's configuration directory (CLOUDSDK_CONFIG, or ~/.config/gcloud). */
export interface GcloudConfig {
  /** `core/account`, `core/project`, `run/region`, … */
  properties: Record<string, string>
  /** Credentials stored by `gcloud auth login --cred-file`, by account. */
  credentials: Record<string, string>
  components: string[]
}

export interface GcloudCall {
  args: string[]
  cwd: string
  /** undefined while the call runs (or when the stand-in died). */
  code: number | undefined
  stdout: string
  stderr: string
}

/** What the modelled app of a revision does instead of reporting its image's version. */
export interface RevisionBehaviour {
  /** Report this version (an old build, a wrong tag). */
  version?: string
  /** Answer with this status (and body) instead. */
  status?: number
  body?: string
  /** Wait this long before answering. */
  delayMs?: number
  /** Close the connection without answering. */
  reset?: boolean
}

/** Workload Identity Federation as the project configured it. */
export interface WorkloadIdentityOptions {
  /** Providers (`projects/<n>/locations/global/workloadIdentityPools/<pool>/providers/<p>`) that exist; default any. */
  providers?: string[]
  /** Verifies a subject token's signature, issuer and audience (an OIDC issuer's verify); default: claims are decoded, aud and exp checked. */
  verifyToken?: (token: string, audience: string) => Promise<Record<string, unknown>>
  /** The provider's attribute condition over the token's claims; default accepts every token. */
  attributeCondition?: (claims: Record<string, unknown>) => boolean
  /** The service accounts' IAM bindings (roles/iam.workloadIdentityUser); default: any federated identity may impersonate any account. */
  canImpersonate?: (serviceAccount: string, claims: Record<string, unknown>) => boolean
}

export interface CloudRunOptions {
  /** Where images are pulled from: references with this registry's host. Without one, no image can be pulled. */
  registry?: TestRegistry
  /** The path the modelled app answers with its version (default `/health`). */
  healthPath?: string
  workloadIdentity?: WorkloadIdentityOptions
}

/** A revision as tests see it. */
export interface RevisionState {
  name: string
  image: string
  /** `<repository>@sha256:…` of what was pulled. */
  imageDigest: string | undefined
  /** The image's org.opencontainers.image.version label. */
  version: string | undefined
  ready: boolean
  message: string | undefined
  /** Its share of the service URL's traffic now. */
  percent: number
  /** Its traffic tags now. */
  tags: string[]
  env: Record<string, string>
}

/** A service as tests see it. */
export interface ServiceState {
  project: string
  region: string
  name: string
  url: string
  generation: number
  latestReadyRevisionName: string | undefined
  latestCreatedRevisionName: string | undefined
  /** status.traffic: what serves now. */
  traffic: TrafficTarget[]
  /** The revision that serves 100 % of the service URL, if one does. */
  serving: string | undefined
  ready: boolean
  message: string | undefined
  labels: Record<string, string>
  /** Who created it and who changed it last (the principal of the access token). */
  creator: string
  lastModifier: string
  revisions: RevisionState[]
}

export interface CloudRun {
  /** http://127.0.0.1:<port>: the Run API, token services, control API and every revision URL. */
  url: string
  healthPath: string
  /** Every gcloud stand-in call, in order. */
  readonly calls: GcloudCall[]
  /** Every Run API request: method, path, status. */
  readonly requests: {
    method: string
    path: string
    status: number
    principal: string | undefined
  }[]
  service(project: string, region: string, name: string): ServiceState | undefined
  /** Shorthand: the revision serving 100 % of the service URL. */
  servingRevision(project: string, region: string, name: string): string | undefined
  /** Make a revision (by name) or every revision of an image (by reference or digest) behave so. */
  behave(target: { revision: string } | { image: string }, behaviour: RevisionBehaviour): void
  /** A token the Run API accepts, for a principal (as if gcloud had minted it). */
  mintAccessToken(principal: string): string
  stop(): Promise<void>
}

// ---- helpers --------------------------------------------------------------------------------

const LOCATION_LABEL = 'cloud.googleapis.com/location'
const GOOGLE_HOST =
  /^((([a-z]+\.)?gcr\.io)|([a-z0-9-]+-docker\.pkg\.dev)|(docker\.io)|(index\.docker\.io))$/
const clone = <T>(v: T): T => structuredClone(v)
const now = () => new Date().toISOString()

function digits(seed: string, n: number): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  return (BigInt(`0x${hex}`) % 10n ** BigInt(n)).toString().padStart(n, '1')
}

/** Cloud Run's three-letter pronounceable names (consonant, vowel, consonant). */
function word(): string {
  const c = 'bcdfghjklmnpqrstvwxyz'
  const v = 'aeiou'
  const b = randomBytes(3)
  return `${c[(b[0] ?? 0) % c.length]}${v[(b[1] ?? 0) % v.length]}${c[(b[2] ?? 0) % c.length]}`
}

function googleError(
  code: number,
  status: string,
  message: string,
  violations?: { field: string; description: string }[],
): GoogleError {
  return {
    error: {
      code,
      message,
      status,
      ...(violations
        ? {
            details: [
              { '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: violations },
            ],
          }
        : {}),
    },
  }
}

class ApiError extends Error {
  readonly status: number
  readonly body: unknown
  constructor(status: number, body: unknown) {
    super(JSON.stringify(body))
    this.status = status
    this.body = body
  }
}

const badRequest = (field: string, description: string) =>
  new ApiError(
    400,
    googleError(400, 'INVALID_ARGUMENT', `${field}: ${description}`, [{ field, description }]),
  )

function decodeJwt(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** A decoded JSON or form value as text ('' for objects). */
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** A JSON or form body as a flat record (STS takes both; the auth action posts camelCase JSON). */
function parseParams(text: string, type: string | undefined): Record<string, unknown> {
  if ((type ?? '').includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text))
  try {
    const v: unknown = JSON.parse(text || '{}')
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

interface ImageRef {
  host: string
  repository: string
  tag: string | undefined
  digest: string | undefined
}

function parseRef(image: string): ImageRef | undefined {
  const m = /^([^/]+)\/([a-z0-9._/-]+?)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(
    image,
  )
  if (!m) return undefined
  const [, host = '', repository = '', tag, digest] = m
  if (!/[.:]/.test(host) && host !== 'localhost') return undefined
  return { host, repository, tag, digest }
}

// ---- internal state -------------------------------------------------------------------------

interface Revision {
  name: string
  uid: string
  configurationGeneration: number
  created: string
  template: RevisionTemplate
  image: string
  imageDigest: string | undefined
  version: string | undefined
  ready: boolean
  message: string | undefined
}

interface ServiceRecord {
  project: string
  region: string
  name: string
  host: string
  doc: KnativeService
  revisions: Revision[]
  lastTemplate: string | undefined
  /** Smooth weighted round robin state over the serving revisions. */
  weights: Map<string, number>
}

interface Token {
  principal: string
  expires: number
  claims: Record<string, unknown>
  kind: 'federated' | 'access'
}

const ACCEPT_MANIFESTS = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ')

/** Pull (the manifest and config of) an image the way Cloud Run resolves it when it creates a revision. */
async function pull(
  registry: TestRegistry | undefined,
  image: string,
): Promise<{ digest: string; version: string | undefined } | { error: string }> {
  const notFound = { error: `Image '${image}' not found.` }
  const ref = parseRef(image)
  if (!ref || !registry || ref.host !== registry.host) return notFound
  let auth: string | undefined
  const get = async (p: string, accept?: string): Promise<Response> => {
    const headers: Record<string, string> = accept ? { Accept: accept } : {}
    if (auth) headers.Authorization = auth
    let r = await fetch(`${registry.url}/v2/${ref.repository}/${p}`, { headers })
    if (r.status === 401 && !auth) {
      const challenge = r.headers.get('www-authenticate') ?? ''
      const basic = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
      if (/^basic/i.test(challenge)) auth = basic
      else {
        const realm = /realm="([^"]+)"/.exec(challenge)?.[1] ?? ''
        const service = /service="([^"]+)"/.exec(challenge)?.[1] ?? ''
        const t = await fetch(
          `${realm}?service=${encodeURIComponent(service)}&scope=repository:${ref.repository}:pull`,
          { headers: { Authorization: basic } },
        )
        if (!t.ok) return r
        auth = `Bearer ${((await t.json()) as { token: string }).token}`
      }
      headers.Authorization = auth
      r = await fetch(`${registry.url}/v2/${ref.repository}/${p}`, { headers })
    }
    return r
  }
  try {
    const top = await get(`manifests/${ref.digest ?? ref.tag ?? 'latest'}`, ACCEPT_MANIFESTS)
    if (!top.ok) return notFound
    const text = await top.text()
    const digest =
      top.headers.get('docker-content-digest') ??
      `sha256:${createHash('sha256').update(text).digest('hex')}`
    let manifest = JSON.parse(text) as {
      mediaType?: string
      manifests?: { digest: string; platform?: { os?: string; architecture?: string } }[]
      config?: { digest: string }
    }
    if (manifest.manifests) {
      const amd64 = manifest.manifests.find(
        m => m.platform?.os === 'linux' && m.platform.architecture === 'amd64',
      )
      if (!amd64)
        return {
          error: `Image '${image}' is not valid: Cloud Run does not support image '${image}': Container manifest type 'application/vnd.oci.image.index.v1+json' must support amd64/linux.`,
        }
      const one = await get(`manifests/${amd64.digest}`, ACCEPT_MANIFESTS)
      if (!one.ok) return notFound
      manifest = JSON.parse(await one.text()) as typeof manifest
    }
    let version: string | undefined
    if (manifest.config) {
      const blob = await get(`blobs/${manifest.config.digest}`)
      if (blob.ok) {
        const config = (await blob.json()) as { config?: { Labels?: Record<string, string> } }
        version = config.config?.Labels?.['org.opencontainers.image.version']
      }
    }
    return { digest: `${ref.host}/${ref.repository}@${digest}`, version }
  } catch {
    return notFound
  }
}

// ---- the peer -------------------------------------------------------------------------------

export async function startCloudRun(options: CloudRunOptions = {}): Promise<CloudRun> {
  const { registry, healthPath = '/health', workloadIdentity = {} } = options
  const services = new Map<string, ServiceRecord>()
  const tokens = new Map<string, Token>()
  const configs = new Map<string, GcloudConfig>()
  const calls: GcloudCall[] = []
  const requests: CloudRun['requests'] = []
  const behaviours: { target: { revision: string } | { image: string }; b: RevisionBehaviour }[] =
    []
  let base = ''
  let resourceVersion = 0

  const key = (project: string, region: string, name: string) => `${project}/${region}/${name}`
  const projectNumber = (project: string) => (/^\d+$/.test(project) ? project : digits(project, 12))
  const findProject = (namespace: string): string => {
    for (const s of services.values())
      if (s.project === namespace || projectNumber(s.project) === namespace) return s.project
    return namespace
  }
  const hostOf = (project: string, region: string, name: string) => {
    const hash = createHash('sha256').update(`${project}/${region}`).digest('hex').slice(0, 10)
    const code = region
      .split('-')
      .slice(0, 2)
      .map(p => p[0] ?? '')
      .join('')
    return `${name}-${hash}-${code}`
  }
  const tagUrl = (rec: ServiceRecord, tag: string) => `${base}/${tag}---${rec.host}`

  const mint = (
    principal: string,
    kind: Token['kind'],
    claims: Record<string, unknown>,
    ttl = 3600,
  ) => {
    const token = `${kind === 'federated' ? 'sts' : 'ya29'}.${randomBytes(24).toString('base64url')}`
    tokens.set(token, { principal, expires: Date.now() + ttl * 1000, claims, kind })
    return token
  }
  const bearer = (req: IncomingMessage): Token | undefined => {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
    const t = m?.[1] ? tokens.get(m[1]) : undefined
    return t && t.expires > Date.now() ? t : undefined
  }
  /** A service account key's self-signed JWT for IAM Credentials (auth's credentials_json); signature not verified. */
  const selfSigned = (req: IncomingMessage): Token | undefined => {
    const claims = decodeJwt(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '')
    if (!claims || typeof claims.iss !== 'string' || claims.iss !== claims.sub) return undefined
    if (!/^https:\/\/iamcredentials\.[^/]+\/$/.test(String(claims.aud))) return undefined
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return undefined
    return { principal: claims.iss, expires: claims.exp * 1000, claims, kind: 'access' }
  }
  const unauthenticated = () =>
    new ApiError(
      401,
      googleError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      ),
    )

  // -- views ----------------------------------------------------------------------------------

  const percentOf = (rec: ServiceRecord, name: string) =>
    (rec.doc.status?.traffic ?? [])
      .filter(t => t.revisionName === name)
      .reduce((sum, t) => sum + (t.percent ?? 0), 0)

  const revisionDoc = (rec: ServiceRecord, r: Revision): KnativeRevision => ({
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Revision',
    metadata: {
      name: r.name,
      namespace: projectNumber(rec.project),
      uid: r.uid,
      generation: 1,
      creationTimestamp: r.created,
      selfLink: `/apis/serving.knative.dev/v1/namespaces/${projectNumber(rec.project)}/revisions/${r.name}`,
      labels: {
        ...(r.template.metadata?.labels ?? {}),
        'serving.knative.dev/configuration': rec.name,
        'serving.knative.dev/configurationGeneration': String(r.configurationGeneration),
        'serving.knative.dev/service': rec.name,
        'serving.knative.dev/route': rec.name,
        [LOCATION_LABEL]: rec.region,
      },
      annotations: { ...(r.template.metadata?.annotations ?? {}) },
    },
    spec: clone(r.template.spec),
    status: {
      observedGeneration: 1,
      conditions: [
        {
          type: 'Ready',
          status: r.ready ? 'True' : 'False',
          ...(r.ready ? {} : { reason: 'ContainerMissing', message: r.message }),
          lastTransitionTime: r.created,
        },
      ],
      ...(r.imageDigest ? { imageDigest: r.imageDigest } : {}),
    },
  })

  const serviceState = (rec: ServiceRecord): ServiceState => {
    const traffic = clone(rec.doc.status?.traffic ?? [])
    const full = traffic.filter(t => (t.percent ?? 0) === 100)
    const ready = rec.doc.status?.conditions?.find(c => c.type === 'Ready')
    return {
      project: rec.project,
      region: rec.region,
      name: rec.name,
      url: rec.doc.status?.url ?? '',
      generation: rec.doc.metadata.generation ?? 0,
      latestReadyRevisionName: rec.doc.status?.latestReadyRevisionName,
      latestCreatedRevisionName: rec.doc.status?.latestCreatedRevisionName,
      traffic,
      serving: full[0]?.revisionName,
      ready: ready?.status === 'True',
      message: ready?.message,
      labels: { ...(rec.doc.metadata.labels ?? {}) },
      creator: rec.doc.metadata.annotations?.['serving.knative.dev/creator'] ?? '',
      lastModifier: rec.doc.metadata.annotations?.['serving.knative.dev/lastModifier'] ?? '',
      revisions: rec.revisions.map(r => ({
        name: r.name,
        image: r.image,
        imageDigest: r.imageDigest,
        version: r.version,
        ready: r.ready,
        message: r.message,
        percent: percentOf(rec, r.name),
        tags: traffic.filter(t => t.revisionName === r.name && t.tag).map(t => t.tag ?? ''),
        env: Object.fromEntries(
          (r.template.spec.containers[0]?.env ?? []).map(e => [e.name, e.value ?? '']),
        ),
      })),
    }
  }

  // -- the Run API: create / replace with Cloud Run's reconciliation ---------------------------

  async function apply(
    rec: ServiceRecord,
    body: KnativeService,
    principal: string,
    creating: boolean,
  ): Promise<KnativeService> {
    const spec = clone(body.spec)
    const container = spec.template?.spec?.containers?.[0]
    if (!container?.image)
      throw badRequest('spec.template.spec.containers[0].image', 'Required field not set.')
    const ref = parseRef(container.image)
    if (!ref || !(GOOGLE_HOST.test(ref.host) || ref.host === registry?.host))
      throw badRequest(
        'spec.template.spec.containers[0].image',
        `Expected an image path like [host/]repo-path[:tag and/or @digest], where host is one of [region.]gcr.io, [region-]docker.pkg.dev or docker.io but obtained ${container.image}`,
      )
    const previous = rec.doc
    const specChanged = creating || JSON.stringify(spec) !== JSON.stringify(previous.spec)
    const generation = (previous.metadata.generation ?? 0) + (specChanged ? 1 : 0)
    const templateJson = JSON.stringify(spec.template)
    const templateChanged = rec.lastTemplate !== templateJson
    let created: Revision | undefined
    let newName: string | undefined
    if (templateChanged) {
      newName =
        spec.template.metadata?.name ??
        `${rec.name}-${String(generation).padStart(5, '0')}-${word()}`
      if (!newName.startsWith(`${rec.name}-`))
        throw badRequest(
          'spec.template.metadata.name',
          `Revision name '${newName}' must be prefixed by the name of the enclosing Service or Configuration with a trailing '-'.`,
        )
      if (rec.revisions.some(r => r.name === newName))
        throw new ApiError(
          409,
          googleError(
            409,
            'ALREADY_EXISTS',
            `Revision named '${newName}' with different configuration already exists.`,
          ),
        )
    }
    // Traffic: defaults to all on the latest; every named revision must exist; percents add to 100.
    if (!spec.traffic?.length) spec.traffic = [{ latestRevision: true, percent: 100 }]
    const names = new Set([...rec.revisions.map(r => r.name), ...(newName ? [newName] : [])])
    let total = 0
    const seenTags = new Set<string>()
    for (const [i, t] of spec.traffic.entries()) {
      if (!t.latestRevision && !(t.revisionName && names.has(t.revisionName)))
        throw badRequest(
          `spec.traffic[${i}].revisionName`,
          `Revision '${t.revisionName ?? ''}' referenced in traffic not found.`,
        )
      if (t.percent !== undefined && (!Number.isInteger(t.percent) || t.percent < 0))
        throw badRequest(`spec.traffic[${i}].percent`, 'Percent must be between 0 and 100.')
      total += t.percent ?? 0
      if (t.tag !== undefined) {
        if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(t.tag))
          throw badRequest(
            `spec.traffic[${i}].tag`,
            `Tag '${t.tag}' must be lowercase letters, digits and hyphens, start with a letter and not end with a hyphen.`,
          )
        if (seenTags.has(t.tag))
          throw badRequest(`spec.traffic[${i}].tag`, `Tag '${t.tag}' is used more than once.`)
        seenTags.add(t.tag)
      }
    }
    if (total !== 100)
      throw badRequest('spec.traffic', `Traffic percentages must add up to 100, got ${total}.`)

    if (templateChanged && newName) {
      const pulled = await pull(registry, container.image)
      created = {
        name: newName,
        uid: randomUUID(),
        configurationGeneration: generation,
        created: now(),
        template: clone(spec.template),
        image: container.image,
        imageDigest: 'digest' in pulled ? pulled.digest : undefined,
        version: 'digest' in pulled ? pulled.version : undefined,
        ready: 'digest' in pulled,
        message: 'error' in pulled ? pulled.error : undefined,
      }
      rec.revisions.push(created)
      rec.lastTemplate = templateJson
    }

    const status = clone(previous.status ?? {})
    const latestReady = created?.ready ? created.name : status.latestReadyRevisionName
    let problem: string | undefined
    if (created && !created.ready)
      problem = `Revision '${created.name}' is not ready and cannot serve traffic. ${created.message ?? ''}`
    const resolved: TrafficTarget[] = []
    if (!problem)
      for (const t of spec.traffic) {
        const name = t.latestRevision ? latestReady : t.revisionName
        const r = rec.revisions.find(x => x.name === name)
        if (!r || !r.ready) {
          if (!t.percent) continue // a tag on a revision that cannot serve gets no URL
          problem = r
            ? `Revision '${r.name}' is not ready and cannot serve traffic. ${r.message ?? ''}`
            : `Configuration '${rec.name}' does not have any ready Revision.`
          break
        }
        resolved.push({
          ...(t.latestRevision ? { latestRevision: true } : {}),
          ...(t.percent ? { percent: t.percent } : {}),
          revisionName: r.name,
          ...(t.tag ? { tag: t.tag, url: tagUrl(rec, t.tag) } : {}),
        })
      }
    const at = now()
    const url = `${base}/${rec.host}`
    const conditions: Condition[] = problem
      ? [
          {
            type: 'Ready',
            status: 'False',
            reason: created && !created.ready ? 'RevisionFailed' : 'RoutesNotReady',
            message: problem.trim(),
            lastTransitionTime: at,
          },
          {
            type: 'ConfigurationsReady',
            status: created && !created.ready ? 'False' : 'True',
            lastTransitionTime: at,
          },
          { type: 'RoutesReady', status: 'False', lastTransitionTime: at },
        ]
      : ['Ready', 'ConfigurationsReady', 'RoutesReady'].map(type => ({
          type,
          status: 'True' as const,
          lastTransitionTime: at,
        }))
    resourceVersion++
    const annotations = {
      ...(body.metadata.annotations ?? {}),
      'run.googleapis.com/ingress':
        body.metadata.annotations?.['run.googleapis.com/ingress'] ?? 'all',
      'run.googleapis.com/ingress-status':
        body.metadata.annotations?.['run.googleapis.com/ingress'] ?? 'all',
      'run.googleapis.com/operation-id': randomUUID(),
      'run.googleapis.com/urls': JSON.stringify([url]),
      'serving.knative.dev/creator':
        previous.metadata.annotations?.['serving.knative.dev/creator'] ?? principal,
      'serving.knative.dev/lastModifier': principal,
    }
    rec.doc = {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: {
        name: rec.name,
        namespace: projectNumber(rec.project),
        uid: previous.metadata.uid ?? randomUUID(),
        generation,
        resourceVersion: Buffer.from(`rv-${resourceVersion}`).toString('base64'),
        creationTimestamp: previous.metadata.creationTimestamp ?? at,
        selfLink: `/apis/serving.knative.dev/v1/namespaces/${projectNumber(rec.project)}/services/${rec.name}`,
        labels: { ...(body.metadata.labels ?? {}), [LOCATION_LABEL]: rec.region },
        annotations,
      },
      spec,
      status: {
        observedGeneration: generation,
        conditions,
        ...(latestReady ? { latestReadyRevisionName: latestReady } : {}),
        ...(created || status.latestCreatedRevisionName
          ? { latestCreatedRevisionName: created?.name ?? status.latestCreatedRevisionName }
          : {}),
        traffic: problem ? (status.traffic ?? []) : resolved,
        url,
        address: { url },
      },
    }
    if (!problem) rec.weights.clear()
    return clone(rec.doc)
  }

  async function runApi(
    req: IncomingMessage,
    url: URL,
    principal: string,
  ): Promise<{ status: number; body: unknown }> {
    const m =
      /^\/_run\/([a-z0-9-]+)\/apis\/serving\.knative\.dev\/v1\/namespaces\/([^/]+)\/(services|revisions)(?:\/([^/]+))?$/.exec(
        url.pathname,
      )
    if (!m) throw new ApiError(404, googleError(404, 'NOT_FOUND', 'Method not found.'))
    const [, region = '', namespace = '', kind, name] = m
    if (!/^[a-z]+-[a-z]+\d+$/.test(region))
      throw new ApiError(
        404,
        googleError(404, 'NOT_FOUND', `Deployment endpoint was not found for region ${region}.`),
      )
    const project = findProject(decodeURIComponent(namespace))
    const notFound = (what: string, n: string) =>
      new ApiError(
        404,
        googleError(
          404,
          'NOT_FOUND',
          `Resource '${n}' of kind '${what}' in region '${region}' in project '${project}' does not exist.`,
        ),
      )
    if (kind === 'revisions') {
      if (req.method !== 'GET') throw new ApiError(405, googleError(405, 'UNIMPLEMENTED', 'No.'))
      const all = [...services.values()].filter(s => s.project === project && s.region === region)
      if (name) {
        for (const s of all) {
          const r = s.revisions.find(x => x.name === name)
          if (r) return { status: 200, body: revisionDoc(s, r) }
        }
        throw notFound('REVISION', name)
      }
      const selector = /serving\.knative\.dev\/service\s*=\s*([a-z0-9-]+)/.exec(
        url.searchParams.get('labelSelector') ?? '',
      )?.[1]
      const items = all
        .filter(s => !selector || s.name === selector)
        .flatMap(s => s.revisions.map(r => revisionDoc(s, r)))
        .reverse()
      return {
        status: 200,
        body: { apiVersion: 'serving.knative.dev/v1', kind: 'RevisionList', items },
      }
    }
    if (!name) {
      if (req.method === 'GET') {
        const items = [...services.values()]
          .filter(s => s.project === project && s.region === region)
          .map(s => clone(s.doc))
        return {
          status: 200,
          body: { apiVersion: 'serving.knative.dev/v1', kind: 'ServiceList', items },
        }
      }
      if (req.method !== 'POST') throw new ApiError(405, googleError(405, 'UNIMPLEMENTED', 'No.'))
      const body = JSON.parse(await readBody(req)) as KnativeService
      const n = body.metadata?.name ?? ''
      if (!/^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/.test(n))
        throw badRequest(
          'metadata.name',
          "Resource name must use only lowercase letters, numbers and '-'. Must begin with a letter and cannot end with a '-'. Maximum length is 49 characters.",
        )
      if (services.has(key(project, region, n)))
        throw new ApiError(
          409,
          googleError(409, 'ALREADY_EXISTS', `Resource '${n}' already exists.`),
        )
      const rec: ServiceRecord = {
        project,
        region,
        name: n,
        host: hostOf(project, region, n),
        doc: {
          apiVersion: 'serving.knative.dev/v1',
          kind: 'Service',
          metadata: { name: n },
          spec: body.spec,
        },
        revisions: [],
        lastTemplate: undefined,
        weights: new Map(),
      }
      const doc = await apply(rec, body, principal, true)
      services.set(key(project, region, n), rec)
      return { status: 200, body: doc }
    }
    const rec = services.get(key(project, region, name))
    if (!rec) throw notFound('SERVICE', name)
    if (req.method === 'GET') return { status: 200, body: clone(rec.doc) }
    if (req.method === 'DELETE') {
      services.delete(key(project, region, name))
      return { status: 200, body: { status: 'Success', details: { name, kind: 'services' } } }
    }
    if (req.method !== 'PUT') throw new ApiError(405, googleError(405, 'UNIMPLEMENTED', 'No.'))
    const body = JSON.parse(await readBody(req)) as KnativeService
    if (
      body.metadata?.resourceVersion &&
      body.metadata.resourceVersion !== rec.doc.metadata.resourceVersion
    )
      throw new ApiError(
        409,
        googleError(
          409,
          'ABORTED',
          `Conflict for resource '${name}': version '${body.metadata.resourceVersion}' was specified but current version is '${rec.doc.metadata.resourceVersion ?? ''}'.`,
        ),
      )
    return { status: 200, body: await apply(rec, body, principal, false) }
  }

  // -- STS and IAM Credentials -----------------------------------------------------------------

  async function sts(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const p = parseParams(await readBody(req), req.headers['content-type'])
    const field = (camel: string, snake: string) => str(p[camel] ?? p[snake])
    const fail = (error: string, description: string) => ({
      status: 400,
      body: { error, error_description: description },
    })
    if (field('grantType', 'grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange')
      return fail('unsupported_grant_type', 'Invalid value for "grant_type".')
    if (field('subjectTokenType', 'subject_token_type') !== 'urn:ietf:params:oauth:token-type:jwt')
      return fail('invalid_request', 'Invalid value for "subject_token_type".')
    const audience = field('audience', 'audience')
    const provider =
      /^\/\/iam\.googleapis\.com\/(projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]+\/providers\/[a-z0-9-]+)$/.exec(
        audience,
      )?.[1]
    if (!provider || (workloadIdentity.providers && !workloadIdentity.providers.includes(provider)))
      return fail(
        'invalid_target',
        'The target service indicated by the "audience" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist.',
      )
    const subject = field('subjectToken', 'subject_token')
    const expected = `https://iam.googleapis.com/${provider}`
    let claims = decodeJwt(subject)
    if (!claims) return fail('invalid_grant', 'Unable to parse the ID Token.')
    if (workloadIdentity.verifyToken) {
      try {
        claims = await workloadIdentity.verifyToken(subject, expected)
      } catch (error) {
        return fail(
          'invalid_grant',
          `The ID Token could not be verified: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
    const aud = Array.isArray(claims.aud) ? claims.aud.map(str) : [str(claims.aud)]
    if (!aud.includes(expected))
      return fail(
        'invalid_grant',
        `The audience in ID Token [${aud.join(', ')}] does not match the expected audience.`,
      )
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now())
      return fail('invalid_grant', 'ID Token expired.')
    if (workloadIdentity.attributeCondition && !workloadIdentity.attributeCondition(claims))
      return fail(
        'unauthorized_client',
        'The given credential is rejected by the attribute condition.',
      )
    const pool = provider.replace(/\/providers\/.*$/, '')
    const principal = `principal://iam.googleapis.com/${pool}/subject/${str(claims.sub)}`
    return {
      status: 200,
      body: {
        access_token: mint(principal, 'federated', claims),
        issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        token_type: 'Bearer',
        expires_in: 3599,
      },
    }
  }

  async function iamCredentials(
    req: IncomingMessage,
    url: URL,
  ): Promise<{ status: number; body: unknown }> {
    const m =
      /^\/_iamcredentials\/v1\/projects\/-\/serviceAccounts\/([^/:]+):(generateAccessToken|generateIdToken)$/.exec(
        url.pathname,
      )
    if (!m || req.method !== 'POST')
      throw new ApiError(404, googleError(404, 'NOT_FOUND', 'Method not found.'))
    const serviceAccount = decodeURIComponent(m[1] ?? '')
    const caller = bearer(req) ?? selfSigned(req)
    if (!caller) throw unauthenticated()
    const body = parseParams(await readBody(req), req.headers['content-type'])
    const allowed =
      /^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com$/.test(
        serviceAccount,
      ) &&
      (caller.principal === serviceAccount ||
        (caller.kind === 'federated' &&
          (workloadIdentity.canImpersonate?.(serviceAccount, caller.claims) ?? true)))
    if (!allowed)
      throw new ApiError(
        403,
        googleError(
          403,
          'PERMISSION_DENIED',
          `Permission 'iam.serviceAccounts.${m[2] === 'generateIdToken' ? 'getOpenIdToken' : 'getAccessToken'}' denied on resource (or it may not exist).`,
        ),
      )
    if (m[2] === 'generateIdToken') {
      const iat = Math.floor(Date.now() / 1000)
      const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
      const claims = {
        aud: str(body.audience),
        azp: serviceAccount,
        ...(body.includeEmail ? { email: serviceAccount, email_verified: true } : {}),
        exp: iat + 3600,
        iat,
        iss: 'https://accounts.google.com',
        sub: digits(serviceAccount, 21),
      }
      return {
        status: 200,
        body: {
          token: `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}.${randomBytes(32).toString('base64url')}`,
        },
      }
    }
    const lifetime = Number(/^(\d+)s$/.exec(str(body.lifetime) || '3600s')?.[1] ?? 3600)
    if (lifetime > 3600)
      throw new ApiError(
        400,
        googleError(
          400,
          'INVALID_ARGUMENT',
          'The lifetime of the requested token exceeds the maximum of 3600 seconds.',
        ),
      )
    return {
      status: 200,
      body: {
        accessToken: mint(serviceAccount, 'access', caller.claims, lifetime),
        expireTime: new Date(Date.now() + lifetime * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
      },
    }
  }

  // -- the revisions' endpoints: the modelled app -----------------------------------------------

  function pickByTraffic(rec: ServiceRecord): string | undefined {
    const targets = (rec.doc.status?.traffic ?? []).filter(t => (t.percent ?? 0) > 0)
    if (!targets.length) return undefined
    let best: string | undefined
    let bestWeight = -Infinity
    for (const t of targets) {
      const name = t.revisionName ?? ''
      const w = (rec.weights.get(name) ?? 0) + (t.percent ?? 0)
      rec.weights.set(name, w)
      if (w > bestWeight) {
        best = name
        bestWeight = w
      }
    }
    if (best) rec.weights.set(best, (rec.weights.get(best) ?? 0) - 100)
    return best
  }

  async function serveApp(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, host = '', ...rest] = url.pathname.split('/')
    const sub = `/${rest.join('/')}`
    const [tag, serviceHost] = host.includes('---') ? host.split('---', 2) : [undefined, host]
    const rec = [...services.values()].find(s => s.host === serviceHost)
    const revisionName = rec
      ? tag
        ? rec.doc.status?.traffic?.find(t => t.tag === tag)?.revisionName
        : pickByTraffic(rec)
      : undefined
    const revision = rec?.revisions.find(r => r.name === revisionName)
    if (!rec || !revision) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=UTF-8' })
      res.end(
        '<html><head><title>404 Page not found</title></head><body><h1>Error: Page not found</h1><h2>The requested URL was not found on this server.</h2></body></html>\n',
      )
      return
    }
    const behaviour = [...behaviours]
      .reverse()
      .find(({ target }) =>
        'revision' in target
          ? target.revision === revision.name
          : target.image === revision.image ||
            (revision.imageDigest !== undefined &&
              (target.image === revision.imageDigest ||
                revision.imageDigest.endsWith(`@${target.image.split('@')[1] ?? '-'}`))),
      )?.b
    if (behaviour?.delayMs) await new Promise(r => setTimeout(r, behaviour.delayMs))
    if (behaviour?.reset) {
      req.socket.destroy()
      return
    }
    if (behaviour?.status !== undefined) {
      res.writeHead(behaviour.status, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(behaviour.body ?? `${behaviour.status}\n`)
      return
    }
    if (sub === healthPath) {
      const version = behaviour?.version ?? revision.version
      res.writeHead(200, {
        'Content-Type': 'application/json',
        ...(version ? { 'X-App-Version': version } : {}),
      })
      res.end(JSON.stringify({ ...(version ? { version } : {}), revision: revision.name }))
      return
    }
    if (sub === '/') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(`${rec.name} (${revision.name})\n`)
      return
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Not Found\n')
  }

  // -- the server -------------------------------------------------------------------------------

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' })
    res.end(JSON.stringify(body))
  }

  async function control(
    req: IncomingMessage,
    url: URL,
  ): Promise<{ status: number; body: unknown }> {
    if (url.pathname === '/_control/calls' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { args: string[]; cwd: string }
      calls.push({ args: body.args, cwd: body.cwd, code: undefined, stdout: '', stderr: '' })
      return { status: 200, body: { id: calls.length - 1 } }
    }
    const done = /^\/_control\/calls\/(\d+)$/.exec(url.pathname)
    if (done && req.method === 'POST') {
      const call = calls[Number(done[1])]
      const body = JSON.parse(await readBody(req)) as Pick<GcloudCall, 'code' | 'stdout' | 'stderr'>
      if (call) Object.assign(call, body)
      return { status: 200, body: {} }
    }
    if (url.pathname === '/_control/config') {
      const dir = url.searchParams.get('dir') ?? ''
      if (req.method === 'PUT') {
        configs.set(dir, JSON.parse(await readBody(req)) as GcloudConfig)
        return { status: 200, body: {} }
      }
      return {
        status: 200,
        body: configs.get(dir) ?? { properties: {}, credentials: {}, components: [] },
      }
    }
    return { status: 404, body: googleError(404, 'NOT_FOUND', 'No such control endpoint.') }
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const handle = async () => {
      if (url.pathname.startsWith('/_control/')) {
        const r = await control(req, url)
        return send(res, r.status, r.body)
      }
      if (url.pathname === '/_sts/v1/token' && req.method === 'POST') {
        const r = await sts(req)
        return send(res, r.status, r.body)
      }
      if (url.pathname === '/_oauth2/token' && req.method === 'POST') {
        // A service account key's JWT bearer grant (gcloud with a JSON key); signature not verified.
        const p = parseParams(await readBody(req), req.headers['content-type'])
        const claims = decodeJwt(str(p.assertion))
        if (
          p.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' ||
          typeof claims?.iss !== 'string'
        )
          return send(res, 400, {
            error: 'invalid_grant',
            error_description: 'Invalid JWT Signature.',
          })
        return send(res, 200, {
          access_token: mint(claims.iss, 'access', claims),
          expires_in: 3599,
          token_type: 'Bearer',
        })
      }
      if (url.pathname.startsWith('/_iamcredentials/')) {
        const r = await iamCredentials(req, url)
        return send(res, r.status, r.body)
      }
      if (url.pathname.startsWith('/_run/')) {
        const caller = bearer(req)
        try {
          if (!caller) throw unauthenticated()
          const r = await runApi(req, url, caller.principal)
          requests.push({
            method: req.method ?? '',
            path: url.pathname,
            status: r.status,
            principal: caller.principal,
          })
          return send(res, r.status, r.body)
        } catch (error) {
          if (error instanceof ApiError)
            requests.push({
              method: req.method ?? '',
              path: url.pathname,
              status: error.status,
              principal: caller?.principal,
            })
          throw error
        }
      }
      return serveApp(req, res, url)
    }
    handle().catch((error: unknown) => {
      if (res.headersSent) return res.end()
      if (error instanceof ApiError) return send(res, error.status, error.body)
      send(
        res,
        500,
        googleError(500, 'INTERNAL', error instanceof Error ? error.message : String(error)),
      )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    healthPath,
    calls,
    requests,
    service(project, region, name) {
      const rec = services.get(key(project, region, name))
      return rec ? serviceState(rec) : undefined
    },
    servingRevision(project, region, name) {
      const rec = services.get(key(project, region, name))
      return rec ? serviceState(rec).serving : undefined
    },
    behave(target, b) {
      behaviours.push({ target, b })
    },
    mintAccessToken: principal => mint(principal, 'access', {}),
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
