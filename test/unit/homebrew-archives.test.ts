/**
 * What a release archive holds and which of its files a Homebrew formula installs: the tar reader
 * (packages/archive tarFileNames) against archives of the suite's own writer (ustar prefix, PAX
 * long names) and of GNU tar, as made here by /usr/bin/tar; then archiveMember's rule
 * (the command's own name, else its name with the archive's platform, else the only file that is
 * not a document; a single top-level folder is entered as Homebrew does) and the formula's
 * `bin.install "<member>" => "<command>"`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ArchiveReadError, tarFileNames, tarGzBytes } from '../../packages/archive/index.ts'
import {
  archiveMember,
  FormulaError,
  renderFormula,
  withArchiveMembers,
} from '../../packages/homebrew/index.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(() => cleanupTempDirs())
const data = new TextEncoder().encode('x')
const LINUX = { os: 'linux', cpu: 'intel' } as const

describe('tarFileNames', () => {
  it("reads the suite's own archives, long names included", () => {
    const long = `${'d'.repeat(120)}/${'f'.repeat(90)}`
    const pax = 'p'.repeat(300)
    const bytes = tarGzBytes(
      [
        { name: 'demo_linux_amd64', data, executable: true },
        { name: long, data },
        { name: pax, data },
      ],
      0,
    )
    expect(tarFileNames(bytes)).toEqual(['demo_linux_amd64', long, pax])
  })

  it('reads GNU tar archives with folders, long names and ./ names', () => {
    const dir = tempDir()
    const root = path.join(dir, 'demo_1.0.0_linux_amd64')
    mkdirSync(path.join(root, 'completions'), { recursive: true })
    writeFileSync(path.join(root, 'demo'), 'bin')
    writeFileSync(path.join(root, 'completions', 'demo.bash'), 'c')
    writeFileSync(path.join(root, `${'l'.repeat(140)}.txt`), 'l')
    const out = path.join(dir, 'a.tar.gz')
    execFileSync('tar', ['-czf', out, '-C', dir, 'demo_1.0.0_linux_amd64'])
    expect(tarFileNames(readFileSync(out)).sort()).toEqual(
      [
        'demo_1.0.0_linux_amd64/completions/demo.bash',
        'demo_1.0.0_linux_amd64/demo',
        `demo_1.0.0_linux_amd64/${'l'.repeat(140)}.txt`,
      ].sort(),
    )
    const dot = path.join(dir, 'b.tar')
    execFileSync('tar', ['-cf', dot, '-C', root, '.'])
    expect(tarFileNames(readFileSync(dot)).sort()).toEqual(
      ['completions/demo.bash', 'demo', `${'l'.repeat(140)}.txt`].sort(),
    )
  })

  it('refuses what is not a tar archive, naming it', () => {
    expect(() => tarFileNames(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'demo.tar.gz')).toThrow(
      ArchiveReadError,
    )
    expect(() => tarFileNames(Buffer.alloc(1024, 7), 'demo.tar.gz')).toThrow(
      /demo\.tar\.gz is not a tar archive/,
    )
  })
})

describe('archiveMember', () => {
  it.each([
    [['demo'], 'demo'],
    [['demo_linux_amd64'], 'demo_linux_amd64'],
    [['demo_linux_amd64', 'demo_darwin_arm64', 'README.md'], 'demo_linux_amd64'],
    [['demo_1.0.0_linux_amd64/demo', 'demo_1.0.0_linux_amd64/LICENSE'], 'demo'],
    [['bin/tool', 'README.md', 'LICENSE', 'completions/tool.zsh', 'man/tool.1'], 'bin/tool'],
    [['demo', 'demod', 'LICENSE'], 'demo'],
  ])('%j → %s', (names, member) =>
    expect(archiveMember(names, 'demo', LINUX, 'a.tar.gz')).toBe(member),
  )

  it.each([[['one', 'two']], [['README.md']], [[]], [['demo_linux_amd64', 'demo_v2_linux_amd64']]])(
    '%j: which one is unclear, the error lists the files and names homebrew-binary',
    names => {
      expect(() => archiveMember(names, 'demo', LINUX, 'a.tar.gz')).toThrow(FormulaError)
      expect(() => archiveMember(names, 'demo', LINUX, 'a.tar.gz')).toThrow(
        /a\.tar\.gz: cannot tell which file is the command demo .*homebrew-binary/,
      )
    },
  )
})

describe('the formula of archives', () => {
  it('installs the file each archive holds under the command name', () => {
    const archives: Record<string, Uint8Array> = {
      'demo_v1.0.0_linux_amd64.tar.gz': tarGzBytes([{ name: 'demo_linux_amd64', data }], 0),
      'demo_v1.0.0_darwin_arm64.tar.gz': tarGzBytes([{ name: 'demo', data }], 0),
    }
    const files = withArchiveMembers(
      [
        {
          os: 'linux',
          cpu: 'intel',
          file: 'demo_v1.0.0_linux_amd64.tar.gz',
          sha256: 'a'.repeat(64),
          url: 'u1',
        },
        {
          os: 'macos',
          cpu: 'arm',
          file: 'demo_v1.0.0_darwin_arm64.tar.gz',
          sha256: 'b'.repeat(64),
          url: 'u2',
        },
        { os: 'macos', cpu: 'intel', file: 'demo_darwin_amd64', sha256: 'c'.repeat(64), url: 'u3' },
      ],
      'demo',
      f => archives[f] ?? new Uint8Array(),
    )
    expect(files.map(f => f.member)).toEqual(['demo_linux_amd64', 'demo', undefined])
    const formula = renderFormula({
      name: 'demo',
      desc: 'd',
      homepage: 'h',
      version: '1.0.0',
      files,
    })
    expect(formula).toContain('bin.install "demo_linux_amd64" => "demo"')
    expect(formula).toContain('      def install\n        bin.install "demo"\n')
    expect(formula).toContain('bin.install "demo_darwin_amd64" => "demo"')
  })
})
