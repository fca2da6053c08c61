/**
 * semantic-release's commit-analyzer, its integration cases with the default (angular) preset
 * and default release rules, run through compute-version on real repositories: the commits
 * after a v1.0.0 tag, and the bump compute-version decides. commit-analyzer's `null` (no release)
 * is our `bump: none`.
 *
 * Source: github.com/semantic-release/commit-analyzer, test/integration.test.js and
 * lib/default-release-rules.js at b281a840fd7e3271d553afb7ddab3494d568873d. The peer lists commits
 * newest first (as git log does); each row here lists them in the same order.
 *
 * Not ported: cases of other presets (eslint, atom, …), custom parserOpts and custom releaseRules,
 * which configure the peer's parser; and the error cases of its configuration loading.
 */
import { afterAll, describe, expect, it } from 'vitest'
import {
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  version,
} from '../../packages/versioning/index.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const SOURCE = 'semantic-release/commit-analyzer@b281a84 test/integration.test.js'
const RULES = 'semantic-release/commit-analyzer@b281a84 lib/default-release-rules.js'

/**
 * Commits newest first, as the peer's tests give them; `hash` names a commit that another's
 * message refers to (`This reverts commit <hash>.`), replaced by the real sha.
 */
type Commit = { hash?: string; message: string }

async function bump(newestFirst: readonly Commit[], initial = version(1, 0, 0)): Promise<string> {
  const repo = await TestRepo.create()
  await repo.commit('chore: init')
  await repo.tag(`v${initial.major}.${initial.minor}.${initial.patch}`)
  const shas = new Map<string, string>()
  for (const c of [...newestFirst].reverse()) {
    let message = c.message
    for (const [hash, sha] of shas) message = message.replaceAll(hash, sha)
    if (message === '')
      await repo.run('commit', '--quiet', '--allow-empty', '--allow-empty-message', '-m', '')
    const sha = message === '' ? await repo.head() : await repo.commit(message)
    if (c.hash) shas.set(c.hash, sha)
  }
  const d = await computeVersion(repo.git, { ...DEFAULT_COMPUTE_OPTIONS, bump: 'auto' })
  return d.bump
}

describe("commit-analyzer's integration cases (default preset and rules)", () => {
  it.each<[string, Commit[], string | null, string]>([
    [
      `${SOURCE} 'Parse with "conventional-changelog-angular" by default'`,
      [{ message: 'fix(scope1): First fix' }, { message: 'feat(scope2): Second feature' }],
      'minor',
      'minor',
    ],
    [
      `${SOURCE} 'Exclude commits if they have a matching revert commits'`,
      [
        { hash: 'df012f1', message: 'fix(scope): First fix' },
        {
          hash: 'df012f2',
          message: 'revert: feat(scope): First feature\n\nThis reverts commit df012f3.\n',
        },
        { hash: 'df012f3', message: 'feat(scope): First feature' },
      ],
      'patch',
      'patch',
    ],
    [
      `${SOURCE} 'Return "major" if there is a "conventionalcommits" breaking change, using default releaseRules' (preset conventionalcommits: our parser reads \`!\` always)`,
      [{ message: 'fix: First fix' }, { message: 'feat!: Breaking change feature' }],
      'major',
      'major',
    ],
    [
      `${SOURCE} 'Return "patch" if there is only types set to "patch", using default releaseRules'`,
      [{ message: 'fix: First fix (fixes #123)' }, { message: 'perf: perf improvement' }],
      'patch',
      'patch',
    ],
    [
      // DIFFERS: `doc` is not a type the peer knows, so no rule matches it. Ours lists it (under
      // Other Changes), and what a section lists is released: compute-version and
      // generate-changelog decide alike (issue 13; generate-changelog/README.md, "What goes into
      // a section"). Only the hidden types (chore, ci, test, style, build) make no release.
      `${SOURCE} 'Return "null" if no rule match' — differs: an unknown type is listed, so PATCH`,
      [{ message: 'doc: doc update' }, { message: 'chore: Chore' }],
      null,
      'patch',
    ],
    [
      `${SOURCE} 'Return "null" if no rule match', with its chore alone`,
      [{ message: 'chore: Chore' }],
      null,
      'none',
    ],
    [
      `${SOURCE} 'Filter out empty commits'`,
      [{ message: '' }, { message: 'fix(scope1): First fix' }],
      'patch',
      'patch',
    ],
  ])('%s', async (_source, commits, theirs, ours) => {
    expect(await bump(commits)).toBe(ours)
    if (ours !== (theirs ?? 'none')) expect(_source).toMatch(/differs/)
  })
})

describe("commit-analyzer's default release rules, one commit each", () => {
  it.each<[string, string, string | null, string]>([
    [
      `${RULES} { breaking: true, release: 'major' }`,
      'feat: x\n\nBREAKING CHANGE: y',
      'major',
      'major',
    ],
    [`${RULES} { breaking: true } on any type`, 'chore: x\n\nBREAKING CHANGE: y', 'major', 'major'],
    [
      `${RULES} { revert: true, release: 'patch' } (a revert of a commit outside the range)`,
      'Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
      'patch',
      'patch',
    ],
    [`${RULES} { type: 'feat', release: 'minor' }`, 'feat: x', 'minor', 'minor'],
    [`${RULES} { type: 'fix', release: 'patch' }`, 'fix: x', 'patch', 'patch'],
    [`${RULES} { type: 'perf', release: 'patch' }`, 'perf: x', 'patch', 'patch'],
    [`${RULES} no rule for chore`, 'chore: x', null, 'none'],
    [`${RULES} no rule for ci`, 'ci: x', null, 'none'],
    [`${RULES} no rule for test`, 'test: x', null, 'none'],
    [`${RULES} no rule for style`, 'style: x', null, 'none'],
    [`${RULES} no rule for build`, 'build: x', null, 'none'],
    [`${RULES} no rule for chore(deps)`, 'chore(deps): bump a from 1 to 2', null, 'none'],
    [`${RULES} no rule for build(deps)`, 'build(deps): bump a from 1 to 2', null, 'none'],
    [`${RULES} fix(deps) is a fix`, 'fix(deps): update dependency a to v2', 'patch', 'patch'],
    [
      `${RULES} no rule for chore(release) (semantic-release's own release commit)`,
      'chore(release): 1.0.1 [skip ci]',
      null,
      'none',
    ],
    // DIFFERS: the peer has no rule for docs, refactor or a commit that is not conventional;
    // ours lists them (Documentation, Refactoring, Other Changes), so they are released.
    // Hide a type (changelog.hide) to make it release nothing (generate-changelog/README.md).
    [`${RULES} no rule for docs — differs: listed, so PATCH`, 'docs: x', null, 'patch'],
    [`${RULES} no rule for refactor — differs: listed, so PATCH`, 'refactor: x', null, 'patch'],
    [
      `${RULES} no rule for a non-conventional commit — differs: listed, so PATCH`,
      'Update README',
      null,
      'patch',
    ],
  ])('%s', async (_source, message, theirs, ours) => {
    expect(await bump([{ message }])).toBe(ours)
    if (ours !== (theirs ?? 'none')) expect(_source).toMatch(/differs/)
  })

  it('pre-1.0 differs by design: a breaking change bumps MINOR under 0.y.z (DESIGN.md, "Versions and tags")', async () => {
    // commit-analyzer gives "major" for this commit whatever the version; DESIGN.md: "Pre-1.0
    // (0.y.z): a breaking change bumps MINOR, a feature bumps MINOR, a fix bumps PATCH."
    expect(await bump([{ message: 'feat!: x' }], version(0, 4, 2))).toBe('minor')
    expect(await bump([{ message: 'feat: x' }], version(0, 4, 2))).toBe('minor')
    expect(await bump([{ message: 'fix: x' }], version(0, 4, 2))).toBe('patch')
  })
})
