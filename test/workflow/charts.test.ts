/**
 * Helm charts through the release pipeline as GitHub runs it: a repository with charts/demo
 * released with `charts: charts/*` pushes the chart to the real local registry as an OCI artifact
 * (<registry>/<owner>/charts/demo:0.1.0, Helm's config media type), attests its digest as an
 * image's is, exposes its digest and upgrade command as the job's outputs, and the release notes
 * carry its `helm upgrade --install` and `gh attestation verify`; a later release whose chart did not change leaves the
 * version alone (the job still green); without `charts` the job is skipped.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import type { TestRepo } from '../peers/repo.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import { readManifest } from '../peers/registry-tools.ts'
import { tagDigest } from '../peers/registry.ts'
import type { RunResult } from '../peers/workflow/runner.ts'
import { commitSample } from './sample-project.ts'

const REPO = 'octo/demo'
const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json'
const HELM_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'
vi.setConfig({ testTimeout: 120_000 })
let p: PipelineWorld
let repo: TestRepo

async function release(tag: string, r = repo, name = REPO): Promise<RunResult> {
  p.world.api.addWorkflowRun(name, { name: 'CI', head_sha: await r.head() })
  await r.tag(tag, { message: `Release ${tag}` })
  await p.world.push(name)
  return p.world.runner.run({
    repository: name,
    workflow: '.github/workflows/release.yml',
    event: { name: 'push', ref: `refs/tags/${tag}` },
  })
}

function ok(r: RunResult): void {
  const failed = r.jobs.filter(j => j.result === 'failure').map(j => j.path)
  expect(failed, `${r.log()}\n${r.annotations('error').join('\n')}`).toEqual([])
  expect(r.result).toBe('success')
}

const SMALL = { images: '', deploy: false, 'build-command': '' }
const secrets = () => ({
  secrets: { REGISTRY_USERNAME: p.registry.username, REGISTRY_PASSWORD: p.registry.password },
})

beforeAll(async () => {
  p = await startPipelineWorld()
  repo = await p.createRepository(REPO, secrets())
  await commitSample(repo, {
    registry: p.proxy.host,
    repository: REPO,
    release: { ...SMALL, charts: 'charts/*' },
  })
  await repo.commit('feat: the demo chart', {
    'charts/demo/Chart.yaml':
      'apiVersion: v2\nname: demo\ndescription: The demo service\ntype: application\nversion: 0.1.0\nappVersion: "0.1.0"\n',
    'charts/demo/values.yaml': 'image:\n  repository: demo\n',
    'charts/demo/templates/service.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  ports:\n    - port: 80\n',
  })
})

afterAll(async () => {
  await p?.stop()
  cleanupTempDirs()
})

describe('Helm charts in the release', () => {
  let first = ''

  it('v0.1.0: charts/demo is pushed to <registry>/octo/charts/demo:0.1.0 with Helm media types', async () => {
    const r = await release('v0.1.0')
    ok(r)
    const job = r.job('charts')
    expect(job.result).toBe('success')
    expect(r.job('publish').result).toBe('success')
    const digest = await tagDigest(p.registry, 'octo/charts/demo', '0.1.0')
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    first = digest ?? ''
    const m = await readManifest(p.registry, 'octo/charts/demo', '0.1.0')
    expect(m.json.config?.mediaType).toBe(HELM_CONFIG)
    expect(m.json.layers?.map(l => l.mediaType)).toEqual([HELM_LAYER])
    expect(job.outputs.digests).toBe(`${p.proxy.host}/octo/charts/demo@${first}`)
    expect(job.outputs['upgrade-commands']).toBe(
      `helm upgrade --install demo oci://${p.proxy.host}/octo/charts/demo --version 0.1.0`,
    )
    // Attested as an image is: its provenance pushed to the registry next to it.
    const attest = r.jobs.filter(j => j.id === 'attest-charts')
    expect(attest.map(j => j.result)).toEqual(['success'])
    expect(p.world.api.attestationsOf(REPO, first)).toHaveLength(1)
    // The notes say how to install it and how to verify it.
    const notes = String(p.world.api.repo(REPO).releases.find(x => x.tag_name === 'v0.1.0')?.body)
    expect(notes).toContain('## Helm Charts')
    expect(notes).toContain(`- \`${p.proxy.host}/octo/charts/demo:0.1.0@${first}\``)
    expect(notes).toContain(
      `helm upgrade --install demo oci://${p.proxy.host}/octo/charts/demo --version 0.1.0`,
    )
    expect(notes).toContain(`gh attestation verify oci://${p.proxy.host}/octo/charts/demo@${first}`)
    expect(r.job('summary').summary).toContain('| Helm charts | ✅ success |')
  })

  it('v0.1.1 with the chart unchanged: 0.1.0 is left as it is, the job green', async () => {
    await repo.commit('fix: a note', { 'NOTES.md': 'notes\n' })
    const r = await release('v0.1.1')
    ok(r)
    expect(r.job('charts').result).toBe('success')
    expect(r.log()).toContain('the chart is unchanged; not pushed again')
    expect(await tagDigest(p.registry, 'octo/charts/demo', '0.1.0')).toBe(first)
  })

  it('without charts: the job is skipped', async () => {
    const other = 'octo/plain'
    const plain = await p.createRepository(other, secrets())
    await commitSample(plain, { registry: p.proxy.host, repository: other, release: SMALL })
    await plain.commit('feat: a chart nobody asked to publish', {
      'charts/plain/Chart.yaml':
        'apiVersion: v2\nname: plain\nversion: 0.1.0\nappVersion: "0.1.0"\n',
    })
    const r = await release('v0.1.0', plain, other)
    ok(r)
    expect(r.job('charts').result).toBe('skipped')
    expect(r.job('publish').result).toBe('success')
    expect(await tagDigest(p.registry, 'octo/charts/plain', '0.1.0')).toBeUndefined()
  })
})
