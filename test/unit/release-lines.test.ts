/**
 * The one release policy, "highest of its line" (packages/versioning/lines.ts), with the rows of
 * each implementation it replaces: policy.ts's isHighestOf*Line/isHighestStable, docker/tags.ts's
 * lineMaxima (publish-tags-matrix's aliases), release/index.ts's majorTagFor (github-release's
 * major tag and Latest), supersede's alias lines (where an alias rolls back to) and compute.ts
 * (is-latest, and the tag that is higher in a described tag's line).
 */
import { describe, expect, it } from 'vitest'
import {
  aliasName,
  formatVersion,
  inLine,
  LineMaxima,
  lineMaxima,
  LINES,
  parseVersion,
  type Line,
  type Version,
} from '../../packages/versioning/index.ts'

const v = (s: string): Version => parseVersion(s.replace(/^v/, '')) as Version
const vs = (...list: string[]) => list.map(v)
const text = (x: Version | undefined) => (x === undefined ? undefined : formatVersion(x))

/** Is `version` the highest of each line among `existing` (plus itself): [X.Y, X, latest]. */
function highestOf(version: string, existing: readonly string[]): boolean[] {
  const m = lineMaxima([...vs(...existing), v(version)])
  return LINES.map(line => m.isHighest(v(version), line))
}

describe('highest of each line: the rows of every copy it replaces', () => {
  it.each([
    // policy.ts (test/unit/policy.test.ts, 'highest of a line'): X.Y, X, latest.
    ['2.0.2', ['1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1', '1.8.4', '3.0.0-rc.1'], [true, true, true]],
    // back-port: highest of 1.9 and of 1, never latest
    [
      '1.9.1',
      ['1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1', '1.8.4', '3.0.0-rc.1'],
      [true, true, false],
    ],
    // back-port into an older minor
    [
      '1.8.5',
      ['1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1', '1.8.4', '3.0.0-rc.1'],
      [true, false, false],
    ],
    [
      '2.0.0',
      ['1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1', '1.8.4', '3.0.0-rc.1'],
      [false, false, false],
    ],
    ['3.0.0-rc.2', ['1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1', '3.0.0-rc.1'], [false, false, false]],
    // docker/tags.ts (test/unit/docker-tags.test.ts, 'tag tables'): the aliases 2.0, 2, latest.
    ['2.0.2', ['1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1'], [true, true, true]],
    ['2.1.0', ['1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1'], [true, true, true]],
    ['1.9.1', ['1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1'], [true, true, false]],
    ['1.8.5', ['1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1'], [true, false, false]],
    ['2.0.0', ['1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1'], [false, false, false]],
    ['2.1.0-rc.2', ['1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1'], [false, false, false]],
    // 0.x is a line like any other (publish-tags-matrix leaves out the alias 0 on its own).
    ['0.4.0', ['0.3.9'], [true, true, true]],
    // release/index.ts majorTagFor (test/integration/github-release.test.ts, the major tag).
    ['v2.0.0', ['v1.0.0', 'v1.1.0', 'v2.0.0', 'v1.1.1', 'v2.0.1-rc.1'], [true, true, true]],
    ['v1.1.1', ['v1.0.0', 'v1.1.0', 'v2.0.0', 'v1.1.1', 'v2.0.1-rc.1'], [true, true, false]],
    ['v1.1.0', ['v1.0.0', 'v1.1.0', 'v2.0.0', 'v1.1.1', 'v2.0.1-rc.1'], [false, false, false]],
    ['v2.0.1-rc.1', ['v1.0.0', 'v1.1.0', 'v2.0.0', 'v1.1.1', 'v2.0.1-rc.1'], [false, false, false]],
    ['v2.0.1', ['v1.0.0', 'v1.1.0', 'v2.0.0', 'v1.1.1', 'v2.0.1-rc.1'], [true, true, true]],
    // github-release make-latest: auto: neither a candidate nor a back-port is Latest.
    ['v1.2.0-rc.1', ['v1.0.0', 'v1.1.0', 'v1.2.0-rc.1', 'v1.0.1'], [false, false, false]],
    ['v1.0.1', ['v1.0.0', 'v1.1.0', 'v1.2.0-rc.1', 'v1.0.1'], [true, false, false]],
    // compute.ts is-latest (test/integration/compute-version.test.ts, 'tag mode').
    ['v2.0.1', ['v1.9.0', 'v2.0.0-rc.1', 'v2.0.0', 'v2.0.1', 'v1.9.1'], [true, true, true]],
    ['v1.9.1', ['v1.9.0', 'v2.0.0-rc.1', 'v2.0.0', 'v2.0.1', 'v1.9.1'], [true, true, false]],
    ['v2.0.0', ['v1.9.0', 'v2.0.0-rc.1', 'v2.0.0', 'v2.0.1', 'v1.9.1'], [false, false, false]],
    ['v2.0.0-rc.1', ['v1.9.0', 'v2.0.0-rc.1', 'v2.0.0', 'v2.0.1', 'v1.9.1'], [false, false, false]],
    // compute.ts, stepping past tags of a side branch: v0.10.0 is latest, v0.8.17 is not.
    ['0.10.0', ['0.8.16', '0.9.2', '0.9.12'], [true, true, true]],
    ['0.8.17', ['0.8.16', '0.9.2', '0.9.12'], [true, false, false]],
    // Nothing released yet: a first stable release is the highest of every line.
    ['1.0.0', [], [true, true, true]],
    // Build metadata does not count: 1.2.3+b.2 is not above 1.2.3+b.1.
    ['1.2.3+b.1', ['1.2.3+b.2'], [true, true, true]],
  ] as const)('%s among %j: [X.Y, X, latest] = %j', (version, existing, expected) => {
    expect(highestOf(version, existing)).toEqual(expected)
  })
})

describe('which release keeps a version from being the highest of its line', () => {
  const existing = vs('1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1', '2.0.2-rc.1')
  const m = lineMaxima(existing)
  it.each([
    // docker/tags.ts's reasons: "No 2.0: 2.0.1 is higher in that line."
    ['2.0.0', 'minor', '2.0.1'],
    ['2.0.0', 'major', '2.0.1'],
    ['2.0.0', 'latest', '2.0.1'],
    ['1.8.5', 'major', '1.9.0'],
    ['1.9.1', 'latest', '2.0.1'],
    ['1.9.1', 'major', undefined],
    // A pre-release never counts against a line: 2.0.2-rc.1 is not above 2.0.1.
    ['2.0.1', 'minor', undefined],
    ['2.0.1', 'latest', undefined],
  ] as const)('%s, line %s: %s', (version, line: Line, above) => {
    expect(text(m.above(v(version), line))).toBe(above)
  })

  it('knows the highest of each line and of all', () => {
    expect(text(m.highest('minor', v('2.0.0')))).toBe('2.0.1')
    expect(text(m.highest('major', v('1.0.0')))).toBe('1.9.0')
    expect(text(m.highest('minor', v('3.1.0')))).toBe(undefined)
    expect(text(m.latest)).toBe('2.0.1')
    expect(lineMaxima(vs('1.0.0-rc.1')).latest).toBeUndefined()
  })
})

describe('where an alias rolls back to (superseded-release)', () => {
  // test/integration/superseded-release.test.ts's world: the good releases once v1.4.0 is bad
  // (v1.5.0-rc.1 is a pre-release and v1.5.0 a draft: neither is a candidate).
  const good = ['v1.2.0', 'v1.3.0', 'v1.3.1'].map(tag => ({ tag, version: v(tag) }))
  const m = new LineMaxima(good, g => g.version)
  it.each([
    ['minor', '1.4', []],
    ['major', '1', ['v1.3.1', 'v1.3.0', 'v1.2.0']],
    ['latest', 'latest', ['v1.3.1', 'v1.3.0', 'v1.2.0']],
  ] as const)('line %s: alias %s, candidates %j', (line, alias, candidates) => {
    expect(aliasName(line, v('1.4.0'))).toBe(alias)
    expect(m.descending(line, v('1.4.0')).map(g => g.tag)).toEqual(candidates)
  })

  it('superseding an older release: its line keeps the highest good one', () => {
    const rest = ['v1.2.0', 'v1.3.1', 'v1.4.0'].map(tag => ({ tag, version: v(tag) }))
    const lines = new LineMaxima(rest, g => g.version)
    expect(lines.descending('minor', v('1.3.0')).map(g => g.tag)).toEqual(['v1.3.1'])
    expect(lines.latest?.tag).toBe('v1.4.0')
  })

  it('keeps the first of releases of equal precedence, as the old sorts did', () => {
    const twins = [
      { tag: 'a', version: v('1.2.3+one') },
      { tag: 'b', version: v('1.2.3+two') },
    ]
    const lines = new LineMaxima(twins, t => t.version)
    expect(lines.latest?.tag).toBe('a')
    expect(lines.descending('latest', v('1.0.0')).map(t => t.tag)).toEqual(['a', 'b'])
  })
})

describe('lines and aliases', () => {
  it.each([
    ['minor', '1.2.3', '1.2.9', true],
    ['minor', '1.2.3', '1.3.0', false],
    ['major', '1.2.3', '1.9.0', true],
    ['major', '1.2.3', '2.0.0', false],
    ['latest', '1.2.3', '9.0.0', true],
  ] as const)('%s line of %s holds %s: %s', (line, of, other, expected) => {
    expect(inLine(line, v(of), v(other))).toBe(expected)
  })

  it('names the aliases X.Y, X and latest, narrowest first', () => {
    expect(LINES.map(line => aliasName(line, v('1.2.3-rc.1')))).toEqual(['1.2', '1', 'latest'])
  })

  it('answers from one pass over 5,000 versions', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      v(`${Math.floor(i / 500)}.${Math.floor(i / 25) % 20}.${i % 25}`),
    )
    const m = lineMaxima(many)
    expect(text(m.latest)).toBe('9.19.24')
    expect(text(m.highest('major', v('3.0.0')))).toBe('3.19.24')
    expect(m.isHighest(v('3.19.24'), 'major')).toBe(true)
    expect(m.isHighest(v('3.19.23'), 'minor')).toBe(false)
  })
})
