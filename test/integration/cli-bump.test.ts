/**
 * `release-actions bump` against a real repository with a real bare remote.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

async function published(...messages: string[]): Promise<{ repo: TestRepo; remote: TestRepo }> {
  const remote = await TestRepo.create({ bare: true })
  const repo = await TestRepo.create()
  await repo.commits(...messages)
  await repo.run('remote', 'add', 'origin', remote.dir)
  await repo.run('push', '--quiet', '-u', 'origin', 'main')
  return { repo, remote }
}

async function remoteTags(remote: TestRepo): Promise<string[]> {
  const out = await remote.run('for-each-ref', '--format=%(refname:strip=2)', 'refs/tags/')
  return out.split('\n').filter(Boolean)
}

describe('release-actions bump', () => {
  it('tags and pushes an annotated release tag', async () => {
    const { repo, remote } = await published('feat: a')
    await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
    await repo.run('push', '--quiet', 'origin', 'v1.2.3')
    await repo.commit('fix: b')
    await repo.run('push', '--quiet')
    const before = await repo.head()
    const r = await runCli(['bump', 'minor'], { cwd: repo.dir })
    expect(r.stderr).toContain('Pushed HEAD:refs/heads/main and refs/tags/v1.3.0 to origin')
    expect(r).toMatchObject({ code: 0, stdout: 'v1.3.0\n' })
    expect(await remoteTags(remote)).toEqual(['v1.2.3', 'v1.3.0'])
    expect(await repo.run('cat-file', '-t', 'v1.3.0')).toBe('tag')
    expect(await repo.run('tag', '-l', '--format=%(contents:subject)', 'v1.3.0')).toBe(
      'Release v1.3.0',
    )
    // The changelog commit is the tagged commit, on top of the released history, and pushed.
    const head = await repo.head()
    expect(await repo.run('rev-parse', 'v1.3.0^{commit}')).toBe(head)
    expect(await repo.run('rev-parse', 'HEAD~1')).toBe(before)
    expect(await repo.run('log', '-1', '--format=%s')).toBe('chore(release): v1.3.0')
    expect(await remote.run('rev-parse', 'main')).toBe(head)
    const changelog = await repo.run('show', 'v1.3.0:CHANGELOG.md')
    expect(changelog).toMatch(
      /## \[1\.3\.0\] - \d{4}-\d{2}-\d{2}\n\n### Bug Fixes\n\n- b \([0-9a-f]{7}\)/,
    )
    // The next release lists neither the release commit nor the previous section again.
    await repo.commit('feat: c')
    await repo.run('push', '--quiet')
    expect((await runCli(['bump', 'patch'], { cwd: repo.dir })).stdout).toBe('v1.3.1\n')
    const next = await repo.run('show', 'v1.3.1:CHANGELOG.md')
    expect(next.indexOf('## [1.3.1]')).toBeLessThan(next.indexOf('## [1.3.0]'))
    expect(next).not.toContain('chore(release)')
    expect(next.match(/- b \(/g)).toHaveLength(1)
  })

  it('only tags with --no-changelog', async () => {
    const { repo } = await published('feat: a')
    const head = await repo.head()
    const r = await runCli(['bump', 'minor', '--no-changelog', '--no-push'], { cwd: repo.dir })
    expect(r.stdout).toBe('v0.1.0\n')
    expect(await repo.head()).toBe(head)
    expect(await repo.run('rev-parse', 'v0.1.0^{commit}')).toBe(head)
  })

  it('runs rc then promote: the stable tag lands on the candidate commit', async () => {
    const { repo, remote } = await published('feat: a')
    await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
    await repo.run('push', '--quiet', 'origin', 'v1.2.3')
    await repo.commit('feat: b')
    await repo.run('push', '--quiet')
    expect((await runCli(['bump', 'rc'], { cwd: repo.dir })).stdout).toBe('v1.3.0-rc.1\n')
    const rcSha = await repo.head()
    await repo.commit('fix: later work')
    await repo.run('push', '--quiet')
    expect((await runCli(['bump', 'rc'], { cwd: repo.dir })).stdout).toBe('v1.3.0-rc.2\n')
    const p = await runCli(['bump', 'promote', '--from-tag', 'v1.3.0-rc.1'], { cwd: repo.dir })
    expect(p.stdout).toBe('v1.3.0\n')
    expect(await repo.run('rev-parse', 'v1.3.0^{commit}')).toBe(rcSha)
    expect(await remoteTags(remote)).toEqual(['v1.2.3', 'v1.3.0', 'v1.3.0-rc.1', 'v1.3.0-rc.2'])
  })

  it('refuses a dirty tree, unpushed commits and a tag that exists on the remote', async () => {
    const { repo, remote } = await published('feat: a')
    await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
    await repo.run('push', '--quiet', 'origin', 'v1.0.0')

    writeFileSync(path.join(repo.dir, 'tracked.txt'), 'x')
    await repo.run('add', 'tracked.txt')
    const dirty = await runCli(['bump', 'patch'], { cwd: repo.dir })
    expect(dirty.code).toBe(1)
    expect(dirty.stderr).toContain('The working tree has uncommitted changes')
    await repo.run('commit', '--quiet', '-m', 'fix: tracked')

    const unpushed = await runCli(['bump', 'patch'], { cwd: repo.dir })
    expect(unpushed.stderr).toMatch(/main has 1 commit\(s\) not pushed to origin\/main/)
    await repo.run('push', '--quiet')

    // Someone else already published v1.0.1, and this clone has not fetched it.
    const other = tempDir('ra-other-')
    execFileSync('git', ['clone', '--quiet', remote.dir, other])
    execFileSync('git', ['-C', other, 'tag', 'v1.0.1', 'HEAD~1'])
    execFileSync('git', ['-C', other, 'push', '--quiet', 'origin', 'v1.0.1'])
    const exists = await runCli(['bump', 'patch'], { cwd: repo.dir })
    expect(exists.stderr).toContain('v1.0.1 already exists on origin but not here; fetch tags')

    expect(await repo.run('tag', '-l')).toBe('v1.0.0')
    expect(await remoteTags(remote)).toEqual(['v1.0.0', 'v1.0.1'])
  })

  it('changes nothing with --dry-run, and only tags locally with --no-push', async () => {
    const { repo, remote } = await published('feat: a')
    await repo.tag('v0.3.0', { message: 'Release v0.3.0' })
    await repo.run('push', '--quiet', 'origin', 'v0.3.0')
    await repo.commit('fix: x')
    await repo.run('push', '--quiet')
    const dry = await runCli(['bump', 'patch', '--dry-run'], { cwd: repo.dir })
    expect(dry.code).toBe(0)
    expect(dry.stderr).toContain(
      'Dry run: would write the v0.3.1 section into CHANGELOG.md and commit it as "chore(release): v0.3.1", then create annotated tag v0.3.1',
    )
    expect(await repo.run('tag', '-l')).toBe('v0.3.0')
    expect(await repo.run('status', '--porcelain', '--untracked-files=all')).toBe('')

    const local = await runCli(['bump', 'patch', '--no-push'], { cwd: repo.dir })
    expect(local.stdout).toBe('v0.3.1\n')
    expect(await repo.run('tag', '-l')).toBe('v0.3.0\nv0.3.1')
    expect(await remoteTags(remote)).toEqual(['v0.3.0'])
  })

  it('removes its local tag again when the push fails', async () => {
    const { repo, remote } = await published('feat: a')
    await repo.run('push', '--quiet', '-u', 'origin', 'main')
    // The remote refuses every tag push.
    writeFileSync(
      path.join(remote.dir, 'hooks', 'pre-receive'),
      '#!/bin/sh\necho "tags are frozen" >&2\nexit 1\n',
      { mode: 0o755 },
    )
    const r = await runCli(['bump', 'minor'], { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'Releasing v0.1.0 to origin failed; the local tag and the changelog commit were removed again',
    )
    expect(await repo.run('tag', '-l')).toBe('')
    expect(await repo.run('log', '--format=%s')).toBe('feat: a')
    expect(await repo.run('status', '--porcelain', '--untracked-files=all')).toBe('')
  })

  it('signs the tag with --sign (SSH signing)', async () => {
    const { repo } = await published('feat: a')
    const keys = tempDir('ra-keys-')
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(keys, 'k')])
    await repo.run('config', 'gpg.format', 'ssh')
    await repo.run('config', 'user.signingkey', path.join(keys, 'k'))
    const r = await runCli(['bump', 'major', '--sign', '--no-push'], { cwd: repo.dir })
    expect(r.stdout).toBe('v0.1.0\n')
    expect(await repo.run('cat-file', 'tag', 'v0.1.0')).toContain('-----BEGIN SSH SIGNATURE-----')
  })

  it('rejects bad arguments with usage errors', async () => {
    const { repo } = await published('feat: a')
    expect(await runCli(['bump'], { cwd: repo.dir })).toMatchObject({ code: 2 })
    expect(await runCli(['bump', 'huge'], { cwd: repo.dir })).toMatchObject({ code: 2 })
    expect(await runCli(['bump', 'patch', '--bogus'], { cwd: repo.dir })).toMatchObject({ code: 2 })
    const bad = await runCli(['bump', 'promote', '--from-tag', 'v1.0.0;id'], { cwd: repo.dir })
    expect(bad).toMatchObject({ code: 1 })
    expect(bad.stderr).toContain('error: --from-tag: "v1.0.0;id" contains the character \';\'')
    // The changelog's links: a repository URL by the one rule, before anything is made.
    const head = await repo.head()
    for (const url of ['javascript:alert(1)', 'https://user:pw@github.com/o/r', 'https://x/o\tr']) {
      const r = await runCli(['bump', 'patch', '--no-push', '--repo-url', url], { cwd: repo.dir })
      expect(r.code, r.stderr).toBe(1)
      expect(r.stderr).toMatch(/^error: --repo-url: expected /m)
    }
    expect(await repo.head()).toBe(head)
    expect(await repo.run('tag', '--list', 'v1.0.1')).toBe('')
  })
})

describe('release-actions version', () => {
  it('prints what compute-version would output, as JSON', async () => {
    const { repo } = await published('feat: a', 'fix: b')
    const r = await runCli(['version', '--bump', 'rc'], { cwd: repo.dir })
    expect(JSON.parse(r.stdout)).toMatchObject({
      version: '0.1.0-rc.1',
      tag: 'v0.1.0-rc.1',
      'is-prerelease': 'true',
      bump: 'rc',
    })
  })
})
