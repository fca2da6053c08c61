/**
 * Charts pushed as OCI artifacts to a real registry on 127.0.0.1 (Debian's docker-registry),
 * anonymous and with token auth: the manifest, config and layer read back and checked against
 * Helm's OCI format (helm/helm pkg/registry/{client.go,chart.go,constants.go} at
 * e9b85e4de16ad45805843fb121748018cf89094b); a version pushed again unchanged is left alone, with
 * other content it fails naming both digests and writes nothing.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ChartVersionConflictError,
  HELM_CHART_LAYER_MEDIA_TYPE,
  HELM_CONFIG_MEDIA_TYPE,
  packageChart,
  pushChart,
} from '../../packages/helm/index.ts'
import { RegistryClient } from '../../packages/oci/index.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { startRegistry, tagDigest, type TestRegistry } from '../peers/registry.ts'

const CREATED = '2026-12-01T12:00:00Z'

function chartDir(version: string, template = 'kind: Service\n'): string {
  const dir = tempDir('ra-helm-')
  mkdirSync(path.join(dir, 'templates'))
  writeFileSync(
    path.join(dir, 'Chart.yaml'),
    `apiVersion: v2\nname: web\ndescription: The <web> & app\nversion: ${version}\nappVersion: 3.1.0\nhome: https://example.com\nsources:\n  - https://github.com/acme/web\n  - https://example.com/second\nmaintainers:\n  - name: Ada\n    email: ada@example.com\n  - name: Bo\nannotations:\n  org.opencontainers.image.title: not-this\n  artifacthub.io/license: MIT\n`,
  )
  writeFileSync(path.join(dir, 'values.yaml'), 'port: 80\n')
  writeFileSync(path.join(dir, 'templates', 'service.yaml'), template)
  return dir
}

interface ManifestDoc {
  schemaVersion: number
  mediaType?: string
  config: { mediaType: string; digest: string; size: number }
  layers: { mediaType: string; digest: string; size: number }[]
  annotations: Record<string, string>
}

describe.each(['none', 'token'] as const)('pushChart to a registry with auth %s', auth => {
  let registry: TestRegistry
  let client: RegistryClient
  beforeAll(async () => {
    registry = await startRegistry({ auth })
    client = new RegistryClient({
      username: registry.username,
      password: registry.password,
      push: true,
      attempts: 1,
    })
  })
  afterAll(async () => {
    await registry.stop()
    cleanupTempDirs()
  })

  it("pushes Helm's manifest, config and layer under <owner>/charts/<name>:<version>", async () => {
    const chart = packageChart(chartDir('1.2.0'), { mtime: 1_764_590_400 })
    const r = await pushChart(client, {
      registry: registry.host,
      owner: 'Acme',
      chart,
      created: CREATED,
    })
    expect(r).toMatchObject({
      url: `oci://${registry.host}/acme/charts/web`,
      tag: '1.2.0',
      status: 'pushed',
    })
    const image = { registry: registry.host, repository: 'acme/charts/web' }
    expect(await tagDigest(registry, image.repository, '1.2.0')).toBe(r.digest)
    const manifest = await client.manifest(image, '1.2.0')
    expect(manifest?.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(manifest?.digest).toBe(r.digest)
    const doc = JSON.parse(Buffer.from(manifest?.body ?? []).toString('utf8')) as ManifestDoc
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'config', 'layers', 'annotations'])
    expect(doc.schemaVersion).toBe(2)
    expect(doc.config.mediaType).toBe(HELM_CONFIG_MEDIA_TYPE)
    expect(doc.layers).toHaveLength(1)
    expect(doc.layers[0]?.mediaType).toBe(HELM_CHART_LAYER_MEDIA_TYPE)
    expect(doc.annotations).toEqual({
      'artifacthub.io/license': 'MIT',
      'org.opencontainers.image.authors': 'Ada (ada@example.com), Bo',
      'org.opencontainers.image.created': CREATED,
      'org.opencontainers.image.description': 'The <web> & app',
      'org.opencontainers.image.source': 'https://github.com/acme/web',
      'org.opencontainers.image.title': 'web',
      'org.opencontainers.image.url': 'https://example.com',
      'org.opencontainers.image.version': '1.2.0',
    })
    // Go's encoding/json escapes < > & in the manifest bytes.
    expect(Buffer.from(manifest?.body ?? []).toString('utf8')).toContain(
      'The \\u003cweb\\u003e \\u0026 app',
    )

    const config = await client.blob(image, doc.config.digest)
    expect(config.length).toBe(doc.config.size)
    expect(JSON.parse(Buffer.from(config).toString('utf8'))).toEqual({
      name: 'web',
      home: 'https://example.com',
      sources: ['https://github.com/acme/web', 'https://example.com/second'],
      version: '1.2.0',
      description: 'The <web> & app',
      maintainers: [{ name: 'Ada', email: 'ada@example.com' }, { name: 'Bo' }],
      apiVersion: 'v2',
      appVersion: '3.1.0',
      annotations: {
        'artifacthub.io/license': 'MIT',
        'org.opencontainers.image.title': 'not-this',
      },
    })

    const layer = Buffer.from(await client.blob(image, doc.layers[0]?.digest ?? ''))
    expect(layer.equals(chart.archive)).toBe(true)
    const list = spawnSync('tar', ['-tzf', '-'], { input: layer, encoding: 'utf8' })
    expect(list.stdout.split('\n').filter(Boolean)).toEqual([
      'web/Chart.yaml',
      'web/values.yaml',
      'web/templates/service.yaml',
    ])
  })

  it('leaves a version pushed again unchanged alone, and says so', async () => {
    const chart = packageChart(chartDir('1.2.0'), { mtime: 1_764_590_400 })
    const logger = recordingLogger()
    const r = await pushChart(client, {
      registry: registry.host,
      owner: 'acme',
      chart,
      created: CREATED,
      logger,
    })
    expect(r.status).toBe('unchanged')
    expect(logger.records.map(r => r.message).join('\n')).toMatch(
      /already sha256:[0-9a-f]{64}: the chart is unchanged; not pushed again/,
    )
  })

  it('refuses the same version with other content, naming both digests, and writes nothing', async () => {
    const image = { registry: registry.host, repository: 'acme/charts/web' }
    const before = await tagDigest(registry, image.repository, '1.2.0')
    const chart = packageChart(chartDir('1.2.0', 'kind: Deployment\n'), { mtime: 1_764_590_400 })
    const error = await pushChart(client, {
      registry: registry.host,
      owner: 'acme',
      chart,
      created: CREATED,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChartVersionConflictError)
    const message = (error as Error).message
    expect(message).toContain(`already exists as ${before}`)
    expect(message).toMatch(/is now sha256:[0-9a-f]{64}/)
    expect(message).toMatch(/bump version in .*Chart\.yaml/)
    expect(await tagDigest(registry, image.repository, '1.2.0')).toBe(before)
    const layer = `sha256:${createHash('sha256').update(chart.archive).digest('hex')}`
    expect(await client.hasBlob(image, layer)).toBe(false)
  })

  it("tags a version with build metadata as Helm does ('+' written '_')", async () => {
    const chart = packageChart(chartDir('2.0.0-rc.1+build.7'))
    const r = await pushChart(client, {
      registry: registry.host,
      owner: 'acme',
      chart,
      created: CREATED,
    })
    expect(r.tag).toBe('2.0.0-rc.1_build.7')
    expect(await tagDigest(registry, 'acme/charts/web', '2.0.0-rc.1_build.7')).toBe(r.digest)
  })
})
