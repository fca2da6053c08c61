import { InputError, showValue } from '../inputs/index.ts'
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

/** The tag prefix itself must be plain ASCII: letters, digits, `.`, `_`, `-`, `/`. */
export function validateTagPrefix(input: string, prefix: string): string {
  if (prefix === '') return prefix
  if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(prefix) || prefix.includes('..')) {
    throw new InputError(
      input,
      `expected a tag prefix of ASCII letters, digits, '.', '_', '-' or '/' (such as v or api/v), got ${showValue(prefix)}`,
    )
  }
  if (prefix.length > 64)
    throw new InputError(input, 'expected a tag prefix of at most 64 characters')
  return prefix
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

/** Parse a release tag given as an input, or throw an InputError that names the input. */
export function requireReleaseTag(input: string, name: string, prefix: string): Version {
  const problem = releaseTagProblem(name, prefix)
  const parsed = problem === undefined ? parseVersion(name.slice(prefix.length)) : undefined
  if (!parsed) {
    throw new InputError(
      input,
      `${showValue(name)} ${problem ?? 'is not a release tag'}; expected ${expectedTagForm(prefix)}`,
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
 * Classify a Git ref input (`refs/tags/…`, `refs/heads/…`, `refs/pull/N/merge`). A tag ref must be
 * a release tag; other refs must be safe names. `refs/tags/` is stripped exactly once. A bare
 * release tag name (`v1.2.3`) is read as that tag.
 */
export function parseRefInput(input: string, ref: string, prefix: string): ParsedRef {
  if (ref.startsWith('refs/tags/')) {
    const name = ref.slice('refs/tags/'.length)
    return { kind: 'tag', name, version: requireReleaseTag(input, name, prefix) }
  }
  const unsafe = unsafeRefReason(ref)
  if (unsafe) {
    throw new InputError(
      input,
      `${showValue(ref)} ${unsafe}; expected refs/tags/${expectedTagForm(prefix)}, refs/heads/<branch> or refs/pull/<n>/merge`,
    )
  }
  const bare = parseReleaseTag(ref, prefix)
  if (bare) return { kind: 'tag', name: ref, version: bare }
  if (ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length) {
    return { kind: 'branch', name: ref.slice('refs/heads/'.length) }
  }
  if (/^refs\/pull\/\d+\/(merge|head)$/.test(ref)) return { kind: 'pull', name: ref }
  throw new InputError(
    input,
    `${showValue(ref)} is not a full ref; expected refs/tags/${expectedTagForm(prefix)}, refs/heads/<branch> or refs/pull/<n>/merge`,
  )
}

/** A version given as an input, with or without the tag prefix (1.2.3, v1.2.3-rc.1). */
export function requireVersion(input: string, value: string, prefix: string): Version {
  const text = prefix !== '' && value.startsWith(prefix) ? value.slice(prefix.length) : value
  const v = parseVersion(text)
  if (!v) {
    throw new InputError(
      input,
      `expected a strict SemVer version such as 1.2.3 or ${prefix}1.3.0-rc.1, got ${showValue(value)}`,
    )
  }
  return v
}
