/**
 * The release pipeline when the world is not ideal, run by the workflow runner of the tests:
 * CI still running on the commit `bump` just pushed, a private repository without attestations, a
 * registry failing while tags are written, a tag off the default branch, a demo that serves the
 * wrong version, two platforms writing files of the same name.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import type { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import { listTags } from '../peers/registry-tools.ts'
import type { RunResult } from '../peers/workflow/runner.ts'
import { commitSample, DEFAULT_GATES, imagesOf, type SampleOptions } from './sample-project.ts'

let p: PipelineWorld
vi.setConfig({ testTimeout: 180_000 })

beforeAll(async () => {
  p = await startPipelineWorld()
})

afterAll(async () => {
  await p?.stop()
  cleanupTempDirs()
})

async function project(
  repository: string,
  options: Partial<SampleOptions> & { private?: boolean } = {},
): Promise<TestRepo> {
  const repo = await p.createRepository(repository, {
    private: options.private ?? false,
    secrets: { REGISTRY_USERNAME: p.registry.username, REGISTRY_PASSWORD: p.registry.password },
  })
  await commitSample(repo, { registry: p.proxy.host, repository, ...options })
  await p.world.push(repository)
  await repo.run('branch', '--quiet', '--set-upstream-to=origin/main')
  return repo
}

function run(repository: string, tag: string): Promise<RunResult> {
  return p.world.runner.run({
    repository,
    workflow: '.github/workflows/release.yml',
    event: { name: 'push', ref: `refs/tags/${tag}` },
  })
}

async function tags(image: string): Promise<Record<string, string>> {
  return Object.fromEntries(
    [...(await listTags(p.proxy, image.slice(image.indexOf('/') + 1)))].filter(
      ([t]) => !t.startsWith('sha256-'),
    ),
  )
}

function ok(r: RunResult): void {
  const failed = r.jobs.filter(j => j.result === 'failure').map(j => j.path)
  expect(failed, `${r.log()}\n${r.annotations('error').join('\n')}`).toEqual([])
  expect(r.result).toBe('success')
}

const releaseOf = (repository: string, tag: string) =>
  p.world.api.repo(repository).releases.find(r => r.tag_name === tag)

describe('6. bump pushes the release commit and tag while CI on it is still running', () => {
  const REPO = 'octo/waits'
  let repo: TestRepo
  beforeAll(async () => {
    repo = await project(REPO, {
      gates: DEFAULT_GATES.replace('wait-minutes: 0.1', 'wait-minutes: 0.04'),
      release: { 'build-command': null, deploy: false },
    })
  })

  async function bump(level: string): Promise<{ tag: string; sha: string }> {
    const r = await runCli(['bump', level], { cwd: repo.dir })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    const tag = (await repo.run('describe', '--tags', '--exact-match', 'HEAD')).trim()
    return { tag, sha: await repo.head() }
  }

  it('the required-checks gate waits, and passes when CI succeeds', async () => {
    const { tag, sha } = await bump('minor')
    p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: sha, completeAfterMs: 1200 })
    const r = await run(REPO, tag)
    ok(r)
    const gates = r.step('CI / Quality gates', 'gates')
    expect(gates.log.join('\n')).toMatch(/waiting for 1 of 1 required check/)
    expect(releaseOf(REPO, tag)?.draft).toBe(false)
  })

  it('fails naming the run when CI fails, and publishes nothing', async () => {
    await repo.commit('fix: a fix CI will not like')
    await repo.run('push', '--quiet', 'origin', 'main')
    const { tag, sha } = await bump('patch')
    const ci = p.world.api.addWorkflowRun(REPO, {
      name: 'CI',
      head_sha: sha,
      completeAfterMs: 600,
      conclusion: 'failure',
    })
    const before = await tags(imagesOf(p.proxy.host, REPO).api)
    const r = await run(REPO, tag)
    expect(r.result).toBe('failure')
    expect(r.annotations('error').join('\n')).toContain(
      `workflow CI concluded failure (${ci.html_url})`,
    )
    expect(releaseOf(REPO, tag)).toBeUndefined()
    expect(await tags(imagesOf(p.proxy.host, REPO).api)).toEqual(before)
    expect(r.job('publish').result).toBe('skipped')
  })

  it('fails naming the run when the wait runs out', async () => {
    await repo.commit('fix: another fix')
    await repo.run('push', '--quiet', 'origin', 'main')
    const { tag, sha } = await bump('patch')
    const ci = p.world.api.addWorkflowRun(REPO, {
      name: 'CI',
      head_sha: sha,
      status: 'in_progress',
      conclusion: null,
    })
    const r = await run(REPO, tag)
    expect(r.result).toBe('failure')
    const errors = r.annotations('error').join('\n')
    expect(errors).toContain('still not completed')
    expect(errors).toContain(`workflow CI (in_progress, ${ci.html_url})`)
    expect(errors).toContain('raise with.wait-minutes')
    expect(releaseOf(REPO, tag)).toBeUndefined()
  })
})

describe('7. a private repository with attest: false', () => {
  it('is released without attestations, and the summary and the notes say so', async () => {
    const REPO = 'octo/private'
    const repo = await project(REPO, { private: true, release: { attest: false, deploy: false } })
    await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
    await p.world.push(REPO)
    p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: await repo.head() })
    const r = await run(REPO, 'v1.0.0')
    ok(r)
    expect(r.job('attest-images').result).toBe('skipped')
    expect(p.world.api.attestationsOf(REPO)).toEqual([])
    const rel = releaseOf(REPO, 'v1.0.0')
    expect(rel?.body).toContain(
      'This release has no provenance attestations (it was made with attest: false).',
    )
    expect(rel?.body).not.toContain('gh attestation verify')
    expect(((rel?.assets ?? []) as { name: string }[]).map(a => a.name)).toContain('checksums.txt')
    expect(r.job('summary').summary).toContain('Released without attestations (attest: false).')
    const images = imagesOf(p.proxy.host, REPO)
    expect((await tags(images.api)).latest).toMatch(/^sha256:/)
  })
})

describe("unprefixed release tags (tag-prefix: '')", () => {
  it('releases 1.0.0 with images, files and notes', async () => {
    const REPO = 'octo/plain'
    const repo = await project(REPO, { release: { 'tag-prefix': '', deploy: false } })
    // The user's copy also takes unprefixed tags.
    const file = path.join(repo.dir, '.github/workflows/release.yml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/tags: \[.*\]/, "tags: ['[0-9]+.[0-9]+.[0-9]+']"),
    )
    await repo.commit('ci: release unprefixed tags', {
      '.github/workflows/release.yml': readFileSync(file, 'utf8'),
    })
    await repo.tag('1.0.0', { message: 'Release 1.0.0' })
    await p.world.push(REPO)
    p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: await repo.head() })
    const r = await run(REPO, '1.0.0')
    expect(r.triggered).toBe(true)
    ok(r)
    expect(r.job('version').outputs.version).toBe('1.0.0')
    const images = imagesOf(p.proxy.host, REPO)
    const api = await tags(images.api)
    expect(api['1.0.0']).toMatch(/^sha256:/)
    expect(api.latest).toBe(api['1.0.0'])
    expect(releaseOf(REPO, '1.0.0')?.draft).toBe(false)
    expect(p.world.api.repo(REPO).latestId).toBe(releaseOf(REPO, '1.0.0')?.id)
  })
})

describe('8. faults', () => {
  const REPO = 'octo/flaky'
  let repo: TestRepo
  let images: { api: string; cli: string }
  beforeAll(async () => {
    repo = await project(REPO)
    images = imagesOf(p.proxy.host, REPO)
    await repo.tag('v0.1.0', { message: 'Release v0.1.0' })
    await p.world.push(REPO)
    p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: await repo.head() })
    ok(await run(REPO, 'v0.1.0'))
  })

  it('a registry failing with 500 while tags are written: the run fails with latest unmoved; the re-run converges', async () => {
    const before = await tags(images.api)
    p.world.api.addWorkflowRun(REPO, {
      name: 'CI',
      head_sha: await repo.commit('feat: more', { 'app/more.txt': 'more\n' }),
    })
    await repo.tag('v0.2.0', { message: 'Release v0.2.0' })
    await p.world.push(REPO)
    p.proxy.setFaults([
      { tag: 'latest', times: 1000, status: 500, code: 'UNKNOWN', message: 'the storage is down' },
    ])
    const failed = await run(REPO, 'v0.2.0')
    p.proxy.setFaults([])
    expect(failed.result).toBe('failure')
    expect(failed.job('publish').result).toBe('failure')
    const half = await tags(images.api)
    // Version tags first, latest last: latest still names v0.1.0, and nothing was released.
    expect(half['0.2.0']).toMatch(/^sha256:/)
    expect(half.latest).toBe(before.latest)
    expect(releaseOf(REPO, 'v0.2.0')).toBeUndefined()
    expect(failed.job('Deploy').result).toBe('skipped')

    const again = await run(REPO, 'v0.2.0')
    ok(again)
    const after = await tags(images.api)
    expect(after.latest).toBe(half['0.2.0'])
    expect(after['0.2.0']).toBe(half['0.2.0'])
    expect(releaseOf(REPO, 'v0.2.0')?.draft).toBe(false)
    // The re-run shipped the candidate the first attempt pushed: nothing was built twice.
    for (const j of again.findJobs('Image'))
      expect(j.steps.find(s => s.name === 'Build and push by digest')?.outcome).toBe('skipped')
  })

  it('a tag off the default branch is refused before anything is built', async () => {
    await repo.checkout('-b', 'side')
    await repo.commit('feat: an experiment')
    await repo.tag('v0.3.0-rc.1', { message: 'Release v0.3.0-rc.1' })
    await p.world.push(REPO)
    const r = await run(REPO, 'v0.3.0-rc.1')
    await repo.checkout('main')
    expect(r.result).toBe('failure')
    expect(r.annotations('error').join('\n')).toMatch(
      /v0\.3\.0-rc\.1 \([0-9a-f]{40}\) is not in the history of main/,
    )
    expect(r.jobs.filter(j => j.result === 'success').map(j => j.path)).toEqual([])
    expect(releaseOf(REPO, 'v0.3.0-rc.1')).toBeUndefined()
  })

  it('a demo that reports the wrong version is rolled back; the release stands', async () => {
    const sha = await repo.commit('fix: the demo', { 'app/demo.txt': 'demo\n' })
    await p.world.push(REPO)
    const main = await p.world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/on-main.yaml',
      event: { name: 'push', ref: 'refs/heads/main' },
    })
    ok(main)
    const edge = (await tags(images.api)).edge ?? ''
    p.cloudRun.behave({ image: `${images.api}@${edge}` }, { version: '0.0.0-wrong' })
    const servedBefore = p.cloudRun.servingRevision('demo-project', 'us-west1', 'api')
    p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: sha })
    await repo.tag('v0.2.1', { message: 'Release v0.2.1' })
    await p.world.push(REPO)
    const r = await run(REPO, 'v0.2.1')
    expect(r.job('Deploy / Deploy the demo').result).toBe('failure')
    expect(r.job('summary').result).toBe('success')
    expect(r.result).toBe('failure')
    expect(releaseOf(REPO, 'v0.2.1')?.draft).toBe(false)
    expect(p.cloudRun.servingRevision('demo-project', 'us-west1', 'api')).toBe(servedBefore)
    expect(r.job('summary').summary).toContain('| Deploy demo | ❌ failure (rolled-back)')
  })

  it('two platforms writing a file of the same name fail the release files, naming it', async () => {
    const REPO2 = 'octo/clash'
    const clash = await project(REPO2, {
      release: {
        images: null,
        deploy: false,
        'build-command': 'mkdir -p dist && echo "$TARGET_OS" > dist/demo',
      },
    })
    await clash.tag('v1.0.0', { message: 'Release v1.0.0' })
    await p.world.push(REPO2)
    p.world.api.addWorkflowRun(REPO2, { name: 'CI', head_sha: await clash.head() })
    const r = await run(REPO2, 'v1.0.0')
    expect(r.job('files').result).toBe('failure')
    expect(r.annotations('error').join('\n')).toContain(
      'More than one platform (or folder) wrote a file named demo',
    )
    expect(releaseOf(REPO2, 'v1.0.0')).toBeUndefined()
  })

  it('files in sub-folders of the artifacts are released by name', async () => {
    const REPO3 = 'octo/folders'
    const repo3 = await project(REPO3, {
      release: {
        images: null,
        deploy: false,
        'build-command':
          'mkdir -p "dist/$TARGET_OS" && echo "$TARGET_ARCH" > "dist/$TARGET_OS/demo_${TARGET_OS}_$TARGET_ARCH"',
        artifacts: 'dist/**',
      },
    })
    await repo3.tag('v1.0.0', { message: 'Release v1.0.0' })
    await p.world.push(REPO3)
    p.world.api.addWorkflowRun(REPO3, { name: 'CI', head_sha: await repo3.head() })
    ok(await run(REPO3, 'v1.0.0'))
    const names = ((releaseOf(REPO3, 'v1.0.0')?.assets ?? []) as { name: string }[]).map(
      a => a.name,
    )
    expect(names).toEqual(
      expect.arrayContaining(['demo_linux_amd64', 'demo_darwin_arm64', 'checksums.txt']),
    )
  })
})
