import { describe, expect, it } from 'vitest'
import {
  bumpVersion,
  candidateForm,
  isOpenCandidate,
  planCandidate,
  formatVersion,
  parseVersion,
  prereleaseCounter,
  stepPastConflicts,
  withPrerelease,
  type Version,
} from '../../packages/versioning/index.ts'

const v = (s: string): Version => parseVersion(s) as Version
const vs = (...list: string[]) => list.map(v)

describe('bumps', () => {
  it.each([
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'major', '2.0.0'],
    ['0.9.12', 'minor', '0.10.0'],
    ['1.2.3-rc.1', 'patch', '1.2.4'],
  ] as const)('%s %s → %s', (from, level, to) => {
    expect(formatVersion(bumpVersion(v(from), level))).toBe(to)
  })
})

describe('release-candidate counters', () => {
  it.each([
    ['1.3.0-rc.1', 'rc', 1],
    ['1.3.0-rc.10', 'rc', 10],
    ['1.3.0-rc1', 'rc', 1],
    ['1.3.0-rc12', 'rc', 12],
    ['1.3.0-beta.2', 'beta', 2],
    ['1.3.0-beta.2', 'rc', undefined],
    ['1.3.0-rc.1.2', 'rc', undefined],
    ['1.3.0-rc', 'rc', 0], // the identifier alone: release-please's first candidate (1.3.0-beta)
    ['1.3.0-rc01', 'rc', 1],
    ['1.3.0-beta09', 'beta', 9],
    ['1.3.0-rc.x', 'rc', undefined],
    ['1.3.0-rcx1', 'rc', undefined],
    ['1.3.0', 'rc', undefined],
  ] as const)('%s (%s) → %s', (text, id, n) => {
    expect(prereleaseCounter(v(text), id)).toBe(n)
  })

  it('writes both forms, a compact one zero-padded to a width', () => {
    expect(formatVersion(withPrerelease(v('1.3.0'), 'rc', 10, 'dotted'))).toBe('1.3.0-rc.10')
    expect(formatVersion(withPrerelease(v('1.3.0'), 'rc', 2, 'compact'))).toBe('1.3.0-rc2')
    expect(formatVersion(withPrerelease(v('1.3.0'), 'beta', 2, 'compact', 2))).toBe('1.3.0-beta02')
    expect(formatVersion(withPrerelease(v('1.3.0'), 'beta', 100, 'compact', 2))).toBe(
      '1.3.0-beta100',
    )
    expect(candidateForm('beta', 'compact', 2)).toBe('beta0N')
    expect(candidateForm('rc', 'dotted')).toBe('rc.N')
  })
})

describe('the next release candidate', () => {
  const plan = (
    base: string | undefined,
    open: string | undefined,
    existing: string[],
    more: Partial<Parameters<typeof planCandidate>[0]> = {},
  ) =>
    formatVersion(
      planCandidate({
        base: base === undefined ? undefined : v(base),
        open: open === undefined ? undefined : v(open),
        rcBump: 'minor',
        initialVersion: v('0.1.0'),
        existing: vs(...existing),
        id: 'rc',
        format: 'dotted',
        ...more,
      }).version,
    )
  it.each([
    // [base, open candidate HEAD reaches, every tag, options] → next
    ['1.2.3', undefined, ['1.2.3'], {}, '1.3.0-rc.1'],
    ['1.2.3', '1.3.0-rc.2', ['1.2.3', '1.3.0-rc.1', '1.3.0-rc.2'], {}, '1.3.0-rc.3'],
    [undefined, '1.3.0-rc.9', ['1.3.0-rc.9'], {}, '1.3.0-rc.10'],
    [undefined, undefined, [], {}, '0.1.0-rc.1'],
    ['1.2.3', '2.0.0-rc.3', ['1.2.3', '2.0.0-rc.3'], {}, '2.0.0-rc.4'],
    ['1.2.3', '1.2.4-rc.1', ['1.2.3', '1.2.4-rc.1'], {}, '1.3.0-rc.1'],
    ['1.2.3', '1.3.0-rc.2', ['1.2.3', '1.3.0-rc.2'], { rcBump: 'major' as const }, '2.0.0-rc.1'],
    ['1.2.3', '1.3.0-rc1', ['1.2.3', '1.3.0-rc1'], { format: 'compact' as const }, '1.3.0-rc2'],
    [
      undefined,
      '1.0.0-beta09',
      ['1.0.0-beta09'],
      { id: 'beta', format: 'compact' as const },
      '1.0.0-beta10',
    ],
    [
      '1.0.0',
      undefined,
      ['1.0.0-beta01', '1.0.0'],
      { id: 'beta', format: 'compact' as const },
      '1.1.0-beta01',
    ],
    [
      '1.0.0',
      undefined,
      ['1.0.0-beta9', '1.0.0-beta10', '1.0.0'],
      { id: 'beta', format: 'compact' as const },
      '1.1.0-beta1',
    ],
  ] as const)('base %s, open %s, tags %j %j → %s', (base, open, existing, more, next) => {
    expect(plan(base, open, [...existing], more)).toBe(next)
  })

  it('names an open candidate it would sort below', () => {
    const p = planCandidate({
      base: v('1.2.3'),
      open: v('1.3.0-rc.3'),
      rcBump: 'minor',
      initialVersion: v('0.1.0'),
      existing: vs('1.2.3', '1.3.0-rc.3'),
      id: 'beta',
      format: 'dotted',
    })
    expect(p.blockedBy && formatVersion(p.blockedBy)).toBe('1.3.0-rc.3')
  })

  it('an open candidate is any pre-release without its stable release', () => {
    expect(isOpenCandidate(v('1.3.0-alpha.1'), vs('1.2.3'))).toBe(true)
    expect(isOpenCandidate(v('1.3.0-rc.1'), vs('1.3.0'))).toBe(false)
    expect(isOpenCandidate(v('1.3.0'), [])).toBe(false)
  })
})

describe('stepping past tags made off the current branch', () => {
  it.each([
    // aicr: main at v0.8.16, v0.9.2 … v0.9.12 tagged on a side branch
    ['0.9.0', 'minor', ['0.8.16', '0.9.2', '0.9.12'], '0.10.0'],
    ['0.8.17', 'patch', ['0.8.16', '0.9.12'], '0.8.17'],
    ['1.2.4', 'patch', ['1.2.3', '1.2.4'], '1.2.5'],
    ['1.2.4', 'patch', ['1.2.3', '1.2.7'], '1.2.8'],
    ['1.2.4', 'patch', ['1.2.3', '1.2.6-rc.1'], '1.2.6'],
    ['1.3.0', 'minor', ['1.2.3', '1.3.0-rc.2'], '1.3.0'],
    ['1.3.0', 'minor', ['1.2.3', '1.3.0', '1.4.1'], '1.5.0'],
    ['2.0.0', 'major', ['1.2.3', '2.0.1'], '3.0.0'],
    ['2.0.0', 'major', ['1.2.3', '2.0.0-rc.1'], '2.0.0'],
  ] as const)('%s (%s) among %j → %s', (candidate, level, existing, expected) => {
    const { version } = stepPastConflicts(v(candidate), level, vs(...existing))
    expect(formatVersion(version)).toBe(expected)
  })
})
