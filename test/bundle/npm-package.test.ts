/**
 * The CLI as users get it from npm: scripts/pack.ts stages the published manifest and the files
 * that package.json `files` names (the bundle, LICENSE and README.md) and runs `npm pack`; the
 * packed file list is exactly those and package.json, the manifest has no dependencies to fetch, and the
 * tarball installs into an empty folder with no network (an unreachable registry, an empty
 * cache, --offline). The installed `release-actions` then answers --help and --version and runs
 * `version` and `bump --dry-run` on a real repository, under the Node of the test run (24).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { packCli, root, type Packed } from '../../scripts/pack.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { TestRepo } from '../peers/repo.ts'

vi.setConfig({ testTimeout: 60_000 })
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string
  files: string[]
  bin: Record<string, string>
  engines: Record<string, string>
}
let packed: Packed
let installed = ''

/** A file, or every file below a folder. */
function walk(at: string): string[] {
  return statSync(at).isDirectory()
    ? readdirSync(at).flatMap(name => walk(path.join(at, name)))
    : [at]
}

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(path.join(installed, 'node_modules', '.bin', 'release-actions'), args, {
    cwd,
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(async () => {
  packed = await packCli(tempDir())
  installed = tempDir()
  // No network: the registry is a closed port, the cache is empty, npm is told it is offline.
  execFileSync(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--registry',
      'http://127.0.0.1:9/',
      '--cache',
      tempDir(),
      packed.file,
    ],
    { cwd: installed, stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } },
  )
})

afterAll(cleanupTempDirs)

describe('the npm package', () => {
  it('packs exactly what files names, with LICENSE, README.md and the manifest', () => {
    const expected = [
      'package.json',
      ...pkg.files.flatMap(f => walk(path.join(root, f)).map(p => path.relative(root, p))),
    ].sort()
    expect(packed.files.map(f => f.path).sort()).toEqual(expected)
    expect(pkg.files).toEqual(['dist/cli/', 'dist/shared/', 'LICENSE', 'README.md'])
    expect(packed.name).toBe('release-actions')
    expect(packed.version).toBe(pkg.version)
    expect(packed.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/)
  })

  it('publishes a manifest with nothing to fetch: no dependencies, no scripts', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(installed, 'node_modules', 'release-actions', 'package.json'), 'utf8'),
    ) as Record<string, unknown>
    expect(manifest).not.toHaveProperty('dependencies')
    expect(manifest).not.toHaveProperty('devDependencies')
    expect(manifest).not.toHaveProperty('scripts')
    expect(manifest).not.toHaveProperty('private')
    expect(manifest).toMatchObject({ bin: pkg.bin, engines: pkg.engines, type: 'module' })
    // The empty folder got the one package and nothing else.
    expect(
      readdirSync(path.join(installed, 'node_modules')).filter(n => !n.startsWith('.')),
    ).toEqual(['release-actions'])
  })

  it('packs the same bytes twice (the self-release attests the tarball it publishes)', async () => {
    expect((await packCli(tempDir())).integrity).toBe(packed.integrity)
  })

  it('answers --help and --version once installed', () => {
    const help = cli(['--help'], installed)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: release-actions <command> \[options\]/)
    expect(help.stdout).toContain('release-actions init')
    expect(cli(['--version'], installed)).toMatchObject({ code: 0, stdout: `${pkg.version}\n` })
  })

  it('runs version and bump --dry-run on a real repository', async () => {
    const repo = await TestRepo.create()
    await repo.commits('feat: a')
    await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
    await repo.commits('feat: search', 'fix: a crash')
    const next = cli(['version', '--bump', 'auto'], repo.dir)
    expect(next.code, next.stderr).toBe(0)
    expect(next.stdout).toContain('1.3.0')
    const dry = cli(['bump', 'minor', '--dry-run', '--no-push'], repo.dir)
    expect(dry.code, dry.stderr).toBe(0)
    expect(`${dry.stdout}${dry.stderr}`).toContain('Dry run: would write the v1.3.0 section')
    expect(await repo.run('tag', '-l')).toBe('v1.2.3')
    expect(await repo.run('status', '--porcelain', '--untracked-files=all')).toBe('')
  })

  it("the README's Makefile targets run the installed CLI (each with --dry-run here)", async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const makefile = /```make\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(makefile).toContain('RELEASE_ACTIONS ?= npx --yes release-actions ')
    const dir = tempDir()
    writeFileSync(path.join(dir, 'Makefile'), makefile)
    const bin = path.join(installed, 'node_modules', '.bin', 'release-actions')
    const repo = await TestRepo.create()
    await repo.commits('feat: a')
    await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
    await repo.commits('feat: b')
    const expected: Record<string, string> = {
      'bump-patch': 'v1.2.4',
      'bump-minor': 'v1.3.0',
      'bump-major': 'v2.0.0',
      'bump-rc': 'v1.3.0-rc.1',
    }
    const check = (target: string, tag: string) => {
      // make -n: the command the target runs; then that command with --dry-run.
      const command = spawnSync(
        'make',
        ['-n', '-f', path.join(dir, 'Makefile'), target, `RELEASE_ACTIONS=${bin}`],
        {
          encoding: 'utf8',
        },
      ).stdout.trim()
      expect(command).toBe(`${bin} bump ${target.slice('bump-'.length)}`)
      const dry = cli([...command.split(' ').slice(1), '--dry-run', '--no-push'], repo.dir)
      expect(dry.code, dry.stderr).toBe(0)
      expect(`${dry.stdout}${dry.stderr}`, target).toContain(tag)
    }
    for (const [target, tag] of Object.entries(expected)) check(target, tag)
    // promote tags the candidate's commit.
    await repo.tag('v1.3.0-rc.1', { message: 'Release v1.3.0-rc.1' })
    check('bump-promote', 'v1.3.0')
    expect(await repo.run('tag', '-l')).toBe('v1.2.3\nv1.3.0-rc.1')
  })
})
