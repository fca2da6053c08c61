/**
 * release-please's versioning-strategy tests, ported as tables and run through compute-version on
 * real repositories. Each row is the peer's input (the previous version and the commits) and its
 * expected version, copied from
 *   github.com/googleapis/release-please test/versioning-strategies/default.ts and prerelease.ts
 *   at commit fdaca293b5c9215c7bcae72dd228ba9558120817 (the line of each row is given),
 * with our result next to it; where it differs, the row says why and cites DESIGN.md.
 *
 * How the peer's inputs map to ours: the previous version is a tag (`v` + version); a stable
 * previous version is the base of the bump. A pre-release previous version is a candidate tag on
 * top of the stable release just below it (1.1.0-beta01 on 1.0.0, 1.1.1-beta01 on 1.1.0, none
 * below 1.0.0-…). release-please decides from the commits; we compute `auto` for its stable
 * strategy (and `prerelease: false`), and for its pre-release strategy an `rc` whose `rc-bump` is
 * the level the commits call for (major for a breaking change, minor for a feature, patch for a
 * fix): in compute-version the maintainer chooses a candidate's level, the commits do not
 * (DESIGN.md, compute-version: "`rc-bump` (... what an rc bumps from a stable base)").
 */
import { afterAll, describe, expect, it } from 'vitest'
import {
  computeVersion,
  DEFAULT_COMPUTE_OPTIONS,
  isPrerelease,
  parseVersion,
  type BumpLevel,
  type ComputeOptions,
  type Version,
} from '../../packages/versioning/index.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const SOURCE = 'googleapis/release-please@fdaca293b5c9215c7bcae72dd228ba9558120817'

// The peer's commit lists (newest last), as commit messages.
const COMMITS = {
  breaking: ['feat: some feature', 'fix!: some bugfix', 'docs: some documentation'],
  feature: ['feat: some feature', 'fix: some bugfix', 'docs: some documentation'],
  fix: ['fix: some bugfix', 'docs: some documentation'],
  // RELEASE AS notes are written as the Release-As footer release-please reads.
  releaseAs: [
    'feat: some feature',
    'fix!: some bugfix\n\nRelease-As: 3.1.2',
    'docs: some documentation',
  ],
  releaseAsTwice: [
    'feat: some feature',
    'fix!: some bugfix\n\nRelease-As: 3.1.2',
    'docs: some documentation',
    'fix!: some bugfix\n\nRelease-As: 2.0.0',
  ],
} as const
type Commits = keyof typeof COMMITS

const LEVEL: Record<Commits, BumpLevel> = {
  breaking: 'major',
  feature: 'minor',
  fix: 'patch',
  releaseAs: 'major',
  releaseAsTwice: 'major',
}

/**
 * How the peer ran: `stable` (DefaultVersioningStrategy, or prerelease: false), `pre` (prerelease:
 * true without a prerelease type: candidates continue, a stable previous version bumps stable),
 * `beta` (prerelease: true, prereleaseType: beta).
 */
type Mode = 'stable' | 'pre' | 'beta'

interface Row {
  /** The peer file and line of the expectation. */
  at: string
  mode: Mode
  commits: Commits
  from: string
  peer: string
  /** Our result: a tag's version, or the start of the error we refuse with. */
  ours: string
  /** Why ours differs from the peer's (required exactly when it does). */
  why?: string
  /** The peer's option that changes the level (bumpMinorPreMajor, bumpPatchForMinorPreMajor). */
  level?: BumpLevel
}

const PRE_MAJOR_MINOR =
  'DESIGN.md: "Pre-1.0 (0.y.z): a breaking change bumps MINOR" (release-please does with bumpMinorPreMajor)'
const FEATURE_MINOR =
  'DESIGN.md: "Pre-1.0 (0.y.z): ... a feature bumps MINOR"; no bumpPatchForMinorPreMajor'
const COUNTER =
  'the first candidate has a counter, .1 (DESIGN.md: "Release candidates: -rc.N (dotted, the default)")'
const CONFIGURED_ID =
  'the configured identifier is written, on the version the open candidate leads to (DESIGN.md: "both are read, the configured one is written")'
const DATE_COUNTER =
  'beta2023.1 is neither -beta.N nor -betaN (DESIGN.md: "Release candidates"), so no counter continues it, and beta.1 would sort below it: refused'
const NOT_READ = DATE_COUNTER.replace(', and beta.1 would sort below it: refused', '')
const STABLE_BASE =
  'a stable bump starts from the highest stable release (README: "The base of a bump"); promote turns the candidate into its stable version'
const RELEASE_AS =
  'no Release-As footer: the version comes from Conventional Commits or an explicit bump (DESIGN.md, compute-version `bump`)'

function row(
  at: string,
  mode: Mode,
  commits: Commits,
  from: string,
  peer: string,
  ours: string,
  why?: string,
  level?: BumpLevel,
): Row {
  return {
    at: at.replace(':', '.ts:'),
    mode,
    commits,
    from,
    peer,
    ours,
    ...(why ? { why } : {}),
    ...(level ? { level } : {}),
  }
}

// prettier-ignore
const ROWS: Row[] = [
  // DefaultVersioningStrategy
  row('default:62', 'stable', 'breaking', '1.2.3', '2.0.0', '2.0.0'),
  row('default:69', 'stable', 'breaking', '0.1.2', '1.0.0', '0.2.0', PRE_MAJOR_MINOR),
  row('default:76', 'stable', 'breaking', '0.1.2', '0.2.0', '0.2.0'),
  row('default:120', 'stable', 'feature', '1.2.3', '1.3.0', '1.3.0'),
  row('default:126', 'stable', 'feature', '0.1.2', '0.2.0', '0.2.0'),
  row('default:134', 'stable', 'feature', '0.1.2', '0.1.3', '0.2.0', FEATURE_MINOR),
  row('default:167', 'stable', 'fix', '1.2.3', '1.2.4', '1.2.4'),
  row('default:211', 'stable', 'releaseAs', '1.2.3', '3.1.2', '2.0.0', RELEASE_AS),
  row('default:263', 'stable', 'releaseAsTwice', '1.2.3', '3.1.2', '2.0.0', RELEASE_AS),
  // PrereleaseVersioningStrategy, with a breaking change
  row('prerelease:60', 'pre', 'breaking', '1.2.3', '2.0.0', '2.0.0'),
  row('prerelease:61', 'pre', 'breaking', '0.1.2', '1.0.0', '0.2.0', PRE_MAJOR_MINOR),
  row('prerelease:62', 'pre', 'breaking', '1.0.0-beta01', '1.0.0-beta02', '1.0.0-beta02'),
  row('prerelease:63', 'pre', 'breaking', '2.0.0-beta01', '2.0.0-beta02', '2.0.0-beta02'),
  row('prerelease:64', 'pre', 'breaking', '1.0.1-beta01', '2.0.0-beta01', '2.0.0-beta01'),
  row('prerelease:65', 'pre', 'breaking', '1.1.0-beta01', '2.0.0-beta01', '2.0.0-beta01'),
  row('prerelease:66', 'pre', 'breaking', '1.1.1-beta01', '2.0.0-beta01', '2.0.0-beta01'),
  row('prerelease:84', 'pre', 'breaking', '0.1.2', '0.2.0', '0.2.0'),
  row('prerelease:90', 'beta', 'breaking', '1.2.3', '2.0.0-beta', '2.0.0-beta.1', COUNTER),
  row('prerelease:91', 'beta', 'breaking', '0.1.2', '1.0.0-beta', '1.0.0-beta.1', COUNTER),
  row('prerelease:92', 'beta', 'breaking', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.1', CONFIGURED_ID),
  row('prerelease:93', 'beta', 'breaking', '1.0.0-beta', '1.0.0-beta.1', '1.0.0-beta.1'),
  row('prerelease:94', 'beta', 'breaking', '2.0.0-beta', '2.0.0-beta.1', '2.0.0-beta.1'),
  row('prerelease:95', 'beta', 'breaking', '1.0.1-beta', '2.0.0-beta', '2.0.0-beta.1', COUNTER),
  row('prerelease:96', 'beta', 'breaking', '1.1.0-beta', '2.0.0-beta', '2.0.0-beta.1', COUNTER),
  row('prerelease:97', 'beta', 'breaking', '1.1.1-beta', '2.0.0-beta', '2.0.0-beta.1', COUNTER),
  row('prerelease:98', 'beta', 'breaking', '1.0.0-beta01', '1.0.0-beta02', '1.0.0-beta02'),
  row('prerelease:99', 'beta', 'breaking', '2.0.0-beta01', '2.0.0-beta02', '2.0.0-beta02'),
  row('prerelease:100', 'beta', 'breaking', '1.0.1-beta01', '2.0.0-beta01', '2.0.0-beta01'),
  row('prerelease:101', 'beta', 'breaking', '1.1.0-beta01', '2.0.0-beta01', '2.0.0-beta01'),
  row('prerelease:102', 'beta', 'breaking', '1.1.1-beta01', '2.0.0-beta01', '2.0.0-beta01'),
  row('prerelease:103', 'beta', 'breaking', '1.0.0-beta2023.1', '1.0.0-beta2023.2', 'error: v1.0.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:104', 'beta', 'breaking', '2.0.0-beta2023.1', '2.0.0-beta2023.2', 'error: v2.0.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:105', 'beta', 'breaking', '1.0.1-beta2023.1', '2.0.0-beta2023.1', '2.0.0-beta.1', NOT_READ),
  row('prerelease:106', 'beta', 'breaking', '1.1.0-beta2023.1', '2.0.0-beta2023.1', '2.0.0-beta.1', NOT_READ),
  row('prerelease:107', 'beta', 'breaking', '1.1.1-beta2023.1', '2.0.0-beta2023.1', '2.0.0-beta.1', NOT_READ),
  row('prerelease:129', 'beta', 'breaking', '0.1.2', '0.2.0-beta', '0.2.0-beta.1', COUNTER, 'minor'),
  row('prerelease:134', 'stable', 'breaking', '1.2.3', '2.0.0', '2.0.0'),
  row('prerelease:137', 'stable', 'breaking', '1.0.0-beta01', '1.0.0', '1.0.0'),
  row('prerelease:138', 'stable', 'breaking', '1.1.0-beta01', '2.0.0', '2.0.0'),
  row('prerelease:139', 'stable', 'breaking', '1.3.0-alpha', '2.0.0', '2.0.0'),
  row('prerelease:140', 'stable', 'breaking', '1.3.0-alpha.1', '2.0.0', '2.0.0'),
  // PrereleaseVersioningStrategy, with a feature
  row('prerelease:195', 'pre', 'feature', '1.2.3', '1.3.0', '1.3.0'),
  row('prerelease:196', 'pre', 'feature', '0.1.2', '0.2.0', '0.2.0'),
  row('prerelease:197', 'pre', 'feature', '1.0.0-beta01', '1.0.0-beta02', '1.0.0-beta02'),
  row('prerelease:198', 'pre', 'feature', '2.0.0-beta01', '2.0.0-beta02', '2.0.0-beta02'),
  row('prerelease:199', 'pre', 'feature', '1.0.1-beta01', '1.1.0-beta01', '1.1.0-beta01'),
  row('prerelease:200', 'pre', 'feature', '1.1.0-beta01', '1.1.0-beta02', '1.1.0-beta02'),
  row('prerelease:201', 'pre', 'feature', '1.1.1-beta01', '1.2.0-beta01', '1.2.0-beta01'),
  row('prerelease:219', 'pre', 'feature', '0.1.2', '0.1.3', '0.2.0', FEATURE_MINOR),
  row('prerelease:224', 'beta', 'feature', '1.2.3', '1.3.0-beta', '1.3.0-beta.1', COUNTER),
  row('prerelease:225', 'beta', 'feature', '0.1.2', '0.2.0-beta', '0.2.0-beta.1', COUNTER),
  row('prerelease:226', 'beta', 'feature', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.1', CONFIGURED_ID),
  row('prerelease:227', 'beta', 'feature', '1.0.0-beta', '1.0.0-beta.1', '1.0.0-beta.1'),
  row('prerelease:228', 'beta', 'feature', '2.0.0-beta', '2.0.0-beta.1', '2.0.0-beta.1'),
  row('prerelease:229', 'beta', 'feature', '1.0.1-beta', '1.1.0-beta', '1.1.0-beta.1', COUNTER),
  row('prerelease:230', 'beta', 'feature', '1.1.0-alpha', '1.1.0-alpha.1', '1.1.0-beta.1', CONFIGURED_ID),
  row('prerelease:231', 'beta', 'feature', '1.1.0-beta', '1.1.0-beta.1', '1.1.0-beta.1'),
  row('prerelease:232', 'beta', 'feature', '1.1.1-beta', '1.2.0-beta', '1.2.0-beta.1', COUNTER),
  row('prerelease:233', 'beta', 'feature', '1.0.0-beta01', '1.0.0-beta02', '1.0.0-beta02'),
  row('prerelease:234', 'beta', 'feature', '2.0.0-beta01', '2.0.0-beta02', '2.0.0-beta02'),
  row('prerelease:235', 'beta', 'feature', '1.0.1-beta01', '1.1.0-beta01', '1.1.0-beta01'),
  row('prerelease:236', 'beta', 'feature', '1.1.0-beta01', '1.1.0-beta02', '1.1.0-beta02'),
  row('prerelease:237', 'beta', 'feature', '1.1.1-beta01', '1.2.0-beta01', '1.2.0-beta01'),
  row('prerelease:238', 'beta', 'feature', '1.0.0-beta2023.1', '1.0.0-beta2023.2', 'error: v1.0.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:239', 'beta', 'feature', '2.0.0-beta2023.1', '2.0.0-beta2023.2', 'error: v2.0.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:240', 'beta', 'feature', '1.0.1-beta2023.1', '1.1.0-beta2023.1', '1.1.0-beta.1', NOT_READ),
  row('prerelease:241', 'beta', 'feature', '1.1.0-beta2023.1', '1.1.0-beta2023.2', 'error: v1.1.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:242', 'beta', 'feature', '1.1.1-beta2023.1', '1.2.0-beta2023.1', '1.2.0-beta.1', NOT_READ),
  row('prerelease:264', 'beta', 'feature', '0.1.2', '0.1.3-beta', '0.1.3-beta.1', COUNTER, 'patch'),
  row('prerelease:269', 'stable', 'feature', '1.2.3', '1.3.0', '1.3.0'),
  row('prerelease:270', 'stable', 'feature', '1.0.0-beta01', '1.0.0', '1.0.0'),
  row('prerelease:271', 'stable', 'feature', '1.1.0-beta01', '1.1.0', '1.1.0'),
  row('prerelease:272', 'stable', 'feature', '1.3.0-alpha', '1.3.0', '1.3.0'),
  row('prerelease:273', 'stable', 'feature', '1.3.0-alpha.1', '1.3.0', '1.3.0'),
  // PrereleaseVersioningStrategy, with a fix
  row('prerelease:317', 'pre', 'fix', '1.2.3', '1.2.4', '1.2.4'),
  row('prerelease:318', 'pre', 'fix', '1.0.0-beta01', '1.0.0-beta02', '1.0.0-beta02'),
  row('prerelease:319', 'pre', 'fix', '2.0.0-beta01', '2.0.0-beta02', '2.0.0-beta02'),
  row('prerelease:320', 'pre', 'fix', '1.0.1-beta01', '1.0.1-beta02', '1.0.1-beta02'),
  row('prerelease:321', 'pre', 'fix', '1.1.0-beta01', '1.1.0-beta02', '1.1.0-beta02'),
  row('prerelease:322', 'pre', 'fix', '1.1.1-beta01', '1.1.1-beta02', '1.1.1-beta02'),
  row('prerelease:323', 'pre', 'fix', '1.0.0-beta1', '1.0.0-beta2', '1.0.0-beta2'),
  row('prerelease:324', 'pre', 'fix', '1.0.0-beta9', '1.0.0-beta10', '1.0.0-beta10'),
  row('prerelease:325', 'pre', 'fix', '1.0.0-beta09', '1.0.0-beta10', '1.0.0-beta10'),
  row('prerelease:339', 'beta', 'fix', '1.2.3', '1.2.4-beta', '1.2.4-beta.1', COUNTER),
  row('prerelease:340', 'beta', 'fix', '1.2.4-alpha', '1.2.4-alpha.1', '1.2.4-beta.1', CONFIGURED_ID),
  row('prerelease:341', 'beta', 'fix', '1.2.4-beta', '1.2.4-beta.1', '1.2.4-beta.1'),
  row('prerelease:342', 'beta', 'fix', '1.0.0-beta01', '1.0.0-beta02', '1.0.0-beta02'),
  row('prerelease:343', 'beta', 'fix', '2.0.0-beta01', '2.0.0-beta02', '2.0.0-beta02'),
  row('prerelease:344', 'beta', 'fix', '1.0.1-beta01', '1.0.1-beta02', '1.0.1-beta02'),
  row('prerelease:345', 'beta', 'fix', '1.1.0-beta01', '1.1.0-beta02', '1.1.0-beta02'),
  row('prerelease:346', 'beta', 'fix', '1.1.1-beta01', '1.1.1-beta02', '1.1.1-beta02'),
  row('prerelease:347', 'beta', 'fix', '1.0.0-beta1', '1.0.0-beta2', '1.0.0-beta2'),
  row('prerelease:348', 'beta', 'fix', '1.0.0-beta9', '1.0.0-beta10', '1.0.0-beta10'),
  row('prerelease:349', 'beta', 'fix', '1.0.0-beta09', '1.0.0-beta10', '1.0.0-beta10'),
  row('prerelease:350', 'beta', 'fix', '1.0.0-beta2023.1', '1.0.0-beta2023.2', 'error: v1.0.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:351', 'beta', 'fix', '2.0.0-beta2023.1', '2.0.0-beta2023.2', 'error: v2.0.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:352', 'beta', 'fix', '1.0.1-beta2023.1', '1.0.1-beta2023.2', 'error: v1.0.1-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:353', 'beta', 'fix', '1.1.0-beta2023.1', '1.1.0-beta2023.2', 'error: v1.1.0-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:354', 'beta', 'fix', '1.1.1-beta2023.1', '1.1.1-beta2023.2', 'error: v1.1.1-beta.1 would sort below', DATE_COUNTER),
  row('prerelease:371', 'stable', 'fix', '1.2.3', '1.2.4', '1.2.4'),
  row('prerelease:372', 'stable', 'fix', '1.0.0-beta01', '1.0.0', '1.0.0'),
  row('prerelease:373', 'stable', 'fix', '1.1.0-beta01', '1.1.0', '1.0.1', STABLE_BASE),
  row('prerelease:374', 'stable', 'fix', '1.2.4-alpha', '1.2.4', '1.2.4'),
  row('prerelease:375', 'stable', 'fix', '1.2.4-alpha.1', '1.2.4', '1.2.4'),
  // PrereleaseVersioningStrategy, with release-as
  row('prerelease:432', 'pre', 'releaseAs', '1.2.3', '3.1.2', '2.0.0', RELEASE_AS),
  row('prerelease:484', 'pre', 'releaseAsTwice', '1.2.3', '3.1.2', '2.0.0', RELEASE_AS),
]

/** The stable release just below a pre-release previous version (none below 1.0.0-…). */
function stableBelow(v: Version): string | undefined {
  if (v.patch > 0) return `${v.major}.${v.minor}.${v.patch - 1}`
  if (v.minor > 0) return `${v.major}.${v.minor - 1}.0`
  return v.major > 1 ? `${v.major - 1}.0.0` : undefined
}

const repos = new Map<string, Promise<TestRepo>>()

/**
 * The repository a row describes: its releases, then the peer's commits. An `rc` does not read
 * the commits, so the candidate rows of one previous version share a repository.
 */
function repoFor(row: Row): Promise<TestRepo> {
  const key = optionsFor(row).bump === 'rc' ? row.from : `${row.from} ${row.commits}`
  let repo = repos.get(key)
  if (!repo) {
    repo = makeRepo(row)
    repos.set(key, repo)
  }
  return repo
}

async function makeRepo(row: Row): Promise<TestRepo> {
  const from = parseVersion(row.from) as Version
  const repo = await TestRepo.create()
  await repo.commit('docs: start')
  const base = isPrerelease(from) ? stableBelow(from) : row.from
  if (base) await repo.tag(`v${base}`)
  if (isPrerelease(from)) {
    await repo.commit('docs: candidate')
    await repo.tag(`v${row.from}`)
  }
  for (const message of COMMITS[row.commits]) await repo.commit(message)
  return repo
}

/** Our options for the peer's mode (see the header). */
function optionsFor(row: Row): ComputeOptions {
  const from = parseVersion(row.from) as Version
  const candidate = row.mode === 'beta' || (row.mode === 'pre' && isPrerelease(from))
  if (!candidate) return { ...DEFAULT_COMPUTE_OPTIONS, bump: 'auto' }
  return {
    ...DEFAULT_COMPUTE_OPTIONS,
    bump: 'rc',
    rcBump: row.level ?? LEVEL[row.commits],
    prereleaseId: 'beta',
    prereleaseFormat: /-beta\d+$/.test(row.from) ? 'compact' : 'dotted',
  }
}

describe(`release-please versioning strategies (${SOURCE})`, () => {
  it('every row says why exactly when ours differs from the peer', () => {
    for (const row of ROWS) expect(row.why !== undefined, row.at).toBe(row.ours !== row.peer)
  })

  it.concurrent.each(
    ROWS.map(r => [`${r.at} ${r.mode} ${r.commits} ${r.from} → ${r.peer}`, r] as const),
  )('%s', async (_name, row) => {
    const repo = await repoFor(row)
    const result = computeVersion(repo.git, optionsFor(row))
    if (row.ours.startsWith('error: ')) {
      await expect(result).rejects.toThrow(row.ours.slice('error: '.length))
    } else {
      expect((await result).tag).toBe(`v${row.ours}`)
    }
  })
})
