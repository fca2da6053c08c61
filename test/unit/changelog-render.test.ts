import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_CHANGELOG_CONFIG,
  renderReleaseNotes,
  renderSection,
  type ChangelogStyle,
} from '../../packages/changelog/index.ts'
import { loadConfig } from '../../packages/config/index.ts'
import { isSkipped } from '../../packages/conventional/index.ts'
import { toChangelogCommit } from '../helpers/changelog.ts'
import { parseVersion, type Version } from '../../packages/versioning/index.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const v = (s: string) => parseVersion(s) as Version
const commit = (message: string) =>
  toChangelogCommit(createHash('sha1').update(message).digest('hex'), 0, message)
const sha7 = (message: string) => createHash('sha1').update(message).digest('hex').slice(0, 7)

function render(messages: string[], style: ChangelogStyle, repoUrl?: string): string {
  return renderSection(
    {
      version: v('1.4.0'),
      tag: 'v1.4.0',
      previousTag: 'v1.3.2',
      date: '2026-09-01',
      commits: messages.map(commit),
    },
    {
      style,
      config: DEFAULT_CHANGELOG_CONFIG,
      repoUrl,
      form: { brackets: true, prefixed: false, prefix: 'v' },
    },
  )
}

describe('histories rendered as sections', () => {
  const history = [
    'feat(api): add pagination (#41)',
    'fix: handle empty pages',
    'perf(db): batch inserts',
    'refactor: split the handler',
    'docs: document pagination',
    'ci: cache dependencies',
    'feat!: remove the legacy endpoint\n\nBREAKING CHANGE: /v1/items is gone; call /v2/items.',
    'Update README',
  ]

  it('grouped: Breaking Changes first, then the configured groups, then the rest', () => {
    const s = render(history, 'grouped')
    expect(s).toBe(
      [
        '## [1.4.0] - 2026-09-01',
        '',
        '### Breaking Changes',
        '',
        `- remove the legacy endpoint (${sha7(history[6] as string)})`,
        '  /v1/items is gone; call /v2/items.',
        '',
        '### Features',
        '',
        `- **api:** add pagination (#41) (${sha7(history[0] as string)})`,
        '',
        '### Bug Fixes',
        '',
        `- handle empty pages (${sha7(history[1] as string)})`,
        '',
        '### Performance',
        '',
        `- **db:** batch inserts (${sha7(history[2] as string)})`,
        '',
        '### Refactoring',
        '',
        `- split the handler (${sha7(history[3] as string)})`,
        '',
        '### Documentation',
        '',
        `- document pagination (${sha7(history[4] as string)})`,
        '',
        '### Other Changes',
        '',
        `- cache dependencies (${sha7(history[5] as string)})`,
        `- Update README (${sha7(history[7] as string)})`,
        '',
      ].join('\n'),
    )
  })

  it('keep-a-changelog: Added, Changed, Fixed; internal commits left out', () => {
    const s = render(history, 'keep-a-changelog')
    expect(s.split('\n').filter(l => l.startsWith('### '))).toEqual([
      '### Breaking Changes',
      '### Added',
      '### Changed',
      '### Fixed',
    ])
    expect(s).not.toContain('cache dependencies')
    expect(s).not.toContain('Update README')
  })

  it('links commits, pull requests and the comparison when the repository is known', () => {
    const s = render(['feat(api): add pagination (#41)'], 'grouped', 'https://github.com/o/r')
    expect(s).toContain('## [1.4.0](https://github.com/o/r/compare/v1.3.2...v1.4.0) - 2026-09-01')
    expect(s).toContain(
      `add pagination ([#41](https://github.com/o/r/pull/41)) ([${sha7('feat(api): add pagination (#41)')}](https://github.com/o/r/commit/`,
    )
  })

  it('treats commit text as data: HTML, mentions, links, control and bidi characters', () => {
    const s = render(
      [
        'fix: <img src=x onerror=alert(1)> for @admin [click](http://evil) \u202eexe.txt\u0007 **bold**',
      ],
      'grouped',
    )
    const line = s.split('\n').find(l => l.startsWith('- ')) ?? ''
    expect(line).toContain('\\<img src=x onerror=alert(1)\\>')
    expect(line).toContain('@\u200badmin')
    expect(line).toContain('\\[click\\](http://evil)')
    expect(line).toContain('\\*\\*bold\\*\\*')
    expect(line).not.toContain('\u202e')
    expect(line).not.toContain('\u0007')
  })

  it('skips release housekeeping', () => {
    for (const h of [
      'chore(release): v1.2.3',
      'build: release v1.2.3',
      'chore: update CHANGELOG for v0.3.0',
      'build(release): v2.0.0',
    ]) {
      expect(isSkipped(h, DEFAULT_CHANGELOG_CONFIG)).toBe(true)
    }
    expect(isSkipped('chore: release the brakes', DEFAULT_CHANGELOG_CONFIG)).toBe(false)
  })
})

describe('config file', () => {
  const write = (text: string) => {
    const file = path.join(tempDir(), 'release-actions.yml')
    writeFileSync(file, text)
    return file
  }

  it('sets groups, their order, keep-a-changelog headings and housekeeping patterns', () => {
    const c = loadConfig(
      write(
        'changelog:\n  groups:\n    - title: New Features\n      types: [feat]\n    - title: Fixes\n      types: [fix, bug]\n  other: false\n  keep-a-changelog:\n    feat: Added\n    sec: Security\n  skip: ["^wip"]\n',
      ),
    ).changelog
    expect(c.groups).toEqual([
      { title: 'New Features', types: ['feat'] },
      { title: 'Fixes', types: ['fix', 'bug'] },
    ])
    expect(c.otherTitle).toBe('')
    expect(c.keepAChangelog).toEqual({ feat: 'Added', sec: 'Security' })
    expect(isSkipped('WIP: stuff', c)).toBe(true)
    const s = renderSection(
      {
        version: v('1.0.0'),
        tag: 'v1.0.0',
        previousTag: undefined,
        date: '2026-01-01',
        commits: ['bug: x', 'feat: y', 'chore: z'].map(commit),
      },
      {
        style: 'grouped',
        config: c,
        repoUrl: undefined,
        form: { brackets: true, prefixed: false, prefix: 'v' },
      },
    )
    expect(s.split('\n').filter(l => l.startsWith('### '))).toEqual([
      '### New Features',
      '### Fixes',
    ])
  })

  it.each([
    ['changelog:\n  group: []\n', "unknown key 'group' in 'changelog'"],
    [
      'changelog:\n  groups:\n    - title: A\n      types: feat\n',
      'changelog.groups[0].types must be a list of strings',
    ],
    ['changelog:\n  groups:\n    - name: A\n', "unknown key 'name' in changelog.groups[0]"],
    [
      'changelog:\n  keep-a-changelog:\n    feat: New\n',
      'changelog.keep-a-changelog.feat must be one of Added',
    ],
    ['changelog:\n  skip: ["(unclosed"]\n', 'is not a valid regular expression'],
    ['changelog: [1, 2\n', 'is not valid YAML'],
  ])('refuses %j', (text, message) => {
    expect(() => loadConfig(write(text)).changelog).toThrow(message)
  })

  it('uses the defaults without a file', () => {
    expect(loadConfig('/nonexistent/release-actions.yml').changelog).toBe(DEFAULT_CHANGELOG_CONFIG)
  })
})

describe('release notes', () => {
  const base = {
    tag: 'v0.4.0',
    previousTag: 'v0.3.1',
    repoUrl: 'https://github.com/o/r',
    images: ['ghcr.io/o/app', 'ghcr.io/o/worker:0.4.0'],
    checksumsFile: 'checksums.txt',
  }

  it('has the outline, the 0.x sentence and the verification commands', () => {
    const commits = ['feat!: drop v1\n\nBREAKING CHANGE: use /v2.', 'fix: a'].map(commit)
    const notes = renderReleaseNotes(
      { ...base, version: v('0.4.0'), commits, changelogBody: '### Fixed\n\n- a\n' },
      v('0.3.1'),
    )
    expect(notes.split('\n').filter(l => l.startsWith('## '))).toEqual([
      '## Summary',
      '## Breaking Changes',
      '## Upgrade Notes',
      '## Images',
      '## Verification',
      '## Known Limitations',
      '## Changelog',
    ])
    expect(notes).toContain('v0.4.0 is a minor release: 2 changes since v0.3.1')
    expect(notes).toContain(
      'The API is experimental while the major version is 0: it may change in a later minor release (0.5.0)',
    )
    expect(notes).toContain('- use /v2.')
    expect(notes).toContain('- `ghcr.io/o/app:0.4.0`')
    expect(notes).toContain('sha256sum --check --ignore-missing checksums.txt')
    expect(notes).toContain('gh attestation verify oci://ghcr.io/o/worker:0.4.0 --repo o/r')
    expect(notes).toContain(
      "--certificate-identity-regexp '^https://github\\.com/o/r/\\.github/workflows/.+@refs/tags/v0\\.4\\.0$'",
    )
  })

  it("verifies against the workflow that signed: a reusable workflow elsewhere at any ref, this repository's at the tag", () => {
    const input = { ...base, version: v('0.4.0'), commits: [], changelogBody: '' }
    const elsewhere = renderReleaseNotes({
      ...input,
      signerWorkflow: 'release-actions/release-actions/.github/workflows/release.yml',
    })
    expect(elsewhere).toContain(
      'gh attestation verify <asset> --repo o/r --signer-workflow release-actions/release-actions/.github/workflows/release.yml',
    )
    expect(elsewhere).toContain(
      "--certificate-identity-regexp '^https://github\\.com/release-actions/release-actions/\\.github/workflows/release\\.yml@.+$'",
    )
    const own = renderReleaseNotes({
      ...input,
      signerWorkflow: 'o/r/.github/workflows/release.yml',
    })
    expect(own).toContain(
      "--certificate-identity-regexp '^https://github\\.com/o/r/\\.github/workflows/release\\.yml@refs/tags/v0\\.4\\.0$'",
    )
  })

  it('says so when the release has no attestations, and gives no command that would fail', () => {
    const notes = renderReleaseNotes({
      ...base,
      version: v('0.4.0'),
      commits: [],
      changelogBody: '',
      attested: false,
    })
    expect(notes).toContain('sha256sum --check --ignore-missing checksums.txt')
    expect(notes).toContain(
      'This release has no provenance attestations (it was made with attest: false).',
    )
    expect(notes).not.toContain('gh attestation verify')
    expect(notes).not.toContain('cosign')
  })

  it('stays under 125,000 characters and links to the full changelog when cut', () => {
    const body = Array.from(
      { length: 5000 },
      (_, i) => `- entry number ${i} with some words to make it long enough to matter`,
    ).join('\n')
    const notes = renderReleaseNotes(
      { ...base, version: v('2.0.0'), commits: [], changelogBody: body },
      v('1.9.0'),
    )
    expect(notes.length).toBeLessThanOrEqual(125_000)
    expect(notes).toContain('read it in full in https://github.com/o/r/blob/v0.4.0/CHANGELOG.md')
    expect(notes).not.toContain('The API is experimental')
  })
})
