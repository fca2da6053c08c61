/**
 * The committed bundles, run the way the runner runs them: `node dist/<name>/index.js` under
 * Node 24 with INPUT_* variables, a GITHUB_OUTPUT file and a GITHUB_STEP_SUMMARY file. dist/ is
 * one shared bundle (dist/shared/: an entry, chunks, licenses.txt) and a two-line stub per entry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { root, runAction, runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { bundledActions } from './runs.ts'

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
      { cwd: repo.dir, env: { GITHUB_REF: 'refs/heads/main' }, bundle: true },
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
      { cwd: repo.dir, bundle: true },
    )
    expect(tagged.outputs).toMatchObject({ bump: 'tag', exists: 'true', 'is-latest': 'true' })
  })

  it('compute-version: a failure is one ::error:: line, exit code 1, no outputs', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: a')
    const r = await runAction(
      'compute-version',
      { bump: 'promote' },
      { cwd: repo.dir, bundle: true },
    )
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

const dist = path.join(root, 'dist')

/** The code of the shared bundle: its entry and chunks. */
function sharedCode(): string[] {
  const dir = path.join(dist, 'shared')
  return readdirSync(dir)
    .filter(f => f.endsWith('.js'))
    .map(f => readFileSync(path.join(dir, f), 'utf8'))
}

/** How often a string occurs in the .js files of dist/ (stubs and shared bundle). */
function occurrences(needle: string): number {
  const stubs = readdirSync(dist)
    .filter(d => d !== 'shared')
    .map(d => readFileSync(path.join(dist, d, 'index.js'), 'utf8'))
  return [...stubs, ...sharedCode()].reduce((n, code) => n + code.split(needle).length - 1, 0)
}

/** Installed copies (versions) of a package, from package-lock.json. */
function installed(name: string): number {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>
  }
  return Object.keys(lock.packages).filter(k => k.endsWith(`node_modules/${name}`)).length
}

describe('one shared bundle, a stub per entry', () => {
  const actions = bundledActions(root)

  it('every dist/<name>/index.js is a two-line stub that runs an action or the CLI', () => {
    const stubs = readdirSync(dist).filter(d => d !== 'shared')
    const named = [...actions.map(a => a.name), 'cli']
    expect(stubs.sort()).toEqual([...new Set(named)].sort())
    const bin = (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        bin: Record<string, string>
      }
    ).bin
    expect(Object.values(bin)).toEqual(['dist/cli/index.js'])
    for (const name of stubs) {
      expect(readdirSync(path.join(dist, name)).sort(), name).toEqual(['index.js', 'package.json'])
      const code = readFileSync(path.join(dist, name, 'index.js'), 'utf8')
      const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : ''
      expect(code, name).toBe(
        `${shebang}import { run } from '../shared/index.js'\nawait run('${name}')\n`,
      )
    }
  })

  it('the shared entry names each stub, and nothing else', () => {
    const entry = readFileSync(path.join(root, 'scripts/shared-entry.ts'), 'utf8')
    const names = [...entry.matchAll(/^ {2}'?([a-z0-9-]+)'?:\s+\(\) =>\s+import\('([^']+)'\),$/gm)]
    expect(names.map(m => m[1]).sort()).toEqual(
      readdirSync(dist)
        .filter(d => d !== 'shared')
        .sort(),
    )
    for (const [, name, spec] of names)
      expect(existsSync(path.resolve(root, 'scripts', spec ?? '')), `${name}: ${spec}`).toBe(true)
  })

  it('holds one copy of @actions/core and undici (and of http-client one per version)', () => {
    // One string of each, that occurs once in the package's code.
    expect(occurrences('Input required and not supplied: ')).toBe(1) // @actions/core lib/core.js
    expect(occurrences('undici:request:create')).toBe(1) // undici lib/core/diagnostics.js
    // @actions/http-client: once per installed version (@actions/github 9 pins its own 3.x).
    expect(occurrences('Client has already been disposed.')).toBe(installed('@actions/http-client'))
    expect(installed('@actions/core')).toBe(1)
  })

  it('licenses.txt names every package in the bundle, with its licence', () => {
    const text = readFileSync(path.join(dist, 'shared/licenses.txt'), 'utf8')
    const listed = new Map<string, string>()
    const blocks = text.split(/\n(?=(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+\n[^\n]+\n)/)
    for (const block of blocks) {
      const [name = '', licence = ''] = block.split('\n')
      listed.set(name, licence)
    }
    // Every package a chunk names (webpack's "./node_modules/<pkg>/…" module comments).
    const bundled = new Set(
      sharedCode().flatMap(code =>
        [...code.matchAll(/\.\/node_modules\/((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+)\//g)].map(
          m => m[1],
        ),
      ),
    )
    expect(bundled.size).toBeGreaterThan(10)
    const deps = Object.keys(
      (
        JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
          dependencies: Record<string, string>
        }
      ).dependencies,
    )
    for (const name of [...bundled, ...deps]) expect([...listed.keys()], name).toContain(name)
    for (const [name, licence] of listed) {
      const pkg = JSON.parse(
        readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { license?: string }
      expect(licence, name).toBe(pkg.license)
    }
  })

  it('every stub loads its action and fails at its input check as on a runner', async () => {
    const cwd = tempDir('ra-stubs-')
    const runs = await Promise.all(
      actions.map(a => runAction(a.name, {}, { cwd, env: a.env, bundle: true })),
    )
    runs.forEach((r, i) => {
      const name = actions[i]?.name
      const errors = r.stdout.split('\n').filter(l => l.startsWith('::error::'))
      expect({ name, code: r.code, errors }, r.stderr).toEqual({
        name,
        code: 1,
        errors: [expect.stringMatching(/^::error::Input '[a-z-]+'/)],
      })
      expect(r.outputFile, name).toBe('')
    })
  })
})
