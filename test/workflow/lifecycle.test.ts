/**
 * The release pipeline as GitHub runs it, through a whole release lifecycle: the user's copy of
 * workflows/on-tag.yaml calling .github/workflows/release.yml, run by the workflow runner of the
 * tests against a real registry, the local GitHub API, Sigstore and Cloud Run. After each step the
 * registry's tags, the releases, the deploys and the attestations are checked.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import type { TestRepo } from '../peers/repo.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import { listTags } from '../peers/registry-tools.ts'
import type { RunResult } from '../peers/workflow/runner.ts'
import { commitSample, imagesOf } from './sample-project.ts'

const REPO = 'octo/demo'
vi.setConfig({ testTimeout: 180_000 })
let p: PipelineWorld
let repo: TestRepo
let images: { api: string; cli: string }
const repoPath = (image: string) => image.slice(image.indexOf('/') + 1)

/** The image tags of a repository (not the sha256-<digest> referrers indexes of attestations). */
async function tags(image: string): Promise<Record<string, string>> {
  return Object.fromEntries(
    [...(await listTags(p.proxy, repoPath(image)))].filter(([t]) => !t.startsWith('sha256-')),
  )
}

/** CI of a commit, as the repository's CI workflow would have reported it. */
function ciPassed(sha: string) {
  p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: sha })
}

async function release(tag: string, at = 'HEAD'): Promise<RunResult> {
  await repo.tag(tag, { message: `Release ${tag}`, at })
  await p.world.push(REPO)
  const r = await p.world.runner.run({
    repository: REPO,
    workflow: '.github/workflows/release.yml',
    event: { name: 'push', ref: `refs/tags/${tag}` },
  })
  if (process.env.RA_TIMINGS)
    console.log(`${tag}: ${r.jobs.map(j => `${j.path} ${j.durationMs ?? 0}`).join(', ')}`)
  return r
}

const assetNames = (tag: string) =>
  ((releaseOf(tag)?.assets ?? []) as { name: string }[]).map(a => a.name).sort()

function assetText(tag: string, name: string): string {
  const asset = ((releaseOf(tag)?.assets ?? []) as { name: string; id: number }[]).find(
    a => a.name === name,
  )
  return p.world.api.assetBytes.get(asset?.id ?? -1)?.toString('utf8') ?? ''
}

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`

function ok(r: RunResult): void {
  const failed = r.jobs.filter(j => j.result === 'failure')
  expect(
    failed.map(j => j.path),
    `${r.log()}\n${r.annotations('error').join('\n')}`,
  ).toEqual([])
  expect(r.result).toBe('success')
}

const releaseOf = (tag: string) => p.world.api.repo(REPO).releases.find(r => r.tag_name === tag)
/** The revision of the demo that serves all traffic now. */
const serving = () => {
  const service = p.cloudRun.service('demo-project', 'us-west1', 'api')
  return service?.revisions.find(r => r.name === service.serving)
}

beforeAll(async () => {
  p = await startPipelineWorld()
  images = imagesOf(p.proxy.host, REPO)
  repo = await p.createRepository(REPO, {
    secrets: { REGISTRY_USERNAME: p.registry.username, REGISTRY_PASSWORD: p.registry.password },
  })
  await commitSample(repo, { registry: p.proxy.host, repository: REPO })
})

afterAll(async () => {
  await p?.stop()
  cleanupTempDirs()
})

describe('a release lifecycle', () => {
  it('1. the first stable release, v0.1.0, from a tag push: every job, images, release, demo', async () => {
    const sha = await repo.head()
    ciPassed(sha)
    const r = await release('v0.1.0')
    if (process.env.RA_TIMINGS)
      console.log(
        r
          .log()
          .split('\n')
          .filter(l => / \d+ ms$/.test(l))
          .join('\n'),
      )
    ok(r)
    const api = await tags(images.api)
    const digest = api['0.1.0']
    expect(digest).toMatch(/^sha256:/)
    for (const t of ['0.1', 'latest', `sha-${sha}`]) expect(api[t], t).toBe(digest)
    expect(api['0']).toBeUndefined()
    const cli = await tags(images.cli)
    expect(cli.latest).toBe(cli['0.1.0'])
    expect(cli.latest).not.toBe(digest)
    const rel = releaseOf('v0.1.0')
    expect(rel?.draft).toBe(false)
    expect(rel?.prerelease).toBe(false)
    expect(p.world.api.repo(REPO).latestId).toBe(rel?.id)
    expect(((rel?.assets ?? []) as { name: string }[]).map(a => a.name).sort()).toEqual([
      'THIRD_PARTY_NOTICES.md',
      'checksums.txt',
      'demo_darwin_arm64',
      'demo_linux_amd64',
      'provenance.intoto.jsonl',
      'sbom.spdx.json',
    ])
    expect(rel?.body).toContain(`${images.api}@${digest}`)
    expect(serving()?.imageDigest).toContain(digest)
    expect(serving()?.version).toBe('0.1.0')
    expect(p.world.api.attestationsOf(REPO, digest).length).toBeGreaterThan(0)
    // Verified against the workflow that signed (the reusable one, from the job's OIDC token), and
    // the notes tell users to verify the same way.
    expect(
      r.step('Attest the release files', 'files').steps?.find(s => s.id === 'verify')?.outputs[
        'signer-workflow'
      ],
    ).toBe('release-actions/release-actions/.github/workflows/release.yml')
    expect(rel?.body).toContain(
      '--signer-workflow release-actions/release-actions/.github/workflows/release.yml',
    )
    expect(r.annotations('warning')).toEqual([])
  })

  it('2. main publishes edge and sha- images; a release tag on that commit ships that digest, not a rebuild', async () => {
    const sha = await repo.commit('fix: answer faster', { 'app/version.txt': 'fast\n' })
    await p.world.push(REPO)
    const main = await p.world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/on-main.yaml',
      event: { name: 'push', ref: 'refs/heads/main' },
    })
    ok(main)
    const edge = (await tags(images.api)).edge
    expect(edge).toMatch(/^sha256:/)
    expect((await tags(images.api))[`sha-${sha}`]).toBe(edge)
    ciPassed(sha)
    const r = await release('v0.1.1')
    ok(r)
    const api = await tags(images.api)
    expect(api['0.1.1']).toBe(edge)
    expect(api.latest).toBe(edge)
    expect(
      r.job('Image ' + images.api).steps.find(s => s.name === 'Build and push by digest')?.outcome,
    ).toBe('skipped')
    expect(serving()?.imageDigest).toContain(edge)
  })

  let rc2: { api: string; cli: string }
  it("3. v0.2.0-rc.1, rc.2, then v0.2.0 promoted on rc.2's commit: rc.2's digests and files, attested; candidates never latest, never deployed", async () => {
    const before = { api: await tags(images.api), served: serving()?.imageDigest }
    ciPassed(await repo.commit('feat: search', { 'app/search.sh': 'search\n' }))
    ok(await release('v0.2.0-rc.1'))
    ciPassed(await repo.commit('fix: search finds accents', { 'app/search.sh': 'search -i\n' }))
    ok(await release('v0.2.0-rc.2'))
    const afterRcs = await tags(images.api)
    expect(afterRcs.latest).toBe(before.api.latest)
    expect(afterRcs['0.2']).toBeUndefined()
    expect(serving()?.imageDigest).toBe(before.served)
    for (const tag of ['v0.2.0-rc.1', 'v0.2.0-rc.2']) {
      expect(releaseOf(tag)?.prerelease).toBe(true)
      expect(p.world.api.repo(REPO).latestId).not.toBe(releaseOf(tag)?.id)
    }
    rc2 = { api: afterRcs['0.2.0-rc.2'] ?? '', cli: (await tags(images.cli))['0.2.0-rc.2'] ?? '' }

    const r = await release('v0.2.0')
    ok(r)
    const api = await tags(images.api)
    const cli = await tags(images.cli)
    for (const t of ['0.2.0', '0.2', 'latest']) {
      expect(api[t], t).toBe(rc2.api)
      expect(cli[t], t).toBe(rc2.cli)
    }
    // Nothing was built: the images and the release files are the candidate's.
    for (const j of r.findJobs('Image'))
      expect(j.steps.find(s => s.name === 'Build and push by digest')?.outcome).toBe('skipped')
    expect(r.job('binaries').result).toBe('skipped')
    expect(assetNames('v0.2.0')).toEqual(assetNames('v0.2.0-rc.2'))
    expect(assetText('v0.2.0', 'checksums.txt')).toBe(assetText('v0.2.0-rc.2', 'checksums.txt'))
    const file = assetText('v0.2.0', 'demo_linux_amd64')
    expect(file).toBe('demo 0.2.0-rc.2 for linux/amd64\n')
    expect(p.world.api.attestationsOf(REPO, sha256(file)).length).toBeGreaterThanOrEqual(4)
    expect(releaseOf('v0.2.0')?.prerelease).toBe(false)
    expect(p.world.api.repo(REPO).latestId).toBe(releaseOf('v0.2.0')?.id)
    // The demo runs the candidate's image, which reports the candidate's version.
    expect(serving()?.imageDigest).toContain(rc2.api)
    expect(serving()?.version).toBe('0.2.0-rc.2')
  })

  it('4. a back-port v0.1.2 on release-0.1: 0.1.2 and 0.1 move; latest does not; not Latest; no deploy', async () => {
    const before = {
      api: await tags(images.api),
      latestId: p.world.api.repo(REPO).latestId,
      served: serving()?.imageDigest,
    }
    await repo.checkout('-b', 'release-0.1', 'v0.1.1')
    const workflow = readFileSync(path.join(repo.dir, '.github/workflows/release.yml'), 'utf8')
    ciPassed(
      await repo.commit('fix: a security fix for 0.1', {
        'app/patch.txt': 'patched\n',
        '.github/workflows/release.yml': workflow.replace(
          /(\n\s+images: )/,
          '\n      allow-non-default-branch: true$1',
        ),
      }),
    )
    const r = await release('v0.1.2')
    ok(r)
    const api = await tags(images.api)
    expect(api['0.1.2']).toMatch(/^sha256:/)
    expect(api['0.1.2']).not.toBe(before.api['0.1.1'])
    expect(api['0.1']).toBe(api['0.1.2'])
    expect(api.latest).toBe(before.api.latest)
    expect(p.world.api.repo(REPO).latestId).toBe(before.latestId)
    expect(releaseOf('v0.1.2')?.prerelease).toBe(false)
    expect(r.job('Deploy').result).toBe('skipped')
    expect(serving()?.imageDigest).toBe(before.served)
    await repo.checkout('main')
  })

  it('5. a dispatch rebuild of v0.2.0 started on the tag converges and moves nothing; started from main it is refused', async () => {
    const before = {
      api: await tags(images.api),
      cli: await tags(images.cli),
      releases: p.world.api.repo(REPO).releases.length,
      assets: assetNames('v0.2.0'),
    }
    const r = await p.world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/release.yml',
      event: { name: 'workflow_dispatch', ref: 'refs/tags/v0.2.0', inputs: { tag: 'v0.2.0' } },
    })
    ok(r)
    expect(await tags(images.api)).toEqual(before.api)
    expect(await tags(images.cli)).toEqual(before.cli)
    expect(p.world.api.repo(REPO).releases.length).toBe(before.releases)
    expect(assetNames('v0.2.0')).toEqual(before.assets)

    const fromMain = await p.world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/release.yml',
      event: { name: 'workflow_dispatch', ref: 'refs/heads/main', inputs: { tag: 'v0.2.0' } },
    })
    expect(fromMain.result).toBe('failure')
    expect(fromMain.annotations('error').join('\n')).toContain(
      'This run was started on refs/heads/main, so its provenance would name refs/heads/main, not v0.2.0. Start it on the tag',
    )
    expect(fromMain.jobs.filter(j => j.result === 'success').map(j => j.path)).toEqual([])
  })

  it('9. supersede.yaml on v0.2.0: a banner, Latest back to v0.1.2, the aliases back, checked in the registry', async () => {
    const good = (await tags(images.api))['0.1.2']
    const r = await p.world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/supersede.yaml',
      event: {
        name: 'workflow_dispatch',
        ref: 'refs/heads/main',
        inputs: { tag: 'v0.2.0', reason: 'It corrupts the search index.', 'dry-run': false },
      },
    })
    ok(r)
    expect(releaseOf('v0.2.0')?.body).toContain('It corrupts the search index.')
    expect(p.world.api.repo(REPO).latestId).toBe(releaseOf('v0.1.2')?.id)
    expect((await tags(images.api)).latest).toBe(good)
    expect((await tags(images.cli)).latest).toBe((await tags(images.cli))['0.1.2'])
    // Version tags never move.
    expect((await tags(images.api))['0.2.0']).toBe(rc2.api)
  })

  it("ran every JavaScript action of the suite on the runner's Node 24, never on the Node on PATH", () => {
    expect(readFileSync(p.world.nodeLog, 'utf8')).not.toMatch(/dist\//)
  })
})
