/**
 * What a section lists and what the bump is, decided alike by generate-changelog and
 * compute-version on real repositories: release commits of release tools, hidden types,
 * dependency updates and reverted pairs are housekeeping; a range of housekeeping only is
 * "nothing to release" (bump: none) and a section with nothing to list. Each rule is configurable
 * in the changelog section of .github/release-actions.yml.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_CHANGELOG_CONFIG,
  generateChangelog,
  type ChangelogConfig,
} from '../../packages/changelog/index.ts'
import { loadConfig } from '../../packages/config/index.ts'
import {
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  parseVersion,
} from '../../packages/versioning/index.ts'
import { readHistory } from '../helpers/changelog.ts'
import { runCli } from '../helpers/cli.ts'
import { fastImport } from '../peers/history.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

function config(yaml: string | undefined): ChangelogConfig {
  if (yaml === undefined) return DEFAULT_CHANGELOG_CONFIG
  const file = path.join(tempDir('ra-config-'), 'release-actions.yml')
  writeFileSync(file, `changelog:\n${yaml}`)
  return loadConfig(file).changelog
}

/**
 * A repository with `feat: start` tagged v1.2.3 and then `messages`, oldest first. `{n}` in a
 * message is the sha of the n-th message (for reverts).
 */
async function repoWith(messages: readonly string[]): Promise<TestRepo> {
  const repo = await TestRepo.create()
  if (messages.some(m => /\{\d+\}/.test(m))) {
    await repo.commit('feat: start')
    await repo.tag('v1.2.3')
    const shas: string[] = []
    for (const m of messages)
      shas.push(await repo.commit(m.replace(/\{(\d+)\}/g, (_, n: string) => shas[Number(n)] ?? '')))
  } else {
    await fastImport(repo.dir, [
      { message: 'feat: start', tags: [{ name: 'v1.2.3' }] },
      ...messages.map(message => ({ message })),
    ])
  }
  return repo
}

interface Decision {
  bump: string
  /** Subjects of the commits listed one by one. */
  listed: string[]
  /** How many dependency updates the section's one line counts. */
  dependencies: number
}

async function decide(repo: TestRepo, c: ChangelogConfig): Promise<Decision> {
  const d = await computeVersion(repo.git, {
    ...DEFAULT_COMPUTE_OPTIONS,
    bump: 'auto',
    commitRules: c,
  })
  const r = await generateChangelog(repo.git, {
    version: undefined,
    tagPrefix: 'v',
    style: 'grouped',
    date: '2026-09-01',
    paths: [],
    config: c,
    images: [],
  })
  return {
    bump: d.bump,
    listed: r.commits.filter(x => !x.dependency).map(x => x.subject),
    dependencies: r.commits.filter(x => x.dependency).length,
  }
}

const RELEASE_COMMITS = [
  'chore(main): release 1.2.4', // release-please
  'chore: release 1.2.5',
  'chore(main): release my-lib 1.2.6 (#45)',
  'chore: release main',
  'v1.2.7', // lerna
  'chore(release): publish', // lerna --conventional-commits
  'Publish',
  'chore: Release', // cargo-release
  'chore: Release my-crate version 1.2.8',
  'docs: Update changelog',
  'chore(release): v1.2.9', // this suite
  'chore(release): 1.2.10 [skip ci]', // semantic-release
  'Version Packages', // changesets
  'Release v1.2.11', // release-it
  'Bump version: 1.2.11 → 1.2.12', // bump2version
  '[maven-release-plugin] prepare release v1.2.13',
]

const DEPENDENCY_UPDATES = [
  'chore(deps): bump lodash from 4.17.20 to 4.17.21', // Dependabot
  'build(deps): bump actions/checkout from 3 to 4',
  'chore(deps-dev): bump vitest from 1.0.0 to 2.0.0',
  'Bump serde from 1.0.1 to 1.0.2', // Dependabot without a prefix
  'chore(deps): update dependency react to v18', // Renovate
  'Update dependency typescript to v5',
]

describe('a section lists, and the bump counts, the same commits', () => {
  it.each<[string, string[], string | undefined, Decision]>([
    [
      "release commits of release tools (by shape: each names a version or is a tool's message)",
      RELEASE_COMMITS,
      undefined,
      { bump: 'none', listed: [], dependencies: 0 },
    ],
    [
      'release commits are left out even when no type is hidden; real work around them is listed',
      [
        ...RELEASE_COMMITS,
        'chore(release): update cargo-deb usage',
        'chore: release the brakes',
        'docs: v2.0.0 migration guide',
      ],
      '  hide: []\n',
      {
        bump: 'patch',
        listed: ['update cargo-deb usage', 'release the brakes', 'v2.0.0 migration guide'],
        dependencies: 0,
      },
    ],
    [
      'release-commits: false lists them (as the chore and docs they are)',
      ['chore(release): v1.2.4', 'docs: Update changelog'],
      '  release-commits: false\n',
      { bump: 'patch', listed: ['Update changelog'], dependencies: 0 },
    ],
    [
      'chore, ci, test, style and build are hidden and make no release',
      ['chore: tidy', 'ci: cache', 'test: more', 'style: format', 'build: bundle'],
      undefined,
      { bump: 'none', listed: [], dependencies: 0 },
    ],
    [
      'a hidden type that breaks is listed, and is MAJOR',
      ['chore: tidy', 'chore!: drop Node 18\n\nBREAKING CHANGE: Node 20 is the oldest supported.'],
      undefined,
      { bump: 'major', listed: ['drop Node 18'], dependencies: 0 },
    ],
    [
      'docs, refactor and non-conventional commits are listed, so they release (PATCH)',
      ['docs: typo', 'refactor: split', 'Update README'],
      undefined,
      { bump: 'patch', listed: ['typo', 'split', 'Update README'], dependencies: 0 },
    ],
    [
      'hide is configurable: nothing hidden',
      ['chore: tidy', 'ci: cache'],
      '  hide: []\n',
      { bump: 'patch', listed: ['tidy', 'cache'], dependencies: 0 },
    ],
    [
      'hide is configurable: docs hidden too',
      ['docs: typo', 'chore: tidy'],
      '  hide: [chore, docs]\n',
      { bump: 'none', listed: [], dependencies: 0 },
    ],
    [
      'dependency updates by Dependabot and Renovate: one line, no release',
      DEPENDENCY_UPDATES,
      undefined,
      { bump: 'none', listed: [], dependencies: 6 },
    ],
    [
      'fix(deps) (Renovate and Dependabot for runtime dependencies) releases a PATCH',
      [...DEPENDENCY_UPDATES, 'fix(deps): update module golang.org/x/net to v0.23.0'],
      undefined,
      { bump: 'patch', listed: [], dependencies: 7 },
    ],
    [
      'dependencies.release: none: not even fix(deps)',
      ['fix(deps): update module golang.org/x/net to v0.23.0'],
      '  dependencies:\n    release: none\n',
      { bump: 'none', listed: [], dependencies: 1 },
    ],
    [
      'dependencies.release: all: every update is a PATCH',
      ['chore(deps): bump lodash from 4.17.20 to 4.17.21'],
      '  dependencies:\n    release: all\n',
      { bump: 'patch', listed: [], dependencies: 1 },
    ],
    [
      'dependencies.show: listed: an entry each',
      ['chore(deps): bump lodash from 4.17.20 to 4.17.21', 'fix: real'],
      '  dependencies:\n    show: listed\n',
      { bump: 'patch', listed: ['bump lodash from 4.17.20 to 4.17.21', 'real'], dependencies: 0 },
    ],
    [
      'dependencies.show: hidden: left out',
      ['chore(deps): bump lodash from 4.17.20 to 4.17.21', 'fix: real'],
      '  dependencies:\n    show: hidden\n',
      { bump: 'patch', listed: ['real'], dependencies: 0 },
    ],
    [
      'a breaking dependency update is a breaking change, not a line of the count',
      ['chore(deps)!: bump node from 18 to 20'],
      undefined,
      { bump: 'major', listed: ['bump node from 18 to 20'], dependencies: 0 },
    ],
    [
      'a revert cancels the commit it reverts in the same range: both are left out',
      ['feat: x', 'Revert "feat: x"\n\nThis reverts commit {0}.'],
      undefined,
      { bump: 'none', listed: [], dependencies: 0 },
    ],
    [
      'a reverted breaking change does not bump MAJOR',
      ['feat!: x', 'fix: y', 'Revert "feat!: x"\n\nThis reverts commit {0}.'],
      undefined,
      { bump: 'patch', listed: ['y'], dependencies: 0 },
    ],
    [
      "the revert of a revert (git's Reapply) brings the feature back",
      [
        'feat: x',
        'Revert "feat: x"\n\nThis reverts commit {0}.',
        'Reapply "feat: x"\n\nThis reverts commit {1}.',
      ],
      undefined,
      { bump: 'minor', listed: ['x'], dependencies: 0 },
    ],
  ])('%s', async (_name, messages, yaml, expected) => {
    const repo = await repoWith(messages)
    expect(await decide(repo, config(yaml))).toEqual(expected)
  })

  it('a revert of a commit released before is listed as a revert and is a PATCH', async () => {
    const repo = await TestRepo.create()
    const feature = await repo.commit('feat: x')
    await repo.tag('v1.2.3')
    await repo.commit(`Revert "feat: x"\n\nThis reverts commit ${feature}.`)
    const d = await decide(repo, DEFAULT_CHANGELOG_CONFIG)
    expect(d).toEqual({ bump: 'patch', listed: ['Revert "feat: x"'], dependencies: 0 })
    const r = await generateChangelog(repo.git, {
      version: undefined,
      tagPrefix: 'v',
      style: 'keep-a-changelog',
      date: '2026-09-01',
      paths: [],
      config: DEFAULT_CHANGELOG_CONFIG,
      images: [],
    })
    expect(r.commits.map(c => c.type)).toEqual(['revert'])
  })

  it('says how many were left out and why, for the section that has nothing left to list', async () => {
    const repo = await TestRepo.create()
    await repo.commit('feat: start')
    await repo.tag('v1.0.0')
    const f = await repo.commit('feat: x')
    await repo.commits(
      'chore: tidy',
      'chore(release): v1.0.1',
      `Revert "feat: x"\n\nThis reverts commit ${f}.`,
    )
    await repo.tag('v1.0.1')
    const releases = new Map<string, { commits: number; leftOut: object; skipped: number }>()
    for (const r of await readHistory(
      repo.git,
      { to: 'HEAD', prefix: 'v' },
      DEFAULT_CHANGELOG_CONFIG,
    ))
      releases.set(r.tag ?? '', {
        commits: r.commits.length,
        leftOut: r.leftOut,
        skipped: r.skipped,
      })
    expect(releases.get('v1.0.1')).toEqual({
      commits: 0,
      skipped: 4,
      leftOut: { release: 1, hidden: 1, reverted: 2 },
    })
    const r = await generateChangelog(repo.git, {
      version: parseVersion('1.0.1'),
      tagPrefix: 'v',
      style: 'grouped',
      date: '2026-09-01',
      paths: [],
      config: DEFAULT_CHANGELOG_CONFIG,
      images: [],
    })
    expect(r.commits).toEqual([])
    expect(r.skipped).toBe(4)
    const d = await computeVersion(repo.git, { ...DEFAULT_COMPUTE_OPTIONS, bump: 'auto' })
    expect(d.bump).toBe('none')
  })
})

describe('the CLI reads the rules from .github/release-actions.yml, for both commands', () => {
  async function project(yaml: string | undefined): Promise<TestRepo> {
    const repo = await TestRepo.create()
    await repo.commit('feat: start')
    await repo.tag('v1.2.3')
    await repo.commits('chore: tidy', 'chore(deps): bump lodash from 4.17.20 to 4.17.21')
    if (yaml !== undefined) {
      mkdirSync(path.join(repo.dir, '.github'), { recursive: true })
      writeFileSync(path.join(repo.dir, '.github/release-actions.yml'), `changelog:\n${yaml}`)
    }
    return repo
  }
  const version = async (repo: TestRepo) => {
    const r = await runCli(['version', '--bump', 'auto'], { cwd: repo.dir })
    expect(r.code, r.stderr).toBe(0)
    return JSON.parse(r.stdout) as Record<string, string>
  }

  it('housekeeping only: version says none and the section lists nothing', async () => {
    const repo = await project(undefined)
    expect(await version(repo)).toMatchObject({ bump: 'none', tag: 'v1.2.3', exists: 'true' })
    const r = await runCli(['changelog'], { cwd: repo.dir })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).not.toContain('tidy')
  })

  it('configured to count them: version says patch and the section lists them', async () => {
    const repo = await project('  hide: []\n  dependencies:\n    show: listed\n    release: all\n')
    expect(await version(repo)).toMatchObject({ bump: 'patch', tag: 'v1.2.4' })
    const r = await runCli(['changelog'], { cwd: repo.dir })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('tidy')
    expect(r.stdout).toContain('bump lodash')
  })

  it('a bad value fails both, naming the key', async () => {
    const repo = await project('  dependencies:\n    show: folded\n')
    const v = await runCli(['version', '--bump', 'auto'], { cwd: repo.dir })
    expect(v.code).toBe(1)
    expect(v.stderr).toContain(
      'changelog.dependencies.show must be one of collapsed, listed, hidden',
    )
    const c = await runCli(['changelog'], { cwd: repo.dir })
    expect(c.code).toBe(1)
    expect(c.stderr).toContain(
      'changelog.dependencies.show must be one of collapsed, listed, hidden',
    )
  })
})

describe('the config keys are checked', () => {
  it.each([
    ['  hide: chore\n', 'changelog.hide must be a list of strings'],
    ['  hide: [chore, 3]\n', 'changelog.hide must be a list of strings'],
    ['  release-commits: maybe\n', "'changelog.release-commits' must be true"],
    [
      '  dependencies: collapsed\n',
      "'changelog.dependencies' must be a mapping with show and release",
    ],
    [
      '  dependencies:\n    collapse: true\n',
      "unknown key 'collapse' in 'changelog.dependencies'; expected one of show, release",
    ],
    [
      '  dependencies:\n    release: major\n',
      'changelog.dependencies.release must be one of fix, all, none',
    ],
    [
      '  hidden: [chore]\n',
      "unknown key 'hidden' in 'changelog'; expected one of groups, other, keep-a-changelog, hide, dependencies, release-commits, skip",
    ],
  ])('%j', (yaml, message) => {
    expect(() => config(yaml)).toThrow(message)
  })

  it('defaults', () => {
    expect(config('  other: Other\n')).toMatchObject({
      hide: ['chore', 'ci', 'test', 'style', 'build'],
      releaseCommits: true,
      skip: [],
      dependencies: { show: 'collapsed', release: 'fix' },
    })
  })
})
