/**
 * compute-version's decisions against real git repositories made in temporary directories.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Git } from '../../packages/git/index.ts'
import { readInputs } from '../../actions/compute-version/inputs.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'
import { PreconditionError } from '../../packages/errors/index.ts'
import {
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  version,
  type ComputeOptions,
  type VersionDecision,
} from '../../packages/versioning/index.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const defaults: ComputeOptions = { ...DEFAULT_COMPUTE_OPTIONS, bump: 'auto' }

function decide(repo: TestRepo, options: Partial<ComputeOptions> = {}): Promise<VersionDecision> {
  return computeVersion(repo.git, { ...defaults, ...options })
}

async function repoWith(
  ...steps: (string | { tag: string; message?: string })[]
): Promise<TestRepo> {
  const repo = await TestRepo.create()
  for (const step of steps) {
    if (typeof step === 'string') await repo.commit(step)
    else await repo.tag(step.tag, step.message === undefined ? {} : { message: step.message })
  }
  return repo
}

describe('auto: Conventional Commits since the previous release', () => {
  it.each([
    [['fix: a', 'docs: b'], 'v1.2.4', 'patch'],
    [['fix: a', 'feat(api): b'], 'v1.3.0', 'minor'],
    [['feat!: drop x'], 'v2.0.0', 'major'],
    [['refactor: y\n\nBREAKING CHANGE: config moved'], 'v2.0.0', 'major'],
    [['chore: z\n\nBREAKING-CHANGE: hyphen'], 'v2.0.0', 'major'],
    [['not conventional at all'], 'v1.2.4', 'patch'],
  ])('%j after v1.2.3 → %s', async (messages, tag, bump) => {
    const repo = await repoWith(
      'feat: start',
      { tag: 'v1.2.3', message: 'Release v1.2.3' },
      ...messages,
    )
    const d = await decide(repo)
    expect(d).toMatchObject({
      tag,
      bump,
      exists: false,
      previousTag: 'v1.2.3',
      previousStableTag: 'v1.2.3',
      isLatest: true,
    })
    expect(d.sha).toBe(await repo.head())
  })

  it('bumps MINOR for breaking changes and features while 0.x, PATCH for fixes', async () => {
    const repo = await repoWith('feat: start', { tag: 'v0.4.2' }, 'feat!: break')
    expect(await decide(repo)).toMatchObject({ tag: 'v0.5.0', bump: 'minor', isMajorZero: true })
    const fixes = await repoWith('feat: start', { tag: 'v0.4.2' }, 'fix: x')
    expect(await decide(fixes)).toMatchObject({ tag: 'v0.4.3', bump: 'patch' })
  })

  it('reads through merge commits but not their own subjects', async () => {
    const repo = await repoWith('chore: init', { tag: 'v1.0.0' })
    await repo.checkout('-b', 'topic')
    await repo.commit('feat: from a branch')
    await repo.checkout('main')
    await repo.commit('fix: on main')
    await repo.merge(
      'topic',
      'Merge pull request #7 from someone/topic\n\nBREAKING CHANGE: only in the merge message',
    )
    const d = await decide(repo)
    expect(d).toMatchObject({ tag: 'v1.1.0', bump: 'minor' })
    expect(d.commits).toEqual({ total: 2, breaking: 0, features: 1, other: 1 })
  })

  it('uses initial-version when there is no release tag at all', async () => {
    const repo = await repoWith('feat: a', 'feat!: b')
    expect(await decide(repo)).toMatchObject({ tag: 'v0.1.0', bump: 'initial', previousTag: '' })
    expect(await decide(repo, { initialVersion: version(1, 0, 0) })).toMatchObject({
      tag: 'v1.0.0',
    })
  })

  it('reports nothing to release when HEAD is the release', async () => {
    const repo = await repoWith('feat: a', { tag: 'v1.0.0' })
    expect(await decide(repo)).toMatchObject({ tag: 'v1.0.0', bump: 'none', exists: true })
  })

  it('ignores tags of another prefix and tags that are not releases', async () => {
    const repo = await repoWith(
      'feat: a',
      { tag: 'v1.0.0' },
      { tag: 'v9' },
      { tag: 'v2.0' },
      { tag: 'api/v5.0.0' },
      { tag: 'nightly' },
      'fix: b',
    )
    expect(await decide(repo)).toMatchObject({ tag: 'v1.0.1' })
    expect(await decide(repo, { tagPrefix: 'api/v' })).toMatchObject({ tag: 'api/v5.0.1' })
  })
})

describe('explicit bumps', () => {
  it.each([
    ['patch', 'v1.2.4'],
    ['minor', 'v1.3.0'],
    ['major', 'v2.0.0'],
  ] as const)('%s from v1.2.3 → %s', async (bump, tag) => {
    const repo = await repoWith('feat: a', { tag: 'v1.2.0' }, 'fix: b', { tag: 'v1.2.3' }, 'fix: c')
    expect(await decide(repo, { bump })).toMatchObject({ tag, bump, isStable: true })
  })

  it('bumps the highest stable release reachable from HEAD (a maintenance branch)', async () => {
    const repo = await repoWith('feat: a', { tag: 'v1.9.0' })
    await repo.checkout('-b', 'release-1.x')
    await repo.checkout('main')
    await repo.commits('feat!: two', 'fix: more')
    await repo.tag('v2.0.0')
    await repo.checkout('release-1.x')
    await repo.commit('fix: back-port')
    const d = await decide(repo, { bump: 'patch' })
    expect(d).toMatchObject({ tag: 'v1.9.1', isLatest: false, previousTag: 'v1.9.0' })
  })

  it('steps past versions tagged off the current branch (v0.9.0 after v0.9.12)', async () => {
    const repo = await repoWith('feat: a', { tag: 'v0.8.16' })
    await repo.checkout('-b', 'side')
    for (let i = 2; i <= 12; i++) {
      await repo.commit(`fix: side ${i}`)
      await repo.tag(`v0.9.${i}`)
    }
    await repo.checkout('main')
    await repo.commit('feat: squash-merged side branch')
    const d = await decide(repo)
    expect(d.tag).toBe('v0.10.0')
    expect(d.reasons.join('\n')).toContain('v0.9.0 would collide with or sort below v0.9.12')
    expect(d.isLatest).toBe(true)
    expect(await decide(repo, { bump: 'patch' })).toMatchObject({ tag: 'v0.8.17', isLatest: false })
  })

  it('never outputs a version that exists as a tag', async () => {
    const repo = await repoWith('feat: a', { tag: 'v1.0.0' })
    await repo.checkout('-b', 'other')
    await repo.commit('fix: elsewhere')
    await repo.tag('v1.0.1')
    await repo.checkout('main')
    await repo.commit('fix: here')
    expect(await decide(repo, { bump: 'patch' })).toMatchObject({ tag: 'v1.0.2' })
  })
})

describe('release candidates', () => {
  it('starts rc.1 of the next minor, then counts up past 9', async () => {
    const repo = await repoWith('feat: a', { tag: 'v1.2.3' }, 'feat: b')
    expect(await decide(repo, { bump: 'rc' })).toMatchObject({
      tag: 'v1.3.0-rc.1',
      prerelease: 'rc.1',
      isPrerelease: true,
      isLatest: false,
      previousTag: 'v1.2.3',
    })
    for (let i = 1; i <= 9; i++) await repo.tag(`v1.3.0-rc.${i}`, { message: `rc ${i}` })
    await repo.commit('fix: c')
    expect(await decide(repo, { bump: 'rc' })).toMatchObject({
      tag: 'v1.3.0-rc.10',
      previousTag: 'v1.3.0-rc.9',
      previousStableTag: 'v1.2.3',
    })
  })

  it('counts compact candidates (rc1 → rc2) and honours rc-bump', async () => {
    const repo = await repoWith(
      'feat: a',
      { tag: 'v1.2.3' },
      'feat: b',
      { tag: 'v1.3.0-rc1' },
      'fix: c',
    )
    expect(await decide(repo, { bump: 'rc', prereleaseFormat: 'compact' })).toMatchObject({
      tag: 'v1.3.0-rc2',
    })
    expect(await decide(repo, { bump: 'rc' })).toMatchObject({ tag: 'v1.3.0-rc.2' })
    // rc-bump: patch would start v1.2.4-rc.1, below the open candidate v1.3.0-rc1: it continues.
    expect(await decide(repo, { bump: 'rc', rcBump: 'patch' })).toMatchObject({
      tag: 'v1.3.0-rc.2',
    })
    expect(await decide(repo, { bump: 'rc', rcBump: 'major' })).toMatchObject({
      tag: 'v2.0.0-rc.1',
    })
  })

  it('starts from initial-version without any release', async () => {
    const repo = await repoWith('feat: a')
    expect(await decide(repo, { bump: 'rc' })).toMatchObject({ tag: 'v0.1.0-rc.1' })
  })

  it('continues the newest open candidate when there is no stable release yet', async () => {
    const repo = await repoWith('feat: a')
    for (let i = 1; i <= 9; i++) await repo.tag(`v1.3.0-rc.${i}`)
    await repo.commit('fix: b')
    const d = await decide(repo, { bump: 'rc' })
    expect(d).toMatchObject({ tag: 'v1.3.0-rc.10', previousTag: 'v1.3.0-rc.9' })
    expect(d.reasons.join('\n')).toContain('continuing the newest open candidate, v1.3.0-rc.9')
    // The first stable release is not below the candidate either (not initial-version v0.1.0).
    expect(await decide(repo, { bump: 'patch' })).toMatchObject({ tag: 'v1.3.0', bump: 'initial' })
    expect(await decide(repo)).toMatchObject({ tag: 'v1.3.0', bump: 'initial' })
  })

  it('never starts a line below an open candidate of a higher version', async () => {
    const repo = await repoWith('feat: a', { tag: 'v1.2.3' }, 'feat!: b', { tag: 'v2.0.0-rc.3' })
    await repo.commit('fix: c')
    const d = await decide(repo, { bump: 'rc' }) // rc-bump: minor would be v1.3.0-rc.1
    expect(d).toMatchObject({ tag: 'v2.0.0-rc.4', previousTag: 'v2.0.0-rc.3' })
    expect(d.reasons.join('\n')).toContain(
      'v2.0.0-rc.3 is an open candidate of a higher version than v1.3.0',
    )
    // A promoted candidate is no longer open: the next rc starts from the new stable release.
    await repo.tag('v2.0.0', { at: 'v2.0.0-rc.3' })
    expect(await decide(repo, { bump: 'rc' })).toMatchObject({ tag: 'v2.1.0-rc.1' })
  })

  it('a maintenance branch does not continue the candidates of main', async () => {
    const repo = await repoWith('feat: a', { tag: 'v1.9.0' })
    await repo.checkout('-b', 'release-1.x')
    await repo.checkout('main')
    await repo.commits('feat!: two')
    await repo.tag('v2.0.0')
    await repo.commit('feat: three')
    await repo.tag('v2.1.0-rc.1')
    await repo.checkout('release-1.x')
    await repo.commit('feat: back-port')
    expect(await decide(repo, { bump: 'rc' })).toMatchObject({ tag: 'v1.10.0-rc.1' })
  })

  it.each([
    ['v1.0.0-beta01', 'v1.0.0-beta02'],
    ['v1.0.0-beta09', 'v1.0.0-beta10'],
    ['v1.0.0-beta9', 'v1.0.0-beta10'],
    ['v1.0.0-beta099', 'v1.0.0-beta100'],
  ])('reads the zero-padded counter %s and keeps its width: %s', async (from, to) => {
    const repo = await repoWith('feat: a', { tag: from }, 'fix: b')
    const beta = { bump: 'rc' as const, prereleaseId: 'beta', prereleaseFormat: 'compact' as const }
    expect(await decide(repo, beta)).toMatchObject({ tag: to, previousTag: from })
    // The width carries over to the next line's first candidate.
    await repo.tag(to)
    await repo.tag('v1.0.0')
    await repo.commit('feat: c')
    expect((await decide(repo, beta)).tag).toBe(
      `v1.1.0-beta${'1'.padStart(from.length - 'v1.0.0-beta'.length, '0')}`,
    )
  })

  it('refuses a candidate that would sort below an open one of another identifier', async () => {
    const repo = await repoWith('feat: a', { tag: 'v1.2.3' }, 'feat: b', { tag: 'v1.3.0-rc.3' })
    await expect(decide(repo, { bump: 'rc', prereleaseId: 'beta' })).rejects.toThrow(
      'v1.3.0-beta.1 would sort below the existing candidate v1.3.0-rc.3',
    )
    // An alpha line moves on to beta: the same version, the configured identifier.
    const alpha = await repoWith('feat: a', { tag: 'v1.0.0-alpha.2' }, 'fix: b')
    expect(await decide(alpha, { bump: 'rc', prereleaseId: 'beta' })).toMatchObject({
      tag: 'v1.0.0-beta.1',
    })
  })

  it('names the configured candidate form in errors', async () => {
    const stable = () =>
      readInputs(
        new Inputs(
          mapSource({
            bump: 'promote',
            'from-tag': 'v1.2.3',
            'prerelease-id': 'beta',
            'prerelease-format': 'compact',
          }),
        ),
        githubContext({ GITHUB_WORKSPACE: process.cwd() }),
      )
    expect(stable).toThrow('expected a pre-release tag to promote, such as v1.3.0-beta2')
    const repo = await repoWith('feat: a', { tag: 'v0.9.0-beta01' }, { tag: 'v0.9.0' })
    await expect(
      decide(repo, { bump: 'promote', prereleaseId: 'beta', prereleaseFormat: 'compact' }),
    ).rejects.toThrow('no tag vX.Y.Z-beta0N (such as v1.2.3-beta01) without its stable release')
    await expect(decide(repo, { bump: 'promote' })).rejects.toThrow(
      'no tag vX.Y.Z-rc.N (such as v1.2.3-rc.1)',
    )
  })
})

describe('promote', () => {
  it('turns the newest candidate into its stable version on the same commit', async () => {
    const repo = await repoWith(
      'feat: a',
      { tag: 'v1.2.3' },
      'feat: b',
      { tag: 'v1.3.0-rc.1' },
      'fix: c',
    )
    await repo.tag('v1.3.0-rc.2', { message: 'rc 2' })
    const rcSha = await repo.head()
    await repo.commit('feat: after the candidate')
    const d = await decide(repo, { bump: 'promote' })
    expect(d).toMatchObject({
      tag: 'v1.3.0',
      bump: 'promote',
      sha: rcSha,
      isLatest: true,
      previousTag: 'v1.3.0-rc.2',
      previousStableTag: 'v1.2.3',
    })
    const older = await decide(repo, { bump: 'promote', fromTag: 'v1.3.0-rc.1' })
    expect(older.sha).not.toBe(rcSha)
  })

  it('refuses when there is no candidate, or the stable version exists', async () => {
    const none = await repoWith('feat: a', { tag: 'v1.0.0' })
    await expect(decide(none, { bump: 'promote' })).rejects.toThrow(
      /no release candidate to promote/,
    )
    const done = await repoWith('feat: a', { tag: 'v1.1.0-rc.1' }, { tag: 'v1.1.0' })
    await expect(decide(done, { bump: 'promote', fromTag: 'v1.1.0-rc.1' })).rejects.toThrow(
      'v1.1.0-rc.1 cannot be promoted: v1.1.0 already exists',
    )
    await expect(decide(done, { bump: 'promote', fromTag: 'v9.0.0-rc.1' })).rejects.toThrow(
      PreconditionError,
    )
  })
})

describe('tag mode', () => {
  async function history(): Promise<TestRepo> {
    const repo = await repoWith('feat: a', { tag: 'v1.9.0', message: 'Release v1.9.0' })
    await repo.checkout('-b', 'release-1.x')
    await repo.checkout('main')
    await repo.commits('feat!: b')
    await repo.tag('v2.0.0-rc.1', { message: 'rc' })
    await repo.tag('v2.0.0', { message: 'Release v2.0.0' })
    await repo.commit('fix: c')
    await repo.tag('v2.0.1')
    await repo.checkout('release-1.x')
    await repo.commit('fix: back-port')
    await repo.tag('v1.9.1', { message: 'Release v1.9.1' })
    return repo
  }

  it.each([
    [
      'v2.0.1',
      { isLatest: true, previousTag: 'v2.0.0', previousStableTag: 'v2.0.0', major: 2, patch: 1 },
    ],
    ['v1.9.1', { isLatest: false, previousTag: 'v1.9.0', previousStableTag: 'v1.9.0' }],
    ['v2.0.0', { isLatest: false, previousTag: 'v2.0.0-rc.1', previousStableTag: 'v1.9.0' }],
    [
      'v2.0.0-rc.1',
      { isLatest: false, isPrerelease: true, prerelease: 'rc.1', previousTag: 'v1.9.0' },
    ],
  ])('describes %s', async (tag, expected) => {
    const repo = await history()
    const d = await decide(repo, { bump: 'tag', tag })
    expect(d).toMatchObject({ tag, bump: 'tag', exists: true, ...expected })
    expect(d.sha).toBe(await repo.run('rev-parse', `${tag}^{commit}`))
  })

  it('refuses a tag that does not exist', async () => {
    const repo = await history()
    await expect(decide(repo, { bump: 'tag', tag: 'v3.0.0' })).rejects.toThrow(
      'Tag v3.0.0 does not exist',
    )
  })
})

describe('signed tags (SSH)', () => {
  function sshKey(dir: string, name: string): { key: string; pub: string } {
    const key = path.join(dir, name)
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', key])
    return { key, pub: `${key}.pub` }
  }

  it('accepts a good signature and refuses wrong-key, unsigned and lightweight tags', async () => {
    const keys = tempDir('ra-keys-')
    const good = sshKey(keys, 'good')
    const other = sshKey(keys, 'other')
    const signers = path.join(keys, 'allowed_signers')
    const pub = execFileSync('cat', [good.pub], { encoding: 'utf8' }).trim().split(' ')
    writeFileSync(signers, `tester@example.com ${pub[0]} ${pub[1]}\n`)

    const repo = await repoWith('feat: a')
    await repo.run('config', 'gpg.format', 'ssh')
    await repo.run('config', 'user.signingkey', good.key)
    await repo.tag('v1.0.0', { sign: true })
    await repo.run('config', 'user.signingkey', other.key)
    await repo.tag('v1.0.1', { sign: true })
    await repo.tag('v1.0.2', { message: 'annotated, unsigned' })
    await repo.tag('v1.0.3')

    const opts = { bump: 'tag' as const, requireSignedTag: true, allowedSigners: signers }
    const ok = await decide(repo, { ...opts, tag: 'v1.0.0' })
    expect(ok.reasons.join('\n')).toMatch(/Good "git" signature for tester@example.com/)
    await expect(decide(repo, { ...opts, tag: 'v1.0.1' })).rejects.toThrow(
      'The signature of tag v1.0.1 did not verify against allowed-signers',
    )
    await expect(decide(repo, { ...opts, tag: 'v1.0.2' })).rejects.toThrow(
      'Tag v1.0.2 is annotated but not signed',
    )
    await expect(decide(repo, { ...opts, tag: 'v1.0.3' })).rejects.toThrow(
      'Tag v1.0.3 is a lightweight tag',
    )
    // Without the requirement, the same tags are described.
    expect(await decide(repo, { bump: 'tag', tag: 'v1.0.3' })).toMatchObject({ tag: 'v1.0.3' })
  })
})

describe('signed tags (GPG)', () => {
  it('verifies against the keyring, and fails with a keyring that lacks the key', async () => {
    const home = tempDir('ra-gpg-')
    const run = (...args: string[]) =>
      execFileSync('gpg', ['--homedir', home, '--batch', ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    run(
      '--passphrase',
      '',
      '--quick-gen-key',
      'Release Tester <tester@example.com>',
      'ed25519',
      'sign',
      'never',
    )
    const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(run('--with-colons', '--list-secret-keys'))?.[1] ?? ''
    const repo = await repoWith('feat: a')
    await repo.run('config', 'user.signingkey', fpr)
    const previous = process.env.GNUPGHOME
    process.env.GNUPGHOME = home
    try {
      await repo.tag('v1.0.0', { sign: true })
      const git = new Git(repo.dir)
      const opts = { ...defaults, bump: 'tag' as const, tag: 'v1.0.0', requireSignedTag: true }
      const ok = await computeVersion(git, opts)
      expect(ok.reasons.join('\n')).toContain(
        'Good signature from "Release Tester <tester@example.com>"',
      )
      process.env.GNUPGHOME = tempDir('ra-gpg-empty-')
      await expect(computeVersion(new Git(repo.dir), opts)).rejects.toThrow(
        'The signature of tag v1.0.0 did not verify',
      )
    } finally {
      execFileSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'])
      if (previous === undefined) delete process.env.GNUPGHOME
      else process.env.GNUPGHOME = previous
    }
  })
})

describe('repository state', () => {
  it('refuses a shallow clone', async () => {
    const origin = await repoWith('feat: a', { tag: 'v1.0.0' }, 'fix: b', 'fix: c')
    const clone = tempDir('ra-shallow-')
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${origin.dir}`, clone])
    await expect(computeVersion(new Git(clone), defaults)).rejects.toThrow(/shallow clone/)
  })

  it('refuses a directory that is not a repository', async () => {
    const dir = tempDir('ra-plain-')
    await expect(computeVersion(new Git(dir), defaults)).rejects.toThrow(/is not a git repository/)
  })
})
