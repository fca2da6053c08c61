/**
 * generate-changelog against real git repositories: ranges, merges, path filters, the file
 * upsert (second run a no-op), Unreleased promotion, the CLI and the bundle run as the runner does.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_CHANGELOG_CONFIG,
  generateChangelog,
  parseChangelog,
  pathspecs,
  renderHistory,
  upsertHistory,
  type GenerateOptions,
} from '../../packages/changelog/index.ts'
import { exec } from '../../packages/process/index.ts'
import { parseVersion, type Version } from '../../packages/versioning/index.ts'
import { root, runAction, runCli } from '../helpers/cli.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const fixtures = path.join(root, 'test/fixtures/changelogs')

const v = (s: string) => parseVersion(s) as Version

function options(overrides: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    ...{ date: '2026-09-01' },
    version: undefined,
    tagPrefix: 'v',
    style: 'grouped',
    paths: [],
    config: DEFAULT_CHANGELOG_CONFIG,
    images: [],
    ...overrides,
  }
}

async function history(): Promise<TestRepo> {
  const repo = await TestRepo.create()
  await repo.commit('feat: first', { 'src/a.ts': '1' })
  await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
  await repo.commit('fix(api): second', { 'src/a.ts': '2' })
  await repo.commit('docs: readme', { 'README.md': 'x' })
  await repo.tag('v1.1.0-rc.1', { message: 'rc' })
  await repo.checkout('-b', 'topic')
  await repo.commit('feat(web): from a branch (#12)', { 'web/index.html': '<p>' })
  await repo.checkout('main')
  await repo.commit('chore(release): v1.1.0-rc.1')
  await repo.merge('topic', 'Merge pull request #12 from o/topic')
  return repo
}

describe('generateChangelog', () => {
  it('lists the commits since the previous stable release, reading through merges', async () => {
    const repo = await history()
    const r = await generateChangelog(repo.git, options({ version: v('1.1.0') }))
    expect(r.from).toBe('v1.0.0')
    expect(r.to).toBe('HEAD')
    expect(r.commits.map(c => c.subject)).toEqual(['second', 'readme', 'from a branch (#12)'])
    expect(r.skipped).toBe(1) // chore(release)
    expect(r.section).not.toContain('Merge pull request')
  })

  it('starts a pre-release at the previous tag of any kind', async () => {
    const repo = await history()
    const r = await generateChangelog(repo.git, options({ version: v('1.1.0-rc.2') }))
    expect(r.from).toBe('v1.1.0-rc.1')
    expect(r.commits.map(c => c.subject)).toEqual(['from a branch (#12)'])
  })

  it('ends at the release tag when it exists', async () => {
    const repo = await history()
    await repo.commit('feat: after')
    await repo.run('tag', 'v1.1.0', 'HEAD~1')
    const r = await generateChangelog(repo.git, options({ version: v('1.1.0') }))
    expect(r.to).toBe('v1.1.0')
    expect(r.commits.map(c => c.subject)).not.toContain('after')
  })

  it('applies path filters in git', async () => {
    const repo = await history()
    const only = await generateChangelog(
      repo.git,
      options({ version: v('1.1.0'), paths: pathspecs({ include: ['src/**'] }) }),
    )
    expect(only.commits.map(c => c.subject)).toEqual(['second'])
    const without = await generateChangelog(
      repo.git,
      options({ version: v('1.1.0'), paths: pathspecs({ exclude: ['README.md', 'web/**'] }) }),
    )
    expect(without.commits.map(c => c.subject)).toEqual(['second'])
    expect(() => pathspecs({ include: ['../outside'] })).toThrow("Input 'include-paths'")
    expect(() => pathspecs({ exclude: ['--output=x'] })).toThrow("Input 'exclude-paths'")
  })

  it('upserts the file: a second run is a no-op, hand edits stay', async () => {
    const repo = await history()
    const file = path.join(repo.dir, 'CHANGELOG.md')
    const first = await generateChangelog(
      repo.git,
      options({ version: v('1.1.0'), file, repoUrl: 'https://github.com/o/r' }),
    )
    expect(first.changed).toBe(true)
    const written = readFileSync(file, 'utf8')
    const edited = written.replace(
      '# Changelog\n',
      '# Changelog\n\n<!-- hand edit: keep me 🎉 -->\n',
    )
    writeFileSync(file, edited)
    const second = await generateChangelog(
      repo.git,
      options({ version: v('1.1.0'), file, repoUrl: 'https://github.com/o/r' }),
    )
    expect(second.changed).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe(edited)
  })

  it('promotes hand-written Unreleased entries (keep-a-changelog) and writes the notes', async () => {
    const repo = await history()
    const file = path.join(repo.dir, 'CHANGELOG.md')
    writeFileSync(
      file,
      '# Changelog\n\nThe format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/).\n\n## Unreleased\n\n### Security\n\n- Patched a token leak in logs.\n\n## 1.0.0 - 2026-01-01\n\n### Added\n\n- First.\n',
    )
    const notesFile = path.join(repo.dir, 'notes.md')
    const r = await generateChangelog(
      repo.git,
      options({
        version: v('1.1.0'),
        file,
        style: 'keep-a-changelog',
        notesFile,
        images: ['ghcr.io/o/r'],
      }),
    )
    const text = readFileSync(file, 'utf8')
    expect(text).toContain(
      '## Unreleased\n\n## 1.1.0 - 2026-09-01\n\n### Added\n\n- **web:** from a branch (#12)',
    )
    expect(text).toContain('### Security\n\n- Patched a token leak in logs.\n')
    expect(text.endsWith('## 1.0.0 - 2026-01-01\n\n### Added\n\n- First.\n')).toBe(true)
    const notes = readFileSync(notesFile, 'utf8')
    expect(notes).toBe(r.notes)
    expect(notes).toContain('## Changelog\n\n### Added')
    expect(notes).toContain('`ghcr.io/o/r:1.1.0`')
  })
})

describe('hand-edited changelogs in real repositories', () => {
  it.each([
    ['generated-with-duplicates.md', 'grouped'],
    ['keep-a-changelog-hand-edited.md', 'keep-a-changelog'],
    ['no-brackets.md', 'keep-a-changelog'],
  ] as const)(
    '%s: only the new section changes; a second run changes nothing',
    async (name, style) => {
      const repo = await history()
      const before = readFileSync(path.join(fixtures, name), 'utf8')
      const file = path.join(repo.dir, 'CHANGELOG.md')
      writeFileSync(file, before)
      await repo.commit('docs: adopt the changelog', { 'CHANGELOG.md': before })
      const first = await generateChangelog(repo.git, options({ version: v('1.1.0'), file, style }))
      const after = readFileSync(file, 'utf8')
      expect(first.changed).toBe(true)
      // Above the first section and from the first older release on (up to the link references),
      // the file is byte for byte what it was; every line written by hand is still there.
      const doc = parseChangelog(before)
      const firstSection = doc.sections[0]?.start ?? 0
      const firstRelease = doc.sections.find(s => s.kind === 'version')?.start ?? doc.lines.length
      const head = doc.lines.slice(0, firstSection).join('')
      const releases = doc.lines.slice(firstRelease, doc.refsStart).join('')
      expect(after.startsWith(head)).toBe(true)
      expect(after).toContain(releases)
      for (const line of before.split('\n').filter(l => l.trim() !== '' && !l.startsWith('### '))) {
        expect(after, `line kept: ${line}`).toContain(
          line.startsWith('[Unreleased]:') ? '[Unreleased]:' : line,
        )
      }
      expect(after).toContain(first.section)
      const second = await generateChangelog(
        repo.git,
        options({ version: v('1.1.0'), file, style }),
      )
      expect(second.changed).toBe(false)
      expect(readFileSync(file, 'utf8')).toBe(after)
    },
  )
})

/**
 * A v8 line developed on a branch that merged main in (so main's v7.6.0 is its merge's second
 * parent) and then became main: a walk in topological order meets v7.6.0 before v8's first commits.
 * Candidates of 8.0.0 on the way, and a candidate of 8.1.0 still open.
 */
async function nonLinear(): Promise<TestRepo> {
  const repo = await TestRepo.create()
  await repo.commit('feat: base')
  await repo.tag('v7.5.0')
  await repo.checkout('-b', 'next')
  await repo.commit('feat!: next one\n\nBREAKING CHANGE: the v7 API is gone.')
  await repo.commit('feat: next two')
  await repo.tag('v8.0.0-rc.1', { message: 'rc' })
  await repo.checkout('main')
  await repo.commit('fix: main fix')
  await repo.tag('v7.6.0', { message: 'Release v7.6.0' })
  await repo.checkout('next')
  await repo.commit('feat: next three')
  await repo.tag('v8.0.0-rc.2')
  await repo.merge('main', 'Merge main into next')
  await repo.checkout('main')
  await repo.run('merge', '--ff-only', '--quiet', 'next')
  await repo.commit('fix: after merge')
  await repo.tag('v8.0.0', { message: 'Release v8.0.0' })
  await repo.commit('feat: candidate work')
  await repo.tag('v8.1.0-rc.1')
  await repo.commit('fix: unreleased work')
  return repo
}

/** `git rev-list --no-merges <from>..<to>` (all of `to` without from), sorted. */
async function revList(repo: TestRepo, from: string | undefined, to: string): Promise<string[]> {
  const out = await repo.run('rev-list', '--no-merges', from ? `${from}..${to}` : to)
  return out.split('\n').filter(Boolean).sort()
}

describe('changelog --all: every section lists git rev-list <previous>..<tag>', () => {
  it('assigns each commit to its release where history is not linear, as --version does', async () => {
    const repo = await nonLinear()
    const sections = new Map<
      string,
      { subjects: string[]; shas: string[]; previous: string | undefined }
    >()
    await renderHistory(
      repo.git,
      {
        to: 'HEAD',
        prefix: 'v',
        paths: [],
        style: 'grouped',
        config: DEFAULT_CHANGELOG_CONFIG,
        repoUrl: undefined,
      },
      (_section, release, previousTag) => {
        sections.set(release.tag ?? 'unreleased', {
          subjects: release.commits.map(c => c.subject).sort(),
          shas: release.commits.map(c => c.sha).sort(),
          previous: previousTag,
        })
      },
    )
    // Candidates are not sections of their own: their commits belong to their release, or to
    // Unreleased while the candidate is open.
    expect([...sections.keys()]).toEqual(['unreleased', 'v8.0.0', 'v7.6.0', 'v7.5.0'])
    expect(sections.get('v8.0.0')?.previous).toBe('v7.6.0')
    expect(sections.get('v8.0.0')?.shas).toEqual(await revList(repo, 'v7.6.0', 'v8.0.0'))
    expect(sections.get('v8.0.0')?.subjects).toEqual([
      'after merge',
      'next one',
      'next three',
      'next two',
    ])
    expect(sections.get('v7.6.0')?.shas).toEqual(await revList(repo, 'v7.5.0', 'v7.6.0'))
    expect(sections.get('v7.5.0')?.shas).toEqual(await revList(repo, undefined, 'v7.5.0'))
    expect(sections.get('unreleased')?.shas).toEqual(await revList(repo, 'v8.0.0', 'HEAD'))
    // The same sets as --version (and the Unreleased section without one).
    for (const tag of ['v8.0.0', 'v7.6.0', 'v7.5.0']) {
      const r = await generateChangelog(repo.git, options({ version: v(tag.slice(1)) }))
      expect(r.commits.map(c => c.subject).sort(), tag).toEqual(sections.get(tag)?.subjects)
    }
    const unreleased = await generateChangelog(repo.git, options())
    expect(unreleased.from).toBe('v8.0.0')
    expect(unreleased.commits.map(c => c.subject).sort()).toEqual(
      sections.get('unreleased')?.subjects,
    )
  })

  it('a file bootstrapped with --all and upserted later lists no entry twice', async () => {
    const repo = await nonLinear()
    const history = {
      to: 'HEAD',
      prefix: 'v',
      paths: [],
      style: 'grouped' as const,
      config: DEFAULT_CHANGELOG_CONFIG,
      repoUrl: undefined,
    }
    const { text } = await upsertHistory(repo.git, history, undefined)
    const file = path.join(repo.dir, 'CHANGELOG.md')
    writeFileSync(file, text)
    const entries = (t: string) => t.split('\n').filter(l => l.startsWith('- '))
    expect(new Set(entries(text)).size).toBe(entries(text).length)
    // Every release again with --version, and the whole history again: nothing changes.
    for (const tag of ['v8.0.0', 'v7.6.0', 'v7.5.0']) {
      const r = await generateChangelog(
        repo.git,
        options({ version: v(tag.slice(1)), file, date: undefined }),
      )
      expect(r.changed, tag).toBe(false)
    }
    expect((await upsertHistory(repo.git, history, text)).text).toBe(text)
    // The candidate is promoted and released: its section takes the Unreleased entries, once.
    await repo.run('tag', 'v8.1.0', 'HEAD')
    const released = await generateChangelog(
      repo.git,
      options({ version: v('8.1.0'), file, date: undefined }),
    )
    expect(released.changed).toBe(true)
    const after = readFileSync(file, 'utf8')
    expect(new Set(entries(after)).size).toBe(entries(after).length)
    expect(after).not.toContain('## [Unreleased]')
    expect(after.slice(after.indexOf('## [8.0.0]'))).toBe(text.slice(text.indexOf('## [8.0.0]')))
    expect((await upsertHistory(repo.git, history, after)).text).toBe(after)
  })
})

describe('the release date', () => {
  const at = async (repo: TestRepo, date: string, ...args: string[]) =>
    exec('git', ['-C', repo.dir, ...args], {
      env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
    })

  it('is the tagger date of an annotated tag, the commit date of a lightweight one, today before the tag', async () => {
    const repo = await TestRepo.create()
    await at(repo, '2025-03-01T12:00:00Z', 'commit', '--quiet', '--allow-empty', '-m', 'feat: one')
    await at(repo, '2025-03-05T23:30:00Z', 'tag', '-a', '-m', 'Release v1.0.0', 'v1.0.0')
    await at(repo, '2025-04-01T12:00:00Z', 'commit', '--quiet', '--allow-empty', '-m', 'fix: two')
    await at(repo, '2025-04-09T08:00:00Z', 'tag', 'v1.0.1')
    await at(repo, '2025-05-01T12:00:00Z', 'commit', '--quiet', '--allow-empty', '-m', 'fix: three')
    const file = path.join(repo.dir, 'CHANGELOG.md')
    const one = await generateChangelog(
      repo.git,
      options({ version: v('1.0.0'), file, date: undefined }),
    )
    expect(one.section.split('\n')[0]).toBe('## [1.0.0] - 2025-03-05')
    const two = await generateChangelog(
      repo.git,
      options({ version: v('1.0.1'), file, date: undefined }),
    )
    expect(two.section.split('\n')[0]).toBe('## [1.0.1] - 2025-04-01')
    const today = new Date().toISOString().slice(0, 10)
    const three = await generateChangelog(
      repo.git,
      options({ version: v('1.0.2'), file, date: undefined }),
    )
    expect(three.section.split('\n')[0]).toBe(`## [1.0.2] - ${today}`)
    // A re-run on another day finds the same dates: nothing changes.
    const written = readFileSync(file, 'utf8')
    for (const version of ['1.0.0', '1.0.1'])
      expect(
        (await generateChangelog(repo.git, options({ version: v(version), file, date: undefined })))
          .changed,
      ).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe(written)
    // --all uses the same dates.
    const all = await runCli(['changelog', '--all'], { cwd: repo.dir })
    expect(all.stdout).toContain('## [1.0.1] - 2025-04-01\n')
    expect(all.stdout).toContain('## [1.0.0] - 2025-03-05\n')
  })
})

describe('release-actions changelog', () => {
  it('prints a section, upserts with --prepend, and renders the whole history with --all', async () => {
    const repo = await history()
    const unreleased = await runCli(['changelog'], { cwd: repo.dir })
    expect(unreleased.stdout).toMatch(
      /^## \[Unreleased\]\n\n### Features\n\n- \*\*web:\*\* from a branch/,
    )

    const prepend = await runCli(
      ['changelog', '--version', 'v1.1.0', '--prepend', 'CHANGELOG.md', '--date', '2026-09-02'],
      { cwd: repo.dir },
    )
    expect(prepend.code).toBe(0)
    const once = readFileSync(path.join(repo.dir, 'CHANGELOG.md'), 'utf8')
    expect(once).toContain('## [1.1.0] - 2026-09-02')
    await runCli(
      ['changelog', '--version', 'v1.1.0', '--prepend', 'CHANGELOG.md', '--date', '2026-09-02'],
      { cwd: repo.dir },
    )
    expect(readFileSync(path.join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(once)

    const all = await runCli(['changelog', '--all'], { cwd: repo.dir })
    // The candidate v1.1.0-rc.1 is open: its commits are in Unreleased, not a section of its own.
    expect(all.stdout.split('\n').filter(l => l.startsWith('## '))).toEqual([
      '## [Unreleased]',
      '## [1.0.0] - 2026-01-01',
    ])
    const out = await runCli(['changelog', '--all', '--output', 'ALL.md'], { cwd: repo.dir })
    expect(out.code).toBe(0)
    expect(readFileSync(path.join(repo.dir, 'ALL.md'), 'utf8')).toBe(all.stdout)
    expect(
      (await runCli(['changelog', '--all', '--version', '1.0.0'], { cwd: repo.dir })).code,
    ).toBe(2)
  })
})

describe('the bundle, as the runner runs it', () => {
  it('writes the file, the notes and the outputs; a re-run changes nothing', async () => {
    const repo = await history()
    const inputs = {
      version: 'v1.1.0',
      'notes-file': 'notes.md',
      date: '2026-09-03',
      images: 'ghcr.io/o/app',
    }
    const r = await runAction('generate-changelog', inputs, { cwd: repo.dir })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      file: path.join(repo.dir, 'CHANGELOG.md'),
      'notes-file': path.join(repo.dir, 'notes.md'),
      'has-breaking': 'false',
      'commit-count': '3',
      changed: 'true',
    })
    expect(r.outputs.changelog).toMatch(
      /^## \[1\.1\.0\]\(https:\/\/github\.com\/octo\/demo\/compare\/v1\.0\.0\.\.\.v1\.1\.0\) - 2026-09-03\n/,
    )
    expect(r.summary).toContain('### generate-changelog: `v1.1.0`')
    // The section was printed with workflow commands turned off.
    expect(r.stdout).toMatch(/::stop-commands::[\w-]+\n## \[1\.1\.0\]/)
    const again = await runAction('generate-changelog', inputs, { cwd: repo.dir })
    expect(again.outputs.changed).toBe('false')
  })

  it('writes no file with file set empty', async () => {
    const repo = await history()
    const r = await runAction('generate-changelog', { file: '' }, { cwd: repo.dir })
    // Unreleased is everything since the newest stable release (v1.0.0), the open candidate's
    // commits included: what the next stable release will list.
    expect(r.outputs).toMatchObject({ file: '', changed: 'false', 'commit-count': '3' })
    expect(r.outputs.changelog).toContain('## [Unreleased]')
  })

  it.each([
    [{ version: 'v1.2' }, 'version'],
    [{ date: '2026-13-01' }, 'date'],
    [{ style: 'fancy' }, 'style'],
    [{ file: '../outside.md' }, 'file'],
    [{ 'repo-url': 'ftp://x' }, 'repo-url'],
    [{ from: 'v1$(id)' }, 'from'],
    [{ images: 'GHCR.io/Bad Image' }, 'images'],
    [{ 'include-paths': '../x' }, 'include-paths'],
  ])('refuses %j naming the input', async (inputs, input) => {
    const repo = await history()
    const r = await runAction('generate-changelog', inputs, { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::Input '${input}': `)
    expect(r.outputFile).toBe('')
  })
})
