/**
 * The plan of `release-actions bump` as a pure function of the request and the repository's
 * state: the refusals in the order they are said, and what will be written, committed, tagged and
 * pushed (the --dry-run text). Also the push refspecs and the failure line of applying a plan.
 * The end-to-end runs against real repositories are in test/integration/cli-bump.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  bumpPlan,
  dryRunText,
  failureMessage,
  pushRefspecs,
  type BumpRequest,
  type BumpState,
} from '../../packages/bump/index.ts'
import { DEFAULT_CHANGELOG_CONFIG } from '../../packages/changelog/index.ts'
import type { SelfReference } from '../../packages/pins/index.ts'
import { DEFAULT_COMPUTE_OPTIONS, type VersionDecision } from '../../packages/versioning/index.ts'

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const OTHER = 'ffffeeeeddddccccbbbbaaaa9999888877776666'

function decision(over: Partial<VersionDecision> = {}): VersionDecision {
  return {
    version: '1.3.0',
    tag: 'v1.3.0',
    major: 1,
    minor: 3,
    patch: 0,
    prerelease: '',
    build: '',
    isPrerelease: false,
    isStable: true,
    isLatest: true,
    isMajorZero: false,
    previousTag: 'v1.2.3',
    previousStableTag: 'v1.2.3',
    sha: SHA,
    bump: 'minor',
    exists: false,
    reasons: [],
    ...over,
  }
}

function request(over: Partial<BumpRequest> = {}): BumpRequest {
  return {
    kind: 'minor',
    compute: DEFAULT_COMPUTE_OPTIONS,
    push: true,
    sign: false,
    changelogFile: '/repo/CHANGELOG.md',
    date: '2025-01-02',
    ...over,
  }
}

/** A clean clone of a published branch: main tracking origin/main, nothing unpushed. */
function state(over: Partial<BumpState> = {}): BumpState {
  return {
    decision: decision(),
    cwd: '/repo',
    root: '/repo',
    changes: [],
    changelog: { problem: undefined, status: [], style: 'grouped' },
    branch: 'main',
    upstream: 'origin/main',
    ahead: 0,
    remote: 'origin',
    remoteTag: { exists: false },
    remoteUrl: 'git@github.com:octo/app.git',
    config: { selfReferences: [], changelog: DEFAULT_CHANGELOG_CONFIG },
    selfRefs: [],
    candidate: undefined,
    packageFolder: '',
    ...over,
  }
}

function ref(file: string, line: number, tag: string): SelfReference {
  return { file, line, target: 'octo/app/compute-version', ref: tag }
}

describe('what a bump does', () => {
  it('writes the section, commits it, tags and pushes the branch with the tag', () => {
    const plan = bumpPlan(request(), state())
    expect(dryRunText(plan)).toBe(
      'Dry run: would write the v1.3.0 section into CHANGELOG.md and commit it as "chore(release): v1.3.0", then create annotated tag v1.3.0 with message "Release v1.3.0", then push main and refs/tags/v1.3.0 to origin.',
    )
    expect(plan).toMatchObject({
      tag: 'v1.3.0',
      sha: SHA,
      commitMessage: 'chore(release): v1.3.0',
      tagMessage: 'Release v1.3.0',
      push: { remote: 'origin', branch: 'main' },
      pins: undefined,
      changelog: {
        file: '/repo/CHANGELOG.md',
        shown: 'CHANGELOG.md',
        tagPrefix: 'v',
        date: '2025-01-02',
        // The web address of the remote, for the changelog's links.
        repoUrl: 'https://github.com/octo/app',
        paths: [],
      },
    })
  })

  it('in a package of a monorepo, lists the package its own commits (pathspec .)', () => {
    const plan = bumpPlan(
      request({ changelogFile: '/repo/packages/api/CHANGELOG.md' }),
      state({ cwd: '/repo/packages/api', packageFolder: 'packages/api/' }),
    )
    expect(plan.changelog).toMatchObject({ shown: 'CHANGELOG.md', paths: ['.'] })
  })

  it('writes the style the file follows, unless --style names one', () => {
    const keep = state({ changelog: { problem: undefined, status: [], style: 'keep-a-changelog' } })
    expect(bumpPlan(request(), keep).changelog?.style).toBe('keep-a-changelog')
    expect(bumpPlan(request({ style: 'grouped' }), keep).changelog?.style).toBe('grouped')
  })

  it('--repo-url wins over the remote; without a push the remote gives no links', () => {
    expect(
      bumpPlan(request({ repoUrl: 'https://example.com/o/r' }), state()).changelog?.repoUrl,
    ).toBe('https://example.com/o/r')
    const local = bumpPlan(request({ push: false }), state({ remote: undefined }))
    expect(local.changelog?.repoUrl).toBeUndefined()
    expect(local.push).toBeUndefined()
    expect(local.steps.at(-1)).toBe('not push (--no-push)')
  })

  it('only tags without a changelog, signed with --sign, and pushes the tag alone', () => {
    const plan = bumpPlan(
      request({ sign: true, changelogFile: undefined }),
      state({ changelog: undefined }),
    )
    expect(dryRunText(plan)).toBe(
      'Dry run: would create annotated tag v1.3.0 with message "Release v1.3.0" (signed), then push refs/tags/v1.3.0 to origin.',
    )
    expect(plan.changelog).toBeUndefined()
  })

  it('points the self-references at the tag unless they all name it already', () => {
    const refs = [
      ref('.github/workflows/release.yml', 3, 'v1.2.3'),
      ref('.github/workflows/release.yml', 9, 'v1.2.3'),
      ref('action.yml', 4, 'v1.3.0'),
    ]
    const plan = bumpPlan(
      request({ changelogFile: undefined }),
      state({
        changelog: undefined,
        selfRefs: refs,
        config: { selfReferences: ['octo/app'], changelog: DEFAULT_CHANGELOG_CONFIG },
      }),
    )
    expect(plan.pins).toEqual({
      root: '/repo',
      repos: ['octo/app'],
      files: ['.github/workflows/release.yml', 'action.yml'],
      count: 3,
    })
    expect(plan.steps[0]).toBe(
      'point 3 self-references in .github/workflows/release.yml, action.yml at v1.3.0 and commit it as "chore(release): v1.3.0"',
    )
    const done = refs.map(r => ({ ...r, ref: 'v1.3.0' }))
    expect(bumpPlan(request(), state({ selfRefs: done })).pins).toBeUndefined()
  })
})

describe('what a bump refuses, first things first', () => {
  const refused = (r: BumpRequest, s: BumpState) => () => bumpPlan(r, s)

  it('a dirty tree before anything else', () => {
    expect(
      refused(request(), state({ changes: [' M a.txt'], branch: undefined, ahead: 3 })),
    ).toThrow('The working tree has uncommitted changes; commit or stash them first:\n M a.txt')
  })

  it('a changelog that cannot be written in place, or that git does not track', () => {
    expect(
      refused(
        request(),
        state({ changelog: { problem: 'is a symlink to "/x"', status: [], style: 'grouped' } }),
      ),
    ).toThrow(/^CHANGELOG\.md is a symlink to "\/x"\.$/)
    expect(
      refused(
        request(),
        state({ changelog: { problem: undefined, status: ['?? CHANGELOG.md'], style: 'grouped' } }),
      ),
    ).toThrow(
      'CHANGELOG.md has changes git does not track (?? CHANGELOG.md); commit or remove them first.',
    )
  })

  it('when pushing: a detached HEAD, a branch without upstream, unpushed commits', () => {
    expect(refused(request(), state({ branch: undefined }))).toThrow('HEAD is detached')
    expect(refused(request(), state({ upstream: undefined }))).toThrow(
      'The branch main has no upstream; push it first (git push -u origin main) or use --no-push.',
    )
    expect(refused(request(), state({ ahead: 2 }))).toThrow(
      'main has 2 commit(s) not pushed to origin/main; push them first so the tag points at published history.',
    )
    // Without a push none of that matters.
    expect(
      bumpPlan(request({ push: false }), state({ branch: undefined, upstream: undefined })).tag,
    ).toBe('v1.3.0')
  })

  it('a tag that exists here or on the remote; a remote that cannot be asked', () => {
    expect(refused(request(), state({ decision: decision({ exists: true }) }))).toThrow(
      'v1.3.0 already exists; there is nothing new to tag.',
    )
    expect(refused(request(), state({ remoteTag: { exists: true } }))).toThrow(
      'v1.3.0 already exists on origin but not here; fetch tags (git fetch --tags origin) and bump again.',
    )
    const unreachable = new Error("fatal: 'origin' does not appear to be a git repository")
    expect(refused(request(), state({ remoteTag: { error: unreachable } }))).toThrow(unreachable)
    // ... said after the local refusals.
    expect(
      refused(request(), state({ remoteTag: { error: unreachable }, changes: [' M a'] })),
    ).toThrow('uncommitted changes')
  })

  it('promote ignores the working tree, and refuses self-references of another commit', () => {
    const promote = request({ kind: 'promote', changelogFile: undefined })
    const ok = bumpPlan(
      promote,
      state({ changes: [' M a'], changelog: undefined, branch: undefined, upstream: undefined }),
    )
    expect(ok.steps).toEqual([
      'create annotated tag v1.3.0 with message "Release v1.3.0"',
      'push refs/tags/v1.3.0 to origin',
    ])
    const candidate = {
      refs: [ref('action.yml', 4, 'v1.3.0-rc.1'), ref('action.yml', 8, 'v1.2.3')],
      tagCommits: new Map([
        ['v1.3.0-rc.1', SHA],
        ['v1.2.3', OTHER],
      ]),
    }
    expect(refused(promote, state({ candidate }))).toThrow(
      "Cannot promote: the candidate's commit must call this repository's actions at a tag of that same commit (self-references), but action.yml:8 uses octo/app/compute-version@v1.2.3, which is ffffeeeedddd, not a1b2c3d4e5f6. Release a new candidate (bump rc) instead.",
    )
    expect(
      bumpPlan(promote, state({ candidate: { ...candidate, refs: candidate.refs.slice(0, 1) } }))
        .tag,
    ).toBe('v1.3.0')
  })
})

describe('applying a plan', () => {
  const plan = bumpPlan(request(), state())

  it('pushes the branch along only when it made a release commit', () => {
    expect(pushRefspecs(plan, true)).toEqual(['HEAD:refs/heads/main', 'refs/tags/v1.3.0'])
    expect(pushRefspecs(plan, false)).toEqual(['refs/tags/v1.3.0'])
  })

  it('says what it undid when a step failed', () => {
    const error = new Error('tags are frozen')
    expect(
      failureMessage(plan, { written: ['CHANGELOG.md'], committed: true, tagged: true }, error),
    ).toBe(
      'Releasing v1.3.0 to origin failed; the local tag and the changelog commit were removed again. tags are frozen',
    )
    expect(
      failureMessage(plan, { written: ['CHANGELOG.md'], committed: false, tagged: false }, error),
    ).toBe(
      'Releasing v1.3.0 to origin failed; CHANGELOG.md was restored; no commit or tag was made. tags are frozen',
    )
    const local = bumpPlan(request({ push: false, changelogFile: undefined }), state())
    expect(failureMessage(local, { written: [], committed: false, tagged: false }, 'x')).toBe(
      'Releasing v1.3.0 failed; no commit or tag was made. x',
    )
    const pinned = bumpPlan(
      request({ changelogFile: undefined }),
      state({ selfRefs: [ref('action.yml', 1, 'v1.2.3')] }),
    )
    expect(
      failureMessage(pinned, { written: ['action.yml'], committed: true, tagged: false }, error),
    ).toBe(
      'Releasing v1.3.0 to origin failed; the release commit was removed again. tags are frozen',
    )
  })
})
