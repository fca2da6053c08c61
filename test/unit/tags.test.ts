import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../packages/errors/index.ts'
import {
  branchNameProblem,
  parseRefInput,
  parseReleaseTag,
  releaseTagProblem,
  requireReleaseTag,
  splitReleaseTag,
  validateTagPrefix,
  version,
} from '../../packages/versioning/index.ts'

describe('release tags', () => {
  it.each([
    ['v1.2.3', 'v', version(1, 2, 3)],
    ['v0.8.0-alpha.1', 'v', version(0, 8, 0, ['alpha', 1])],
    ['v1.3.0-rc1', 'v', version(1, 3, 0, ['rc1'])],
    ['v1.2.3+build.7', 'v', version(1, 2, 3, [], ['build', '7'])],
    ['1.2.3', '', version(1, 2, 3)],
    ['api/v2.0.0', 'api/v', version(2, 0, 0)],
  ])('%s with prefix %j', (tag, prefix, expected) => {
    expect(parseReleaseTag(tag, prefix)).toEqual(expected)
  })

  it.each([
    ['v1.2', 'is not a SemVer 2.0.0 version'],
    ['v01.2.3', 'has a number with a leading zero'],
    ['v1.2.3-01', 'has a number with a leading zero'],
    ['1.2.3', "does not start with the tag prefix 'v'"],
    ['v1.2.3;id', "contains the character ';'"],
    ['в1.2.3', 'contains the non-ASCII character U+0432'],
    ['v1.2.3\u202e', 'contains the non-ASCII character U+202E'],
    ['-v1.2.3', "contains the character '-'"],
    ['v1.2.3 ', 'contains whitespace'],
    ['v1.2.3\n', 'contains a control character'],
    [`v1.2.3-${'a'.repeat(130)}`, 'the limit is 128'],
  ])('refuses %j: %s', (tag, reason) => {
    expect(releaseTagProblem(tag, 'v')).toContain(
      reason.replace(/^contains the character '-'$/, "starts with '-'"),
    )
  })

  it('names the input and the expected form', () => {
    expect(() => requireReleaseTag('from-tag', 'v1.2', 'v')).toThrow(InputError)
    expect(() => requireReleaseTag('from-tag', 'v1.2', 'v')).toThrow(
      'Input \'from-tag\': "v1.2" is not a SemVer 2.0.0 version; expected vMAJOR.MINOR.PATCH',
    )
  })
})

describe('refs', () => {
  it.each([
    ['refs/tags/v1.2.3', { kind: 'tag', name: 'v1.2.3', version: version(1, 2, 3) }],
    ['v1.2.3', { kind: 'tag', name: 'v1.2.3', version: version(1, 2, 3) }],
    ['refs/heads/main', { kind: 'branch', name: 'main' }],
    ['refs/heads/release/1.x', { kind: 'branch', name: 'release/1.x' }],
    ['refs/pull/12/merge', { kind: 'pull', name: 'refs/pull/12/merge' }],
  ])('%s', (ref, expected) => {
    expect(parseRefInput('ref', ref, 'v')).toEqual(expected)
  })

  it.each([
    'refs/tags/refs/tags/v1.2.3',
    'refs/tags/v1.2.3;rm -rf',
    'refs/heads/--upload-pack=touch',
    'main',
    'HEAD',
    '@',
    'refs/heads/',
    'refs/heads/a..b',
  ])('refuses %j', ref => {
    expect(() => parseRefInput('ref', ref, 'v')).toThrow(/^Input 'ref': /)
  })
})

describe('tag prefix', () => {
  // The monorepo forms: changesets (pkg@), lerna (@scope/pkg@), pkg-v, pkg/v.
  it.each(['v', '', 'release-', 'api/v', 'V', 'pkg@', '@scope/pkg@', 'pkg-v', 'pkg/v'])(
    'accepts %j',
    p => {
      expect(validateTagPrefix('tag-prefix', p)).toBe(p)
      expect(parseReleaseTag(`${p}1.2.3`, p)).toEqual(version(1, 2, 3))
    },
  )
  it.each(['-v', 'v$', 'v ', '../v', 'в', 'a..b', '@', '@@', 'a@{', 'a//b'])('refuses %j', p => {
    expect(() => validateTagPrefix('tag-prefix', p)).toThrow(
      /^Input 'tag-prefix': expected a tag prefix/,
    )
  })
})

describe('branch names: exactly what git accepts', () => {
  // The peer is git itself: `git check-ref-format --branch` decides each name.
  const names = [
    'main',
    'feature/#123',
    'a=b',
    'user/x+y',
    'fix/ümlaut',
    "it's",
    '@',
    'a.lock.b',
    'release/1.x',
    'v1$(id)',
    '%41',
    'a..b',
    '-x',
    'a b',
    'a\tb',
    'a:b',
    'a~1',
    'a^b',
    'a?b',
    'a*b',
    'a[b',
    'a\\b',
    'x.lock',
    'x/y.lock/z',
    'a/.b',
    '.a',
    'a.',
    'a@{1}',
    'HEAD',
    '/a',
    'a/',
    'a//b',
    'a\u007f',
  ]
  it.each(names)('%j', name => {
    let git = true
    try {
      execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' })
    } catch {
      git = false
    }
    expect(branchNameProblem(name) === undefined, String(branchNameProblem(name))).toBe(git)
  })
})

describe('release tags of an unknown prefix', () => {
  it.each([
    ['v1.2.3', 'v', version(1, 2, 3)],
    ['1.2.3', '', version(1, 2, 3)],
    ['v10.2.3', 'v', version(10, 2, 3)],
    ['pkg@1.2.3-rc.1', 'pkg@', version(1, 2, 3, ['rc', 1])],
    ['@scope/pkg@1.2.3', '@scope/pkg@', version(1, 2, 3)],
    ['pkg2-v1.0.0', 'pkg2-v', version(1, 0, 0)],
    ['api/v2.0.0', 'api/v', version(2, 0, 0)],
    // Moved from supersede's splitTag (test/unit/supersede-banner.test.ts), now this reader.
    ['api/v1.2.3-rc.1', 'api/v', version(1, 2, 3, ['rc', 1])],
  ])('%s: prefix %j', (tag, prefix, v) => {
    expect(splitReleaseTag(tag)).toEqual({ prefix, version: v })
  })
  it.each(['release1', 'v1.2', '1.2.3;x', 'sometag', '20200110-RC2', 'v01.2.3'])(
    '%j is none',
    tag => {
      expect(splitReleaseTag(tag)).toBeUndefined()
    },
  )
  it('says which prefix a tag has when it lacks the configured one', () => {
    expect(() => requireReleaseTag('tag', '1.2.3', 'v')).toThrow(
      "does not start with the tag prefix 'v' (it is a release tag with no prefix: set tag-prefix: '')",
    )
    expect(() => requireReleaseTag('tag', 'api@1.2.3', 'v')).toThrow(
      "(it is a release tag with the prefix 'api@': set tag-prefix: 'api@')",
    )
  })
})
