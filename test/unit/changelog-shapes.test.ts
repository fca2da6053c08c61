/**
 * Changelog files in the shapes real projects' files have (conventional-changelog and lerna with
 * `#` and `##` release headings, Keep a Changelog with its own group names, git-cliff's default
 * output, duplicated headings and HTML comments): each upserted and re-run. Nothing outside the
 * section being written changes, byte for byte; a line added by hand inside it survives; a new
 * section is written in the file's own style.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  canonicalHeadings,
  DEFAULT_CHANGELOG_CONFIG,
  headingLine,
  parseChangelog,
  parseReleaseHeading,
  renderBody,
  renderReleaseNotes,
  STANDARD_HEADERS,
  upsertSection,
  type ChangelogStyle,
  type SectionRelease,
  type UpsertOptions,
} from '../../packages/changelog/index.ts'
import { toChangelogCommit } from '../helpers/changelog.ts'
import { parseVersion, type Version } from '../../packages/versioning/index.ts'
import { root } from '../helpers/cli.ts'

const fixture = (name: string) =>
  readFileSync(path.join(root, 'test/fixtures/changelogs', name), 'utf8')
const v = (s: string) => parseVersion(s) as Version
const sha = (message: string) => createHash('sha1').update(message).digest('hex')
const commit = (message: string) => toChangelogCommit(sha(message), 0, message)

interface Run {
  version?: string
  previous?: string
  messages: string[]
  style: ChangelogStyle
  repoUrl?: string
  refs?: UpsertOptions['refs']
}

function upsert(text: string | undefined, run: Run) {
  const doc = text === undefined ? undefined : parseChangelog(text)
  const form = doc?.form ?? { brackets: true, prefixed: false, prefix: 'v' }
  const release: SectionRelease = {
    version: run.version ? v(run.version) : undefined,
    tag: run.version ? `v${run.version}` : undefined,
    previousTag: run.previous,
    date: run.version ? '2026-09-01' : undefined,
    commits: run.messages.map(commit),
  }
  const opts = { style: run.style, config: DEFAULT_CHANGELOG_CONFIG, repoUrl: run.repoUrl, form }
  return upsertSection(text, {
    style: run.style,
    heading: headingLine(release, opts),
    version: release.version,
    body: renderBody(release, opts),
    canonical: canonicalHeadings(run.style, DEFAULT_CHANGELOG_CONFIG),
    initial: STANDARD_HEADERS[run.style],
    rangeShas: release.commits.map(c => c.sha),
    ...(run.refs ? { refs: run.refs } : {}),
  })
}

/** `after` is `before` with `section` (and one blank line around it) inserted, nothing else. */
function expectOnlyInserted(before: string, after: string, section: string) {
  const at = after.indexOf(section)
  expect(at, 'the section is in the file').toBeGreaterThanOrEqual(0)
  const without = after.slice(0, at) + after.slice(at + section.length)
  const candidates = [without, without.slice(0, at) + without.slice(at + 1)]
  if (at > 0) candidates.push(without.slice(0, at - 1) + without.slice(at))
  candidates.push(without.slice(0, at - 1) + without.slice(at + 1))
  expect(candidates, 'nothing outside the new section changed').toContain(before)
}

/** The text of the section whose heading starts with `heading`, up to the next release heading. */
function sectionText(text: string, heading: string): string {
  const doc = parseChangelog(text)
  const s = doc.sections.find(x => doc.lines[x.heading]?.startsWith(heading))
  if (!s) throw new Error(`no section ${heading}`)
  return doc.lines.slice(s.start, s.end).join('')
}

/** `after` equals `before` outside the section with heading `heading` (both parsed). */
function expectOnlySectionChanged(before: string, after: string, heading: string) {
  const a = sectionText(before, heading)
  const b = sectionText(after, heading)
  expect(after.replace(b, '\u0000')).toBe(before.replace(a, '\u0000'))
}

const URL = 'https://github.com/example/widgets'

describe('release headings as real files write them', () => {
  it.each([
    // conventional-changelog / lerna: `# [21.2.0](compare) (date)` for minors, `##` for patches
    [
      '[21.2.0](https://github.com/o/r/compare/v21.1.0...v21.2.0) (2025-06-01)',
      '21.2.0',
      { linked: true, brackets: true, date: { before: ' (', after: ')' } },
    ],
    [
      '21.2.1 (2025-06-01)',
      '21.2.1',
      { linked: false, brackets: false, date: { before: ' (', after: ')' } },
    ],
    // Keep a Changelog, git-cliff
    [
      '[1.2.3] - 2025-06-01',
      '1.2.3',
      { linked: false, brackets: true, date: { before: ' - ', after: '' } },
    ],
    [
      '[2.13.1](https://github.com/o/r/compare/v2.13.0..v2.13.1) - 2026-04-26',
      '2.13.1',
      { linked: true, date: { before: ' - ', after: '' } },
    ],
    ['v1.2.3 - 2025-06-01', '1.2.3', { prefix: 'v' }],
    ['[v1.2.3]', '1.2.3', { prefix: 'v', brackets: true, date: 'none' }],
    ['1.2.3', '1.2.3', { date: 'none' }],
    ['Version 1.2.3', '1.2.3', {}],
    ['@scope/pkg@1.2.3 (2025-06-01)', '1.2.3', { prefix: '@scope/pkg@' }],
    ['1.0.0-rc.1 (2025-06-01)', '1.0.0-rc.1', {}],
    ['<a name="1.2.3"></a>1.2.3 (2025-06-01)', '1.2.3', {}],
  ])('%s is the release %s', (text, version, form) => {
    const h = parseReleaseHeading(text)
    expect(h?.kind).toBe('version')
    expect(
      h?.version &&
        `${h.version.major}.${h.version.minor}.${h.version.patch}${h.version.prerelease.length ? `-${h.version.prerelease.join('.')}` : ''}`,
    ).toBe(version)
    expect(h).toMatchObject(form)
  })

  it.each(['[Unreleased]', 'Unreleased', '[unreleased]', '[Unreleased] - ReleaseDate'])(
    '%s is Unreleased',
    text => expect(parseReleaseHeading(text)?.kind).toBe('unreleased'),
  )

  it.each(['Upgrading to 2.0.0', '1.2.3.4', '[1.2.3', 'Features', 'Notes on 1.x', '2026-01-02'])(
    '%s is not a release',
    text => expect(parseReleaseHeading(text)).toBeUndefined(),
  )
})

describe('conventional-changelog and lerna files: minor and major releases under #, patches under ##', () => {
  const before = fixture('conventional-changelog-lerna.md')

  it('reads every release heading, whatever its level, and learns the file’s style', () => {
    const doc = parseChangelog(before)
    const releases = doc.sections.filter(s => s.kind === 'version')
    expect(
      releases.map(s => s.version && `${s.version.major}.${s.version.minor}.${s.version.patch}`),
    ).toEqual(['3.2.1', '3.2.0', '3.1.1', '3.1.0', '3.0.0'])
    expect(releases.map(s => s.level)).toEqual([2, 1, 2, 1, 1])
    // The anchor line above a heading belongs to its section.
    const v300 = releases[4]
    expect(doc.lines[v300?.start ?? 0]).toBe('<a name="3.0.0"></a>\n')
    expect(doc.form).toMatchObject({
      brackets: true,
      linked: true,
      levels: { patch: 2, other: 1 },
      date: { before: ' (', after: ')' },
      bullet: '*',
      groupLevel: 3,
    })
    expect(doc.form?.groupNames).toMatchObject({
      breaking: 'BREAKING CHANGES',
      feat: 'Features',
      fix: 'Bug Fixes',
      perf: 'Performance Improvements',
      revert: 'Reverts',
    })
  })

  it('re-writing a ## patch section leaves the # sections after it alone (regression)', () => {
    const { text } = upsert(before, {
      version: '3.2.1',
      previous: 'v3.2.0',
      messages: ['fix(cli): keep the exit code of a failed `prepare` hook (#88)'],
      style: 'grouped',
      repoUrl: URL,
    })
    for (const heading of ['# [3.2.0]', '## [3.1.1]', '# [3.1.0]', '# [3.0.0]'])
      expect(text).toContain(sectionText(before, heading))
    expectOnlySectionChanged(before, text, '## [3.2.1]')
    // The hand-kept entry stays, in place.
    expect(sectionText(text, '## [3.2.1]')).toContain(
      '* **cli:** keep the exit code of a failed `prepare` hook ([#88]',
    )
  })

  it('a new minor goes on top under #, a new patch under ##, in the file’s heading, bullet and group names', () => {
    const minor = upsert(before, {
      version: '3.3.0',
      previous: 'v3.2.1',
      messages: [
        'feat(core): plugins',
        'fix: a crash',
        'perf: less I/O',
        'feat!: drop Node 18\n\nBREAKING CHANGE: Node 20 is required.',
      ],
      style: 'grouped',
      repoUrl: URL,
    })
    expect(minor.section.split('\n')[0]).toBe(
      `# [3.3.0](${URL}/compare/v3.2.1...v3.3.0) (2026-09-01)`,
    )
    expect(
      minor.section
        .split('\n')
        .filter(l => /^#{1,6} /.test(l))
        .slice(1),
    ).toEqual([
      '### BREAKING CHANGES',
      '### Features',
      '### Bug Fixes',
      '### Performance Improvements',
    ])
    expect(minor.section).toContain(
      `* **core:** plugins ([${sha('feat(core): plugins').slice(0, 7)}](`,
    )
    expect(minor.section).not.toMatch(/^- /m)
    expect(minor.text.indexOf('# [3.3.0]')).toBeLessThan(minor.text.indexOf('## [3.2.1]'))
    expectOnlyInserted(before, minor.text, minor.section)

    const patch = upsert(before, {
      version: '3.2.2',
      previous: 'v3.2.1',
      messages: ['fix: b'],
      style: 'grouped',
      repoUrl: URL,
    })
    expect(patch.section.split('\n')[0]).toBe(
      `## [3.2.2](${URL}/compare/v3.2.1...v3.2.2) (2026-09-01)`,
    )
    expectOnlyInserted(before, patch.text, patch.section)
  })

  it('puts a back-port between its neighbours, above the anchor of the older one', () => {
    const backport = upsert(before, {
      version: '3.0.1',
      previous: 'v3.0.0',
      messages: ['fix: c'],
      style: 'grouped',
    })
    expect(backport.text).toContain(`${backport.section}\n<a name="3.0.0"></a>\n# [3.0.0]`)
    expectOnlyInserted(before, backport.text, backport.section)
  })

  it('a re-run keeps every line added by hand inside the section where it is, and changes nothing else', () => {
    const messages = ['feat(core): plugins', 'fix: a crash']
    const first = upsert(before, {
      version: '3.3.0',
      previous: 'v3.2.1',
      messages,
      style: 'grouped',
    })
    const lines = first.text.split('\n')
    const at = lines.findIndex(l => l.startsWith('* **core:** plugins'))
    lines.splice(at + 1, 0, '* Hand-written: plugins load in the order of `plugins:`')
    const features = lines.indexOf('### Features')
    lines.splice(features, 0, 'Thanks to everyone who tested the plugin API.', '')
    const edited = lines.join('\n')
    // The same commits: nothing changes.
    expect(
      upsert(edited, { version: '3.3.0', previous: 'v3.2.1', messages, style: 'grouped' }).text,
    ).toBe(edited)
    // One more commit: only its entry is added; the hand lines stay where they were.
    const again = upsert(edited, {
      version: '3.3.0',
      previous: 'v3.2.1',
      messages: [...messages, 'feat: themes'],
      style: 'grouped',
    })
    expectOnlySectionChanged(edited, again.text, '# [3.3.0]')
    const s = sectionText(again.text, '# [3.3.0]')
    expect(s).toContain(
      `* **core:** plugins (${sha('feat(core): plugins').slice(0, 7)})\n* Hand-written: plugins load in the order of \`plugins:\`\n* themes (`,
    )
    expect(s).toContain('Thanks to everyone who tested the plugin API.\n\n### Features')
  })

  it('a re-run removes the generated entry of a commit the section no longer lists', () => {
    const first = upsert(before, {
      version: '3.3.0',
      messages: ['feat: kept', 'chore: internal'],
      style: 'grouped',
    })
    expect(first.section).toContain('internal (')
    const hidden = { ...DEFAULT_CHANGELOG_CONFIG, otherTitle: '' }
    const release: SectionRelease = {
      version: v('3.3.0'),
      tag: 'v3.3.0',
      previousTag: undefined,
      date: '2026-09-01',
      commits: ['feat: kept', 'chore: internal'].map(commit),
    }
    const form = parseChangelog(first.text).form ?? { brackets: true, prefixed: false, prefix: '' }
    const opts = { style: 'grouped' as const, config: hidden, repoUrl: undefined, form }
    const again = upsertSection(first.text, {
      style: 'grouped',
      heading: headingLine(release, opts),
      version: release.version,
      body: renderBody(release, opts),
      canonical: canonicalHeadings('grouped', hidden),
      initial: STANDARD_HEADERS.grouped,
      rangeShas: release.commits.map(c => c.sha),
    })
    expect(again.section).toContain('kept (')
    expect(again.section).not.toContain('internal')
    expect(again.section).not.toContain('### Other Changes')
    expectOnlySectionChanged(first.text, again.text, '# [3.3.0]')
  })
})

describe('Keep a Changelog with its own group names (Features, Fixes)', () => {
  const before = fixture('keep-a-changelog-own-groups.md')

  it('puts the entries under the file’s headings, not a second Added or Fixed', () => {
    const { text, section } = upsert(before, {
      version: '0.9.0',
      previous: 'v0.8.1',
      messages: [
        'feat: check commit messages',
        'fix: skip binary files',
        'refactor: split the lexer',
      ],
      style: 'keep-a-changelog',
      refs: {
        label: '0.9.0',
        url: 'https://github.com/example/speller/compare/v0.8.1...v0.9.0',
        unreleasedUrl: 'https://github.com/example/speller/compare/v0.9.0...HEAD',
      },
    })
    const headings = section.split('\n').filter(l => l.startsWith('### '))
    expect(headings).toEqual(['### Features', '### Changed', '### Fixes'])
    expect(section).toContain(
      '### Features\n\n- Hand-written: `--format sarif` for code-scanning uploads\n- check commit messages (',
    )
    expect(section.split('\n')[0]).toBe('## [0.9.0] - 2026-09-01')
    // The Unreleased heading stays (cargo-release rewrites `ReleaseDate`), emptied.
    expect(text).toContain(
      '<!-- next-header -->\n## [Unreleased] - ReleaseDate\n\n## [0.9.0] - 2026-09-01\n',
    )
    expect(text).toContain(
      '<!-- next-url -->\n[Unreleased]: https://github.com/example/speller/compare/v0.9.0...HEAD\n[0.9.0]: https://github.com/example/speller/compare/v0.8.1...v0.9.0\n[0.8.1]:',
    )
    expect(text.slice(text.indexOf('## [0.8.1]'), text.indexOf('<!-- next-url -->'))).toBe(
      before.slice(before.indexOf('## [0.8.1]'), before.indexOf('<!-- next-url -->')),
    )
    // A re-run changes nothing; a hand line added to the section survives one more commit.
    const run = {
      version: '0.9.0',
      previous: 'v0.8.1',
      messages: [
        'feat: check commit messages',
        'fix: skip binary files',
        'refactor: split the lexer',
      ],
      style: 'keep-a-changelog' as const,
    }
    expect(upsert(text, run).text).toBe(text)
    const edited = text.replace('### Fixes\n\n', '### Fixes\n\n- Hand: thanks @reporter\n')
    const again = upsert(edited, { ...run, messages: [...run.messages, 'fix: one more'] })
    expectOnlySectionChanged(edited, again.text, '## [0.9.0]')
    expect(again.section).toContain('- Hand: thanks @reporter\n- skip binary files (')
    expect(again.section).toContain('- one more (')
  })
})

describe('git-cliff’s default output', () => {
  const before = fixture('git-cliff-default.md')

  it('keeps its emoji group names and its sections without blank lines between them', () => {
    const doc = parseChangelog(before)
    expect(doc.sections.map(s => s.kind)).toEqual(['unreleased', 'version', 'version', 'version'])
    expect(doc.form?.groupNames).toMatchObject({ feat: '🚀 Features', fix: '🐛 Bug Fixes' })
    const { text, section } = upsert(before, {
      version: '0.4.0',
      previous: 'v0.3.0',
      messages: ['feat(api): stream large exports', 'fix: a leak'],
      style: 'grouped',
    })
    expect(section.split('\n').filter(l => l.startsWith('### '))).toEqual([
      '### 🚀 Features',
      '### 🐛 Bug Fixes',
    ])
    // The hand line of [unreleased] moved into the release, once.
    expect(section.match(/Stream large exports/g)).toHaveLength(1)
    expect(text.startsWith('## [0.4.0] - 2026-09-01\n')).toBe(true)
    expect(text.endsWith(before.slice(before.indexOf('## [0.3.0]')))).toBe(true)
    expect(
      upsert(text, {
        version: '0.4.0',
        previous: 'v0.3.0',
        messages: ['feat(api): stream large exports', 'fix: a leak'],
        style: 'grouped',
      }).text,
    ).toBe(text)
    // Re-writing the middle section touches nothing around it, though no blank line separates them.
    const middle = upsert(before, {
      version: '0.2.1',
      messages: ['fix: retry on 503'],
      style: 'grouped',
    })
    expectOnlySectionChanged(before, middle.text, '## [0.2.1]')
    expect(sectionText(middle.text, '## [0.2.1]')).toContain('- Retry on 503\n')
  })
})

describe('duplicated headings and HTML comments', () => {
  const before = fixture('duplicates-and-comments.md')

  it('does not take headings in comments or code blocks for sections', () => {
    const doc = parseChangelog(before)
    expect(
      doc.sections.map(s =>
        s.version ? `${s.version.major}.${s.version.minor}.${s.version.patch}` : s.kind,
      ),
    ).toEqual(['unreleased', '2.1.0', '2.1.0', '2.0.1', 'other', '1.9.3'])
  })

  it('inserts, and re-writes only the first of duplicates and only up to the next heading of its level', () => {
    const added = upsert(before, {
      version: '2.2.0',
      messages: ['feat: x'],
      style: 'keep-a-changelog',
    })
    expectOnlyInserted(before, added.text, added.section)
    // A release section written by hand (no generated entry in it) is the maintainers': a re-run
    // leaves it alone.
    expect(
      upsert(before, { version: '2.0.1', messages: ['fix: y'], style: 'keep-a-changelog' }).text,
    ).toBe(before)
    // With a generated entry in it, a re-run adds what is missing, up to the next heading of its
    // level, past the code block.
    const seeded = before.replace(
      '- Time zones west of UTC. <!-- inline comment -->\n',
      `- Time zones west of UTC. <!-- inline comment -->\n- x (${sha('fix: x').slice(0, 7)})\n`,
    )
    const rerun = upsert(seeded, {
      version: '2.0.1',
      messages: ['fix: x', 'fix: y'],
      style: 'keep-a-changelog',
    })
    expectOnlySectionChanged(seeded, rerun.text, '## 2.0.1')
    expect(rerun.text).toContain('## Notes on 1.x\n\nSupport for 1.x ended on 2026-01-01.\n')
    const s = sectionText(rerun.text, '## 2.0.1')
    expect(s).toContain(`<!-- inline comment -->\n- x (${sha('fix: x').slice(0, 7)})\n- y (`)
    expect(s).toContain('## [0.0.1] - a heading in a code block, not a release')
    const first = upsert(before, { version: '2.1.0', messages: ['feat: z'], style: 'grouped' })
    expect(first.text.match(/## \[2\.1\.0\]/g)).toHaveLength(2)
    expect(sectionText(first.text, '## [2.1.0]')).toContain(
      '<!-- moved here from 2.0.1 by hand -->\n### Notes',
    )
  })
})

describe('the Unreleased section, grouped', () => {
  it('a re-run drops the generated entries of commits released since, and keeps the hand lines', () => {
    const first = upsert(STANDARD_HEADERS.grouped, {
      messages: ['feat: a', 'fix: b'],
      style: 'grouped',
    })
    const edited = first.text.replace('### Features\n\n', '### Features\n\n- Hand: a plan for c\n')
    const again = upsert(edited, { messages: ['fix: b', 'feat: c'], style: 'grouped' })
    expect(again.section).not.toContain(`a (${sha('feat: a').slice(0, 7)})`)
    expect(again.section).toContain(
      `### Features\n\n- Hand: a plan for c\n- c (${sha('feat: c').slice(0, 7)})\n\n### Bug Fixes\n\n- b (`,
    )
  })
})

describe('anchors above release headings (angular-cli, older conventional-changelog)', () => {
  it('a new section gets its anchor in the file’s spacing; a re-run keeps the next one’s', () => {
    const before = [
      '<a name="2.1.0"></a>',
      '',
      '# 2.1.0 (2026-05-01)',
      '',
      '### Bug Fixes',
      '',
      `- x (${sha('fix: x').slice(0, 7)})`,
      '',
      '<!-- CHANGELOG SPLIT MARKER -->',
      '',
      '<a name="2.0.0"></a>',
      '',
      '# 2.0.0 (2026-04-01)',
      '',
      'Hand-written.',
      '',
    ].join('\n')
    const { text, section } = upsert(before, {
      version: '2.2.0',
      messages: ['feat: y'],
      style: 'grouped',
    })
    expect(text.startsWith(`<a name="2.2.0"></a>\n\n# 2.2.0 (2026-09-01)\n`)).toBe(true)
    expect(section.startsWith('# 2.2.0 (2026-09-01)\n')).toBe(true)
    expect(text.endsWith(before)).toBe(true)
    const rerun = upsert(before, {
      version: '2.1.0',
      messages: ['fix: x', 'fix: z'],
      style: 'grouped',
    })
    expect(rerun.text).toContain(
      `- x (${sha('fix: x').slice(0, 7)})\n- z (${sha('fix: z').slice(0, 7)})\n\n<!-- CHANGELOG SPLIT MARKER -->\n\n<a name="2.0.0"></a>\n`,
    )
    expectOnlySectionChanged(before, rerun.text, '# 2.1.0')
  })
})

describe('what a section says', () => {
  it('a release with nothing to list says so in one line; entries replace the line later', () => {
    const empty = upsert(STANDARD_HEADERS.grouped, {
      version: '1.0.1',
      messages: [],
      style: 'grouped',
    })
    expect(empty.section).toBe(
      '## [1.0.1] - 2026-09-01\n\nNo user-facing changes in this release.\n',
    )
    const later = upsert(empty.text, {
      version: '1.0.1',
      messages: ['fix: real'],
      style: 'grouped',
    })
    expect(later.section).not.toContain('No user-facing changes')
    expect(later.section).toContain('### Bug Fixes\n\n- real (')
  })

  it('keeps inline code as code, leaves @scope/package alone, neutralises only real mentions', () => {
    const { section } = upsert(undefined, {
      version: '1.0.0',
      messages: ['fix(@scope/pkg): handle `--flag=<x>` for @types/node, thanks @octocat (a@b.io)'],
      style: 'grouped',
    })
    expect(section).toContain(
      '- **@scope/pkg:** handle `--flag=<x>` for @types/node, thanks @\u200boctocat (a@b.io) (',
    )
  })

  it('lists dependency updates as one line, counted anew on a re-run, where it is', () => {
    const deps = ['chore(deps): bump a from 1 to 2', 'build(deps): bump b from 3 to 4']
    const first = upsert(undefined, {
      version: '1.1.0',
      messages: ['feat: x', ...deps],
      style: 'grouped',
    })
    expect(first.section).toContain('### Dependencies\n\n- 2 dependency updates\n')
    const edited = first.text.replace(
      '- 2 dependency updates\n',
      '- 2 dependency updates\n- Hand: lodash is gone.\n',
    )
    const again = upsert(edited, {
      version: '1.1.0',
      messages: ['feat: x', ...deps, 'fix(deps): update dependency c to v5'],
      style: 'grouped',
    })
    expect(again.section).toContain(
      '### Dependencies\n\n- 3 dependency updates\n- Hand: lodash is gone.\n',
    )
    const kac = upsert(undefined, { version: '1.1.0', messages: deps, style: 'keep-a-changelog' })
    expect(kac.section).toContain('### Changed\n\n- 2 dependency updates\n')
  })

  it('a re-run keeps entries a section already has for dependency updates, and counts only the others', () => {
    // lerna's file lists `fix(deps)` commits one by one under Bug Fixes.
    const deps = [
      'fix(deps): add missing ci-info dependency',
      'fix(deps): bump tar from 7.5.8 to 7.5.11',
    ]
    const before = [
      '# Change Log',
      '',
      '## [9.0.6](https://github.com/lerna/lerna/compare/v9.0.5...v9.0.6) (2026-03-11)',
      '',
      '### Bug Fixes',
      '',
      ...deps.map(
        m =>
          `- **deps:** ${m.slice(11)} ([${sha(m).slice(0, 7)}](https://github.com/lerna/lerna/commit/${sha(m)}))`,
      ),
      '',
      '## [9.0.5](https://github.com/lerna/lerna/compare/v9.0.4...v9.0.5) (2026-02-28)',
      '',
      '- older',
      '',
    ].join('\n')
    const same = upsert(before, { version: '9.0.6', messages: deps, style: 'grouped' })
    expect(same.text).toBe(before)
    const more = upsert(before, {
      version: '9.0.6',
      messages: [
        ...deps,
        'chore(deps): bump x from 1 to 2',
        'refactor(create): fold @lerna/create in',
      ],
      style: 'grouped',
    })
    expectOnlySectionChanged(before, more.text, '## [9.0.6]')
    const s = sectionText(more.text, '## [9.0.6]')
    expect(
      s.startsWith(
        '## [9.0.6](https://github.com/lerna/lerna/compare/v9.0.5...v9.0.6) (2026-03-11)\n\n### Bug Fixes\n\n- **deps:** add missing',
      ),
    ).toBe(true)
    expect(s).toContain('- 1 dependency update\n')
    expect(s).toContain('**create:** fold @lerna/create in')
  })

  it('a re-run that empties the first group keeps the blank line under the heading', () => {
    const first = upsert(STANDARD_HEADERS.grouped, {
      version: '1.0.0',
      messages: ['chore: x'],
      style: 'grouped',
    })
    expect(first.section).toContain('### Other Changes')
    const hidden = { ...DEFAULT_CHANGELOG_CONFIG, otherTitle: '' }
    const release: SectionRelease = {
      version: v('1.0.0'),
      tag: 'v1.0.0',
      previousTag: undefined,
      date: '2026-09-01',
      commits: ['chore: x', 'feat: y'].map(commit),
    }
    const form = parseChangelog(first.text).form ?? { brackets: true, prefixed: false, prefix: '' }
    const opts = { style: 'grouped' as const, config: hidden, repoUrl: undefined, form }
    const again = upsertSection(first.text, {
      style: 'grouped',
      heading: headingLine(release, opts),
      version: release.version,
      body: renderBody(release, opts),
      canonical: canonicalHeadings('grouped', hidden),
      initial: STANDARD_HEADERS.grouped,
      rangeShas: release.commits.map(c => c.sha),
    })
    expect(again.section).toBe(
      `## [1.0.0] - 2026-09-01\n\n### Features\n\n- y (${sha('feat: y').slice(0, 7)})\n`,
    )
  })

  it('carries the whole BREAKING CHANGE footer: paragraphs and lists', () => {
    const message = [
      'feat(config)!: one file for all settings',
      '',
      'The loader reads widgets.config.mjs only.',
      '',
      'BREAKING CHANGE: `widgets.json` is no longer read.',
      '',
      'Move the settings like this:',
      '- `name` goes to `package.name`',
      '- `hooks` go to `lifecycle`',
      '',
      'Refs: #77',
    ].join('\n')
    const { section } = upsert(undefined, {
      version: '2.0.0',
      messages: [message],
      style: 'grouped',
    })
    expect(section).toContain(
      [
        `- **config:** one file for all settings (${sha(message).slice(0, 7)})`,
        '  `widgets.json` is no longer read.',
        '',
        '  Move the settings like this:',
        '  - `name` goes to `package.name`',
        '  - `hooks` go to `lifecycle`',
        '',
      ].join('\n'),
    )
    expect(section).not.toContain('Refs')
    const notes = renderReleaseNotes({
      version: v('2.0.0'),
      tag: 'v2.0.0',
      previousTag: 'v1.9.0',
      repoUrl: undefined,
      commits: [commit(message)],
      changelogBody: section,
      images: [],
      checksumsFile: 'checksums.txt',
    })
    expect(notes).toContain(
      [
        '## Upgrade Notes',
        '',
        '- `widgets.json` is no longer read.',
        '',
        '  Move the settings like this:',
        '  - `name` goes to `package.name`',
        '  - `hooks` go to `lifecycle`',
        '',
        '## Images',
      ].join('\n'),
    )
  })
})
