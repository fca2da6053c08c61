/**
 * "Highest of its line": the one release policy that decides which release is the newest of its
 * line and so which rolling alias points at it (DESIGN.md, Versions and tags).
 *
 * A release belongs to three lines: its `X.Y` (minor), its `X` (major) and the line of all
 * releases (latest). A stable version is the highest of a line when no stable version of that
 * line is higher; a pre-release is never the highest of a line and never counts against one. A
 * rolling alias (`X.Y`, `X`, `latest`; an action repository's `vX`) only ever points at the
 * highest of its line, so a back-port (v1.9.1 after v2.0.0) takes `1.9` and `1`, never `2` or
 * `latest`.
 *
 * Every caller asks here: compute-version (`is-latest`, whether a described tag is the highest of
 * its line), publish-tags-matrix (which image aliases a build gets), github-release (Latest and the
 * major tag `vX`), superseded-release (the good release an alias rolls back to).
 */
import { compareVersions, isPrerelease, type Version } from './semver.ts'

/** The lines a release belongs to: its `X.Y`, its `X`, and all releases. */
export type Line = 'minor' | 'major' | 'latest'

/** Narrowest first: the order aliases are written in, `latest` last. */
export const LINES: readonly Line[] = ['minor', 'major', 'latest']

/** Does `v` belong to the `line` of `of`? */
export function inLine(line: Line, of: Version, v: Version): boolean {
  switch (line) {
    case 'minor':
      return v.major === of.major && v.minor === of.minor
    case 'major':
      return v.major === of.major
    case 'latest':
      return true
  }
}

/** The rolling alias of the `line` of `v`: `1.2`, `1` or `latest` (without any tag prefix). */
export function aliasName(line: Line, v: Version): string {
  switch (line) {
    case 'minor':
      return `${v.major}.${v.minor}`
    case 'major':
      return String(v.major)
    case 'latest':
      return 'latest'
  }
}

function lineKey(line: Line, v: Version): string {
  return line === 'latest' ? '' : aliasName(line, v)
}

/**
 * The highest stable release of every line among a set of releases, found in one pass: items are
 * versions, or anything that has one (a release tag, a GitHub release). Ask it many times (one
 * build, twenty images, five thousand versions): each answer is a map lookup.
 */
export class LineMaxima<T> {
  readonly #items: readonly T[]
  readonly #versionOf: (item: T) => Version
  readonly #highest = new Map<string, T>()

  constructor(items: Iterable<T>, versionOf: (item: T) => Version) {
    this.#items = [...items]
    this.#versionOf = versionOf
    for (const item of this.#items) {
      const v = versionOf(item)
      if (isPrerelease(v)) continue
      for (const line of LINES) {
        const key = `${line} ${lineKey(line, v)}`
        const best = this.#highest.get(key)
        if (!best || compareVersions(v, versionOf(best)) > 0) this.#highest.set(key, item)
      }
    }
  }

  /** The highest stable release of the `line` of `of`, if the line has one. */
  highest(line: Line, of: Version): T | undefined {
    return this.#highest.get(`${line} ${lineKey(line, of)}`)
  }

  /** The highest stable release of all: what `latest` and GitHub's Latest point at. */
  get latest(): T | undefined {
    return this.#highest.get('latest ')
  }

  /**
   * The release that keeps `v` from being the highest of its `line`: the highest stable release of
   * the line, when it is higher than `v`. Undefined when nothing stable is higher.
   */
  above(v: Version, line: Line): T | undefined {
    const best = this.highest(line, v)
    return best !== undefined && compareVersions(this.#versionOf(best), v) > 0 ? best : undefined
  }

  /** Is `v` the highest of its `line` (among these releases and itself)? Never a pre-release. */
  isHighest(v: Version, line: Line): boolean {
    return !isPrerelease(v) && this.above(v, line) === undefined
  }

  /**
   * The stable releases of the `line` of `of`, highest first: where an alias goes when its highest
   * release cannot take it (superseded-release skips those without an image).
   */
  descending(line: Line, of: Version): T[] {
    return this.#items
      .filter(item => {
        const v = this.#versionOf(item)
        return !isPrerelease(v) && inLine(line, of, v)
      })
      .sort((a, b) => compareVersions(this.#versionOf(b), this.#versionOf(a)))
  }
}

/** The line maxima of plain versions. */
export function lineMaxima(versions: Iterable<Version>): LineMaxima<Version> {
  return new LineMaxima(versions, v => v)
}
