/**
 * The rules of `release-actions init` that need no repository: owner/repo from the forms of an
 * origin URL (lower-cased), image names from Dockerfile folders, and the pinning of the suite's
 * own `uses:` (other actions' pins left alone).
 */
import { describe, expect, it } from 'vitest'
import { imagesOf, pinSuite, repositoryOfRemote, schemaUrl } from '../../packages/init/index.ts'

describe('repositoryOfRemote', () => {
  it.each([
    ['https://github.com/Octo/Demo.git', 'octo/demo'],
    ['https://github.com/octo/demo', 'octo/demo'],
    ['git@github.com:Octo/Demo-App.git', 'octo/demo-app'],
    ['ssh://git@github.com/Octo/web.app.git', 'octo/web.app'],
    ['https://token@github.example.com/team/tool/', 'team/tool'],
    ['/tmp/origins/octo/demo.git', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, repository) => {
    expect(repositoryOfRemote(url)).toBe(repository)
  })
})

describe('imagesOf', () => {
  it('the top Dockerfile is the repository, the others <repo>-<folder>', () => {
    const images = imagesOf(
      [
        { dockerfile: 'Dockerfile', context: '.' },
        { dockerfile: 'cmd/API_Server/Dockerfile', context: '.' },
        { dockerfile: 'a/web/Dockerfile', context: 'a/web' },
        { dockerfile: 'b/web/Dockerfile', context: 'b/web' },
      ],
      'ghcr.io',
      'octo/demo',
    )
    expect(images.map(i => i.name)).toEqual([
      'ghcr.io/octo/demo',
      'ghcr.io/octo/demo-api_server',
      'ghcr.io/octo/demo-a-web',
      'ghcr.io/octo/demo-b-web',
    ])
  })

  it('without a repository: github.repository, which the actions lower-case', () => {
    expect(imagesOf([{ dockerfile: 'Dockerfile', context: '.' }], 'ghcr.io', undefined)).toEqual([
      { name: 'ghcr.io/${{ github.repository }}', dockerfile: 'Dockerfile', context: '.' },
    ])
  })
})

describe('pinSuite', () => {
  it('moves every uses: of the suite to the ref and leaves other actions alone', () => {
    const text = [
      '    uses: release-actions/release-actions/.github/workflows/release.yml@v1',
      '        uses: release-actions/release-actions/publish-tags-matrix@main # comment',
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '      - uses: someone/release-actions/x@v1',
    ].join('\n')
    expect(pinSuite(text, 'v2.3.4').split('\n')).toEqual([
      '    uses: release-actions/release-actions/.github/workflows/release.yml@v2.3.4',
      '        uses: release-actions/release-actions/publish-tags-matrix@v2.3.4 # comment',
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '      - uses: someone/release-actions/x@v1',
    ])
  })

  it('the schema of the same ref', () => {
    expect(schemaUrl('v2.3.4')).toBe(
      'https://raw.githubusercontent.com/release-actions/release-actions/v2.3.4/schema/release-actions.schema.json',
    )
  })
})
