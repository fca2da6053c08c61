/**
 * `release-actions chart package|push` on a real repository with charts/<name>/ and a real
 * registry on 127.0.0.1 (token auth): the archives written and the same on every run (dated
 * HEAD's commit), the charts pushed, a re-run skipped, a changed chart at the same version refused.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { startRegistry, tagDigest, type TestRegistry } from '../peers/registry.ts'
import { TestRepo } from '../peers/repo.ts'

let registry: TestRegistry
let repo: TestRepo
beforeAll(async () => {
  registry = await startRegistry({ auth: 'token' })
  repo = await TestRepo.create()
  await repo.commit('feat: charts', {
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.0\nappVersion: 1.0.0\n',
    'charts/api/templates/svc.yaml': 'kind: Service\n',
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\nappVersion: 1.0.0\n',
    'charts/web/values.yaml': 'a: 1\n',
    'charts/README.md': 'not a chart\n',
  })
})
afterAll(async () => {
  await registry.stop()
  cleanupTempDirs()
})

describe('chart package', () => {
  it('writes every chart of charts/ into --output, the same bytes on every run', async () => {
    const out = tempDir('ra-chart-cli-')
    const r = await runCli(['chart', 'package', '--output', out], { cwd: repo.dir })
    expect(r.stderr).not.toMatch(/error/i)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual([
      { name: 'api', version: '0.3.0', appVersion: '1.0.0', file: path.join(out, 'api-0.3.0.tgz') },
      { name: 'web', version: '1.0.0', appVersion: '1.0.0', file: path.join(out, 'web-1.0.0.tgz') },
    ])
    const first = readFileSync(path.join(out, 'web-1.0.0.tgz'))
    const again = await runCli(['chart', 'package', '--chart', 'charts/web', '--output', out], {
      cwd: repo.dir,
    })
    expect(again.code).toBe(0)
    expect(readFileSync(path.join(out, 'web-1.0.0.tgz')).equals(first)).toBe(true)
  })

  it('answers a usage error for another sub-command and a missing chart', async () => {
    const bad = await runCli(['chart', 'publish'], { cwd: repo.dir })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("expected 'chart package' or 'chart push'")
    const none = await runCli(['chart', 'package'], { cwd: tempDir('ra-empty-') })
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('no chart found')
  })
})

describe('chart push', () => {
  const env = () => ({ REGISTRY_PASSWORD: registry.password, GITHUB_REPOSITORY_OWNER: '' })
  const args = () => [
    'chart',
    'push',
    '--registry',
    registry.host,
    '--owner',
    'Acme',
    '--registry-username',
    registry.username,
  ]

  it('pushes each chart to <registry>/<owner>/charts/<name>:<version>, then skips the same again', async () => {
    const r = await runCli(args(), { cwd: repo.dir, env: env() })
    expect(r.stderr).not.toMatch(/error/i)
    expect(r.code).toBe(0)
    const pushed = JSON.parse(r.stdout) as {
      name: string
      digest: string
      status: string
      url: string
    }[]
    expect(pushed.map(p => [p.name, p.status, p.url])).toEqual([
      ['api', 'pushed', `oci://${registry.host}/acme/charts/api`],
      ['web', 'pushed', `oci://${registry.host}/acme/charts/web`],
    ])
    expect(await tagDigest(registry, 'acme/charts/web', '1.0.0')).toBe(pushed[1]?.digest)
    const again = await runCli(args(), { cwd: repo.dir, env: env() })
    expect(again.code).toBe(0)
    expect((JSON.parse(again.stdout) as { status: string }[]).map(p => p.status)).toEqual([
      'unchanged',
      'unchanged',
    ])
  })

  it('refuses a changed chart at a version already pushed, naming both digests', async () => {
    const before = await tagDigest(registry, 'acme/charts/web', '1.0.0')
    writeFileSync(path.join(repo.dir, 'charts/web/values.yaml'), 'a: 2\n')
    const r = await runCli([...args(), '--chart', 'charts/web'], { cwd: repo.dir, env: env() })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`already exists as ${before}`)
    expect(r.stderr).toMatch(/is now sha256:[0-9a-f]{64}/)
    expect(await tagDigest(registry, 'acme/charts/web', '1.0.0')).toBe(before)
  })

  it('needs --registry, and the password for --registry-username', async () => {
    const r = await runCli(['chart', 'push'], { cwd: repo.dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--registry HOST is required')
    const p = await runCli(args(), { cwd: repo.dir, env: { REGISTRY_PASSWORD: '' } })
    expect(p.code).toBe(2)
    expect(p.stderr).toContain('REGISTRY_PASSWORD')
  })
})
