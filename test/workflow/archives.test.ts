/**
 * Release archives through the pipeline as GitHub runs it: the sample project released with
 * `archives: true` publishes one archive per platform and `<name>_v<version>_checksums.txt`
 * instead of the loose files; the run checks them with `sha256sum -c`, and so does a user who
 * downloads the assets; the stable release promoted on the candidate's commit ships the candidate's
 * archives (the same bytes) named for its own version. A GoReleaser project (the stand-in
 * test/peers/bin/goreleaser.ts writes GoReleaser's dist/ layout) publishes GoReleaser's archives and
 * checksums file, checked in the run, instead of archives of the suite's making; promoted, its
 * candidate's GoReleaser archives and checksums file are shipped under the stable version's names
 * (GoReleaser's, without v), the checksums file's lines renamed with them.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { root } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import type { TestRepo } from '../peers/repo.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import type { RunResult } from '../peers/workflow/runner.ts'
import { commitSample } from './sample-project.ts'

const REPO = 'octo/demo'
vi.setConfig({ testTimeout: 120_000 })
let p: PipelineWorld
let repo: TestRepo
let goRepo: TestRepo

async function release(tag: string, r = repo, name = REPO): Promise<RunResult> {
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

const releaseOf = (tag: string, name = REPO) =>
  p.world.api.repo(name).releases.find(r => r.tag_name === tag)
const assets = (tag: string, name = REPO) =>
  (releaseOf(tag, name)?.assets ?? []) as { name: string; id: number }[]

/** The release's assets in a directory, as a user downloads them. */
function download(tag: string, name = REPO): string {
  const dir = tempDir('ra-dl-')
  for (const a of assets(tag, name))
    writeFileSync(path.join(dir, a.name), p.world.api.assetBytes.get(a.id) ?? Buffer.alloc(0))
  return dir
}

beforeAll(async () => {
  p = await startPipelineWorld()
  repo = await p.createRepository(REPO)
  await commitSample(repo, {
    registry: p.proxy.host,
    repository: REPO,
    release: {
      images: '',
      deploy: false,
      archives: true,
      artifacts: 'dist/**',
      'binary-platforms': '["linux/amd64", "windows/amd64"]',
      'build-command':
        'mkdir -p dist/docs && printf "demo %s\\n" "$RELEASE_VERSION" > "dist/demo$([ "$TARGET_OS" = windows ] && echo .exe)" && chmod +x dist/demo* && echo "read me" > dist/docs/README.md',
    },
  })
})

afterAll(async () => {
  await p?.stop()
  cleanupTempDirs()
})

describe('release archives', () => {
  it('v0.1.0-rc.1: one archive per platform and demo_v0.1.0-rc.1_checksums.txt, checked in the run and by a user', async () => {
    p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: await repo.head() })
    const r = await release('v0.1.0-rc.1')
    ok(r)
    expect(
      assets('v0.1.0-rc.1')
        .map(a => a.name)
        .sort(),
    ).toEqual([
      'THIRD_PARTY_NOTICES.md',
      'demo_v0.1.0-rc.1_checksums.txt',
      'demo_v0.1.0-rc.1_linux_amd64.tar.gz',
      'demo_v0.1.0-rc.1_windows_amd64.zip',
      'provenance.intoto.jsonl',
      'sbom.spdx.json',
    ])
    const verify = r
      .job('Attest the release files')
      .steps.find(s => s.name === 'The files pass sha256sum -c, the archives open')
    expect(verify?.outcome).toBe('success')
    expect(releaseOf('v0.1.0-rc.1')?.body).toContain(
      'sha256sum --check --ignore-missing demo_v0.1.0-rc.1_checksums.txt',
    )

    const dir = download('v0.1.0-rc.1')
    const check = spawnSync('sha256sum', ['-c', 'demo_v0.1.0-rc.1_checksums.txt'], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(check.stdout).toBe(
      'demo_v0.1.0-rc.1_linux_amd64.tar.gz: OK\ndemo_v0.1.0-rc.1_windows_amd64.zip: OK\n',
    )
    expect(check.status).toBe(0)
    // Sub-folders flattened, the build's modes kept, owner 0/0, the commit's time.
    const listing = execFileSync(
      'tar',
      ['--numeric-owner', '--full-time', '-tvzf', 'demo_v0.1.0-rc.1_linux_amd64.tar.gz'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
    )
    const commitTime = new Date(Number(await repo.run('log', '-1', '--format=%ct')) * 1000)
    const stamp = commitTime.toISOString().slice(0, 19).replace('T', ' ')
    expect(
      listing
        .split('\n')
        .filter(Boolean)
        .map(l => l.replace(/ +/g, ' ')),
    ).toEqual([`-rw-r--r-- 0/0 8 ${stamp} README.md`, `-rwxr-xr-x 0/0 16 ${stamp} demo`])
    const out = path.join(dir, 'x')
    mkdirSync(out)
    execFileSync('python3', ['-m', 'zipfile', '-e', 'demo_v0.1.0-rc.1_windows_amd64.zip', out], {
      cwd: dir,
    })
    expect(execFileSync('cat', [path.join(out, 'demo.exe')], { encoding: 'utf8' })).toBe(
      'demo 0.1.0-rc.1\n',
    )
  })

  it("v0.1.0 promoted on rc.1's commit: rc.1's archives, not rebuilt, named for v0.1.0", async () => {
    const r = await release('v0.1.0')
    ok(r)
    expect(r.job('binaries').result).toBe('skipped')
    expect(
      assets('v0.1.0')
        .map(a => a.name)
        .sort(),
    ).toEqual([
      'THIRD_PARTY_NOTICES.md',
      'demo_v0.1.0_checksums.txt',
      'demo_v0.1.0_linux_amd64.tar.gz',
      'demo_v0.1.0_windows_amd64.zip',
      'provenance.intoto.jsonl',
      'sbom.spdx.json',
    ])
    const rc = (n: string) =>
      p.world.api.assetBytes.get(assets('v0.1.0-rc.1').find(a => a.name === n)?.id ?? -1)
    const stable = (n: string) =>
      p.world.api.assetBytes.get(assets('v0.1.0').find(a => a.name === n)?.id ?? -1)
    for (const platform of ['linux_amd64.tar.gz', 'windows_amd64.zip'])
      expect(
        stable(`demo_v0.1.0_${platform}`)?.equals(
          rc(`demo_v0.1.0-rc.1_${platform}`) ?? Buffer.alloc(1),
        ),
        platform,
      ).toBe(true)
    const check = spawnSync('sha256sum', ['-c', '--strict', 'demo_v0.1.0_checksums.txt'], {
      cwd: download('v0.1.0'),
      encoding: 'utf8',
    })
    expect(check.stdout).toBe(
      'demo_v0.1.0_linux_amd64.tar.gz: OK\ndemo_v0.1.0_windows_amd64.zip: OK\n',
    )
    expect(check.status).toBe(0)
  })
})

describe('a GoReleaser project', () => {
  const GO = 'octo/gotool'
  it("v1.0.0: GoReleaser's archives and checksums file are the release's, checked in the run", async () => {
    // The stand-in on PATH as `goreleaser`, for the documented build-command form.
    const bin = tempDir('ra-goreleaser-')
    writeFileSync(
      path.join(bin, 'goreleaser'),
      `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'test/peers/bin/goreleaser.ts')}" "$@"\n`,
    )
    chmodSync(path.join(bin, 'goreleaser'), 0o755)
    const go = await p.createRepository(GO)
    goRepo = go
    await commitSample(go, {
      registry: p.proxy.host,
      repository: GO,
      release: {
        images: '',
        deploy: false,
        'binary-platforms': '["linux/amd64"]',
        'build-command': `PATH="${bin}:$PATH" goreleaser release --clean --skip=publish`,
        'goreleaser-dist': 'dist',
      },
    })
    await go.commit('build: goreleaser', {
      '.goreleaser.yaml':
        'project_name: gotool\nbuilds:\n  - binary: gotool\n    goos: [linux, windows]\n    goarch: [amd64]\n',
    })
    p.world.api.addWorkflowRun(GO, { name: 'CI', head_sha: await go.head() })
    const r = await release('v1.0.0', go, GO)
    ok(r)
    expect(
      assets('v1.0.0', GO)
        .map(a => a.name)
        .sort(),
    ).toEqual([
      'THIRD_PARTY_NOTICES.md',
      'gotool_1.0.0_checksums.txt',
      'gotool_1.0.0_linux_amd64.tar.gz',
      'gotool_1.0.0_windows_amd64.zip',
      'provenance.intoto.jsonl',
      'sbom.spdx.json',
    ])
    expect(
      r
        .job('Attest the release files')
        .steps.find(s => s.name === 'The files pass sha256sum -c, the archives open')?.outcome,
    ).toBe('success')
    const dir = download('v1.0.0', GO)
    const check = spawnSync('sha256sum', ['-c', '--strict', 'gotool_1.0.0_checksums.txt'], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(check.stdout).toMatch(/gotool_1.0.0_linux_amd64.tar.gz: OK/)
    expect(check.stdout).toMatch(/gotool_1.0.0_windows_amd64.zip: OK/)
    expect(check.status).toBe(0)
    expect(
      execFileSync('tar', ['-xzOf', 'gotool_1.0.0_linux_amd64.tar.gz', 'gotool'], {
        cwd: dir,
        encoding: 'utf8',
      }),
    ).toBe('gotool 1.0.0 linux/amd64\n')
    expect(releaseOf('v1.0.0', GO)?.body).toContain(
      'sha256sum --check --ignore-missing gotool_1.0.0_checksums.txt',
    )
  })

  it("v1.1.0 promoted on GoReleaser's rc.1: its archives, not rebuilt, and its checksums file, named for 1.1.0", async () => {
    const go = goRepo
    await go.commit('feat: more', { 'more.txt': 'more\n' })
    p.world.api.addWorkflowRun(GO, { name: 'CI', head_sha: await go.head() })
    ok(await release('v1.1.0-rc.1', go, GO))
    const rc = download('v1.1.0-rc.1', GO)
    const r = await release('v1.1.0', go, GO)
    ok(r)
    expect(r.job('binaries').result).toBe('skipped')
    const names = assets('v1.1.0', GO)
      .map(a => a.name)
      .filter(n => n.startsWith('gotool_'))
      .sort()
    expect(names).toEqual([
      'gotool_1.1.0_checksums.txt',
      'gotool_1.1.0_linux_amd64.tar.gz',
      'gotool_1.1.0_windows_amd64.zip',
    ])
    const dir = download('v1.1.0', GO)
    // The candidate's bytes under the stable names, and a checksums file that says so.
    for (const os of ['linux_amd64.tar.gz', 'windows_amd64.zip'])
      expect(readFileSync(path.join(dir, `gotool_1.1.0_${os}`))).toEqual(
        readFileSync(path.join(rc, `gotool_1.1.0-rc.1_${os}`)),
      )
    const check = spawnSync('sha256sum', ['-c', '--strict', 'gotool_1.1.0_checksums.txt'], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(check.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'gotool_1.1.0_linux_amd64.tar.gz: OK',
      'gotool_1.1.0_windows_amd64.zip: OK',
    ])
    expect(check.status).toBe(0)
  })
})
