/**
 * Self-references: a repository that publishes reusable workflows calls its own actions at the
 * tag being released. bump writes them into the release commit; pins --check proves a tag's
 * workflows run that tag's code; promote accepts the candidate's own tag on the same commit.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  findSelfReferences,
  isReferenceFile,
  rewriteSelfReferences,
} from '../../packages/pins/index.ts'
import { loadConfig } from '../../packages/config/index.ts'
import { root, runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const WORKFLOW = `name: Release
on:
  workflow_call:
jobs:
  version:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - uses: octo/suite/compute-version@main
      - uses: 'octo/suite/publish-tags-matrix@main' # quoted
  gates:
    uses: octo/suite/.github/workflows/gates.yml@main
  other:
    uses: octo/suite-fork/.github/workflows/gates.yml@main
`

async function suiteRepo(): Promise<{ repo: TestRepo; remote: TestRepo }> {
  const remote = await TestRepo.create({ bare: true })
  const repo = await TestRepo.create()
  await repo.commit('feat: the suite', {
    '.github/release-actions.yml': 'self-references: octo/suite\n',
    '.github/workflows/release.yml': WORKFLOW,
    'deploy/action.yml': 'runs:\n  using: composite\n  steps:\n    - uses: octo/suite/wait@main\n',
    'node_modules/x/action.yml': 'runs:\n  steps:\n    - uses: octo/suite/x@main\n',
  })
  await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
  await repo.run('remote', 'add', 'origin', remote.dir)
  await repo.run('push', '--quiet', '-u', 'origin', 'main', 'v1.0.0')
  return { repo, remote }
}

describe('self-references', () => {
  it('are found in workflows and action.yml files, and rewritten without touching anything else', async () => {
    const { repo } = await suiteRepo()
    const repos = loadConfig(path.join(repo.dir, '.github/release-actions.yml')).selfReferences
    expect(repos).toEqual(['octo/suite'])
    const refs = findSelfReferences(repo.dir, repos)
    expect(refs.map(r => `${r.file}:${r.line} ${r.target}@${r.ref}`)).toEqual([
      '.github/workflows/release.yml:9 octo/suite/compute-version@main',
      '.github/workflows/release.yml:10 octo/suite/publish-tags-matrix@main',
      '.github/workflows/release.yml:12 octo/suite/.github/workflows/gates.yml@main',
      'deploy/action.yml:4 octo/suite/wait@main',
    ])
    expect(rewriteSelfReferences(repo.dir, repos, 'v1.1.0')).toEqual([
      '.github/workflows/release.yml',
      'deploy/action.yml',
    ])
    const text = readFileSync(path.join(repo.dir, '.github/workflows/release.yml'), 'utf8')
    expect(text).toBe(
      WORKFLOW.replace('compute-version@main', 'compute-version@v1.1.0')
        .replace("publish-tags-matrix@main'", "publish-tags-matrix@v1.1.0'")
        .replace(
          'suite/.github/workflows/gates.yml@main',
          'suite/.github/workflows/gates.yml@v1.1.0',
        ),
    )
    expect(text).toContain('octo/suite-fork/.github/workflows/gates.yml@main')
    expect(rewriteSelfReferences(repo.dir, repos, 'v1.1.0')).toEqual([])
    expect(isReferenceFile('node_modules/x/action.yml')).toBe(false)
    expect(isReferenceFile('.github/workflows/ci.yaml')).toBe(true)
  })

  it('bump writes them into the release commit; pins --check passes for that tag only', async () => {
    const { repo } = await suiteRepo()
    await repo.commit('fix: a bug')
    await repo.run('push', '--quiet')
    const r = await runCli(['bump', 'patch'], { cwd: repo.dir })
    expect(r.stderr).toContain(
      'Pointed the self-references in .github/workflows/release.yml, deploy/action.yml at v1.0.1.',
    )
    expect(r.stdout).toBe('v1.0.1\n')
    const released = await repo.run('show', 'v1.0.1:.github/workflows/release.yml')
    expect(released).toContain('octo/suite/compute-version@v1.0.1')
    expect(released).toContain('octo/suite/.github/workflows/gates.yml@v1.0.1')
    const stat = await repo.run('show', '--stat', '--format=%s', 'v1.0.1^{commit}')
    expect(stat.split('\n')[0]).toBe('chore(release): v1.0.1')
    for (const f of ['CHANGELOG.md', '.github/workflows/release.yml', 'deploy/action.yml'])
      expect(stat).toContain(` ${f} `)
    expect((await runCli(['pins', '--check', '--tag', 'v1.0.1'], { cwd: repo.dir })).stdout).toBe(
      '4 self-references run the code of v1.0.1.\n',
    )
    const old = await runCli(['pins', '--check', '--tag', 'v1.0.0'], { cwd: repo.dir })
    expect(old.code).toBe(1)
    expect(old.stderr).toContain(
      '4 self-reference(s) would run other code than v1.0.0: .github/workflows/release.yml:9 uses octo/suite/compute-version@v1.0.1, which is',
    )
  })

  it('a release candidate pins itself, and promote accepts the candidate tag on the same commit', async () => {
    const { repo, remote } = await suiteRepo()
    await repo.commit('feat: more')
    await repo.run('push', '--quiet')
    const rc = await runCli(['bump', 'rc'], { cwd: repo.dir })
    expect(rc.stdout).toBe('v1.1.0-rc.1\n')
    expect(await repo.run('show', 'v1.1.0-rc.1:deploy/action.yml')).toContain(
      'octo/suite/wait@v1.1.0-rc.1',
    )
    // Work goes on after the candidate; promote tags the candidate's commit and reads its files.
    await repo.commit('docs: later')
    await repo.run('push', '--quiet')
    const promote = await runCli(['bump', 'promote'], { cwd: repo.dir })
    expect(promote.stdout).toBe('v1.1.0\n')
    expect(await repo.run('rev-parse', 'v1.1.0^{commit}')).toBe(
      await repo.run('rev-parse', 'v1.1.0-rc.1^{commit}'),
    )
    expect((await runCli(['pins', '--check', '--tag', 'v1.1.0'], { cwd: repo.dir })).code).toBe(0)
    expect(await remote.run('tag', '-l', 'v1.1.0')).toBe('v1.1.0')
  })

  it('promote refuses a candidate whose workflows call other code', async () => {
    const { repo } = await suiteRepo()
    await repo.commit('feat: more')
    await repo.tag('v1.1.0-rc.1', { message: 'hand-made candidate' })
    await repo.run('push', '--quiet', 'origin', 'main', 'v1.1.0-rc.1')
    const r = await runCli(['bump', 'promote'], { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      "Cannot promote: the candidate's commit must call this repository's actions at a tag of that same commit",
    )
    expect(r.stderr).toContain('uses octo/suite/compute-version@main, which is not a tag here')
    expect(await repo.run('tag', '-l', 'v1.1.0')).toBe('')
  })

  it('refuses a config whose self-references are not owner/repo', () => {
    const dir = tempDir()
    const file = path.join(dir, 'c.yml')
    writeFileSync(file, 'self-references: [octo/suite, "x; rm"]\n')
    expect(() => loadConfig(file)).toThrow(
      /c\.yml:1: 'self-references': expected owner\/repo names, got "x; rm"/,
    )
  })
})

describe('pins flags are validated first, always (issue 14)', () => {
  it.each([
    [['--check', '--tag', 'v1$(id)'], '--tag: "v1$(id)" contains the character \'$\''],
    [['--check', '--tag=--upload-pack=x'], '--tag: "--upload-pack=x" contains the character \'=\''],
    [
      ['--check', '--tag', 'v1.0.0\n::error::x'],
      '--tag: "v1.0.0\\n::error::x" contains a control character',
    ],
    [['--set', 'v1 2'], '--set: "v1 2" contains whitespace'],
    [['--check'], '--check needs --tag vX.Y.Z'],
  ])('refuses %j with no self-references configured, and with them', async (args, message) => {
    const bare = await TestRepo.create()
    await bare.commit('feat: no config')
    const { repo } = await suiteRepo()
    for (const dir of [bare.dir, repo.dir]) {
      const r = await runCli(['pins', ...args], { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stderr.split('\n')[0]).toContain(`error: ${message}`)
      expect(r.stdout).toBe('')
    }
  })

  it('still says nothing is configured for a valid tag', async () => {
    const bare = await TestRepo.create()
    await bare.commit('feat: no config')
    const r = await runCli(['pins', '--check', '--tag', 'v1.0.0'], { cwd: bare.dir })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('No self-references are configured')
  })
})

describe('this repository', () => {
  it('configures its own self-references, and every one names the same ref', () => {
    const repos = loadConfig(path.join(root, '.github/release-actions.yml')).selfReferences
    expect(repos).toEqual(['release-actions/release-actions'])
    const refs = findSelfReferences(root, repos)
    expect(refs.length).toBeGreaterThan(5)
    expect(new Set(refs.map(r => r.ref)).size).toBe(1)
    expect(refs[0]?.ref).toMatch(/^(main|v\d+\.\d+\.\d+(-[\w.]+)?)$/)
  })
})
