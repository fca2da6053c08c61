import { describe, expect, it } from 'vitest'
import { ociLabels, planTags, type TagPlanInput } from '../../packages/docker/index.ts'
import { imageRefProblem, parseImageRef } from '../../packages/oci/index.ts'
import { lineMaxima, parseVersion, type Version } from '../../packages/versioning/index.ts'

const v = (s: string) => parseVersion(s) as Version
const SHA = 'abcdef0123456789abcdef0123456789abcdef01'

function tags(
  overrides: Partial<Omit<TagPlanInput, 'version' | 'existing'>> & {
    existing?: string[]
    version?: string
  },
): string[] {
  const { existing = [], version, ...rest } = overrides
  const ver = version === undefined ? undefined : v(version)
  return planTags({
    version: ver,
    existing: [...existing.map(v), ...(ver ? [ver] : [])],
    event: 'push',
    ref: version ? `refs/tags/v${version}` : 'refs/heads/main',
    sha: SHA,
    defaultBranch: 'main',
    shaFormat: 'long',
    majorZero: false,
    nightly: true,
    date: '2026-09-01',
    prefix: '',
    suffix: '',
    ...rest,
  }).tags.map(t => t.name)
}

const history = ['1.8.4', '1.9.0', '2.0.0', '2.0.1', '2.1.0-rc.1']

describe('tag tables', () => {
  it.each([
    [
      'stable, the newest',
      { version: '2.0.2', existing: history },
      ['2.0.2', `sha-${SHA}`, '2.0', '2', 'latest'],
    ],
    [
      'stable, first of a new minor',
      { version: '2.1.0', existing: history },
      ['2.1.0', `sha-${SHA}`, '2.1', '2', 'latest'],
    ],
    [
      'back-port into an older major',
      { version: '1.9.1', existing: history },
      ['1.9.1', `sha-${SHA}`, '1.9', '1'],
    ],
    [
      'back-port into an older minor',
      { version: '1.8.5', existing: history },
      ['1.8.5', `sha-${SHA}`, '1.8'],
    ],
    [
      'an old patch re-released below a newer one',
      { version: '2.0.0', existing: history },
      ['2.0.0', `sha-${SHA}`],
    ],
    [
      '0.x: no major alias',
      { version: '0.4.0', existing: ['0.3.9'] },
      ['0.4.0', `sha-${SHA}`, '0.4', 'latest'],
    ],
    [
      '0.x with major-zero',
      { version: '0.4.0', existing: ['0.3.9'], majorZero: true },
      ['0.4.0', `sha-${SHA}`, '0.4', '0', 'latest'],
    ],
    [
      'release candidate',
      { version: '2.1.0-rc.2', existing: history },
      ['2.1.0-rc.2', `sha-${SHA}`],
    ],
    [
      // Tags are case-sensitive: the tag is the version as written (only image names are
      // lower-cased), as docker/metadata-action keeps 20200110-RC2.
      'compact candidate, upper case',
      { version: '3.0.0-RC1', existing: history },
      ['3.0.0-RC1', `sha-${SHA}`],
    ],
    [
      'prefix and suffix as written',
      { version: '2.0.2', existing: history, prefix: 'Api-', suffix: '-Alpine' },
      [
        'Api-2.0.2-Alpine',
        `Api-sha-${SHA}-Alpine`,
        'Api-2.0-Alpine',
        'Api-2-Alpine',
        'Api-latest-Alpine',
      ],
    ],
    [
      'build metadata stripped',
      { version: '2.0.2+build.7', existing: history },
      ['2.0.2', `sha-${SHA}`, '2.0', '2', 'latest'],
    ],
    ['default-branch push', {}, [`sha-${SHA}`, 'edge', 'nightly-2026-09-01']],
    ['default-branch push without nightly', { nightly: false }, [`sha-${SHA}`, 'edge']],
    ['schedule', { event: 'schedule' }, [`sha-${SHA}`, 'nightly-2026-09-01']],
    ['another branch', { ref: 'refs/heads/feature/x' }, [`sha-${SHA}`]],
    ['a pull request', { event: 'pull_request', ref: 'refs/pull/7/merge' }, [`sha-${SHA}`]],
    ['short sha', { shaFormat: 'short' as const, ref: 'refs/heads/dev' }, ['sha-abcdef0']],
    [
      'prefix and suffix on every tag',
      { version: '2.0.2', existing: history, prefix: 'api-', suffix: '-alpine' },
      [
        'api-2.0.2-alpine',
        `api-sha-${SHA}-alpine`,
        'api-2.0-alpine',
        'api-2-alpine',
        'api-latest-alpine',
      ],
    ],
  ])('%s', (_, input, expected) => {
    expect(tags(input)).toEqual(expected)
  })

  it('orders version tags first and latest last, and marks which may never move', () => {
    const plan = planTags({
      version: v('2.0.2'),
      existing: history.map(v),
      event: 'push',
      ref: 'refs/tags/v2.0.2',
      sha: SHA,
      defaultBranch: 'main',
      shaFormat: 'long',
      majorZero: false,
      nightly: true,
      date: '2026-09-01',
      prefix: '',
      suffix: '',
    })
    expect(plan.tags.map(t => [t.kind, t.immutable])).toEqual([
      ['version', true],
      ['sha', true],
      ['minor', false],
      ['major', false],
      ['latest', false],
    ])
    expect(plan.isLatest).toBe(true)
    expect(plan.reasons).toContain('latest: 2.0.2 is the highest stable version.')
  })

  it('refuses a tag longer than 128 characters', () => {
    expect(() => tags({ prefix: 'p'.repeat(64), suffix: 's'.repeat(64) })).toThrow(
      /is not a valid image tag/,
    )
  })

  it('computes the line maxima of 5,000 versions once and plans 20 images quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      v(`${Math.floor(i / 500)}.${Math.floor(i / 25) % 20}.${i % 25}`),
    )
    const start = performance.now()
    const maxima = lineMaxima(many)
    for (let i = 0; i < 20; i++) {
      planTags(
        {
          version: v('9.19.25'),
          existing: many,
          event: 'push',
          ref: 'refs/tags/v9.19.25',
          sha: SHA,
          defaultBranch: 'main',
          shaFormat: 'long',
          majorZero: false,
          nightly: true,
          date: '2026-09-01',
          prefix: '',
          suffix: '',
        },
        maxima,
      )
    }
    // The benchmark reports the real figure (target 50 ms); this guards against a regression.
    expect(performance.now() - start).toBeLessThan(250)
  })
})

describe('image references', () => {
  it.each([
    ['ghcr.io/owner/app', { registry: 'ghcr.io', repository: 'owner/app' }],
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['owner/app', { registry: 'docker.io', repository: 'owner/app' }],
    ['localhost:5000/a/b-c', { registry: 'localhost:5000', repository: 'a/b-c' }],
    ['127.0.0.1:5000/a__b', { registry: '127.0.0.1:5000', repository: 'a__b' }],
    ['ghcr.io/o/app:1.2.3', { registry: 'ghcr.io', repository: 'o/app', tag: '1.2.3' }],
    [
      `ghcr.io/o/app@sha256:${'a'.repeat(64)}`,
      { registry: 'ghcr.io', repository: 'o/app', digest: `sha256:${'a'.repeat(64)}` },
    ],
  ])('%s', (text, expected) => {
    expect(parseImageRef(text)).toEqual(expected)
  })

  it.each([
    'GHCR.io/Owner/App',
    'ghcr.io/owner/App',
    'ghcr.io/o/app name',
    'ghcr.io/o/$(id)',
    'ghcr.io/o/app;rm',
    '',
    'ghcr.io//app',
    'ghcr.io/o/app:',
    'ghcr.io/o/app:-x',
    'ghcr.io/o/app@sha256:short',
    'ghcr.io/o/ápp',
  ])('refuses %j', text => {
    expect(imageRefProblem(text)).toBeDefined()
  })
})

describe('OCI labels', () => {
  it('has the org.opencontainers.image set, only where known', () => {
    expect(
      ociLabels({
        version: '1.2.3',
        revision: SHA,
        created: '2026-09-01T00:00:00.000Z',
        source: 'https://github.com/o/app',
        title: 'app',
        licenses: 'Apache-2.0',
      }),
    ).toEqual({
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': '2026-09-01T00:00:00.000Z',
      'org.opencontainers.image.source': 'https://github.com/o/app',
      'org.opencontainers.image.url': 'https://github.com/o/app',
      'org.opencontainers.image.licenses': 'Apache-2.0',
    })
    expect(
      Object.keys(
        ociLabels({
          version: 'edge',
          revision: SHA,
          created: 'x',
          source: undefined,
          title: undefined,
          licenses: undefined,
        }),
      ),
    ).toEqual([
      'org.opencontainers.image.version',
      'org.opencontainers.image.revision',
      'org.opencontainers.image.created',
    ])
  })
})
