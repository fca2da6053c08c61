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
  type GenerateOptions,
} from '../../packages/changelog/index.ts'
import { parseVersion, type Version } from '../../packages/versioning/index.ts'
import { root, runAction, runCli } from '../helpers/cli.ts'
import { TestRepo } from '../helpers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

const fixtures = path.join(root, 'test/fixtures/changelogs')

const v = (s: string) => parseVersion(s) as Version

function options(overrides: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    version: undefined,
    tagPrefix: 'v',
    style: 'grouped',
    date: '2026-09-01',
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
    expect(all.stdout.split('\n').filter(l => l.startsWith('## '))).toEqual([
      '## [Unreleased]',
      '## [1.1.0-rc.1] - 2026-01-01',
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
    expect(r.outputs).toMatchObject({ file: '', changed: 'false', 'commit-count': '1' })
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
