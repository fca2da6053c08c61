/**
 * The helm-charts action (internal to release.yml) from source: packages every charts/<name>/,
 * pushes to a real registry on 127.0.0.1 (htpasswd auth), outputs the digests and the helm
 * upgrade commands; re-run unchanged; input errors name the input.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../helpers/cli.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { startRegistry, tagDigest, type TestRegistry } from '../peers/registry.ts'
import { TestRepo } from '../peers/repo.ts'

let registry: TestRegistry
let repo: TestRepo
beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd' })
  repo = await TestRepo.create()
  await repo.commit('feat: chart', {
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.2.3\nappVersion: 4.0.0\n',
    'charts/web/values.yaml': 'a: 1\n',
  })
})
afterAll(async () => {
  await registry.stop()
  cleanupTempDirs()
})

describe('helm-charts', () => {
  const inputs = () => ({
    push: 'true',
    registry: registry.host,
    owner: 'Octo',
    'registry-username': registry.username,
    'registry-password': registry.password,
    mtime: '1764590400',
  })

  it('packages and pushes each chart, with digests and helm upgrade commands as outputs', async () => {
    const r = await runAction('helm-charts', inputs(), { cwd: repo.dir })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const digest = await tagDigest(registry, 'octo/charts/web', '1.2.3')
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(r.outputs.digests).toBe(`${registry.host}/octo/charts/web@${digest}`)
    expect(r.outputs.references).toBe(`${registry.host}/octo/charts/web:1.2.3@${digest}`)
    expect(r.outputs['upgrade-commands']).toBe(
      `helm upgrade --install web oci://${registry.host}/octo/charts/web --version 1.2.3`,
    )
    expect(r.outputs.files).toBe(path.join(repo.dir, 'helm-charts', 'web-1.2.3.tgz'))
    expect(existsSync(r.outputs.files ?? '')).toBe(true)
    expect(JSON.parse(r.outputs.charts ?? '')).toEqual([
      expect.objectContaining({ name: 'web', 'app-version': '4.0.0', status: 'pushed', digest }),
    ])
    expect(r.summary).toContain('pushed')
    const again = await runAction('helm-charts', inputs(), { cwd: repo.dir })
    expect(again.code).toBe(0)
    expect(JSON.parse(again.outputs.charts ?? '')).toEqual([
      expect.objectContaining({ status: 'unchanged', digest }),
    ])
  })

  it('packages only without push; refuses a bad owner and a chart outside the workspace', async () => {
    const local = await runAction('helm-charts', { mtime: '0' }, { cwd: repo.dir })
    expect(local.code).toBe(0)
    expect(local.outputs.digests).toBe('')
    const owner = await runAction('helm-charts', { ...inputs(), owner: 'a b' }, { cwd: repo.dir })
    expect(owner.code).toBe(1)
    expect(owner.stdout + owner.stderr).toMatch(/owner/)
    const outside = await runAction('helm-charts', { charts: '../elsewhere' }, { cwd: repo.dir })
    expect(outside.code).toBe(1)
    expect(outside.stdout + outside.stderr).toMatch(/charts/)
  })
})
