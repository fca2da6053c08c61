/**
 * The committed bundles, run the way the runner runs them: `node dist/<name>/index.js` under
 * Node 24 with INPUT_* variables, a GITHUB_OUTPUT file and a GITHUB_STEP_SUMMARY file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { root, runAction, runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

describe('bundles run under Node 24', () => {
  it('is Node 24 or newer (the runtime of `using: node24`)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24)
  })

  it('has an ESM bundle for every JavaScript action and the CLI', () => {
    const actions = readdirSync(root, { withFileTypes: true })
      .filter(d => d.isDirectory() && existsSync(path.join(root, d.name, 'action.yml')))
      .map(d => ({
        dir: d.name,
        meta: parse(readFileSync(path.join(root, d.name, 'action.yml'), 'utf8')) as {
          runs: { using: string; main?: string }
        },
      }))
    for (const { dir, meta } of actions.filter(a => a.meta.runs.using !== 'composite')) {
      expect(meta.runs.using).toBe('node24')
      const main = path.resolve(root, dir, meta.runs.main ?? '')
      expect(existsSync(main), `${dir}: ${meta.runs.main}`).toBe(true)
      expect(
        JSON.parse(readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8')),
      ).toEqual({ type: 'module' })
    }
    expect(
      readFileSync(path.join(root, 'dist/cli/index.js'), 'utf8').startsWith(
        '#!/usr/bin/env node\n',
      ),
    ).toBe(true)
  })

  it('compute-version: outputs, summary and exit code as on a runner', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: a')
    await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
    await repo.commit('feat: b')
    const r = await runAction(
      'compute-version',
      {},
      { cwd: repo.dir, env: { GITHUB_REF: 'refs/heads/main' } },
    )
    expect(r.code).toBe(0)
    expect(r.outputs).toEqual({
      version: '1.3.0',
      tag: 'v1.3.0',
      major: '1',
      minor: '3',
      patch: '0',
      prerelease: '',
      build: '',
      'is-prerelease': 'false',
      'is-stable': 'true',
      'is-latest': 'true',
      'is-major-zero': 'false',
      'previous-tag': 'v1.2.3',
      'previous-stable-tag': 'v1.2.3',
      sha: await repo.head(),
      bump: 'minor',
      exists: 'false',
    })
    expect(r.summary).toContain('### compute-version: `v1.3.0`')
    expect(r.summary).toContain('minor bump: v1.2.3 → v1.3.0.')

    const tagged = await runAction(
      'compute-version',
      { ref: 'refs/tags/v1.2.3' },
      { cwd: repo.dir },
    )
    expect(tagged.outputs).toMatchObject({ bump: 'tag', exists: 'true', 'is-latest': 'true' })
  })

  it('compute-version: a failure is one ::error:: line, exit code 1, no outputs', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: a')
    const r = await runAction('compute-version', { bump: 'promote' }, { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').filter(l => l.startsWith('::error::'))).toEqual([
      '::error::There is no release candidate to promote: no tag vX.Y.Z-rc.N (such as v1.2.3-rc.1) without its stable release. Tag one with bump: rc first.',
    ])
    expect(r.outputFile).toBe('')
  })

  it('the CLI bundle prints help and computes versions', async () => {
    const repo = await TestRepo.create()
    await repo.commit('fix: a')
    const help = await runCli(['--help'], { cwd: repo.dir, bundle: true })
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('release-actions bump patch|minor|major|rc|promote')
    const v = await runCli(['version'], { cwd: repo.dir, bundle: true })
    expect(JSON.parse(v.stdout)).toMatchObject({ tag: 'v0.1.0', bump: 'initial' })
    expect((await runCli(['nope'], { cwd: repo.dir, bundle: true })).code).toBe(2)
  })
})
