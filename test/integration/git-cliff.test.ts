/**
 * Side by side with git-cliff (the npm package's binary) on the same repositories: for every
 * release, `changelog --all` lists the same set of commits as git-cliff does for that release's
 * range (`git cliff <previous>..<tag>`), which is `git rev-list <previous>..<tag>`; on a linear
 * history, git-cliff's whole-history run gives the same sets. Formatting differs by design.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_CHANGELOG_CONFIG } from '../../packages/changelog/index.ts'
import { RELEASE_COMMIT_PATTERNS } from '../../packages/conventional/index.ts'
import { Git } from '../../packages/git/index.ts'
import { exec } from '../../packages/process/index.ts'
import { readHistory } from '../helpers/changelog.ts'
import { root } from '../helpers/cli.ts'
import { conventionalHistory, fastImport } from '../peers/history.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

/**
 * A git-cliff config that lists the same commits as ours: merges and release commits skipped. Ours
 * hide no type and list dependency updates one by one here, so both compare whole sets of commits.
 */
function cliffConfig(): string {
  const file = path.join(tempDir('ra-cliff-'), 'cliff.toml')
  const parsers = ['^Merge', ...RELEASE_COMMIT_PATTERNS].map(
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
      // Stable releases only: candidates are no sections of their own (history.ts).
      'tag_pattern = "^v[0-9]+\\\\.[0-9]+\\\\.[0-9]+$"',
      'commit_parsers = [',
      ...parsers,
      ']',
      '',
    ].join('\n'),
  )
  return file
}

/** git-cliff's releases and their commits, for the whole history or for one range. */
async function cliffReleases(dir: string, range?: string): Promise<Map<string, string[]>> {
  const r = await exec(
    path.join(root, '.tools/node_modules/.bin/git-cliff'),
    ['--config', cliffConfig(), '--context', ...(range ? ['--', range] : [])],
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

/** Ours (`changelog --all`): each release's commits, and the release its range starts at. */
async function ourReleases(
  dir: string,
): Promise<{ commits: Map<string, string[]>; previous: Map<string, string | undefined> }> {
  const sections = await readHistory(
    new Git(dir),
    { to: 'HEAD', prefix: 'v' },
    { ...DEFAULT_CHANGELOG_CONFIG, hide: [], dependencies: { show: 'listed', release: 'fix' } },
  )
  return {
    commits: new Map(sections.map(s => [s.tag ?? 'unreleased', s.commits.map(c => c.sha).sort()])),
    previous: new Map(sections.map(s => [s.tag ?? 'unreleased', s.previousTag])),
  }
}

/** For every release of ours, git-cliff's commits of the same range. */
async function cliffByRange(
  dir: string,
  previous: Map<string, string | undefined>,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  const whole = await cliffReleases(dir)
  for (const [tag, from] of previous) {
    const to = tag === 'unreleased' ? 'HEAD' : tag
    // The first release has no range to give (git-cliff takes `a..b` only): its whole-history set.
    if (!from) out.set(tag, whole.get(tag) ?? [])
    else out.set(tag, [...(await cliffReleases(dir, `${from}..${to}`)).values()].flat().sort())
  }
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
    expect(nonEmpty(ours.commits)).toEqual(nonEmpty(theirs))
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
    const ours = await ourReleases(repo.dir)
    expect([...ours.commits.keys()]).toEqual(['unreleased', 'v0.3.0', 'v0.2.0', 'v0.1.0'])
    expect(ours.commits).toEqual(await cliffByRange(repo.dir, ours.previous))
  })

  it('on a history that is not linear: a major line that merged main in, candidates on the way', async () => {
    // v8's branch merges main (with v7.6.0) and becomes main: in a walk in topological order,
    // v7.6.0 comes before v8's first commits (the walk that --all did before listed them there).
    const repo = await TestRepo.create()
    await repo.commit('feat: base')
    await repo.tag('v7.5.0')
    await repo.checkout('-b', 'next')
    await repo.commits('feat!: next one', 'feat: next two')
    await repo.tag('v8.0.0-rc.1')
    await repo.checkout('main')
    await repo.commit('fix: main fix')
    await repo.tag('v7.6.0')
    await repo.checkout('next')
    await repo.commit('feat: next three')
    await repo.merge('main', 'Merge main into next')
    await repo.checkout('main')
    await repo.run('merge', '--ff-only', '--quiet', 'next')
    await repo.commit('fix: after merge')
    await repo.tag('v8.0.0', { message: 'Release v8.0.0' })
    await repo.commit('fix: unreleased')
    const ours = await ourReleases(repo.dir)
    expect(ours.previous.get('v8.0.0')).toBe('v7.6.0')
    expect(ours.commits.get('v8.0.0')).toHaveLength(4)
    expect(ours.commits).toEqual(await cliffByRange(repo.dir, ours.previous))
    expect(nonEmpty(ours.commits)).toEqual(nonEmpty(await cliffReleases(repo.dir)))
  })
})
