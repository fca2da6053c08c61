/**
 * Release archives against the system's tools: the tar.gz is listed and extracted by `tar`, the
 * zip by `unzip` (or `python3 -m zipfile` where unzip is missing), contents, modes, mtimes and
 * owners checked; the same files make the same bytes; long names; the names users expect; and
 * the named checksums file (packages/attest's writeChecksums) passes `sha256sum -c`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  takeGoReleaserDist,
  archiveFileName,
  checkArchiveName,
  checksumsFileName,
  parsePlatform,
  writeArchive,
} from '../../packages/archive/index.ts'
import { writeChecksums } from '../../packages/attest/index.ts'
import { InputError } from '../../packages/errors/index.ts'
import { runAction } from '../helpers/cli.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const LONG = `${'deep/'.repeat(30)}file.txt`
const BINARY = randomBytes(70_000)

function build(): string {
  const ws = tempDir('ra-arc-')
  const files: Record<string, Buffer | string> = {
    'dist/app': BINARY,
    'dist/README.md': 'read me\n',
    'dist/docs/ünïcode.txt': 'accents\n',
    [`dist/${LONG}`]: 'long\n',
    'dist/empty': '',
  }
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true })
    writeFileSync(path.join(ws, name), content)
  }
  chmodSync(path.join(ws, 'dist/app'), 0o755)
  chmodSync(path.join(ws, 'dist/README.md'), 0o600)
  return ws
}

function archive(ws: string, platform: string, mtime = 1_700_000_000, out = 'out'): string {
  return writeArchive(
    {
      workspace: ws,
      patterns: ['dist/**'],
      base: path.join(ws, 'dist'),
      name: 'demo',
      version: '1.2.3',
      platform: parsePlatform('platform', platform),
      outputDir: path.join(ws, out),
      mtime,
    },
    recordingLogger(),
  ).file
}

const expectedNames = ['README.md', 'app', 'docs/ünïcode.txt', 'empty', LONG].sort()

function checkExtracted(dir: string, mtime: number) {
  expect(readFileSync(path.join(dir, 'app')).equals(BINARY)).toBe(true)
  expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('read me\n')
  expect(readFileSync(path.join(dir, 'docs/ünïcode.txt'), 'utf8')).toBe('accents\n')
  expect(readFileSync(path.join(dir, LONG), 'utf8')).toBe('long\n')
  expect(statSync(path.join(dir, 'empty')).size).toBe(0)
  expect(statSync(path.join(dir, 'app')).mode & 0o777).toBe(0o755)
  expect(statSync(path.join(dir, 'README.md')).mode & 0o777).toBe(0o644)
  expect(Math.round(statSync(path.join(dir, 'app')).mtimeMs / 1000)).toBe(mtime)
}

describe('release archives', () => {
  it('names them as users expect', () => {
    const v = '1.2.3'
    expect(archiveFileName('demo', v, parsePlatform('p', 'linux/amd64'))).toBe(
      'demo_v1.2.3_linux_amd64.tar.gz',
    )
    expect(archiveFileName('demo', v, parsePlatform('p', 'windows/arm64'))).toBe(
      'demo_v1.2.3_windows_arm64.zip',
    )
    expect(archiveFileName('demo', v, parsePlatform('p', 'linux/arm/v7'))).toBe(
      'demo_v1.2.3_linux_armv7.tar.gz',
    )
    expect(checksumsFileName('demo', '2.0.0-rc.1')).toBe('demo_v2.0.0-rc.1_checksums.txt')
    expect(() => parsePlatform('platform', 'linux')).toThrow(InputError)
    expect(() => parsePlatform('platform', 'linux')).toThrow(/platform.*expected os\/arch/)
    expect(() => checkArchiveName('archive-name', '../x')).toThrow(/archive-name/)
    expect(checkArchiveName('archive-name', 'my-app.v2')).toBe('my-app.v2')
  })

  it('writes a tar.gz that tar lists and extracts: contents, modes, mtime, owner root, no names', () => {
    const ws = build()
    const file = archive(ws, 'linux/amd64')
    expect(path.basename(file)).toBe('demo_v1.2.3_linux_amd64.tar.gz')
    const listing = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
    expect(listing.split('\n').filter(Boolean)).toEqual(expectedNames)
    const verbose = execFileSync('tar', ['--numeric-owner', '-tvzf', file], { encoding: 'utf8' })
    for (const line of verbose.split('\n').filter(Boolean)) expect(line).toMatch(/^-rw.* 0\/0 /)
    const names = execFileSync('tar', ['-tvzf', file], { encoding: 'utf8' })
    expect(names).not.toMatch(new RegExp(process.env.USER ?? '\u0000'))
    const dir = path.join(ws, 'x')
    mkdirSync(dir)
    execFileSync('tar', ['-xzf', file, '-C', dir])
    checkExtracted(dir, 1_700_000_000)
  })

  it('writes a zip for windows that unzip (or python3 -m zipfile) tests and extracts', () => {
    const ws = build()
    const file = archive(ws, 'windows/amd64')
    expect(path.basename(file)).toBe('demo_v1.2.3_windows_amd64.zip')
    const dir = path.join(ws, 'x')
    mkdirSync(dir)
    const hasUnzip = spawnSync('unzip', ['-v']).status === 0
    if (hasUnzip) {
      expect(spawnSync('unzip', ['-tq', file], { encoding: 'utf8' }).status).toBe(0)
      const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
      expect(list.split('\n').filter(Boolean)).toEqual(expectedNames)
      execFileSync('unzip', ['-q', file, '-d', dir])
      checkExtracted(dir, 1_700_000_000)
    }
    // Python's zipfile too (it checks every CRC; it does not restore modes or times).
    const py = path.join(ws, 'py')
    execFileSync('python3', ['-m', 'zipfile', '-t', file])
    execFileSync('python3', ['-m', 'zipfile', '-e', file, py])
    expect(readFileSync(path.join(py, 'app')).equals(BINARY)).toBe(true)
    expect(readFileSync(path.join(py, 'docs/ünïcode.txt'), 'utf8')).toBe('accents\n')
  })

  it('makes the same bytes from the same files, and other bytes for another mtime', () => {
    const a = build()
    const b = build()
    for (const platform of ['linux/amd64', 'windows/amd64']) {
      const x = readFileSync(archive(a, platform))
      const y = readFileSync(archive(b, platform))
      expect(x.equals(y), platform).toBe(true)
      expect(x.equals(readFileSync(archive(b, platform, 1_800_000_000, 'later'))), platform).toBe(
        false,
      )
    }
  })

  it('clamps a zip mtime of 0 to 1980-01-01, the earliest a zip holds', () => {
    const ws = build()
    const file = archive(ws, 'windows/amd64', 0)
    const info = execFileSync(
      'python3',
      [
        '-c',
        'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).infolist()[0].date_time)',
        file,
      ],
      { encoding: 'utf8' },
    )
    expect(info.trim()).toBe('(1980, 1, 1, 0, 0, 0)')
  })

  it('the archives and a named checksums file pass sha256sum -c', async () => {
    const ws = build()
    for (const p of ['linux/amd64', 'darwin/arm64', 'windows/amd64']) archive(ws, p)
    const out = path.join(ws, 'out')
    const name = checksumsFileName('demo', '1.2.3')
    const result = await writeChecksums(
      { patterns: ['out/*'], output: path.join(out, name), base: out, workspace: ws },
      recordingLogger(),
    )
    expect(result.lines.map(l => l.split('  ')[1])).toEqual([
      'demo_v1.2.3_darwin_arm64.tar.gz',
      'demo_v1.2.3_linux_amd64.tar.gz',
      'demo_v1.2.3_windows_amd64.zip',
    ])
    const check = spawnSync('sha256sum', ['-c', name], { cwd: out, encoding: 'utf8' })
    expect(check.stdout + check.stderr).toMatch(/demo_v1.2.3_windows_amd64.zip: OK/)
    expect(check.status).toBe(0)
    writeFileSync(path.join(out, 'demo_v1.2.3_linux_amd64.tar.gz'), 'tampered')
    expect(spawnSync('sha256sum', ['-c', '--quiet', name], { cwd: out }).status).toBe(1)
  })

  it('refuses an empty platform with the input named', () => {
    const ws = tempDir('ra-arc-')
    expect(() =>
      writeArchive(
        {
          workspace: ws,
          patterns: ['dist/*'],
          base: ws,
          name: 'demo',
          version: '1.2.3',
          platform: parsePlatform('platform', 'linux/amd64'),
          outputDir: path.join(ws, 'out'),
          mtime: 0,
        },
        recordingLogger(),
      ),
    ).toThrow(/files.*no file matches/)
  })

  it('the release-archive step: the repository name by default, sub-folders flattened, inputs named', async () => {
    const ws = build()
    // Another file named app in a sub-folder: flattened, the two would collide.
    const r = await runAction(
      'release-archive',
      {
        files: 'dist/app\ndist/README.md',
        platform: 'linux/arm64',
        version: '1.2.3',
        mtime: '1700000000',
      },
      { cwd: ws },
    )
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs).toMatchObject({
      name: 'demo_v1.2.3_linux_arm64.tar.gz',
      file: path.join(ws, 'release-archive', 'demo_v1.2.3_linux_arm64.tar.gz'),
      entries: 'README.md\napp',
    })
    const listing = execFileSync(
      'tar',
      ['-tzf', path.join(ws, 'release-archive', r.outputs.name ?? '')],
      {
        encoding: 'utf8',
      },
    )
    expect(listing).toBe('README.md\napp\n')
    const flat = await runAction(
      'release-archive',
      { files: 'dist/**', platform: 'windows/amd64', version: '1.2.3', name: 'tool' },
      { cwd: ws },
    )
    expect(flat.code).toBe(0)
    expect(flat.outputs.entries?.split('\n')).toContain('ünïcode.txt')
    mkdirSync(path.join(ws, 'dist/sub'))
    writeFileSync(path.join(ws, 'dist/sub/app'), 'other')
    const clash = await runAction(
      'release-archive',
      { files: 'dist/**', platform: 'linux/amd64', version: '1.2.3' },
      { cwd: ws },
    )
    expect(clash.stdout).toMatch(/::error::Input 'files': .*both named "app"/)
    for (const [inputs, input] of [
      [{ platform: 'linux', version: '1.2.3' }, 'platform'],
      [{ platform: 'linux/amd64', version: 'v1.2.3' }, 'version'],
      [{ platform: 'linux/amd64', version: '1.2.3', name: 'a b' }, 'name'],
    ] as const) {
      const bad = await runAction('release-archive', { files: 'dist/app', ...inputs }, { cwd: ws })
      expect(bad.stdout, input).toContain(`::error::Input '${input}': `)
      expect(bad.outputFile).toBe('')
    }
  })

  it("takes GoReleaser's Archive and Checksum artifacts, checked against each other, and refuses a mismatch", async () => {
    const ws = tempDir('ra-gr-')
    mkdirSync(path.join(ws, 'dist'))
    writeFileSync(path.join(ws, 'dist/a_1.0.0_linux_amd64.tar.gz'), 'archive')
    const sum = execFileSync('sha256sum', ['a_1.0.0_linux_amd64.tar.gz'], {
      cwd: path.join(ws, 'dist'),
      encoding: 'utf8',
    })
    writeFileSync(path.join(ws, 'dist/a_1.0.0_checksums.txt'), sum)
    const manifest = (extra: object[] = []) =>
      writeFileSync(
        path.join(ws, 'dist/artifacts.json'),
        JSON.stringify([
          {
            name: 'a',
            path: 'dist/a_linux_amd64_v1/a',
            goos: 'linux',
            goarch: 'amd64',
            type: 'Binary',
          },
          {
            name: 'a_1.0.0_linux_amd64.tar.gz',
            path: 'dist/a_1.0.0_linux_amd64.tar.gz',
            goos: 'linux',
            goarch: 'amd64',
            type: 'Archive',
          },
          { name: 'a_1.0.0_checksums.txt', path: 'dist/a_1.0.0_checksums.txt', type: 'Checksum' },
          ...extra,
        ]),
      )
    const out = path.join(ws, 'out')
    const take = () => takeGoReleaserDist(ws, path.join(ws, 'dist'), out, recordingLogger())
    await expect(take()).rejects.toThrow(/artifacts.json does not exist: run GoReleaser/)
    manifest()
    const d = await take()
    expect(d.archives.map(a => a.name)).toEqual(['a_1.0.0_linux_amd64.tar.gz'])
    expect(d.checksums.name).toBe('a_1.0.0_checksums.txt')
    expect(readFileSync(path.join(out, 'a_1.0.0_checksums.txt'), 'utf8')).toBe(sum)
    writeFileSync(path.join(ws, 'dist/a_1.0.0_linux_amd64.tar.gz'), 'changed')
    await expect(take()).rejects.toThrow(
      /a_1.0.0_linux_amd64.tar.gz has sha256 [0-9a-f]{64}, but a_1.0.0_checksums.txt says/,
    )
    manifest([{ name: 'x.zip', path: '../x.zip', type: 'Archive' }])
    await expect(take()).rejects.toThrow(/"..\/x.zip" of x.zip is missing or outside the workspace/)
    manifest([{ name: 'b_checksums.txt', path: 'dist/a_1.0.0_checksums.txt', type: 'Checksum' }])
    await expect(take()).rejects.toThrow(/lists 2 Checksum artifacts/)
  })
})
