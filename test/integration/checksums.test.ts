/**
 * Checksums against GNU sha256sum on the same files: random files, non-ASCII and escaped names, a
 * sparse file four times the memory allowed, hashed in flat memory; traversal, symlinks, empty
 * globs; the split past 1,024.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  checksumsText,
  hashSubjects,
  resolveSubjects,
  writeChecksums,
} from '../../packages/attest/index.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { runAction, runCli } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

function sha256sum(cwd: string, files: string[]): string {
  return execFileSync('sha256sum', ['--', ...files], { cwd, encoding: 'utf8' })
}

function workspace(files: Record<string, Buffer | string>): string {
  const dir = tempDir('ra-ws-')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

describe('checksums match sha256sum', () => {
  it('on random files with plain, spaced and non-ASCII names, sorted', async () => {
    const files: Record<string, Buffer> = {
      'dist/app-linux-amd64.tar.gz': randomBytes(300_000),
      'dist/app-darwin-arm64.tar.gz': randomBytes(1),
      'dist/empty.bin': Buffer.alloc(0),
      'dist/ünïcode name ✓.txt': randomBytes(5000),
      'dist/sub/deep.zip': randomBytes(1 << 20),
    }
    const dir = workspace(files)
    const { subjects } = resolveSubjects(dir, ['dist/**'])
    const ours = checksumsText(subjects, await hashSubjects(subjects))
    const names = Object.keys(files).sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1))
    expect(ours).toBe(sha256sum(dir, names))
    // and sha256sum -c accepts the file
    writeFileSync(path.join(dir, 'checksums.txt'), ours)
    expect(
      spawnSync('sha256sum', ['--check', '--strict', 'checksums.txt'], { cwd: dir }).status,
    ).toBe(0)
  })

  it('escapes names with a backslash or a newline exactly as GNU does', async () => {
    const dir = workspace({ 'dist/back\\slash.bin': 'a', 'dist/new\nline.bin': 'b' })
    const { subjects } = resolveSubjects(dir, ['dist/*'])
    const ours = checksumsText(subjects, await hashSubjects(subjects))
    expect(ours).toBe(sha256sum(dir, ['dist/back\\slash.bin', 'dist/new\nline.bin']))
    expect(
      ours
        .split('\n')
        .filter(Boolean)
        .every(l => l.startsWith('\\')),
    ).toBe(true)
    writeFileSync(path.join(dir, 'sums'), ours)
    expect(spawnSync('sha256sum', ['--check', 'sums'], { cwd: dir }).status).toBe(0)
  })

  // Streaming, proved on a sparse file four times the memory the test allows: a hash of the file
  // read whole would grow the process by at least its size. bench/attest-sbom hashes 2 GiB.
  it('hashes a file four times larger than the memory it may use (a sparse 256 MiB)', async () => {
    const bound = 64 * 1024 * 1024
    const dir = tempDir('ra-sparse-')
    const file = path.join(dir, 'big.img')
    writeFileSync(file, 'start')
    truncateSync(file, 4 * bound)
    const before = process.memoryUsage().rss
    let peak = before
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
    const { subjects } = resolveSubjects(dir, ['*.img'])
    const digests = await hashSubjects(subjects)
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().rss)
    expect(`${digests.get('big.img')}  big.img\n`).toBe(sha256sum(dir, ['big.img']))
    expect(peak - before).toBeLessThan(bound)
  })
})

describe('what is refused or skipped', () => {
  it.each([['../outside/*'], ['dist/../../etc/passwd'], ['/etc/passwd']])(
    'refuses %j, which leaves the workspace',
    pattern => {
      const dir = workspace({ 'dist/a': 'a' })
      expect(() => resolveSubjects(dir, [pattern])).toThrow(
        /^Input 'subject-path': ".*" (leaves the workspace|is outside the workspace)/,
      )
    },
  )

  it('refuses a glob that matches nothing', () => {
    const dir = workspace({ 'dist/a': 'a' })
    expect(() => resolveSubjects(dir, ['build/*.tar.gz'])).toThrow(
      `Input 'subject-path': no file matches "build/*.tar.gz"`,
    )
  })

  it('skips symlinks that point outside the workspace, naming them, and follows those inside', () => {
    const outside = workspace({ 'secret.key': 'private' })
    const dir = workspace({ 'dist/real.bin': 'data' })
    symlinkSync(path.join(outside, 'secret.key'), path.join(dir, 'dist/leak.bin'))
    symlinkSync(path.join(dir, 'dist/real.bin'), path.join(dir, 'dist/alias.bin'))
    symlinkSync(path.join(dir, 'dist/gone'), path.join(dir, 'dist/broken.bin'))
    const { subjects, skipped } = resolveSubjects(dir, ['dist/*'])
    expect(subjects.map(s => s.name)).toEqual(['dist/alias.bin', 'dist/real.bin'])
    expect(skipped).toEqual([
      `"dist/broken.bin" (a broken symlink)`,
      `"dist/leak.bin" (a symlink to ${JSON.stringify(path.join(outside, 'secret.key'))}, outside the workspace)`,
    ])
  })

  it('splits more than 1,024 subjects, attesting the checksums file itself', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 1030; i++) files[`dist/f${String(i).padStart(4, '0')}`] = `${i}`
    const dir = workspace(files)
    const logger = recordingLogger()
    const r = await writeChecksums(
      { patterns: ['dist/*'], output: path.join(dir, 'checksums.txt'), base: dir, workspace: dir },
      logger,
    )
    expect(r.count).toBe(1030)
    expect(r.splitFiles.map(f => path.basename(f))).toEqual([
      'checksums.part1.txt',
      'checksums.part2.txt',
    ])
    expect(
      readFileSync(r.splitFiles[0] as string, 'utf8')
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(1024)
    expect(
      readFileSync(r.splitFiles[1] as string, 'utf8')
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(6)
    expect(readFileSync(r.subjectsFile, 'utf8')).toBe(sha256sum(dir, ['checksums.txt']))
    expect(
      logger.records.some(
        l => l.level === 'warning' && l.message.includes('1030 subjects are more than the 1024'),
      ),
    ).toBe(true)
  })
})

describe('the bundle and the CLI', () => {
  it('writes the checksums file and its outputs as the runner runs it', async () => {
    const dir = workspace({ 'dist/a.tar.gz': 'a', 'dist/b.tar.gz': 'b', 'dist/notes.md': 'n' })
    const r = await runAction('checksums', { 'subject-path': 'dist/*.tar.gz' }, { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      'checksums-file': path.join(dir, 'checksums.txt'),
      'subjects-file': path.join(dir, 'checksums.txt'),
      count: '2',
      'split-files': '',
    })
    expect(readFileSync(path.join(dir, 'checksums.txt'), 'utf8')).toBe(
      sha256sum(dir, ['dist/a.tar.gz', 'dist/b.tar.gz']),
    )
    const bad = await runAction('checksums', { 'subject-path': '../x' }, { cwd: dir })
    expect(bad.stdout).toContain("::error::Input 'subject-path': ")
    expect(bad.outputFile).toBe('')
  })

  it('release-actions checksums prints and writes, with names relative to --base', async () => {
    const dir = workspace({ 'dist/a.tar.gz': 'a', 'dist/b.tar.gz': 'b' })
    const r = await runCli(
      ['checksums', '--base', 'dist', '--output', 'dist/checksums.txt', 'dist/*.tar.gz'],
      { cwd: dir },
    )
    expect(r.stdout).toBe(sha256sum(path.join(dir, 'dist'), ['a.tar.gz', 'b.tar.gz']))
    expect(
      spawnSync('sha256sum', ['--check', 'checksums.txt'], { cwd: path.join(dir, 'dist') }).status,
    ).toBe(0)
  })
})

describe('symlinked directories (issue 14)', () => {
  /** A workspace whose `dist/ext` (and `linked`) are symlinks to a directory outside it. */
  function escaping(): { dir: string; outside: string } {
    const outside = workspace({ 'secret.key': 'private', 'sub/deep.key': 'deeper' })
    const dir = workspace({ 'dist/real.bin': 'data', 'inner/own.bin': 'own' })
    symlinkSync(outside, path.join(dir, 'dist/ext'))
    symlinkSync(outside, path.join(dir, 'linked'))
    symlinkSync(path.join(dir, 'inner'), path.join(dir, 'dist/in'))
    return { dir, outside }
  }

  it('skips files reached through a symlinked directory outside, naming it', () => {
    const { dir, outside } = escaping()
    const { subjects, skipped } = resolveSubjects(dir, [
      'dist/*.bin',
      'dist/ext/*',
      'linked/**',
      'dist/in/*',
    ])
    expect(subjects.map(s => s.name)).toEqual(['dist/in/own.bin', 'dist/real.bin'])
    expect(skipped).toEqual([
      `"dist/ext" (a symlink to ${JSON.stringify(outside)}, outside the workspace)`,
      `"linked" (a symlink to ${JSON.stringify(outside)}, outside the workspace)`,
    ])
  })

  it('refuses a glob whose only matches are outside, naming what was skipped', () => {
    const { dir } = escaping()
    expect(() => resolveSubjects(dir, ['linked/*.key'])).toThrow(
      /^Input 'subject-path': no file matches "linked\/\*\.key" \(skipped: "linked" \(a symlink to .*, outside the workspace\)\)/,
    )
  })

  it('the bundle and the CLI hash nothing outside and warn with the escaped name', async () => {
    const { dir } = escaping()
    symlinkSync(workspace({ 'x.key': 'x' }), path.join(dir, 'dist/new\nline'))
    // dist/*/* walks dist: dist/ext and dist/new<LF>line lead outside; dist/in (inside) is not
    // walked into by a wildcard, as git does not.
    const r = await runAction('checksums', { 'subject-path': 'dist/*.bin\ndist/*/*' }, { cwd: dir })
    expect(r.code).toBe(0)
    expect(readFileSync(path.join(dir, 'checksums.txt'), 'utf8')).toBe(
      sha256sum(dir, ['dist/real.bin']),
    )
    expect(r.stdout).toMatch(
      /::warning::Skipped "dist\/ext" \(a symlink to .*outside the workspace\)/,
    )
    expect(r.stdout).toContain('::warning::Skipped "dist/new\\nline" (a symlink to ')
    expect(r.outputs.skipped?.split('\n')).toHaveLength(2)
    const cli = await runCli(['checksums', '--output', 'c.txt', 'dist/in/*', 'linked/*'], {
      cwd: dir,
    })
    expect(cli.code).toBe(0)
    expect(cli.stdout).toBe(sha256sum(dir, ['dist/in/own.bin']))
    expect(cli.stderr).toMatch(/warning: Skipped "linked" \(a symlink to .*outside the workspace\)/)
    expect(readFileSync(path.join(dir, 'c.txt'), 'utf8')).toBe(sha256sum(dir, ['dist/in/own.bin']))
  })
})
