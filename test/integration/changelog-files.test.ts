/**
 * Where the changelog may be read and written (issue 14): never through a symlink, never outside
 * the workspace for the action; several runs at once each land their section (a lock around the
 * read-modify-write); temporary files a killed run left behind are cleaned; `version` is limited
 * as tags are.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_CHANGELOG_CONFIG, generateChangelog } from '../../packages/changelog/index.ts'
import { withFileLock, writeFileAtomic } from '../../packages/files/index.ts'
import { parseVersion } from '../../packages/versioning/index.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

async function history(): Promise<TestRepo> {
  const repo = await TestRepo.create()
  await repo.commit('feat: first', { 'src/a.ts': '1' })
  await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
  await repo.commit('fix(api): second', { 'src/a.ts': '2' })
  return repo
}

/** The pid of a process that has exited (and so is dead). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await new Promise(resolve => child.on('exit', resolve))
  return child.pid as number
}

describe('the changelog is never read or written through a symlink', () => {
  it('refuses file: docs/CHANGELOG.md when docs leads outside the workspace, writing nothing', async () => {
    const repo = await history()
    const outside = tempDir('ra-outside-')
    symlinkSync(outside, path.join(repo.dir, 'docs'))
    const r = await runAction(
      'generate-changelog',
      { version: 'v1.1.0', file: 'docs/CHANGELOG.md' },
      { cwd: repo.dir },
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("::error::Input 'file': ")
    expect(r.stdout).toContain('docs/CHANGELOG.md')
    expect(readdirSync(outside)).toEqual([])
    expect(r.outputFile).toBe('')
  })

  it('refuses a CHANGELOG.md that is a symlink to a file outside: nothing is copied in', async () => {
    const repo = await history()
    const outside = path.join(tempDir('ra-outside-'), 'secrets.md')
    writeFileSync(outside, 'TOKEN=hunter2\n')
    symlinkSync(outside, path.join(repo.dir, 'CHANGELOG.md'))
    // The default file (no `file` input) and the same file named.
    const runs: Record<string, string>[] = [
      { version: 'v1.1.0' },
      { version: 'v1.1.0', file: 'CHANGELOG.md' },
    ]
    for (const inputs of runs) {
      const r = await runAction('generate-changelog', inputs, { cwd: repo.dir })
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(
        `::error::Input 'file': "CHANGELOG.md" is a symlink to ${JSON.stringify(outside)}; expected a regular file`,
      )
      expect(lstatSync(path.join(repo.dir, 'CHANGELOG.md')).isSymbolicLink()).toBe(true)
      expect(readFileSync(outside, 'utf8')).toBe('TOKEN=hunter2\n')
    }
  })

  it('refuses a symlink that stays inside the workspace too: a changelog is a regular file', async () => {
    const repo = await history()
    mkdirSync(path.join(repo.dir, 'docs'))
    writeFileSync(path.join(repo.dir, 'docs/CHANGELOG.md'), '# Changelog\n')
    symlinkSync('docs/CHANGELOG.md', path.join(repo.dir, 'CHANGELOG.md'))
    const r = await runAction('generate-changelog', { version: 'v1.1.0' }, { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      `::error::Input 'file': "CHANGELOG.md" is a symlink to ${JSON.stringify(path.join(repo.dir, 'docs/CHANGELOG.md'))}`,
    )
    expect(readFileSync(path.join(repo.dir, 'docs/CHANGELOG.md'), 'utf8')).toBe('# Changelog\n')
    // Named directly, the real file is written as usual.
    const direct = await runAction(
      'generate-changelog',
      { version: 'v1.1.0', file: 'docs/CHANGELOG.md' },
      { cwd: repo.dir },
    )
    expect(direct.code, direct.stdout).toBe(0)
    expect(readFileSync(path.join(repo.dir, 'docs/CHANGELOG.md'), 'utf8')).toContain('## [1.1.0]')
  })

  it('the CLI (--prepend) and bump refuse it too, and bump commits and tags nothing', async () => {
    const repo = await history()
    const outside = path.join(tempDir('ra-outside-'), 'secrets.md')
    writeFileSync(outside, 'TOKEN=hunter2\n')
    symlinkSync(outside, path.join(repo.dir, 'CHANGELOG.md'))
    await repo.run('add', 'CHANGELOG.md')
    await repo.run('commit', '--quiet', '-m', 'chore: link')
    const cli = await runCli(['changelog', '--version', 'v1.1.0', '--prepend', 'CHANGELOG.md'], {
      cwd: repo.dir,
    })
    expect(cli.code).toBe(1)
    expect(cli.stderr).toBe(
      `error: --prepend: "CHANGELOG.md" is a symlink to ${JSON.stringify(outside)}; expected a regular file (a changelog is written in place, not through a link)\n`,
    )
    const head = await repo.head()
    const bump = await runCli(['bump', 'minor', '--no-push'], { cwd: repo.dir })
    expect(bump.code).toBe(1)
    expect(bump.stderr).toContain(`CHANGELOG.md is a symlink to ${JSON.stringify(outside)}`)
    // Said before anything is made: no "the local tag was removed again" for a tag never made.
    expect(bump.stderr).not.toContain('removed again')
    const dry = await runCli(['bump', 'minor', '--no-push', '--dry-run'], { cwd: repo.dir })
    expect(dry.code).toBe(1)
    expect(dry.stderr).toContain('CHANGELOG.md is a symlink to')
    expect(await repo.head()).toBe(head)
    expect(await repo.run('tag', '--list', 'v1.1.0')).toBe('')
    expect(readFileSync(outside, 'utf8')).toBe('TOKEN=hunter2\n')
    // The library refuses it whoever calls it.
    await expect(
      generateChangelog(repo.git, {
        version: parseVersion('1.1.0'),
        tagPrefix: 'v',
        style: 'grouped',
        file: path.join(repo.dir, 'CHANGELOG.md'),
        paths: [],
        config: DEFAULT_CHANGELOG_CONFIG,
        images: [],
      }),
    ).rejects.toThrow(/CHANGELOG\.md is a symlink to /)
  })
})

describe('runs at once on one changelog', () => {
  it('each lands its section (a lock around the read-modify-write)', async () => {
    const repo = await history()
    // A long file widens the window between reading and writing it.
    const old = Array.from(
      { length: 6000 },
      (_, i) =>
        `## [0.0.${i}] - 2020-01-01\n\n### Bug Fixes\n\n- fix number ${i} of many, with some words\n`,
    ).join('\n')
    writeFileSync(path.join(repo.dir, 'CHANGELOG.md'), `# Changelog\n\n${old}`)
    const versions = ['1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0', '1.6.0']
    const runs = await Promise.all(
      versions.map(version =>
        runCli(['changelog', '--version', version, '--prepend', 'CHANGELOG.md'], {
          cwd: repo.dir,
        }),
      ),
    )
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    const text = readFileSync(path.join(repo.dir, 'CHANGELOG.md'), 'utf8')
    for (const version of versions) expect(text).toContain(`## [${version}] - `)
    expect(text).toContain('## [0.0.5999]')
    expect(readdirSync(repo.dir).filter(f => f.startsWith('.CHANGELOG.md.'))).toEqual([])
  }, 30_000)

  it('waits a bounded time for a live holder, then names it; a dead holder is taken over', async () => {
    const dir = tempDir('ra-lock-')
    const file = path.join(dir, 'CHANGELOG.md')
    const lock = path.join(dir, '.CHANGELOG.md.lock')
    writeFileSync(lock, `${process.pid}@${hostname()}\n`)
    const started = Date.now()
    await expect(withFileLock(file, () => 'ran', { waitMs: 300 })).rejects.toThrow(
      `${file} is locked by process ${process.pid} on ${hostname()} (${lock}); waited 0.3 s. If no other run is writing it, remove the lock file.`,
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
    writeFileSync(lock, `${await deadPid()}@${hostname()}\n`)
    expect(await withFileLock(file, () => existsSync(lock), { waitMs: 300 })).toBe(true)
    expect(existsSync(lock)).toBe(false)
  })
})

describe('temporary files a killed write left behind', () => {
  it('are cleaned when the file is written next: a dead pid, or older than a minute', async () => {
    const dir = tempDir('ra-tmp-')
    const file = path.join(dir, 'CHANGELOG.md')
    const dead = `.CHANGELOG.md.${await deadPid()}.0a1b2c3d.tmp`
    const old = `.CHANGELOG.md.${process.pid}.1a1b2c3d.tmp`
    const live = `.CHANGELOG.md.${process.pid}.2a1b2c3d.tmp`
    const other = `.NOTES.md.${await deadPid()}.3a1b2c3d.tmp`
    for (const name of [dead, old, live, other]) writeFileSync(path.join(dir, name), 'half')
    const twoMinutesAgo = new Date(Date.now() - 120_000)
    utimesSync(path.join(dir, old), twoMinutesAgo, twoMinutesAgo)
    writeFileAtomic(file, 'whole\n')
    expect(readdirSync(dir).sort()).toEqual([live, other, 'CHANGELOG.md'].sort())
    expect(readFileSync(file, 'utf8')).toBe('whole\n')
  })

  it('the CLI bundle cleans one when it writes the changelog', async () => {
    const repo = await history()
    const leftover = path.join(repo.dir, `.CHANGELOG.md.${await deadPid()}.deadbeef.tmp`)
    writeFileSync(leftover, '# half a changelog')
    const r = await runCli(['changelog', '--version', '1.1.0', '--prepend', 'CHANGELOG.md'], {
      cwd: repo.dir,
      bundle: true,
    })
    expect(r.code, r.stderr).toBe(0)
    expect(existsSync(leftover)).toBe(false)
  })
})

describe('version', () => {
  it('is limited as tags are: at most 128 characters with its prefix', async () => {
    const repo = await history()
    const long = `1.0.0-${'a'.repeat(120_000)}`
    const r = await runAction('generate-changelog', { version: long }, { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "::error::Input 'version': the tag it names is 120007 characters long; the limit is 128",
    )
    expect(r.stdout.length).toBeLessThan(2000)
    expect(existsSync(path.join(repo.dir, 'CHANGELOG.md'))).toBe(false)
    const fits = `1.0.0-${'a'.repeat(128 - 'v1.0.0-'.length)}`
    const ok = await runAction('generate-changelog', { version: fits, file: '' }, { cwd: repo.dir })
    expect(ok.code, ok.stdout).toBe(0)
    const over = `${fits}a`
    const no = await runAction('generate-changelog', { version: over, file: '' }, { cwd: repo.dir })
    expect(no.stdout).toContain("::error::Input 'version': the tag it names is 129 characters long")
  })
})
