/**
 * Property-based tests of every input reader (issue 14): for any string, a reader returns a valid
 * value or throws an InputError that names the input; never another error, never a value that
 * breaks its own contract, never a file written. First the typed readers of packages/inputs, then
 * each action's reader with one input set to the arbitrary string and the others valid.
 * The bundles themselves are sampled in test/integration/input-readers.property.test.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { readInputs as computeVersion } from '../../actions/compute-version/inputs.ts'
import { readInputs as generateChangelog } from '../../actions/generate-changelog/inputs.ts'
import { readInputs as githubRelease } from '../../actions/github-release/inputs.ts'
import { readInputs as publishTagsMatrix } from '../../actions/publish-tags-matrix/inputs.ts'
import { readInputs as qualityGates } from '../../actions/quality-gates/inputs.ts'
import { readInputs as releasePlan } from '../../actions/release-plan/inputs.ts'
import { readInputs as supersededRelease } from '../../actions/superseded-release/inputs.ts'
import { readInputs as checksums } from '../../actions/attest-sbom/steps/checksums/inputs.ts'
import { readInputs as readDeployPlan } from '../../actions/deploy-demo/steps/deploy-plan/inputs.ts'
import { readInputs as readNoticesInputs } from '../../actions/attest-sbom/steps/notices/inputs.ts'
import { readInputs as readSmokeInputs } from '../../actions/deploy-demo/steps/smoke-check/inputs.ts'
import { readInputs as readWaitInputs } from '../../actions/deploy-demo/steps/wait-for-image/inputs.ts'
import { Inputs, mapSource, trimAscii, type GithubContext } from '../../packages/inputs/index.ts'
import { InputError } from '../../packages/errors/index.ts'
import { root } from '../helpers/cli.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const RUNS = 150

/** Values that have broken readers somewhere: non-ASCII spaces, commands, paths, options. */
const HOSTILE = [
  '',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\0',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u3000',
  '\u202e',
  '\u0430', // Cyrillic a
  '::error::pwned',
  '\n::error::pwned',
  '##[error]pwned',
  '$(id)',
  '`id`',
  ';',
  '|',
  '&',
  '--help',
  '-x',
  '..',
  '../',
  '../../etc/passwd',
  '/etc/passwd',
  '~',
  '%0A',
  '\\',
  '"',
  "'",
  ',',
  '- ',
  '[',
  '{',
  ':',
  '*',
  '**',
  '?',
  '@',
  '#',
  '0',
  '-1',
  '1e3',
  '99999999999999999999',
  'true',
  'false',
  'null',
  'v',
  'v1.2.3',
  '1.2.3',
  '01.2.3',
  '1.2.3-rc.1',
  'refs/tags/',
  'refs/heads/',
  'https://',
  'http://127.0.0.1',
  'ghcr.io/octo/app',
  'sha256:',
  'a'.repeat(300),
]

const hostile = fc.constantFrom(...HOSTILE)

/** Any string: arbitrary code points, hostile pieces joined, or a valid value made hostile. */
function anyString(valid: string[] = []): fc.Arbitrary<string> {
  const pieces = fc.array(hostile, { minLength: 1, maxLength: 4 }).map(a => a.join(''))
  const arbitraries: fc.Arbitrary<string>[] = [
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'binary-ascii', maxLength: 40 }),
    pieces,
  ]
  if (valid.length > 0) {
    const good = fc.constantFrom(...valid)
    arbitraries.push(
      fc.tuple(good, hostile).map(([v, h]) => v + h),
      fc.tuple(hostile, good).map(([h, v]) => h + v),
      fc
        .tuple(good, fc.nat(), hostile)
        .map(([v, at, h]) => v.slice(0, at % (v.length + 1)) + h + v.slice(at % (v.length + 1))),
    )
  }
  return fc.oneof(...arbitraries)
}

function inputs(values: Record<string, string | undefined>): Inputs {
  return new Inputs(mapSource(values), { warn: () => undefined })
}

/** Runs `read` and checks the contract: a value (checked by `valid`), or an InputError for `name`. */
function holds<T>(
  name: string | readonly string[],
  read: () => T,
  valid: (value: T) => void = () => undefined,
): void {
  const names = typeof name === 'string' ? [name] : name
  let value: T
  try {
    value = read()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // Names the input: as the one at fault, or in the message of an error about a pair of them.
    expect(
      names.some(n => error.input === n || error.message.includes(n)),
      `${error.message} does not name ${names.join(' or ')}`,
    ).toBe(true)
    expect(error.message.startsWith(`Input '${error.input}': `)).toBe(true)
    // One line: the value at fault is shown escaped.
    expect(error.message, error.message).not.toMatch(/[\r\n\u2028\u2029]/)
    return
  }
  valid(value)
}

const ASCII_EDGE = /^[ \t\n\r\f\v]|[ \t\n\r\f\v]$/

describe('the typed readers of packages/inputs', () => {
  const prop = (arb: fc.Arbitrary<string>, check: (raw: string) => void) =>
    fc.assert(fc.property(arb, check), { numRuns: 500 })

  it('optional, text, string and required trim ASCII whitespace only, and keep every other character', () => {
    prop(anyString(['v1.2.3', 'refs/tags/v1.2.3']), raw => {
      const trimmed = trimAscii(raw)
      expect(trimmed).not.toMatch(ASCII_EDGE)
      expect(raw.includes(trimmed)).toBe(true)
      // Only ASCII whitespace went: what is left of raw on either side is ASCII whitespace.
      const at = raw.indexOf(trimmed)
      expect(raw.slice(0, at)).toMatch(/^[ \t\n\r\f\v]*$/)
      expect(raw.slice(at + trimmed.length)).toMatch(/^[ \t\n\r\f\v]*$/)
      const i = inputs({ x: raw })
      expect(i.optional('x')).toBe(trimmed === '' ? undefined : trimmed)
      expect(i.text('x', 'fallback')).toBe(trimmed)
      expect(i.string('x', 'fallback')).toBe(trimmed === '' ? 'fallback' : trimmed)
      holds(
        'x',
        () => i.required('x', 'something'),
        v => expect(v).toBe(trimmed),
      )
      if (trimmed === '') expect(() => i.required('x', 'something')).toThrow(InputError)
    })
    for (const space of ['\u00a0', '\ufeff', '\u2028', '\u3000'])
      expect(inputs({ x: ` v1.2.3${space}\n` }).optional('x')).toBe(`v1.2.3${space}`)
  })

  it('boolean, choice, integer, date: a value of the type, or an InputError', () => {
    prop(anyString(['true', 'False', 'patch', '42', '-7', '2026-02-28']), raw => {
      const i = inputs({ x: raw })
      holds(
        'x',
        () => i.boolean('x', false),
        v => expect(typeof v).toBe('boolean'),
      )
      holds(
        'x',
        () => i.choice('x', ['patch', 'minor'] as const, 'patch'),
        v => expect(['patch', 'minor']).toContain(v),
      )
      holds(
        'x',
        () => i.integer('x', 5, { min: -10, max: 100 }),
        v => {
          expect(Number.isSafeInteger(v)).toBe(true)
          expect(v).toBeGreaterThanOrEqual(-10)
          expect(v).toBeLessThanOrEqual(100)
        },
      )
      holds(
        'x',
        () => i.date('x', new Date(Date.UTC(2026, 0, 2))),
        v => {
          expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          expect(new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10)).toBe(v)
        },
      )
    })
  })

  it('url: an http(s) URL without credentials, query or fragment, or an InputError', () => {
    prop(anyString(['https://api.github.com', 'http://127.0.0.1:8080/api/v3/']), raw => {
      holds(
        'x',
        () => inputs({ x: raw }).url('x', 'https://api.github.com', 'https://api.github.com'),
        v => {
          const url = new URL(v)
          expect(['https:', 'http:']).toContain(url.protocol)
          expect(url.username + url.password + url.search + url.hash).toBe('')
          expect(v).not.toMatch(/\/$/)
          expect(v).not.toMatch(ASCII_EDGE)
        },
      )
    })
  })

  it('pair: both or neither, or an InputError naming one of the two', () => {
    fc.assert(
      fc.property(fc.option(anyString(['octo'])), fc.option(anyString(['s3cret'])), (a, b) => {
        const i = inputs({ user: a ?? undefined, password: b ?? undefined })
        holds(
          ['user', 'password'],
          () => i.pair('user', 'password'),
          ([u, p]) => {
            expect(u === undefined).toBe(p === undefined)
          },
        )
      }),
      { numRuns: 300 },
    )
  })

  it('list: never throws; items are non-empty, trimmed of ASCII whitespace only, without separators', () => {
    prop(anyString(['a,b', 'a\nb', ' ghcr.io/o/a ']), raw => {
      const items = inputs({ x: raw }).list('x')
      for (const item of items) {
        expect(item).not.toBe('')
        expect(item).not.toMatch(ASCII_EDGE)
        expect(item).not.toMatch(/[\n,]/)
      }
      expect(items.join('')).toBe(raw.split(/[\n,]/).map(trimAscii).join(''))
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Each action's reader: one input arbitrary, the others valid.

const workspace = tempDir('ra-prop-ws-')
mkdirSync(path.join(workspace, 'dist'))
writeFileSync(path.join(workspace, 'dist/app.tar.gz'), 'app')
writeFileSync(path.join(workspace, 'notes.md'), '## Notes\n')
writeFileSync(
  path.join(workspace, 'sbom.json'),
  JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: [] }),
)

const github: GithubContext = {
  ref: 'refs/tags/v1.2.3',
  sha: 'c0ffee0123456789abcdef0123456789abcdef01',
  eventName: 'push',
  repository: 'octo/app',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  workspace,
  runId: '7',
  workflowRef: 'octo/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  runnerTemp: undefined,
}

/** The inputs an action.yml declares. */
function declared(file: string): string[] {
  const doc = parse(readFileSync(path.join(root, file), 'utf8')) as {
    inputs?: Record<string, unknown>
  }
  return Object.keys(doc.inputs ?? {})
}

const SHA = 'c0ffee0123456789abcdef0123456789abcdef01'
const IMAGE = `us-docker.pkg.dev/demo-project/demo/api@sha256:${'a'.repeat(64)}`

interface Reader {
  action: string
  /** The action.yml whose inputs are read. */
  file: string
  read: (i: Inputs) => unknown
  /** A valid value of every input the reader needs (the others are left unset). */
  valid: Record<string, string>
  /** More valid values to make hostile variants of, per input. */
  samples?: Record<string, string[]>
  /**
   * Inputs read against this one (a tag against the tag prefix): with this one arbitrary, the
   * error may name them instead, since their valid value is no longer valid.
   */
  related?: Record<string, string[]>
}

const PREFIXED = (...names: string[]) => ({ 'tag-prefix': names })

const READERS: Reader[] = [
  {
    action: 'compute-version',
    file: 'compute-version/action.yml',
    read: i => computeVersion(i, github),
    valid: { ref: 'refs/tags/v1.2.3', bump: 'tag', path: '.' },
    samples: {
      bump: ['auto', 'rc', 'promote'],
      'from-tag': ['v1.3.0-rc.1'],
      'initial-version': ['0.1.0'],
      'prerelease-id': ['rc', 'beta'],
      'tag-prefix': ['v', 'pkg@', ''],
    },
    related: PREFIXED('ref', 'from-tag', 'initial-version'),
  },
  {
    action: 'generate-changelog',
    file: 'generate-changelog/action.yml',
    read: i => generateChangelog(i, github),
    valid: { version: 'v1.2.3', file: '', path: '.' },
    samples: {
      from: ['v1.2.2', 'HEAD~3'],
      to: ['HEAD'],
      style: ['grouped', 'keep-a-changelog'],
      'repo-url': ['https://github.com/octo/app'],
      images: ['ghcr.io/octo/app'],
      'include-paths': ['src', 'docs/**'],
      'notes-file': ['notes.md'],
    },
    related: PREFIXED('version'),
  },
  {
    action: 'github-release',
    file: '.github/actions/github-release/action.yml',
    read: i => githubRelease(i, github),
    valid: { tag: 'v1.2.3', token: 'ghs_x', 'dry-run': 'true' },
    samples: { assets: ['dist/*.tar.gz'], 'notes-file': ['notes.md'], 'make-latest': ['auto'] },
    related: PREFIXED('tag'),
  },
  {
    action: 'publish-tags-matrix',
    file: 'publish-tags-matrix/action.yml',
    read: i => publishTagsMatrix(i, github, {}),
    valid: { images: 'ghcr.io/octo/app', sha: SHA, ref: 'refs/tags/v1.2.3' },
    samples: {
      digest: [`sha256:${'b'.repeat(64)}`],
      'existing-versions': ['1.2.2\n1.1.0'],
      date: ['2026-01-02'],
      'sha-format': ['short'],
    },
    related: PREFIXED('ref', 'version', 'existing-versions'),
  },
  {
    action: 'quality-gates',
    file: 'quality-gates/action.yml',
    read: i => qualityGates(i, github),
    valid: { gates: '- { name: unit, run: "true" }' },
    samples: {
      gates: [
        '- uses: clean-tree',
        '- uses: required-checks\n  with: { workflows: [CI] }',
        '- name: x\n  run: make\n  env: { A: b, C: }',
      ],
      version: ['1.2.3'],
    },
  },
  {
    action: 'release-plan',
    file: '.github/actions/release-plan/action.yml',
    read: i => releasePlan(i, github),
    valid: { tag: 'v1.2.3' },
    samples: {
      images: ['ghcr.io/octo/app', '- name: ghcr.io/octo/app\n  platforms: linux/amd64'],
      'deploy-image': ['ghcr.io/octo/app'],
    },
    related: PREFIXED('tag'),
  },
  {
    action: 'superseded-release',
    file: 'superseded-release/action.yml',
    read: i => supersededRelease(i, github),
    valid: { tag: 'v1.2.3', reason: 'a bad build', token: 'ghs_x' },
    samples: { 'superseded-by': ['v1.2.4'], images: ['ghcr.io/octo/app'], 'tag-prefix': ['v'] },
    related: PREFIXED('tag', 'superseded-by'),
  },
  {
    action: 'checksums',
    file: 'actions/attest-sbom/steps/checksums/action.yml',
    read: i => checksums(i, github),
    valid: { 'subject-path': 'dist/*' },
  },
  {
    action: 'notices',
    file: 'actions/attest-sbom/steps/notices/action.yml',
    read: i => readNoticesInputs(i, github),
    valid: { sbom: 'sbom.json' },
  },
  {
    action: 'deploy-plan',
    file: 'actions/deploy-demo/steps/deploy-plan/action.yml',
    read: i => readDeployPlan(i),
    valid: {
      image: IMAGE,
      version: 'v1.4.0',
      region: 'us-west1',
      'project-id': 'demo-project',
      'workload-identity-provider':
        'projects/123456/locations/global/workloadIdentityPools/github/providers/github',
      'service-account': 'deployer@demo-project.iam.gserviceaccount.com',
    },
    samples: { 'expected-version': ['1.4.0', '1.4.0-rc.1+b.7'] },
  },
  {
    action: 'smoke-check',
    file: 'actions/deploy-demo/steps/smoke-check/action.yml',
    read: i => readSmokeInputs(i),
    valid: { url: 'https://v1-4-0---api-abc.a.run.app', 'expected-version': '1.4.0' },
  },
  {
    action: 'wait-for-image',
    file: 'actions/deploy-demo/steps/wait-for-image/action.yml',
    read: i => readWaitInputs(i),
    valid: { image: IMAGE },
  },
]

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
}

describe("each action's reader, one input arbitrary and the others valid", () => {
  for (const reader of READERS) {
    const names = [...new Set([...declared(reader.file), ...Object.keys(reader.valid)])]
    it(`${reader.action}: the valid inputs are read`, () => {
      expect(() => reader.read(inputs(reader.valid))).not.toThrow()
    })
    it(`${reader.action}: every input (${names.length}) gives a value or an InputError naming it`, () => {
      const before = tree(workspace)
      for (const name of names) {
        const valid = [reader.valid[name], ...(reader.samples?.[name] ?? [])].filter(
          (v): v is string => v !== undefined,
        )
        fc.assert(
          fc.property(anyString(valid), raw => {
            holds([name, ...(reader.related?.[name] ?? [])], () =>
              reader.read(inputs({ ...reader.valid, [name]: raw })),
            )
          }),
          { numRuns: RUNS },
        )
      }
      // Reading inputs writes nothing.
      expect(tree(workspace)).toEqual(before)
    })
  }
})
