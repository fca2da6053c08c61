/**
 * What `release-actions init` writes runs as written: a Node project (a test script, SPDX
 * headers, a package.json version, a CI workflow, a Dockerfile) gets its files from the CLI's
 * bundle, commits them untouched, and a pushed tag runs the written release workflow through the
 * workflow runner of the tests to green — every gate init inferred passing, the image published
 * to the real local registry, the GitHub Release made. The written file calls the suite at the
 * default ref (v + the CLI's version); the runner resolves every ref of
 * release-actions/release-actions to this checkout, so the ref needs no tag here.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import { listTags } from '../peers/registry-tools.ts'
import type { TestRepo } from '../peers/repo.ts'
import pkg from '../../package.json' with { type: 'json' }

const REPO = 'octo/web'
vi.setConfig({ testTimeout: 180_000 })
let p: PipelineWorld
let repo: TestRepo

beforeAll(async () => {
  p = await startPipelineWorld()
  repo = await p.createRepository(REPO, {
    secrets: { REGISTRY_USERNAME: p.registry.username, REGISTRY_PASSWORD: p.registry.password },
  })
  await repo.commit('feat: the web service', {
    'package.json': `${JSON.stringify(
      { name: 'web', version: '0.1.0', private: true, scripts: { test: 'node index.js' } },
      null,
      2,
    )}\n`,
    'index.js': '// SPDX-License-Identifier: Apache-2.0\nconsole.log("tests pass")\n',
    Dockerfile: 'FROM scratch\nCOPY index.js /app/\n',
    '.github/workflows/ci.yml':
      'name: CI\non: [push, pull_request]\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n',
  })
})

afterAll(async () => {
  await p?.stop()
  cleanupTempDirs()
})

describe('release-actions init, then a tag push', () => {
  it('the written release workflow runs green: gates, image, release', async () => {
    // The world's origin is a local path, so the repository is named; the registry is local.
    const init = await runCli(['init', '--registry', p.proxy.host, '--repository', REPO], {
      cwd: repo.dir,
      bundle: true,
    })
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(init.stdout).toContain(`at v${pkg.version}.`)
    await repo.run('add', '.github')
    await repo.run('commit', '--quiet', '-m', 'ci: release with release-actions')
    p.world.api.addWorkflowRun(REPO, { name: 'CI', head_sha: await repo.head() })
    await repo.tag('v0.1.0', { message: 'Release v0.1.0' })
    await p.world.push(REPO)
    const r = await p.world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/release.yml',
      event: { name: 'push', ref: 'refs/tags/v0.1.0' },
    })
    const failed = r.jobs.filter(j => j.result === 'failure').map(j => j.path)
    expect(failed, `${r.log()}\n${r.annotations('error').join('\n')}`).toEqual([])
    expect(r.result).toBe('success')
    // Every gate init wrote ran and passed.
    const report = JSON.parse(r.job('Quality gates').outputs.report ?? '[]') as {
      name: string
      status: string
    }[]
    expect(report.map(g => [g.name, g.status])).toEqual([
      ['npm test', 'success'],
      ['license-headers', 'success'],
      ['version-alignment', 'success'],
      ['required-checks', 'success'],
    ])
    const tags = [...(await listTags(p.proxy, REPO))].map(([t]) => t)
    expect(tags).toEqual(expect.arrayContaining(['0.1.0', '0.1', 'latest']))
    const release = p.world.api.repo(REPO).releases.find(x => x.tag_name === 'v0.1.0')
    expect(release?.draft).toBe(false)
  })
})
