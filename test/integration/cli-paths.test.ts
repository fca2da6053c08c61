/**
 * A path the user names on the CLI is used wherever it is (`notices --sbom /tmp/sbom.json`,
 * `--output`, `--prepend`, `--path`); the workspace rule (inside it, symlinks resolved) still
 * applies to globs and to the actions' inputs.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const SBOM = JSON.stringify({
  spdxVersion: 'SPDX-2.3',
  packages: [{ name: 'left-pad', SPDXID: 'p1', versionInfo: '1.3.0', licenseConcluded: 'MIT' }],
})

describe('paths named on the CLI', () => {
  it('notices reads --sbom and writes --output outside the current directory', async () => {
    const cwd = tempDir('ra-cwd-')
    const elsewhere = tempDir('ra-elsewhere-')
    writeFileSync(path.join(elsewhere, 'sbom.json'), SBOM)
    const output = path.join(tempDir('ra-out-'), 'NOTICES.md')
    const r = await runCli(
      ['notices', '--sbom', path.join(elsewhere, 'sbom.json'), '--output', output],
      { cwd },
    )
    expect(r.stderr).toBe(`1 package(s) written to ${output}\n`)
    expect(r.code).toBe(0)
    expect(readFileSync(output, 'utf8')).toContain('left-pad')
    // Relative paths are still relative to the current directory.
    mkdirSync(path.join(cwd, 'sub'))
    writeFileSync(path.join(cwd, 'sub', 'sbom.json'), SBOM)
    const rel = await runCli(['notices', '--sbom', 'sub/sbom.json'], { cwd })
    expect(rel.code).toBe(0)
    expect(existsSync(path.join(cwd, 'THIRD_PARTY_NOTICES.md'))).toBe(true)
  })

  it('changelog and version take a repository and files anywhere', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: first')
    await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
    await repo.commit('fix: second')
    const cwd = tempDir('ra-cwd-')
    const out = tempDir('ra-out-')
    const v = await runCli(['version', '--path', repo.dir], { cwd })
    expect(v.code, v.stderr).toBe(0)
    expect(JSON.parse(v.stdout)).toMatchObject({ tag: 'v1.0.1', bump: 'patch' })
    const c = await runCli(
      [
        'changelog',
        '--path',
        repo.dir,
        '--version',
        '1.0.1',
        '--date',
        '2026-01-02',
        '--prepend',
        path.join(out, 'CHANGELOG.md'),
        '--notes-file',
        path.join(out, 'notes.md'),
      ],
      { cwd },
    )
    expect(c.code, c.stderr).toBe(0)
    expect(readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8')).toContain('second')
    expect(readFileSync(path.join(out, 'notes.md'), 'utf8')).toContain('second')
  })

  it('checksums writes --output anywhere, but its globs stay inside the current directory', async () => {
    const cwd = tempDir('ra-cwd-')
    mkdirSync(path.join(cwd, 'dist'))
    writeFileSync(path.join(cwd, 'dist', 'app.tar.gz'), 'app')
    const output = path.join(tempDir('ra-out-'), 'checksums.txt')
    const ok = await runCli(['checksums', '--output', output, 'dist/*'], { cwd })
    expect(ok.code, ok.stderr).toBe(0)
    expect(readFileSync(output, 'utf8')).toMatch(/^[0-9a-f]{64} {2}dist\/app\.tar\.gz\n$/)
    const outside = await runCli(['checksums', '--output', output, '../*'], { cwd })
    expect(outside.code).toBe(1)
    expect(outside.stderr).toMatch(/^error: --subject-path: .*leaves the workspace/)
  })
})

describe('paths of the actions', () => {
  it('stay inside the workspace, compared with symlinks resolved', async () => {
    const workspace = tempDir('ra-ws-')
    const elsewhere = tempDir('ra-elsewhere-')
    writeFileSync(path.join(elsewhere, 'sbom.json'), SBOM)
    const outside = await runAction(
      'notices',
      { sbom: path.join(elsewhere, 'sbom.json') },
      { cwd: workspace },
    )
    expect(outside.code).toBe(1)
    expect(outside.stdout).toContain("::error::Input 'sbom': expected a path inside the workspace")
    // A symlink inside the workspace that points outside is outside.
    symlinkSync(elsewhere, path.join(workspace, 'link'))
    const viaLink = await runAction('notices', { sbom: 'link/sbom.json' }, { cwd: workspace })
    expect(viaLink.code).toBe(1)
    expect(viaLink.stdout).toContain("::error::Input 'sbom': expected a path inside the workspace")
    // Inside, the same file is read as before; an output through the link is refused.
    writeFileSync(path.join(workspace, 'sbom.json'), SBOM)
    const output = await runAction(
      'notices',
      { sbom: 'sbom.json', output: 'link/NOTICES.md' },
      { cwd: workspace },
    )
    expect(output.code).toBe(1)
    expect(output.stdout).toContain("::error::Input 'output': expected a path inside the workspace")
    expect(existsSync(path.join(elsewhere, 'NOTICES.md'))).toBe(false)
    const inside = await runAction('notices', { sbom: 'sbom.json' }, { cwd: workspace })
    expect(inside.code, inside.stdout).toBe(0)
  })
})
