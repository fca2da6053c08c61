/**
 * SemVer 2.0.0, strictly: no leading zeros, no empty identifiers, no partial versions.
 * https://semver.org/spec/v2.0.0.html
 */

export type Identifier = string | number

export interface Version {
  readonly major: number
  readonly minor: number
  readonly patch: number
  /** Dot-separated pre-release identifiers; numeric ones as numbers. Empty for a stable version. */
  readonly prerelease: readonly Identifier[]
  /** Build metadata identifiers (ignored for precedence). */
  readonly build: readonly string[]
}

const NUM = '0|[1-9]\\d*'
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`
const BUILD_ID = '[0-9a-zA-Z-]+'
export const SEMVER_PATTERN = `(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?`
const SEMVER_RE = new RegExp(`^${SEMVER_PATTERN}$`)

function toNumber(s: string): number | undefined {
  const n = Number(s)
  return Number.isSafeInteger(n) ? n : undefined
}

/** Parse a strict SemVer 2.0.0 version (no prefix). Returns undefined if it is not one. */
export function parseVersion(text: string): Version | undefined {
  const m = SEMVER_RE.exec(text)
  if (!m) return undefined
  const [major, minor, patch] = [m[1], m[2], m[3]].map(s => toNumber(s ?? ''))
  if (major === undefined || minor === undefined || patch === undefined) return undefined
  const prerelease: Identifier[] = []
  for (const id of m[4]?.split('.') ?? []) {
    if (/^\d+$/.test(id)) {
      const n = toNumber(id)
      if (n === undefined) return undefined
      prerelease.push(n)
    } else prerelease.push(id)
  }
  return { major, minor, patch, prerelease, build: m[5]?.split('.') ?? [] }
}

export function version(
  major: number,
  minor: number,
  patch: number,
  prerelease: readonly Identifier[] = [],
  build: readonly string[] = [],
): Version {
  return { major, minor, patch, prerelease, build }
}

export function formatVersion(v: Version, { build = true }: { build?: boolean } = {}): string {
  let s = `${v.major}.${v.minor}.${v.patch}`
  if (v.prerelease.length > 0) s += `-${v.prerelease.join('.')}`
  if (build && v.build.length > 0) s += `+${v.build.join('.')}`
  return s
}

export function isPrerelease(v: Version): boolean {
  return v.prerelease.length > 0
}

/** The stable version a pre-release leads to (build metadata dropped). */
export function coreOf(v: Version): Version {
  return { major: v.major, minor: v.minor, patch: v.patch, prerelease: [], build: [] }
}

/**
 * Compact pre-release identifiers such as `rc10` are read as the pair (`rc`, 10), so that `rc10`
 * sorts after `rc9` as a maintainer expects (plain SemVer compares them as text: `rc10` < `rc9`).
 * Zero-padded counters are numbers too (`beta09` < `beta10`).
 */
const COMPACT_ID = /^([A-Za-z-]*[A-Za-z-])(\d{1,15})$/

function normalizedPrerelease(ids: readonly Identifier[]): Identifier[] {
  const out: Identifier[] = []
  for (const id of ids) {
    const m = typeof id === 'string' ? COMPACT_ID.exec(id) : null
    const n = m ? toNumber(m[2] ?? '') : undefined
    if (m && n !== undefined) out.push(m[1] ?? '', n)
    else out.push(id)
  }
  return out
}

function compareIdentifiers(a: Identifier, b: Identifier): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1 // numeric identifiers have lower precedence
  if (typeof b === 'number') return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * SemVer precedence (build metadata ignored), with compact counters read as numbers.
 * Returns <0, 0 or >0.
 */
export function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major
  if (a.minor !== b.minor) return a.minor - b.minor
  if (a.patch !== b.patch) return a.patch - b.patch
  const pa = normalizedPrerelease(a.prerelease)
  const pb = normalizedPrerelease(b.prerelease)
  if (pa.length === 0 || pb.length === 0) return pb.length - pa.length // stable > pre-release
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = compareIdentifiers(pa[i] as Identifier, pb[i] as Identifier)
    if (c !== 0) return c
  }
  return pa.length - pb.length
}

export function sameCore(a: Version, b: Version): boolean {
  return a.major === b.major && a.minor === b.minor && a.patch === b.patch
}
