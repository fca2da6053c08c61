import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareVersions,
  formatVersion,
  parseVersion,
  version,
  type Version,
} from '../../packages/versioning/index.ts'

describe('parseVersion accepts strict SemVer 2.0.0', () => {
  it.each([
    ['0.0.0', version(0, 0, 0)],
    ['1.2.3', version(1, 2, 3)],
    ['10.20.30', version(10, 20, 30)],
    ['1.0.0-rc.1', version(1, 0, 0, ['rc', 1])],
    ['1.0.0-rc1', version(1, 0, 0, ['rc1'])],
    ['1.0.0-alpha.beta', version(1, 0, 0, ['alpha', 'beta'])],
    ['1.0.0-0.3.7', version(1, 0, 0, [0, 3, 7])],
    ['1.0.0-x.7.z.92', version(1, 0, 0, ['x', 7, 'z', 92])],
    ['1.0.0-x-y-z.--', version(1, 0, 0, ['x-y-z', '--'])],
    ['1.0.0+20130313144700', version(1, 0, 0, [], ['20130313144700'])],
    ['1.0.0-beta+exp.sha.5114f85', version(1, 0, 0, ['beta'], ['exp', 'sha', '5114f85'])],
    ['1.0.0+21AF26D3----117B344092BD', version(1, 0, 0, [], ['21AF26D3----117B344092BD'])],
    ['1.0.0-0A.is.legal', version(1, 0, 0, ['0A', 'is', 'legal'])],
    [
      '1.0.0+0.build.1-rc.10000aaa-kk-0.1',
      version(1, 0, 0, [], ['0', 'build', '1-rc', '10000aaa-kk-0', '1']),
    ],
  ])('%s', (text, expected) => {
    expect(parseVersion(text)).toEqual(expected)
    expect(formatVersion(parseVersion(text) as Version)).toBe(text)
  })
})

describe('parseVersion refuses everything else', () => {
  it.each([
    '',
    '1',
    '1.2',
    '1.2.3.4',
    '01.2.3',
    '1.02.3',
    '1.2.03',
    '1.2.3-',
    '1.2.3-01',
    '1.2.3-rc..1',
    '1.2.3+',
    '1.2.3+a..b',
    'v1.2.3',
    ' 1.2.3',
    '1.2.3 ',
    '1.2.3-rc.1\n',
    '1.2.3-ü',
    '-1.2.3',
    '1.2.-3',
    '99999999999999999999.0.0',
    '1.2.3-rc.99999999999999999999',
    '1.2.3-+',
    '1.2.3-a+b+c',
  ])('%j', text => {
    expect(parseVersion(text)).toBeUndefined()
  })
})

const v = (s: string): Version => {
  const parsed = parseVersion(s)
  if (!parsed) throw new Error(`bad test version ${s}`)
  return parsed
}

describe('compareVersions follows SemVer precedence', () => {
  // The ordering example of semver.org §11, plus compact counters read as numbers.
  const ordered = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0-rc.9',
    '1.1.0-rc.10',
    '1.1.0',
    '2.0.0-rc1',
    '2.0.0-rc2',
    '2.0.0-rc10',
    '2.0.0',
    // zero-padded compact counters (release-please's beta01 … beta09, beta10) are numbers too
    '3.0.0-beta01',
    '3.0.0-beta09',
    '3.0.0-beta10',
    '3.0.0',
    '10.0.0',
  ]
  it.each(ordered.slice(1).map((b, i) => [ordered[i] as string, b]))('%s < %s', (a, b) => {
    expect(compareVersions(v(a), v(b))).toBeLessThan(0)
    expect(compareVersions(v(b), v(a))).toBeGreaterThan(0)
  })

  it('ignores build metadata', () => {
    expect(compareVersions(v('1.0.0+a'), v('1.0.0+b'))).toBe(0)
  })

  it('reads rc1 and rc.1 as the same candidate', () => {
    expect(compareVersions(v('1.0.0-rc1'), v('1.0.0-rc.1'))).toBe(0)
  })
})

const arbVersion = fc
  .record({
    major: fc.nat(20),
    minor: fc.nat(20),
    patch: fc.nat(20),
    pre: fc.option(
      fc.array(fc.oneof(fc.nat(30), fc.constantFrom('rc', 'beta', 'alpha', 'rc3', 'x-y')), {
        minLength: 1,
        maxLength: 3,
      }),
      { nil: undefined },
    ),
  })
  .map(({ major, minor, patch, pre }) => version(major, minor, patch, pre ?? []))

describe('ordering properties', () => {
  it('is antisymmetric and reflexive', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, (a, b) => {
        expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)) || 0)
        expect(compareVersions(a, a)).toBe(0)
      }),
    )
  })

  it('is transitive', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, arbVersion, (a, b, c) => {
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) {
          expect(compareVersions(a, c)).toBeLessThanOrEqual(0)
        }
      }),
    )
  })

  it('puts every pre-release below its stable version', () => {
    fc.assert(
      fc.property(arbVersion, a => {
        const stable = version(a.major, a.minor, a.patch)
        if (a.prerelease.length > 0) expect(compareVersions(a, stable)).toBeLessThan(0)
      }),
    )
  })

  it('round-trips through format and parse', () => {
    fc.assert(
      fc.property(arbVersion, a => {
        expect(parseVersion(formatVersion(a))).toEqual(a)
      }),
    )
  })

  it('sorts dotted counters numerically past 9', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (x, y) => {
        const c = compareVersions(version(1, 0, 0, ['rc', x]), version(1, 0, 0, ['rc', y]))
        expect(Math.sign(c)).toBe(Math.sign(x - y))
        const k = compareVersions(version(1, 0, 0, [`rc${x}`]), version(1, 0, 0, [`rc${y}`]))
        expect(Math.sign(k)).toBe(Math.sign(x - y))
      }),
    )
  })
})
