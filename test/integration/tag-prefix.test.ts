/**
 * Tag prefixes across every action and CLI command: `tag-prefix: ''` (unprefixed tags, `1.2.3`) is
 * no prefix, not the default `v`, and the monorepo forms (`pkg@`, `@scope/pkg@`, `pkg-v`, `pkg/v`)
 * count only their own package's tags, and with a path only the commits that touch the package.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { readInputs as readComputeVersion } from '../../actions/compute-version/inputs.ts'
import { readInputs as readGenerateChangelog } from '../../actions/generate-changelog/inputs.ts'
import { readInputs as readGithubRelease } from '../../actions/github-release/inputs.ts'
import { readInputs as readPublishTags } from '../../actions/publish-tags-matrix/inputs.ts'
import { readInputs as readReleasePlan } from '../../actions/release-plan/inputs.ts'
import { main as releaseFilesMain } from '../../actions/release-files/main.ts'
import { readInputs as readSupersede } from '../../actions/superseded-release/inputs.ts'
import { readInputs as readQualityGates } from '../../actions/quality-gates/inputs.ts'
import { Git } from '../../packages/git/index.ts'
import {
  githubContext,
  Inputs,
  mapSource,
  type GithubContext,
} from '../../packages/inputs/index.ts'
import { nullLogger } from '../../packages/log/index.ts'
import { computeVersion, DEFAULT_COMPUTE_OPTIONS } from '../../packages/versioning/index.ts'
import { runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const SHA = '0123456789abcdef0123456789abcdef01234567'

const tagNames = (stdout: string) =>
  (JSON.parse(stdout) as { 'tag-names': string })['tag-names'].split('\n')

function context(dir: string): GithubContext {
  return githubContext({ GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'octo/demo' })
}

/** A repository released without a prefix, as many are: 1.2.2, 1.2.3, then a fix. */
async function unprefixed(): Promise<TestRepo> {
  const repo = await TestRepo.create()
  await repo.commit('feat: a', { 'a.txt': 'a' })
  await repo.tag('1.2.2', { message: 'Release 1.2.2' })
  await repo.commit('fix: b', { 'b.txt': 'b' })
  await repo.tag('1.2.3', { message: 'Release 1.2.3' })
  await repo.commit('fix: c', { 'c.txt': 'c' })
  return repo
}

describe("tag-prefix: '' is no prefix (regression: it was read as v, so 1.2.3 led to v0.1.0)", () => {
  it('compute-version: 1.2.3 → 1.2.4, from the action inputs and from the CLI', async () => {
    const repo = await unprefixed()
    const options = readComputeVersion(
      new Inputs(mapSource({ 'tag-prefix': '', path: '.' })),
      context(repo.dir),
    )
    expect(options.tagPrefix).toBe('')
    expect(await computeVersion(repo.git, options)).toMatchObject({
      tag: '1.2.4',
      version: '1.2.4',
      previousTag: '1.2.3',
      bump: 'patch',
    })
    const cli = await runCli(['version', '--tag-prefix', ''], { cwd: repo.dir })
    expect(cli.stderr).not.toContain('error')
    expect(JSON.parse(cli.stdout)).toMatchObject({ tag: '1.2.4', 'previous-tag': '1.2.3' })
    expect(
      JSON.parse(
        (await runCli(['version', '--tag-prefix=', '--bump', 'rc'], { cwd: repo.dir })).stdout,
      ),
    ).toMatchObject({ tag: '1.3.0-rc.1' })
  })

  it('names the unprefixed tags when the prefix finds none (the default v on 1.2.3)', async () => {
    const repo = await unprefixed()
    const d = await computeVersion(repo.git, { ...DEFAULT_COMPUTE_OPTIONS, bump: 'auto' })
    expect(d.tag).toBe('v0.1.0')
    expect(d.reasons.join('\n')).toContain("tag-prefix: ''")
  })

  it("every reader of tag-prefix: '' is no prefix; not given is v", async () => {
    const repo = await unprefixed()
    const github = context(repo.dir)
    const readers: [string, (values: Record<string, string>) => unknown, Record<string, string>][] =
      [
        ['compute-version', v => readComputeVersion(new Inputs(mapSource(v)), github), {}],
        [
          'generate-changelog',
          v => readGenerateChangelog(new Inputs(mapSource(v)), github),
          { version: '1.2.4' },
        ],
        [
          'publish-tags-matrix',
          v => readPublishTags(new Inputs(mapSource(v)), github, {}),
          { images: 'ghcr.io/octo/demo', sha: SHA, ref: 'refs/tags/1.2.3' },
        ],
        [
          'github-release',
          v => readGithubRelease(new Inputs(mapSource(v)), github),
          { tag: '1.2.3', token: 't' },
        ],
        [
          'release-plan',
          v => readReleasePlan(new Inputs(mapSource(v)), github),
          { tag: '1.2.3', images: 'ghcr.io/octo/demo' },
        ],
      ]
    for (const [name, read, values] of readers) {
      expect(read({ ...values, 'tag-prefix': '' }), name).toMatchObject({ tagPrefix: '' })
      const tagged = Object.values(values).some(v => /(^|\/)1\.2\.3$/.test(v))
      if (tagged) expect(() => read(values), name).toThrow(/tag prefix 'v'/)
      else expect(read(values), name).toMatchObject({ tagPrefix: 'v' })
    }
  })

  it('release-files reads the unprefixed tag before it asks for a token', async () => {
    const repo = await unprefixed()
    const run = (values: Record<string, string>) =>
      releaseFilesMain({
        inputs: new Inputs(mapSource(values)),
        github: context(repo.dir),
        env: {},
        logger: nullLogger,
        mask: () => undefined,
      })
    await expect(run({ tag: '1.2.3', 'tag-prefix': '' })).rejects.toThrow(/^Input 'token'/)
    await expect(run({ tag: '1.2.3' })).rejects.toThrow(/^Input 'tag'.*tag prefix 'v'/)
  })

  it('superseded-release and quality-gates take unprefixed and monorepo tags', async () => {
    const repo = await unprefixed()
    const github = context(repo.dir)
    for (const [tag, by] of [
      ['1.2.3', '1.2.4'],
      ['pkg@1.2.3', 'pkg@1.2.4'],
      ['@scope/pkg@1.2.3', '@scope/pkg@1.2.4'],
      ['pkg-v1.2.3', 'pkg-v1.2.4'],
      ['pkg/v1.2.3', 'pkg/v1.2.4'],
    ]) {
      expect(
        readSupersede(
          new Inputs(mapSource({ tag, 'superseded-by': by, reason: 'Broken', token: 't' })),
          github,
        ),
        tag,
      ).toMatchObject({ tag, supersededBy: by })
      const gates = readQualityGates(
        new Inputs(mapSource({ gates: '- { name: ok, run: "true" }' })),
        { ...github, ref: `refs/tags/${tag}` },
      )
      expect(gates.version, tag).toBe('1.2.3')
    }
  })

  it('bump, changelog and tags work on unprefixed tags', async () => {
    const repo = await unprefixed()
    const bump = await runCli(['bump', 'patch', '--tag-prefix', '', '--no-push'], {
      cwd: repo.dir,
    })
    expect(bump).toMatchObject({ code: 0, stdout: '1.2.4\n' })
    expect(await repo.run('log', '-1', '--format=%s', '1.2.4')).toBe('chore(release): 1.2.4')
    const section = await repo.run('show', '1.2.4:CHANGELOG.md')
    expect(section).toContain('## [1.2.4]')
    expect(section).toContain('- c (')
    expect(section).not.toContain('- b (')

    const changelog = await runCli(['changelog', '--tag-prefix', '', '--version', '1.2.3'], {
      cwd: repo.dir,
    })
    expect(changelog.code).toBe(0)
    expect(changelog.stdout).toContain('- b (')
    expect(changelog.stdout).not.toContain('- a (')
    expect(changelog.stdout).not.toContain('- c (')

    const tags = await runCli(
      ['tags', '--images', 'ghcr.io/octo/demo', '--ref', 'refs/tags/1.2.3', '--tag-prefix', ''],
      { cwd: repo.dir },
    )
    expect(tags.code).toBe(0)
    // 1.2.4 exists now: 1.2.3 keeps its own tag but none of the aliases.
    expect(tagNames(tags.stdout)).toEqual(['1.2.3', `sha-${await repo.run('rev-parse', 'HEAD')}`])
  })
})

/**
 * A monorepo of two packages released apart, each under its own prefix (changesets' `pkg@`,
 * lerna's `@scope/pkg@`, and `pkg-v`, `pkg/v`): api has only a fix since its release, web a
 * breaking change.
 */
async function monorepo(api: string, web: string): Promise<TestRepo> {
  const repo = await TestRepo.create()
  await repo.commit('feat(api): start', { 'packages/api/a.txt': '1' })
  await repo.commit('feat(web): start', { 'packages/web/w.txt': '1' })
  await repo.tag(`${api}1.4.0`)
  await repo.tag(`${web}2.0.0`)
  await repo.commit('fix(api): a fix', { 'packages/api/a.txt': '2' })
  await repo.commit('feat(web)!: a breaking change', { 'packages/web/w.txt': '2' })
  await repo.commit('docs: the root README', { 'README.md': 'x' })
  return repo
}

describe('monorepo tag prefixes: only the package’s tags and, with a path, its commits', () => {
  it.each([
    ['api@', 'web@'],
    ['@scope/api@', '@scope/web@'],
    ['api-v', 'web-v'],
    ['api/v', 'web/v'],
  ])('compute-version with tag-prefix %s and path packages/api', async (api, web) => {
    const repo = await monorepo(api, web)
    const read = (values: Record<string, string>) =>
      readComputeVersion(new Inputs(mapSource(values)), context(repo.dir))
    const decide = (values: Record<string, string>) => {
      const options = read(values)
      return computeVersion(new Git(options.path), options)
    }
    const apiOnly = await decide({ 'tag-prefix': api, path: 'packages/api' })
    expect(apiOnly).toMatchObject({ tag: `${api}1.4.1`, bump: 'patch', previousTag: `${api}1.4.0` })
    expect(apiOnly.commits).toMatchObject({ total: 1, breaking: 0 })
    expect(apiOnly.reasons.join('\n')).toContain('Only commits that touch packages/api/ count')
    const webOnly = await decide({ 'tag-prefix': web, path: 'packages/web' })
    expect(webOnly).toMatchObject({ tag: `${web}3.0.0`, bump: 'major' })
    // The whole repository (path .) counts every commit, the web's breaking change too; the other
    // package's tags are never this one's versions.
    expect(await decide({ 'tag-prefix': api })).toMatchObject({ tag: `${api}2.0.0` })
    expect(await decide({ 'tag-prefix': api, bump: 'rc', path: 'packages/api' })).toMatchObject({
      tag: `${api}1.5.0-rc.1`,
      previousStableTag: `${api}1.4.0`,
    })
  })

  it('a package without commits of its own since its release has nothing to release', async () => {
    const repo = await monorepo('api@', 'web@')
    await repo.tag('api@1.4.1')
    await repo.commit('feat(web): more', { 'packages/web/w.txt': '3' })
    const options = readComputeVersion(
      new Inputs(mapSource({ 'tag-prefix': 'api@', path: 'packages/api' })),
      context(repo.dir),
    )
    expect(await computeVersion(new Git(options.path), options)).toMatchObject({
      tag: 'api@1.4.1',
      bump: 'none',
      exists: true,
    })
  })

  it('generate-changelog with include-paths lists only the package’s commits', async () => {
    const repo = await monorepo('@scope/api@', '@scope/web@')
    const r = await runCli(
      [
        'changelog',
        '--tag-prefix',
        '@scope/api@',
        '--include-paths',
        'packages/api',
        '--version',
        '1.4.1',
      ],
      { cwd: repo.dir },
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('a fix')
    expect(r.stdout).not.toContain('a breaking change')
    expect(r.stdout).not.toContain('start')
  })

  it('publish-tags-matrix reads the version of a package tag and only that package’s versions', async () => {
    const repo = await monorepo('@scope/api@', '@scope/web@')
    await repo.tag('@scope/web@9.0.0')
    const tags = await runCli(
      [
        'tags',
        '--images',
        'ghcr.io/octo/api',
        '--ref',
        'refs/tags/@scope/api@1.4.0',
        '--tag-prefix',
        '@scope/api@',
      ],
      { cwd: repo.dir },
    )
    expect(tags.code).toBe(0)
    expect(tagNames(tags.stdout)).toEqual([
      '1.4.0',
      `sha-${await repo.run('rev-parse', 'HEAD')}`,
      '1.4',
      '1',
      'latest',
    ])
  })

  it('bump --path releases one package: its tag, and its changelog of its commits', async () => {
    const repo = await monorepo('api@', 'web@')
    const r = await runCli(
      ['bump', 'auto', '--tag-prefix', 'api@', '--path', 'packages/api', '--no-push'],
      { cwd: repo.dir },
    )
    expect(r).toMatchObject({ code: 0, stdout: 'api@1.4.1\n' })
    const changelog = await repo.run('show', 'api@1.4.1:packages/api/CHANGELOG.md')
    expect(changelog).toContain('a fix')
    expect(changelog).not.toContain('a breaking change')
    expect(changelog).not.toContain('root README')
  })

  it('bump --path reads the configuration at the repository root and points its workflows at the package tag', async () => {
    // (`pkg@` tags cannot be named in a uses: line, whose ref follows an @.)
    const repo = await monorepo('api-v', 'web-v')
    await repo.commit('ci: call our own action', {
      '.github/release-actions.yml': 'self-references: octo/mono\n',
      '.github/workflows/use.yml':
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: octo/mono/packages/api@main\n',
    })
    const r = await runCli(
      ['bump', 'auto', '--tag-prefix', 'api-v', '--path', 'packages/api', '--no-push'],
      { cwd: repo.dir },
    )
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(await repo.run('show', 'api-v1.4.1:.github/workflows/use.yml')).toContain(
      'uses: octo/mono/packages/api@api-v1.4.1',
    )
  })
})

describe('branch refs: any name git accepts', () => {
  it.each(['feature/#123', 'a=b', 'user/x+y', 'fix/ümlaut', "it's"])(
    'compute-version and publish-tags-matrix take refs/heads/%s',
    async branch => {
      const repo = await unprefixed()
      await repo.checkout('-b', branch)
      const ref = `refs/heads/${branch}`
      const options = readComputeVersion(
        new Inputs(mapSource({ ref, 'tag-prefix': '' })),
        context(repo.dir),
      )
      expect(options.ref).toEqual({ kind: 'branch', name: branch })
      expect(await computeVersion(repo.git, options)).toMatchObject({ tag: '1.2.4', bump: 'patch' })
      const publish = readPublishTags(
        new Inputs(
          mapSource({ images: 'ghcr.io/octo/demo', sha: SHA, ref, 'default-branch': branch }),
        ),
        context(repo.dir),
        {},
      )
      expect(publish.ref).toBe(ref)
    },
  )

  it.each([
    ['refs/heads/a..b', "contains '..'"],
    ['refs/heads/-x', "starts with '-'"],
    ['refs/heads/a b', 'contains whitespace'],
    ['refs/heads/a:b', "contains ':'"],
    ['refs/heads/a~1', "contains '~'"],
    ['refs/heads/x.lock', ".lock'"],
    ['refs/heads/a/.b', "starts with '.'"],
    ['refs/heads/a@{1}', "contains '@{'"],
    ['refs/heads/HEAD', 'is HEAD'],
    ['refs/heads/', 'is empty'],
  ])('refuses %j, as git does: %s', (ref, problem) => {
    expect(() =>
      readComputeVersion(new Inputs(mapSource({ ref })), context(process.cwd())),
    ).toThrow(problem)
  })
})
