/**
 * Which tags a commit reaches is asked only as far as a decision needs (packages/versioning/
 * reach.ts): the answers equal those of listing every reachable tag (`for-each-ref --merged`) on
 * histories with branches, merges and back-ports, and the release case never walks the history.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Git } from '../../packages/git/index.ts'
import {
  compareVersions,
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  isPrerelease,
  parseVersion,
  Reachability,
  releaseTags,
  type BumpKind,
  type ReleaseTag,
} from '../../packages/versioning/index.ts'
import { resolveRange } from '../../packages/changelog/index.ts'
import { conventionalHistory, fastImport } from '../peers/history.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

/** A git that logs every call, to see which commands a decision ran. */
function loggingGit(dir: string): { git: Git; calls: () => string[] } {
  const log = path.join(tempDir(), 'calls')
  const wrapper = path.join(tempDir(), 'git')
  writeFileSync(wrapper, `#!/bin/sh\necho "$*" >> "${log}"\nexec git "$@"\n`, { mode: 0o755 })
  writeFileSync(log, '')
  return {
    git: new Git(dir, { git: wrapper }),
    calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean),
  }
}

function highestOf(tags: readonly ReleaseTag[], pick: (t: ReleaseTag) => boolean) {
  let best: ReleaseTag | undefined
  for (const t of tags)
    if (pick(t) && (!best || compareVersions(t.version, best.version) > 0)) best = t
  return best?.name
}

describe('answers equal the full list of reachable tags', () => {
  let repo: TestRepo
  beforeAll(async () => {
    // main: v1.0.0, v1.1.0-rc.1, v1.1.0, v2.0.0 (after merging a feature branch started before
    // v1.1.0); release-1.1: back-ports v1.1.1, v1.1.2-rc.1; an old feature branch never merged.
    repo = await TestRepo.create()
    await repo.commit('feat: a')
    await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
    await repo.commit('feat: b')
    await repo.run('branch', 'old-feature')
    await repo.run('branch', 'feature')
    await repo.commit('feat: c')
    await repo.tag('v1.1.0-rc.1')
    await repo.tag('v1.1.0', { message: 'Release v1.1.0' })
    await repo.run('branch', 'release-1.1')
    await repo.checkout('feature')
    await repo.commits('feat: on the feature', 'fix: on the feature')
    await repo.checkout('main')
    await repo.merge('feature')
    await repo.commit('feat!: d')
    await repo.tag('v2.0.0')
    await repo.commit('fix: e')
    await repo.checkout('release-1.1')
    await repo.commit('fix: back-port')
    await repo.tag('v1.1.1', { message: 'Release v1.1.1' })
    await repo.commit('fix: another back-port')
    await repo.tag('v1.1.2-rc.1')
    await repo.checkout('old-feature')
    await repo.commit('feat: never merged')
    await repo.checkout('main')
    await repo.merge('release-1.1', 'Merge the back-ports')
  })

  it('for every commit and every kind of question', async () => {
    const tags = releaseTags(await repo.git.tags(), 'v')
    const commits = (await repo.run('rev-list', '--all')).split('\n')
    const picks: [string, (t: ReleaseTag) => boolean][] = [
      ['any', () => true],
      ['stable', t => !isPrerelease(t.version)],
      [
        'below 1.1.0',
        t => compareVersions(t.version, tags.find(x => x.name === 'v1.1.0')!.version) < 0,
      ],
      ['stable below 2.0.0', t => !isPrerelease(t.version) && t.version.major < 2],
    ]
    let checked = 0
    for (const commit of commits) {
      const full = releaseTags(await repo.git.tags({ mergedInto: commit }), 'v')
      const reach = new Reachability(repo.git, tags)
      for (const [name, pick] of picks) {
        expect((await reach.highest(commit, pick))?.name, `${commit} ${name}`).toBe(
          highestOf(full, pick),
        )
        checked++
      }
    }
    expect(checked).toBe(commits.length * picks.length)
  })

  it('decides a back-port on its branch from the tags it reaches', async () => {
    await repo.checkout('release-1.1')
    try {
      const d = await computeVersion(repo.git, { ...DEFAULT_COMPUTE_OPTIONS, bump: 'patch' })
      expect(d).toMatchObject({
        tag: 'v1.1.2',
        previousTag: 'v1.1.2-rc.1',
        previousStableTag: 'v1.1.1',
      })
      expect(d.isLatest).toBe(false)
      const range = await resolveRange(repo.git, {
        version: parseVersion('1.1.2'),
        tagPrefix: 'v',
      })
      expect(range).toMatchObject({ previousTag: 'v1.1.1', from: 'refs/tags/v1.1.1' })
    } finally {
      await repo.checkout('main')
    }
  })
})

describe('the release case on a long history', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await TestRepo.create()
    const history = conventionalHistory({ commits: 3000, tags: 300 })
    history.push({ message: 'feat: unreleased' })
    await fastImport(repo.dir, history)
  })

  it.each(['auto', 'patch', 'rc', 'tag'])(
    'compute-version %s asks about a few candidates, never for every reachable tag',
    async bump => {
      const newest = releaseTags(await repo.git.tags(), 'v').sort((a, b) =>
        compareVersions(b.version, a.version),
      )[0]!
      const { git, calls } = loggingGit(repo.dir)
      const d = await computeVersion(git, {
        ...DEFAULT_COMPUTE_OPTIONS,
        bump: bump as BumpKind,
        tag: newest.name,
      })
      expect(bump === 'tag' ? d.tag : d.previousTag).toBe(newest.name)
      expect(calls().filter(c => /--merged|--format=%D/.test(c))).toEqual([])
      expect(
        calls().filter(c => c.includes('merge-base --is-ancestor')).length,
      ).toBeLessThanOrEqual(2)
    },
  )

  it('a branch that does not reach the newest release lists its tags once, after one miss', async () => {
    await repo.run('branch', 'before-latest', 'v12.0.0~1')
    await repo.checkout('before-latest')
    try {
      const { git, calls } = loggingGit(repo.dir)
      const d = await computeVersion(git, { ...DEFAULT_COMPUTE_OPTIONS, bump: 'patch' })
      expect(d).toMatchObject({ tag: 'v11.4.5', previousTag: 'v11.4.4', isLatest: false })
      expect(calls().filter(c => c.includes('merge-base --is-ancestor'))).toHaveLength(1)
      expect(calls().filter(c => c.includes('--format=%D'))).toHaveLength(1)
    } finally {
      await repo.checkout('main')
    }
  })

  it('the latest changelog section finds its previous release the same way', async () => {
    const { git, calls } = loggingGit(repo.dir)
    const range = await resolveRange(git, { version: parseVersion('12.0.0'), tagPrefix: 'v' })
    expect(range.previousTag).toBe('v11.4.4')
    expect(calls().filter(c => /--merged|--format=%D/.test(c))).toEqual([])
  })
})
