import { describe, expect, it } from 'vitest'
/**
 * Conventional Commits parsing, the shapes of release commits and dependency updates, and the
 * rules that decide which commits of a range are changes and what release they call for.
 */
import {
  analyzeCommits,
  classifyCommits,
  DEFAULT_COMMIT_RULES,
  dependencyName,
  isDependencyUpdate,
  isReleaseCommit,
  parseCommitMessage,
  type CommitRules,
} from '../../packages/conventional/index.ts'

describe('Conventional Commits parsing (examples of the specification)', () => {
  it.each([
    [
      'feat: allow provided config object to extend other configs\n\nBREAKING CHANGE: `extends` key in config file is now used for extending other config files',
      {
        type: 'feat',
        scope: undefined,
        breaking: true,
        subject: 'allow provided config object to extend other configs',
      },
    ],
    [
      'feat!: send an email to the customer when a product is shipped',
      { type: 'feat', breaking: true },
    ],
    [
      'feat(api)!: send an email to the customer when a product is shipped',
      { type: 'feat', scope: 'api', breaking: true },
    ],
    [
      // The specification's example before 42b627e (now feat!); any type may break.
      'chore!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not available in Node 6.',
      {
        type: 'chore',
        breaking: true,
        breakingNotes: ['use JavaScript features not available in Node 6.'],
      },
    ],
    ['docs: correct spelling of CHANGELOG', { type: 'docs', breaking: false }],
    ['feat(lang): add Polish language', { type: 'feat', scope: 'lang', breaking: false }],
    [
      'fix: prevent racing of requests\n\nIntroduce a request id and a reference to latest request. Dismiss\nincoming responses other than from latest request.\n\nRemove timeouts which were used to mitigate the racing issue but are\nobsolete now.\n\nReviewed-by: Z\nRefs: #123',
      {
        type: 'fix',
        breaking: false,
        footers: [
          { token: 'Reviewed-by', value: 'Z' },
          { token: 'Refs', value: '#123' },
        ],
      },
    ],
    [
      'fix: x\n\nBREAKING-CHANGE: hyphenated token',
      { type: 'fix', breaking: true, breakingNotes: ['hyphenated token'] },
    ],
    ['Fix(Core): capitalised type', { type: 'fix', scope: 'Core' }],
    ['Update README', { type: '', conventional: false, subject: 'Update README', breaking: false }],
    ['feat:missing space', { conventional: false }],
    [
      'fix: y\n\nFixes #12\nSigned-off-by: A <a@example.com>',
      {
        footers: [
          { token: 'Fixes', value: '12' },
          { token: 'Signed-off-by', value: 'A <a@example.com>' },
        ],
      },
    ],
  ])('%j', (message, expected) => {
    expect(parseCommitMessage(message)).toMatchObject(expected)
  })

  it('keeps the body separate from the footers', () => {
    const c = parseCommitMessage('fix: a\n\nbody line one\nbody line two\n\nRefs: #1\nAcked-by: B')
    expect(c.body).toBe('body line one\nbody line two')
    expect(c.footers).toEqual([
      { token: 'Refs', value: '#1' },
      { token: 'Acked-by', value: 'B' },
    ])
  })
})

describe('the whole BREAKING CHANGE footer is the migration note', () => {
  it('keeps every paragraph and bullet list up to the next footer token', () => {
    const c = parseCommitMessage(
      [
        'feat(config)!: one file for every action',
        '',
        'Why we changed it.',
        '',
        'BREAKING CHANGE: the gates move from gates.yml to .github/release-actions.yml.',
        '',
        'To migrate:',
        '- move each gate under `gates:`',
        '- delete gates.yml',
        '',
        '  Indented example: kept',
        '',
        'Refs: #12',
        'Signed-off-by: A <a@example.com>',
      ].join('\n'),
    )
    expect(c.body).toBe('Why we changed it.')
    expect(c.breakingNotes).toEqual([
      [
        'the gates move from gates.yml to .github/release-actions.yml.',
        '',
        'To migrate:',
        '- move each gate under `gates:`',
        '- delete gates.yml',
        '',
        '  Indented example: kept',
      ].join('\n'),
    ])
    expect(c.footers.map(f => f.token)).toEqual(['BREAKING CHANGE', 'Refs', 'Signed-off-by'])
  })

  it('BREAKING-CHANGE is the same token; two footers are two notes', () => {
    const c = parseCommitMessage(
      'fix: x\n\nBREAKING-CHANGE: first\nsecond line\nBREAKING CHANGE: another\n\n- with a list',
    )
    expect(c.breakingNotes).toEqual(['first\nsecond line', 'another\n\n- with a list'])
  })

  it('a lower-case "breaking change:" is not the token (the specification: it MUST be uppercase)', () => {
    expect(parseCommitMessage('fix: x\n\nbreaking change: no').breaking).toBe(false)
  })
})

describe('reverts', () => {
  it.each([
    [
      'Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
      { header: 'feat: x', shas: ['0123456789abcdef0123456789abcdef01234567'] },
    ],
    // GitHub's revert button on a squash-merged pull request
    [
      'Revert "feat: x (#12)" (#13)\n\nThis reverts commit abcdef1.',
      { header: 'feat: x (#12)', shas: ['abcdef1'] },
    ],
    // git 2.43+ writes Reapply for the revert of a revert
    ['Reapply "feat: x"\n\nThis reverts commit abcdef1.', { header: 'feat: x', shas: ['abcdef1'] }],
    [
      'revert: feat(scope): First feature\n\nThis reverts commit df012f3.\n',
      { header: 'feat(scope): First feature', shas: ['df012f3'] },
    ],
    // The specification's suggestion (FAQ, "How does Conventional Commits handle revert commits?")
    [
      'revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868',
      { header: 'let us never again speak of the noodle incident', shas: ['676104e', 'a215868'] },
    ],
    ['Revert "nothing named"', { header: 'nothing named', shas: [] }],
  ])('%j', (message, revert) => {
    expect(parseCommitMessage(message).revert).toEqual(revert)
  })

  it('a commit that only mentions reverting is not a revert', () => {
    expect(parseCommitMessage('fix: revert the cache to LRU').revert).toBeUndefined()
  })
})

describe('release commits of release tools, by their shape', () => {
  it.each([
    'chore(main): release 1.2.4', // release-please
    'chore: release 1.2.4', // release-please (no component)
    'chore(main): release my-lib 1.2.4 (#45)', // release-please, a component, squash-merged
    'chore(main): release @scope/pkg 1.2.4',
    'chore: release main', // release-please, grouped monorepo pull request
    'v1.2.4', // lerna (fixed mode), the default message
    '1.2.4', // npm version
    'chore(release): publish', // lerna with --conventional-commits and the usual --message
    'Publish', // lerna (independent mode)
    'chore(release): publish v1.2.4',
    'chore: Release', // cargo-release (consolidated commits)
    'chore: Release my-crate version 1.2.4', // cargo-release (per crate)
    '(cargo-release) version 1.2.4', // cargo-release before 0.22
    '(cargo-release) start next development iteration 1.2.5-alpha.0',
    'docs: Update changelog',
    'chore: update CHANGELOG for v1.2.4',
    'chore(release): v1.2.4', // this suite (release-actions bump)
    'chore(release): 1.2.4 [skip ci]', // semantic-release with @semantic-release/git
    'chore(release): 1.2.4', // standard-version, commit-and-tag-version
    'chore(release): 2.0.0-rc.1',
    'chore(release): my-pkg@1.2.4',
    'Version Packages', // changesets
    'Version Packages (beta) (#88)',
    'Release v1.2.4', // release-it
    'release: v1.2.4',
    'build: release v1.2.4',
    'build(release): v2.0.0',
    'chore: bump version',
    'chore: bump version to 1.2.4',
    'Bump version: 1.2.3 → 1.2.4', // bump2version
    'bump: version 4.16.5 → 4.17.0', // commitizen
    '[maven-release-plugin] prepare release v1.2.4',
    '[maven-release-plugin] prepare for next development iteration',
  ])('%j is a release commit', header => {
    expect(isReleaseCommit(header)).toBe(true)
  })

  it.each([
    'chore(release): update cargo-deb usage',
    'chore(release): publish docs to the website',
    'chore: release the brakes',
    'fix: crash in 1.2.3',
    'chore: typescript 5.4.2',
    'docs: v2.0.0 migration guide',
    'feat: release notes in the CLI',
    'feat(release): 1.2.4', // a feature, whatever its scope
    'chore(deps): bump lodash from 4.17.20 to 4.17.21',
    'Release the kraken',
    'v1.2.4 is out: update the docs',
  ])('%j is real work', header => {
    expect(isReleaseCommit(header)).toBe(false)
  })
})

describe('dependency updates (Dependabot, Renovate)', () => {
  const dep = (message: string) => isDependencyUpdate(parseCommitMessage(message))
  it.each([
    ['chore(deps): bump lodash from 4.17.20 to 4.17.21', 'lodash'],
    ['build(deps): bump actions/checkout from 3 to 4', 'actions/checkout'],
    ['chore(deps-dev): bump vitest from 1.0.0 to 2.0.0', 'vitest'],
    ['build(deps-dev): bump the dev group with 3 updates', 'dev'],
    ['fix(deps): update module golang.org/x/net to v0.23.0', 'golang.org/x/net'],
    ['chore(deps): update dependency react to v18', 'react'],
    ['chore(deps): update actions/setup-node action to v4', 'actions/setup-node'],
    ['chore(deps): lock file maintenance', undefined],
    ['chore(deps): update all non-major dependencies', undefined],
    ['ci(deps): bump docker/login-action from 2 to 3', 'docker/login-action'],
    ['deps: bump serde from 1.0.1 to 1.0.2', 'serde'],
    ['Bump serde from 1.0.1 to 1.0.2', 'serde'],
    ['Bump the npm_and_yarn group across 1 directory with 2 updates', 'npm_and_yarn'],
    ['Update dependency typescript to v5', 'typescript'],
    ['Update Rust crate serde to 1.0.190', 'serde'],
    ['Pin dependencies', undefined],
    ['chore: bump lodash from 4.17.20 to 4.17.21', 'lodash'],
    [
      'build: update the toolchain\n\n---\nupdated-dependencies:\n- dependency-name: foo\n...',
      undefined,
    ],
  ])('%j', (message, name) => {
    expect(dep(message)).toBe(true)
    expect(dependencyName(parseCommitMessage(message).subject)).toBe(name)
  })

  it.each([
    'feat(deps): support lodash 5',
    'fix: bump the retry limit from 3 to 5 in the client',
    'docs: bump lodash from 1 to 2 in the README',
    'fix(api): update dependency injection',
    'Update README',
  ])('%j is not', message => {
    expect(dep(message)).toBe(false)
  })
})

describe('which commits are changes, and the release they call for', () => {
  let n = 0
  const sha = () => (++n).toString(16).padStart(40, 'a')
  /** Messages oldest first, as they were committed; `{n}` is the sha of the n-th one. */
  function commits(...messages: string[]) {
    const shas = messages.map(() => sha())
    return messages
      .map((m, i) => ({
        sha: shas[i] as string,
        message: m.replace(/\{(\d+)\}/g, (_, k: string) => shas[Number(k)] as string),
      }))
      .reverse()
  }
  const decide = (rules: CommitRules, ...messages: string[]) =>
    analyzeCommits(commits(...messages), rules).level
  const level = (...messages: string[]) => decide(DEFAULT_COMMIT_RULES, ...messages)

  it.each([
    [['fix: a', 'chore: b'], 'patch'],
    [['fix: a', 'feat: b'], 'minor'],
    [['fix: a', 'feat!: b'], 'major'],
    [['docs: a\n\nBREAKING CHANGE: gone'], 'major'],
    [['chore!: drop Node 18'], 'major'], // a hidden type that breaks is a change
    [['docs: a'], 'patch'], // listed in Documentation, so it is released
    [['refactor: a'], 'patch'],
    [['update things'], 'patch'], // not conventional, listed under Other Changes
    [['chore: a', 'ci: b', 'test: c', 'style: d', 'build: e'], undefined],
    [['chore(release): v1.2.4', 'chore(main): release 1.2.5'], undefined],
    [
      ['chore(deps): bump a from 1 to 2', 'build(deps): bump b from 1 to 2', 'Bump c from 1 to 2'],
      undefined,
    ],
    [['fix(deps): update dependency d to v2'], 'patch'], // Renovate: a runtime dependency
    [['chore(release): update cargo-deb usage'], undefined], // real work, but a hidden type
    [[''], undefined],
    [[], undefined],
  ])('%j → %s', (messages, expected) => {
    expect(level(...messages)).toBe(expected)
  })

  it('configured: hidden types, which dependency updates release', () => {
    const rules = (over: Partial<CommitRules>): CommitRules => ({
      ...DEFAULT_COMMIT_RULES,
      ...over,
    })
    expect(decide(rules({ hide: [] }), 'chore: a')).toBe('patch')
    expect(decide(rules({ hide: ['docs', 'chore'] }), 'docs: a')).toBeUndefined()
    const deps = (release: 'fix' | 'all' | 'none') =>
      rules({ dependencies: { show: 'collapsed', release } })
    expect(decide(deps('all'), 'chore(deps): bump a from 1 to 2')).toBe('patch')
    expect(decide(deps('none'), 'fix(deps): update dependency d to v2')).toBeUndefined()
    expect(decide(rules({ releaseCommits: false }), 'chore(release): v1.2.4')).toBeUndefined() // still chore
    expect(decide(rules({ releaseCommits: false, hide: [] }), 'chore(release): v1.2.4')).toBe(
      'patch',
    )
    expect(decide(rules({ skip: [/^wip/i] }), 'WIP: fix: x')).toBeUndefined()
  })

  it('a revert cancels the commit it reverts in the same range; one from outside bumps PATCH', () => {
    expect(level('feat: x', 'Revert "feat: x"\n\nThis reverts commit {0}.')).toBeUndefined()
    expect(level('feat!: x', 'Revert "feat!: x"\n\nThis reverts commit {0}.', 'fix: y')).toBe(
      'patch',
    )
    // abbreviated sha, the revert: type
    const short = commits('feat: x', 'revert: feat: x\n\nThis reverts commit {0}.')
    short[0] = {
      ...(short[0] as { sha: string; message: string }),
      message: `revert: feat: x\n\nThis reverts commit ${short[1]?.sha.slice(0, 7)}.`,
    }
    expect(analyzeCommits(short).level).toBeUndefined()
    // reverting something released before: listed as a revert, PATCH
    expect(
      level('Revert "feat: x"\n\nThis reverts commit 1234567890abcdef1234567890abcdef12345678.'),
    ).toBe('patch')
    // the revert of a revert: the feature is back
    expect(
      level(
        'feat: x',
        'Revert "feat: x"\n\nThis reverts commit {0}.',
        'Reapply "feat: x"\n\nThis reverts commit {1}.',
      ),
    ).toBe('minor')
    // one revert of two commits (the specification's Refs form)
    expect(level('feat: a', 'feat: b', 'revert: a and b\n\nRefs: {0}, {1}')).toBeUndefined()
    expect(
      classifyCommits(commits('feat: a', 'feat: b', 'revert: a and b\n\nRefs: {0}, {1}')).map(
        c => c.kind,
      ),
    ).toEqual(['reverted', 'reverted', 'reverted'])
  })

  it('counts what bumps and what is housekeeping', () => {
    const a = analyzeCommits(
      commits(
        'feat: a',
        'fix: b',
        'chore: c',
        'chore(release): v1.2.4',
        'chore(deps): bump x from 1 to 2',
        'feat: d',
        'Revert "feat: d"\n\nThis reverts commit {5}.',
      ),
    )
    expect(a.level).toBe('minor')
    expect(a.counts).toEqual({ total: 7, breaking: 0, features: 1, other: 1 })
    expect(a.housekeeping).toEqual({ skipped: 1, hidden: 1, dependencies: 1, reverted: 2 })
  })
})
