/**
 * A packaged chart pushed as an OCI artifact the way `helm push` does (helm/helm
 * pkg/registry/client.go Push and tagManifest, pkg/registry/chart.go generateOCIAnnotations,
 * pkg/registry/constants.go, commit e9b85e4de16ad45805843fb121748018cf89094b): an OCI image
 * manifest (no mediaType field, as Helm marshals ocispec.Manifest) whose config is Chart.yaml's
 * metadata as JSON (application/vnd.cncf.helm.config.v1+json) and whose one layer is the archive
 * (application/vnd.cncf.helm.chart.content.v1.tar+gzip), with Helm's manifest annotations, tagged
 * with the chart version (`+` written `_`, as Helm does), at <registry>/<owner>/charts/<name>.
 * A version is never pushed twice with different content: the tag already at the same manifest
 * digest is left as it is; at another digest the push fails naming both, and nothing is written.
 */
import { createHash } from 'node:crypto'
import { PreconditionError } from '../errors/index.ts'
import type { Logger } from '../log/index.ts'
import { nullLogger } from '../log/index.ts'
import type { RegistryClient } from '../oci/index.ts'
import type { ChartMetadata, PackagedChart } from './chart.ts'

export const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json'
export const HELM_CHART_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'
export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json'

/** JSON as Go's encoding/json writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** RFC 3339 in UTC without fractions, as Go's time.RFC3339 formats a UTC time. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The manifest annotations of generateOCIAnnotations (Go marshals the map with sorted keys). */
export function helmAnnotations(meta: ChartMetadata, created: string): Record<string, string> {
  const out: Record<string, string> = {}
  const add = (key: string, value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value
  }
  add('org.opencontainers.image.description', meta.description)
  add('org.opencontainers.image.title', meta.name)
  add('org.opencontainers.image.version', meta.version)
  add('org.opencontainers.image.url', meta.home)
  add('org.opencontainers.image.created', created)
  const sources = meta.sources
  if (Array.isArray(sources) && sources.length > 0)
    add('org.opencontainers.image.source', sources[0])
  const maintainers = meta.maintainers
  if (Array.isArray(maintainers) && maintainers.length > 0)
    add(
      'org.opencontainers.image.authors',
      (maintainers as { name?: string; email?: string }[])
        .map(m => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`)
        .join(', '),
    )
  const immutable = ['org.opencontainers.image.version', 'org.opencontainers.image.title']
  const annotations = (meta.annotations ?? {}) as Record<string, string>
  for (const [key, value] of Object.entries(annotations))
    if (!immutable.includes(key)) out[key] = value
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map(k => [k, out[k] as string]),
  )
}

export interface ChartArtifact {
  config: Buffer
  layer: Buffer
  manifest: Buffer
  digest: string
}

/** The config, layer and manifest bytes of a chart, and the manifest's digest. */
export function chartArtifact(chart: PackagedChart, created: string): ChartArtifact {
  const config = Buffer.from(goJson(chart.metadata))
  const layer = chart.archive
  const manifest = Buffer.from(
    goJson({
      schemaVersion: 2,
      config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: sha256(config), size: config.length },
      layers: [
        { mediaType: HELM_CHART_LAYER_MEDIA_TYPE, digest: sha256(layer), size: layer.length },
      ],
      annotations: helmAnnotations(chart.metadata, created),
    }),
  )
  return { config, layer, manifest, digest: sha256(manifest) }
}

/** The repository of a chart: <owner>/charts/<name> (lower-case, as registries require). */
export function chartRepository(owner: string, name: string): string {
  return `${owner.toLowerCase()}/charts/${name}`
}

/** Helm's tag of a chart version: `+` is not allowed in an OCI tag, so it is written `_`. */
export function chartTag(version: string): string {
  return version.replaceAll('+', '_')
}

export interface ChartPushResult {
  /** oci://<registry>/<owner>/charts/<name> */
  url: string
  /** <registry>/<owner>/charts/<name> */
  image: string
  tag: string
  digest: string
  /** pushed: written now; unchanged: the tag already held this very manifest. */
  status: 'pushed' | 'unchanged'
}

export class ChartVersionConflictError extends PreconditionError {
  constructor(message: string) {
    super(message)
    this.name = 'ChartVersionConflictError'
  }
}

export async function pushChart(
  client: RegistryClient,
  {
    registry,
    owner,
    chart,
    created,
    logger = nullLogger,
  }: {
    registry: string
    owner: string
    chart: PackagedChart
    /** The org.opencontainers.image.created annotation (RFC 3339). */
    created: string
    logger?: Logger
  },
): Promise<ChartPushResult> {
  const image = { registry, repository: chartRepository(owner, chart.name) }
  const name = `${registry}/${image.repository}`
  const tag = chartTag(chart.version)
  const artifact = chartArtifact(chart, created)
  const result = { url: `oci://${name}`, image: name, tag, digest: artifact.digest }
  const existing = await client.resolve(image, tag)
  if (existing === artifact.digest) {
    logger.info(`${name}:${tag} is already ${existing}: the chart is unchanged; not pushed again.`)
    return { ...result, status: 'unchanged' }
  }
  if (existing !== undefined)
    throw new ChartVersionConflictError(
      `${name}:${tag} already exists as ${existing}, and chart ${chart.name} ${chart.version} is now ${artifact.digest}: a chart version is never pushed twice with different content; bump version in ${chart.dir}/Chart.yaml.`,
    )
  await client.uploadBlob(image, artifact.config)
  await client.uploadBlob(image, artifact.layer)
  await client.putManifest(image, tag, OCI_MANIFEST_MEDIA_TYPE, artifact.manifest)
  logger.info(`Pushed ${name}:${tag} (${artifact.digest}).`)
  return { ...result, status: 'pushed' }
}
