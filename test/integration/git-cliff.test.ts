/**
 * Side by side with git-cliff (the npm package's binary) on the same repositories: for every
 * release, both list the same set of commits. Formatting differs by design.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_CHANGELOG_CONFIG,
  DEFAULT_SKIP,
  walkReleases,
} from '../../packages/changelog/index.ts'
import { Git } from '../../packages/git/index.ts'
import { exec } from '../../packages/process/index.ts'
import { root } from '../helpers/cli.ts'
import { conventionalHistory, fastImport } from '../helpers/history.ts'
import { TestRepo } from '../helpers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

/** A git-cliff config that lists the same commits as our defaults: merges and housekeeping skipped. */
function cliffConfig(): string {
  const file = path.join(tempDir('ra-cliff-'), 'cliff.toml')
  const parsers = ['^Merge', ...DEFAULT_SKIP].map(
    re => `  { message = ${JSON.stringify(`(?i)${re}`)}, skip = true },`,
  )
  writeFileSync(
    file,
    [
      '[changelog]',
      'body = "{{ version }}"',
      '[git]',
      'conventional_commits = true',
      'filter_unconventional = false',
      'split_commits = false',
      'tag_pattern = "v[0-9].*"',
      'commit_parsers = [',
      ...parsers,
      ']',
      '',
    ].join('\n'),
  )
  return file
}

async function cliffReleases(dir: string): Promise<Map<string, string[]>> {
  const r = await exec(
    path.join(root, '.tools/node_modules/.bin/git-cliff'),
    ['--config', cliffConfig(), '--context'],
    {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    },
  )
  const context = JSON.parse(r.stdout) as { version: string | null; commits: { id: string }[] }[]
  return new Map(
    context.map(rel => [rel.version ?? 'unreleased', rel.commits.map(c => c.id).sort()]),
  )
}

async function ourReleases(dir: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  await walkReleases(
    new Git(dir),
    { to: 'HEAD', prefix: 'v' },
    DEFAULT_CHANGELOG_CONFIG,
    release => {
      out.set(release.tag ?? 'unreleased', release.commits.map(c => c.sha).sort())
    },
  )
  return out
}

function nonEmpty(m: Map<string, string[]>): Map<string, string[]> {
  return new Map([...m].filter(([, shas]) => shas.length > 0))
}

describe('the same commits per release as git-cliff', () => {
  it('on a linear history of 600 commits and 30 releases, with housekeeping', async () => {
    const repo = await TestRepo.create()
    const history = conventionalHistory({ commits: 600, tags: 30 })
    history.splice(
      100,
      0,
      { message: 'chore(release): v0.1.4' },
      { message: 'build: release v0.1.5' },
    )
    history.push({ message: 'fix: unreleased' })
    await fastImport(repo.dir, history)
    const [ours, theirs] = [await ourReleases(repo.dir), await cliffReleases(repo.dir)]
    expect(theirs.size).toBe(31)
    expect(nonEmpty(ours)).toEqual(nonEmpty(theirs))
  })

  it('on a history with merged branches, a branch that spans a release, and squash-style subjects', async () => {
    const repo = await TestRepo.create()
    await repo.commits('feat: init', 'fix: early')
    await repo.tag('v0.1.0')
    await repo.checkout('-b', 'long')
    await repo.commit('feat(long): started before v0.2.0')
    await repo.checkout('main')
    await repo.checkout('-b', 'short')
    await repo.commits('fix(short): one', 'fix(short): two')
    await repo.checkout('main')
    await repo.merge('short', 'Merge pull request #2 from o/short')
    await repo.commit('chore(release): v0.2.0')
    await repo.tag('v0.2.0', { message: 'Release v0.2.0' })
    await repo.checkout('long')
    await repo.commit('feat(long): finished after v0.2.0')
    await repo.checkout('main')
    await repo.commit('perf: faster (#3)')
    await repo.merge('long', 'Merge branch long')
    await repo.commit('not a conventional commit')
    await repo.tag('v0.3.0')
    await repo.commit('docs: unreleased')
    const [ours, theirs] = [await ourReleases(repo.dir), await cliffReleases(repo.dir)]
    expect(nonEmpty(ours)).toEqual(nonEmpty(theirs))
    expect([...theirs.keys()]).toEqual(['unreleased', 'v0.3.0', 'v0.2.0', 'v0.1.0'])
  })
})
