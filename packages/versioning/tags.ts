/**
 * Release tags: the one reader of a tag as a version (`parseReleaseTag` for a known prefix,
 * `splitReleaseTag` when the prefix is not known), the ref-safety filter every tag position goes
 * through, and the readers of tag, ref and version inputs.
 */
import type { TagRef } from '../git/index.ts'
import { type Inputs } from '../inputs/index.ts'
import { InputError, showValue } from '../errors/index.ts'
import { formatVersion, parseVersion, type Version } from './semver.ts'

/** Longest tag we accept (Docker's tag limit; also keeps refs and log lines sane). */
export const MAX_TAG_LENGTH = 128

const SHELL_META = /[$`;|&<>(){}[\]'"\\*?!~^:#%=,]/

/**
 * Why a string is unsafe to use as a ref name anywhere, or undefined if it is safe.
 * This is a security filter, stricter than `git check-ref-format`, which accepts `v1$(id)` and
 * `--upload-pack=...`.
 */
export function unsafeRefReason(name: string): string | undefined {
  if (name === '') return 'is empty'
  if (name.length > MAX_TAG_LENGTH) {
    return `is ${name.length} characters long; the limit is ${MAX_TAG_LENGTH}`
  }
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0
    if (code > 0x7e) {
      return `contains the non-ASCII character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    }
    if (code < 0x20 || code === 0x7f) return 'contains a control character'
    if (ch === ' ') return 'contains whitespace'
  }
  const meta = SHELL_META.exec(name)
  if (meta) return `contains the character '${meta[0]}', which is not allowed in a ref name`
  if (name.startsWith('-')) return "starts with '-'"
  if (name.includes('..')) return "contains '..'"
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return 'has an empty path component'
  }
  if (name.startsWith('.') || name.endsWith('.') || name.endsWith('.lock') || name.includes('/.')) {
    return "has a component that starts or ends with '.'"
  }
  if (name.includes('@{') || name === '@') return "contains '@{'"
  return undefined
}

/** The prefix of release tags when tag-prefix is not given. */
export const DEFAULT_TAG_PREFIX = 'v'

const PREFIX_EXAMPLES = "v, '' (none), api/v, pkg-v, pkg@ or @scope/pkg@"

/** Why `prefix` cannot be a tag prefix, or undefined. Empty is valid: unprefixed tags (1.2.3). */
function tagPrefixProblem(prefix: string): string | undefined {
  if (prefix === '') return undefined
  if (prefix.length > 64) return 'expected a tag prefix of at most 64 characters'
  // Letters, digits and . _ - / @: the monorepo forms pkg@ (changesets), @scope/pkg@ (lerna),
  // pkg-v and pkg/v. A prefix followed by a version must make a safe tag name.
  if (
    !/^@?[A-Za-z0-9_][A-Za-z0-9._/@-]*$/.test(prefix) ||
    unsafeRefReason(`${prefix}0.0.0`) !== undefined
  )
    return `expected a tag prefix of ASCII letters, digits, '.', '_', '-', '/' or '@' (such as ${PREFIX_EXAMPLES}), got ${showValue(prefix)}`
  return undefined
}

/** The tag prefix itself must be plain ASCII: letters, digits, `.`, `_`, `-`, `/`, `@`. */
export function validateTagPrefix(input: string, prefix: string): string {
  const problem = tagPrefixProblem(prefix)
  if (problem) throw new InputError(input, problem)
  return prefix
}

/**
 * The tag-prefix input of any action or command, read once for all of them: not given is `v`,
 * set to the empty string is no prefix (DESIGN.md: an input set to '' is that value where empty
 * is valid).
 */
export function readTagPrefix(inputs: Inputs, input = 'tag-prefix'): string {
  return validateTagPrefix(input, inputs.text(input, DEFAULT_TAG_PREFIX))
}

/**
 * A release tag whose prefix is not known (superseded-release, quality-gates): the prefix is the
 * shortest one after which the rest is a strict SemVer version (`v10.2.3` is `v` + 10.2.3,
 * `pkg2-v1.0.0` is `pkg2-v` + 1.0.0, `@scope/pkg@1.2.3` is `@scope/pkg@` + 1.2.3). A prefix that
 * ends in a digit or '.' is never inferred (in `v21.0.0` the prefix is `v`, not `v2`).
 */
export function splitReleaseTag(name: string): { prefix: string; version: Version } | undefined {
  if (unsafeRefReason(name) !== undefined) return undefined
  for (let i = 0; i < name.length; i++) {
    const prefix = name.slice(0, i)
    if (!/^\d/.test(name.slice(i)) || /[\d.]$/.test(prefix)) continue
    const v = parseVersion(name.slice(i))
    if (v) return tagPrefixProblem(prefix) === undefined ? { prefix, version: v } : undefined
  }
  return undefined
}

export function expectedTagForm(prefix: string): string {
  return `${prefix}MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] (SemVer 2.0.0, no leading zeros)`
}

/**
 * Why `name` is not a release tag for `prefix`, or undefined if it is one. Checks the
 * ref-safety rules first, then strict SemVer after the prefix.
 */
export function releaseTagProblem(name: string, prefix: string): string | undefined {
  const unsafe = unsafeRefReason(name)
  if (unsafe) return unsafe
  if (!name.startsWith(prefix)) return `does not start with the tag prefix '${prefix}'`
  const rest = name.slice(prefix.length)
  if (parseVersion(rest)) return undefined
  if (/(^|[.-])0\d/.test(rest.split('+')[0] ?? '')) return 'has a number with a leading zero'
  return 'is not a SemVer 2.0.0 version'
}

/** Parse a release tag, or return undefined. Use for tags read from a repository. */
export function parseReleaseTag(name: string, prefix: string): Version | undefined {
  if (releaseTagProblem(name, prefix) !== undefined) return undefined
  return parseVersion(name.slice(prefix.length))
}

/** A tag of the repository that is a release tag of the prefix, with its version. */
export interface ReleaseTag extends TagRef {
  version: Version
}

/** The release tags of `prefix` among a repository's tags (the others are left out). */
export function releaseTags(refs: readonly TagRef[], prefix: string): ReleaseTag[] {
  const out: ReleaseTag[] = []
  for (const ref of refs) {
    const v = parseReleaseTag(ref.name, prefix)
    if (v) out.push({ ...ref, version: v })
  }
  return out
}

/** Parse a release tag given as an input, or throw an InputError that names the input. */
export function requireReleaseTag(input: string, name: string, prefix: string): Version {
  const problem = releaseTagProblem(name, prefix)
  const parsed = problem === undefined ? parseVersion(name.slice(prefix.length)) : undefined
  if (!parsed) {
    const other = problem?.startsWith('does not start') ? splitReleaseTag(name) : undefined
    const hint = other
      ? ` (it is a release tag with ${other.prefix === '' ? 'no prefix' : `the prefix '${other.prefix}'`}: set tag-prefix: '${other.prefix}')`
      : ''
    throw new InputError(
      input,
      `${showValue(name)} ${problem ?? 'is not a release tag'}${hint}; expected ${expectedTagForm(prefix)}`,
    )
  }
  return parsed
}

export function tagName(prefix: string, v: Version): string {
  return `${prefix}${formatVersion(v)}`
}

export type ParsedRef =
  | { kind: 'tag'; name: string; version: Version }
  | { kind: 'branch'; name: string }
  | { kind: 'pull'; name: string }

/**
 * Why `name` is not a branch name git accepts (`git check-ref-format --branch`), or undefined.
 * Branch names are not release tags: `feature/#123`, `a=b` and `user/x+y` are fine, since a
 * branch name only ever reaches git as one element of an argument array. What git refuses is
 * refused here too, and a name that starts with '-' (git reads it as an option).
 */
export function branchNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty'
  if (name === 'HEAD') return 'is HEAD, which git does not accept as a branch name'
  if (name.startsWith('-')) return "starts with '-'"
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character'
  const bad = /[ ~^:?*[\\]/.exec(name)
  if (bad)
    return bad[0] === ' '
      ? 'contains whitespace'
      : `contains '${bad[0]}', which git does not allow in a branch name`
  if (name.includes('..')) return "contains '..'"
  if (name.includes('@{')) return "contains '@{'"
  for (const component of name.split('/')) {
    if (component === '') return 'has an empty path component'
    if (component.startsWith('.') || component.endsWith('.lock'))
      return "has a component that starts with '.' or ends with '.lock'"
  }
  if (name.endsWith('.')) return "ends with '.'"
  return undefined
}

/**
 * Classify a Git ref input (`refs/tags/…`, `refs/heads/…`, `refs/pull/N/merge`). A tag ref must be
 * a release tag; a branch ref any branch name git accepts. `refs/tags/` is stripped exactly once.
 * A bare release tag name (`v1.2.3`) is read as that tag.
 */
export function parseRefInput(input: string, ref: string, prefix: string): ParsedRef {
  const expected = `expected refs/tags/${expectedTagForm(prefix)}, refs/heads/<branch> or refs/pull/<n>/merge`
  if (ref.startsWith('refs/tags/')) {
    const name = ref.slice('refs/tags/'.length)
    return { kind: 'tag', name, version: requireReleaseTag(input, name, prefix) }
  }
  if (ref.startsWith('refs/heads/')) {
    const name = ref.slice('refs/heads/'.length)
    const problem = branchNameProblem(name)
    if (problem)
      throw new InputError(
        input,
        `${showValue(ref)}: the branch name ${problem}; expected refs/heads/<a branch name git accepts>`,
      )
    return { kind: 'branch', name }
  }
  if (/^refs\/pull\/\d+\/(merge|head)$/.test(ref)) return { kind: 'pull', name: ref }
  const unsafe = unsafeRefReason(ref)
  if (unsafe) throw new InputError(input, `${showValue(ref)} ${unsafe}; ${expected}`)
  const bare = parseReleaseTag(ref, prefix)
  if (bare) return { kind: 'tag', name: ref, version: bare }
  throw new InputError(input, `${showValue(ref)} is not a full ref; ${expected}`)
}

/** A version given as an input, with or without the tag prefix (1.2.3, v1.2.3-rc.1). */
/**
 * A stable release version (1.2.3, no pre-release) of an input, for what follows stable releases
 * only (`why` says what: "a formula follows stable releases only"); an InputError otherwise.
 */
export function requireStableVersion(input: string, value: string, why: string): Version {
  const v = parseVersion(value)
  if (v === undefined)
    throw new InputError(input, `expected a version such as 1.2.3, got ${showValue(value)}`)
  if (v.prerelease.length > 0)
    throw new InputError(
      input,
      `expected a stable version such as 1.2.3 (${why}), got ${showValue(value)}`,
    )
  return v
}

export function requireVersion(input: string, value: string, prefix: string): Version {
  const text = prefix !== '' && value.startsWith(prefix) ? value.slice(prefix.length) : value
  // The tag limit (MAX_TAG_LENGTH), for the tag this version names: checked before parsing.
  const length = prefix.length + text.length
  if (length > MAX_TAG_LENGTH)
    throw new InputError(
      input,
      `the tag it names is ${length} characters long; the limit is ${MAX_TAG_LENGTH} (${showValue(value)})`,
    )
  const v = parseVersion(text)
  if (!v) {
    throw new InputError(
      input,
      `expected a strict SemVer version such as 1.2.3 or ${prefix}1.3.0-rc.1, got ${showValue(value)}`,
    )
  }
  return v
}
