/**
 * The homebrew step against the local GitHub API (contents endpoints validated against
 * @octokit/openapi): the formula rendered from a release's checksums and committed to
 * Formula/<name>.rb of the tap — GET for the sha, PUT with the message; the same release again
 * makes no commit; the next release updates the file with the sha it read; a pre-release version
 * and a token that cannot write are refused in one line.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tarGzBytes } from '../../packages/archive/index.ts'
import { runAction } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'
import { annotations, runnerCommands } from '../helpers/workflow-commands.ts'
import { FakeGitHub } from '../peers/github-api.ts'

let api: FakeGitHub
beforeAll(async () => {
  api = await FakeGitHub.start({ token: 'tap-token-s3cr3t' })
})
afterAll(async () => {
  await api.stop()
  cleanupTempDirs()
})

const TAP = 'octo/homebrew-tap'
const sha = (c: string) => c.repeat(64)

function brew(
  version: string,
  checksums: string,
  extra: Record<string, string> = {},
  files: Record<string, Uint8Array> = {},
) {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'checksums.txt'), checksums)
  mkdirSync(path.join(dir, 'files'))
  for (const [name, bytes] of Object.entries(files))
    writeFileSync(path.join(dir, 'files', name), bytes)
  return runAction(
    'homebrew',
    {
      tap: TAP,
      token: api.token,
      version,
      tag: `v${version}`,
      'checksums-file': 'checksums.txt',
      description: 'Answers questions',
      'api-url': api.url,
      ...extra,
    },
    { cwd: dir },
  )
}

const formula = () => api.repo(TAP).files.get('Formula/demo.rb')?.bytes.toString('utf8') ?? ''

describe('homebrew against the local GitHub API', () => {
  const v1 = `${sha('a')}  demo_darwin_arm64\n${sha('b')}  demo_linux_amd64\n${sha('c')}  sbom.spdx.json\n`

  it('creates Formula/demo.rb in the tap: GET (404), then PUT with the message', async () => {
    const r = await brew('1.0.0', v1)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs.status).toBe('created')
    expect(r.outputs['formula-path']).toBe('Formula/demo.rb')
    expect(r.outputs.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(api.violations).toEqual([])
    const calls = api.requests.filter(q => q.path.includes('/contents/'))
    // Octokit sends the path's slash encoded (%2F), as GitHub accepts it.
    expect(calls.map(q => [q.method, decodeURIComponent(q.path), q.operationId, q.status])).toEqual(
      [
        ['GET', '/repos/octo/homebrew-tap/contents/Formula/demo.rb', 'repos/get-content', 404],
        [
          'PUT',
          '/repos/octo/homebrew-tap/contents/Formula/demo.rb',
          'repos/create-or-update-file-contents',
          201,
        ],
      ],
    )
    expect(calls[1]?.body).toMatchObject({ message: 'demo 1.0.0' })
    expect(calls[1]?.body).not.toHaveProperty('sha')
    const text = formula()
    expect(text).toContain('class Demo < Formula')
    expect(text).toContain('desc "Answers questions"')
    expect(text).toContain('homepage "https://github.com/octo/demo"')
    expect(text).toContain('version "1.0.0"')
    expect(text).toContain(
      'url "https://github.com/octo/demo/releases/download/v1.0.0/demo_darwin_arm64"',
    )
    expect(text).toContain(`sha256 "${sha('a')}"`)
    expect(text).toContain(`sha256 "${sha('b')}"`)
    expect(text).not.toContain(sha('c'))
    expect(text).toMatch(/on_macos do\n {4}on_arm do/)
    expect(text).toMatch(/on_linux do\n {4}on_intel do/)
    expect(
      runnerCommands(r.stdout)
        .filter(c => c.command === 'add-mask')
        .map(c => c.data),
    ).toEqual([api.token])
  })

  it('the same release again makes no commit (idempotent)', async () => {
    const before = api.repo(TAP).fileCommits.length
    const r = await brew('1.0.0', v1)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'unchanged', commit: '' })
    expect(api.repo(TAP).fileCommits.length).toBe(before)
    expect(api.requests.at(-1)?.method).toBe('GET')
    expect(api.violations).toEqual([])
  })

  it('the next release updates the formula with the blob sha it read', async () => {
    const old = api.repo(TAP).files.get('Formula/demo.rb')?.sha
    const r = await brew('1.1.0', `${sha('d')}  demo_darwin_arm64\n${sha('e')}  demo_linux_amd64\n`)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs.status).toBe('updated')
    const put = api.requests.at(-1)
    expect(put?.method).toBe('PUT')
    expect(put?.status).toBe(200)
    expect(put?.body).toMatchObject({ message: 'demo 1.1.0', sha: old })
    expect(formula()).toContain('version "1.1.0"')
    expect(formula()).toContain(`sha256 "${sha('d')}"`)
    expect(api.repo(TAP).fileCommits.map(c => c.message)).toEqual(['demo 1.0.0', 'demo 1.1.0'])
    expect(api.violations).toEqual([])
  })

  it('with files-dir, installs the file each archive holds; a file missing there is refused', async () => {
    const archive = tarGzBytes([{ name: 'demo_linux_amd64', data: Buffer.from('bin') }], 0)
    const files = { 'demo_v3.0.0_linux_amd64.tar.gz': archive }
    const sum = createHash('sha256').update(archive).digest('hex')
    const r = await brew(
      '3.0.0',
      `${sum}  demo_v3.0.0_linux_amd64.tar.gz\n`,
      { 'files-dir': 'files' },
      files,
    )
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(formula()).toContain('bin.install "demo_linux_amd64" => "demo"')
    const missing = await brew(
      '3.0.1',
      `${sum}  demo_v3.0.1_linux_amd64.tar.gz\n`,
      { 'files-dir': 'files' },
      files,
    )
    expect(missing.code).toBe(1)
    expect(annotations(missing.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^Input 'files-dir': expected the release files, but demo_v3\.0\.1_linux_amd64\.tar\.gz .* is not in /,
      ),
    ])
  })

  it('refuses a pre-release version and names the input', async () => {
    const r = await brew('1.2.0-rc.1', v1)
    expect(r.code).toBe(1)
    expect(annotations(r.stdout)).toEqual([
      `Input 'version': expected a stable version such as 1.2.3 (a formula follows stable releases only), got "1.2.0-rc.1"`,
    ])
  })

  it('a token that cannot write the tap fails in one line naming contents: write', async () => {
    api.contents = 'read'
    try {
      const r = await brew('1.3.0', `${sha('f')}  demo_linux_amd64\n`)
      expect(r.code).toBe(1)
      const errors = annotations(r.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(
        /commit Formula\/demo\.rb to the tap octo\/homebrew-tap.*contents: write/,
      )
      const unmasked = r.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
      expect(unmasked.join('\n')).not.toContain('s3cr3t')
    } finally {
      api.contents = 'write'
    }
  })
})
