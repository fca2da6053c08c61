/**
 * The chart-version-bumped gate on real repositories: a chart changed since the previous release
 * tag without a version bump fails naming the chart; bumped, unchanged and new charts pass; the
 * previous tag is the highest release tag before HEAD (not one on HEAD's commit); its spec is
 * checked like every built-in. Also version-alignment on Chart.yaml's appVersion.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { parseGates, runGates, type GateContext } from '../../packages/gates/index.ts'
import { InputError } from '../../packages/errors/index.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { TestRepo } from '../peers/repo.ts'

afterAll(cleanupTempDirs)

function context(workspace: string, version?: string): GateContext {
  return {
    workspace,
    env: process.env,
    logger: recordingLogger(),
    output: () => {},
    sha: undefined,
    repository: undefined,
    version,
    github: () => {
      throw new Error('no GitHub here')
    },
  }
}

const chartYaml = (version: string, appVersion = '1.0.0') =>
  `apiVersion: v2\nname: web\nversion: ${version}\nappVersion: "${appVersion}"\n`

async function released(): Promise<TestRepo> {
  const repo = await TestRepo.create()
  await repo.commit('feat: chart', {
    'charts/web/Chart.yaml': chartYaml('0.1.0'),
    'charts/web/templates/svc.yaml': 'kind: Service\n',
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 2.0.0\n',
    'src/app.ts': 'x\n',
  })
  await repo.tag('v1.0.0')
  return repo
}

async function gate(repo: TestRepo, yaml = '- uses: chart-version-bumped') {
  const [result] = await runGates(parseGates(yaml, 'gates'), context(repo.dir))
  return result
}

describe('chart-version-bumped', () => {
  it('fails a chart whose templates changed since the previous tag at the same version, naming it', async () => {
    const repo = await released()
    await repo.commit('fix: svc', { 'charts/web/templates/svc.yaml': 'kind: Service\nspec: {}\n' })
    const r = await gate(repo)
    expect(r?.status).toBe('failure')
    expect(r?.summary).toBe('1 of 2 chart(s) changed since v1.0.0 without a version bump: web')
    expect(r?.details).toContain(
      'web (charts/web) changed since v1.0.0 (1 file(s): charts/web/templates/svc.yaml) but its version is still 0.1.0: bump version in charts/web/Chart.yaml',
    )
  })

  it.each([
    ['values', { 'charts/web/values.yaml': 'a: 1\n' }],
    ['metadata', { 'charts/web/Chart.yaml': `${chartYaml('0.1.0')}description: x\n` }],
    ['dependencies', { 'charts/web/Chart.lock': 'dependencies: []\n' }],
  ])('fails a change of %s without a bump', async (_what, files) => {
    const repo = await released()
    await repo.commit('chore: change', files)
    expect((await gate(repo))?.status).toBe('failure')
  })

  it('passes a bumped chart, an unchanged chart and a change outside the charts', async () => {
    const repo = await released()
    await repo.commit('feat: svc', {
      'charts/web/templates/svc.yaml': 'kind: Service\nspec: {}\n',
      'charts/web/Chart.yaml': chartYaml('0.2.0'),
      'src/app.ts': 'y\n',
    })
    const r = await gate(repo)
    expect(r?.status).toBe('success')
    expect(r?.details).toContain(
      'web (charts/web) changed since v1.0.0; version bumped 0.1.0 → 0.2.0',
    )
    expect(r?.details).toContain('api (charts/api) 2.0.0: unchanged since v1.0.0')
  })

  it('fails a version that went down', async () => {
    const repo = await released()
    await repo.commit('fix', { 'charts/web/Chart.yaml': chartYaml('0.0.9') })
    const r = await gate(repo)
    expect(r?.status).toBe('failure')
    expect(r?.details).toContain('went from 0.1.0 to 0.0.9, not up')
  })

  it('passes a chart new since the tag, and says there is nothing to compare without a tag', async () => {
    const repo = await released()
    await repo.commit('feat: db chart', {
      'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n',
    })
    const r = await gate(repo)
    expect(r?.status).toBe('success')
    expect(r?.details).toContain('db (charts/db) 0.1.0: new since v1.0.0')
    const fresh = await TestRepo.create()
    await fresh.commit('feat', { 'charts/web/Chart.yaml': chartYaml('0.1.0') })
    const none = await gate(fresh)
    expect(none?.status).toBe('success')
    expect(none?.summary).toMatch(/no previous release tag \(vX\.Y\.Z\) before HEAD/)
  })

  it('compares with the highest release tag before HEAD, not one on HEAD (the release being made)', async () => {
    const repo = await released()
    await repo.commit('fix: svc', { 'charts/web/templates/svc.yaml': 'changed\n' })
    await repo.tag('v1.0.1')
    await repo.tag('other-9.9.9')
    const r = await gate(repo)
    expect(r?.summary).toContain('since v1.0.0')
    expect(r?.status).toBe('failure')
    const since = await gate(
      repo,
      '- uses: chart-version-bumped\n  with: { since: v1.0.1, charts: [charts/web] }',
    )
    expect(since?.status).toBe('success')
    expect(since?.summary).toBe('1 chart(s) checked against v1.0.1')
  })

  it.each([
    [
      '- uses: chart-version-bumped\n  with: { chart: x }',
      /unknown key 'chart' in chart-version-bumped with/,
    ],
    [
      '- uses: chart-version-bumped\n  with: { tag-prefix: "a b" }',
      /with.tag-prefix must be a tag prefix/,
    ],
    [
      '- uses: chart-version-bumped\n  with: { charts: [1] }',
      /with.charts must be a list of strings/,
    ],
  ])('refuses the spec %s', (yaml, message) => {
    expect(() => parseGates(yaml, 'gates')).toThrow(InputError)
    expect(() => parseGates(yaml, 'gates')).toThrow(message)
  })
})

describe("version-alignment on Chart.yaml's appVersion", () => {
  it('fails a chart whose appVersion is not the release version', async () => {
    const repo = await released()
    const yaml =
      '- uses: version-alignment\n  with: { files: [{ path: charts/web/Chart.yaml, key: appVersion }] }'
    const [ok] = await runGates(parseGates(yaml, 'gates'), context(repo.dir, '1.0.0'))
    expect(ok?.status).toBe('success')
    const [bad] = await runGates(parseGates(yaml, 'gates'), context(repo.dir, '1.1.0'))
    expect(bad?.status).toBe('failure')
    expect(bad?.details).toBe('charts/web/Chart.yaml: states 1.0.0, expected 1.1.0')
  })
})
