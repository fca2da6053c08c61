/**
 * Rendering a changelog section in either style, in the form of the file it goes into (heading
 * level, link and date form, bullet, group names). Commit text is data: it is escaped so it never
 * becomes live markup (HTML, links, @mentions), and control and bidi characters are removed; code
 * spans stay code.
 */
import { escapeInline, stripUnsafeCharacters } from '../markdown/index.ts'
import { formatVersion, type Version } from '../versioning/index.ts'
import type { ChangelogCommit } from './commits.ts'
import { KEEP_A_CHANGELOG_HEADINGS, type ChangelogConfig } from './config.ts'

export type ChangelogStyle = 'grouped' | 'keep-a-changelog'
export const CHANGELOG_STYLES: readonly ChangelogStyle[] = ['grouped', 'keep-a-changelog']
export const BREAKING_HEADING = 'Breaking Changes'

export interface SectionRelease {
  /** undefined: the Unreleased section. */
  version: Version | undefined
  tag: string | undefined
  previousTag: string | undefined
  /** YYYY-MM-DD */
  date: string | undefined
  commits: readonly ChangelogCommit[]
}

/** How a file writes its sections; every field but the first three is learnt from the file. */
export interface HeadingForm {
  /** `## [1.2.3]` rather than `## 1.2.3`. */
  brackets: boolean
  /** The version written with the tag prefix (`## [v1.2.3]`). */
  prefixed: boolean
  prefix: string
  /** `[1.2.3](compare URL)`; default: the grouped style links when the repository is known. */
  linked?: boolean
  /** The text around the date: ` - 2026-01-02` (the default) or ` (2026-01-02)`; `none`: no date. */
  date?: { before: string; after: string } | 'none'
  /** Heading levels: of a release whose patch is not 0, of any other release, of Unreleased. */
  levels?: { patch: number; other: number; unreleased: number }
  /** Level of the group headings (`### Features`). */
  groupLevel?: number
  bullet?: '-' | '*' | '+'
  /** The file's own names of the groups, by concept (see groupConcept): `feat` → `Features`. */
  groupNames?: Record<string, string>
  /** `<a name="1.2.3"></a>` above each release heading, with a blank line between them or not. */
  anchor?: 'gap' | 'tight'
}

/** A release with no entries says so instead of showing a bare heading. */
export const NOTHING_TO_LIST = 'No user-facing changes in this release.'

/**
 * The names projects give the same group: conventional-changelog's, git-cliff's, Keep a
 * Changelog's, ours. A file's `### Fixes` is where our `Bug Fixes` (or `Fixed`) go.
 */
const CONCEPTS: Record<string, readonly string[]> = {
  breaking: ['breaking changes', 'breaking change', 'breaking', 'breaking changes ⚠'],
  deps: ['dependencies', 'dependency updates', 'deps', 'dependency'],
  feat: ['features', 'feature', 'new features', 'added', 'new', 'enhancements', 'feat'],
  fix: ['bug fixes', 'bugfixes', 'bug fix', 'fixes', 'fixed', 'fix', 'bugs'],
  perf: ['performance', 'performance improvements', 'perf'],
  refactor: ['refactoring', 'refactor', 'code refactoring', 'refactors'],
  docs: ['documentation', 'docs'],
  changed: ['changed', 'changes'],
  deprecated: ['deprecated', 'deprecations', 'deprecation'],
  removed: ['removed', 'removals', 'removal'],
  security: ['security'],
  revert: ['reverts', 'revert', 'reverted'],
  other: [
    'other changes',
    'other',
    'miscellaneous',
    'misc',
    'miscellaneous chores',
    'miscellaneous tasks',
    'chores',
    'other tasks',
  ],
}
const CONCEPT_OF = new Map(
  Object.entries(CONCEPTS).flatMap(([concept, names]) => names.map(n => [n, concept] as const)),
)

/** A heading reduced to its words: no HTML comments, emoji, punctuation or case. */
function headingWords(heading: string): string {
  return heading
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase()
}

/** The concept a group heading names (`Bug Fixes`, `🐛 Fixes` → `fix`), or its own words. */
export function groupConcept(heading: string): string {
  const words = headingWords(heading)
  return CONCEPT_OF.get(words) ?? `=${words}`
}

export interface RenderOptions {
  style: ChangelogStyle
  config: ChangelogConfig
  /** https://github.com/owner/repo: commit, pull request and compare links. */
  repoUrl: string | undefined
  form: HeadingForm
}

/** One generated entry: its commit and its lines (a breaking entry has note lines under it). */
export interface Entry {
  sha: string
  lines: string[]
  /** The one line of dependency updates: how many commits it stands for. */
  collapsed?: number
  /** The one line of dependency updates: the commits it stands for. */
  shas?: string[]
}

/** The grouped style's heading for the one line of dependency updates. */
export const DEPENDENCIES_HEADING = 'Dependencies'

/** The one line of dependency updates (Dependabot, Renovate): `- 12 dependency updates`. */
export function dependencyLine(count: number, bullet = '-'): string {
  return `${bullet} ${count} dependency update${count === 1 ? '' : 's'}`
}

/** Is this line a dependency-updates line as `dependencyLine` writes it? */
export const DEPENDENCY_LINE = /^[-*+] \d+ dependency updates?\s*$/

/** A rendered section body: headings (in order) with their entries. */
export interface SectionBody {
  groups: { heading: string; entries: Entry[] }[]
  /** Level of the group headings (default 3). */
  groupLevel?: number
  /** The line a release with no entries gets instead (undefined for Unreleased). */
  empty?: string
}

export function compareUrl(repoUrl: string, from: string | undefined, to: string): string {
  return from ? `${repoUrl}/compare/${from}...${to}` : `${repoUrl}/commits/${to}`
}

/** The heading level of a release in this form: conventional-changelog puts patches a level down. */
export function headingLevel(version: Version | undefined, form: HeadingForm): number {
  const levels = form.levels ?? { patch: 2, other: 2, unreleased: 2 }
  if (!version) return levels.unreleased
  return version.patch !== 0 ? levels.patch : levels.other
}

export function headingLine(release: SectionRelease, opts: RenderOptions): string {
  const { form } = opts
  const hashes = '#'.repeat(headingLevel(release.version, form))
  if (!release.version) return form.brackets ? `${hashes} [Unreleased]` : `${hashes} Unreleased`
  const name = `${form.prefixed ? form.prefix : ''}${formatVersion(release.version)}`
  const around = form.date ?? { before: ' - ', after: '' }
  const date =
    release.date && around !== 'none' ? `${around.before}${release.date}${around.after}` : ''
  // grouped style links the version to its comparison; keep-a-changelog uses link references.
  const linked = form.linked ?? (form.brackets && opts.style === 'grouped')
  if (linked && opts.repoUrl && release.tag) {
    return `${hashes} [${name}](${compareUrl(opts.repoUrl, release.previousTag, release.tag)})${date}`
  }
  if (!form.brackets) return `${hashes} ${name}${date}`
  return `${hashes} [${name}]${date}`
}

function linkPullRequests(text: string, repoUrl: string | undefined): string {
  if (!repoUrl) return text
  return text.replace(/\(#(\d+)\)/g, (_, n: string) => `([#${n}](${repoUrl}/pull/${n}))`)
}

/** One entry: `- **scope:** subject (sha link)`, escaped (code spans stay code). */
export function entryLine(c: ChangelogCommit, repoUrl: string | undefined, bullet = '-'): string {
  const scope = c.scope ? `**${escapeInline(c.scope)}:** ` : ''
  const subject = escapeInline(c.subject, text => linkPullRequests(text, repoUrl))
  const short = c.sha.slice(0, 7)
  const ref = repoUrl ? `[${short}](${repoUrl}/commit/${c.sha})` : short
  return `${bullet} ${scope}${subject} (${ref})`
}

/**
 * A note (a BREAKING CHANGE footer) as Markdown lines: its paragraphs, list items and code blocks
 * kept, every text line escaped, a code block left open by the note closed. Lines are not
 * indented; blank lines separate paragraphs.
 */
export function noteLines(note: string): string[] {
  const out: string[] = []
  let fence: { char: string; length: number } | undefined
  for (const raw of stripUnsafeCharacters(note).replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '')
    const f = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line)
    if (fence) {
      out.push(line)
      if (f && f[2]?.[0] === fence.char && (f[2]?.length ?? 0) >= fence.length && !f[3]?.trim())
        fence = undefined
      continue
    }
    if (f && !(f[2]?.startsWith('`') && f[3]?.includes('`'))) {
      fence = { char: f[2]?.[0] ?? '`', length: f[2]?.length ?? 3 }
      out.push(`${f[1]}${f[2]}${(f[3] ?? '').replace(/[^\w+.-]/g, '')}`)
      continue
    }
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('')
      continue
    }
    const m = /^(\s*)((?:[-*+]|\d{1,9}[.)])\s+)?(.*)$/.exec(line) as RegExpExecArray
    const [, indent = '', marker = '', text = ''] = m
    // Text that would start a heading, a rule or a setext underline stays text.
    const escaped = escapeInline(text).replace(/^(#{1,6}(?=\s|$)|[-=]+\s*$)/, '\\$1')
    out.push(`${indent}${marker}${escaped}`)
  }
  if (fence) out.push(fence.char.repeat(fence.length))
  while (out[out.length - 1] === '') out.pop()
  return out
}

function entry(c: ChangelogCommit, repoUrl: string | undefined, bullet: string): Entry {
  return { sha: c.sha, lines: [entryLine(c, repoUrl, bullet)] }
}

/** A breaking entry carries its whole migration note on the following, indented lines. */
function breakingEntry(c: ChangelogCommit, repoUrl: string | undefined, bullet: string): Entry {
  const lines = [entryLine(c, repoUrl, bullet)]
  const notes = c.breakingNotes.filter(n => n.trim() !== '' && n.trim() !== c.subject.trim())
  notes.forEach((note, i) => {
    if (i > 0) lines.push('')
    lines.push(...noteLines(note).map(l => (l === '' ? '' : `  ${l}`)))
  })
  return { sha: c.sha, lines }
}

function keepAChangelogHeading(c: ChangelogCommit, config: ChangelogConfig): string | undefined {
  if (c.scope?.toLowerCase() === 'security') return 'Security'
  return config.keepAChangelog[c.type]
}

/** The file's name for a group heading, when the file has one for the same concept. */
export function fileHeading(heading: string, form: HeadingForm): string {
  return form.groupNames?.[groupConcept(heading)] ?? heading
}

export function renderBody(release: SectionRelease, opts: RenderOptions): SectionBody {
  const { config, repoUrl, form } = opts
  const bullet = form.bullet ?? '-'
  const breaking = release.commits.filter(c => c.breaking)
  const groups: SectionBody['groups'] = []
  const push = (heading: string, entries: Entry[]) =>
    groups.push({ heading: fileHeading(heading, form), entries })
  if (breaking.length > 0)
    push(
      BREAKING_HEADING,
      breaking.map(c => breakingEntry(c, repoUrl, bullet)),
    )
  const rest = release.commits.filter(c => !c.breaking && !c.dependency)
  const dependencies = release.commits.filter(c => !c.breaking && c.dependency)
  const collapsed: Entry | undefined =
    dependencies.length > 0
      ? {
          sha: dependencies[dependencies.length - 1]?.sha ?? '',
          lines: [dependencyLine(dependencies.length, bullet)],
          collapsed: dependencies.length,
          shas: dependencies.map(c => c.sha),
        }
      : undefined
  if (opts.style === 'grouped') {
    const listed = new Set<ChangelogCommit>()
    for (const group of config.groups) {
      const commits = rest.filter(c => group.types.includes(c.type))
      commits.forEach(c => listed.add(c))
      if (commits.length > 0)
        push(
          group.title,
          commits.map(c => entry(c, repoUrl, bullet)),
        )
    }
    const other = rest.filter(c => !listed.has(c))
    if (config.otherTitle && other.length > 0)
      push(
        config.otherTitle,
        other.map(c => entry(c, repoUrl, bullet)),
      )
    if (collapsed) push(DEPENDENCIES_HEADING, [collapsed])
  } else {
    for (const heading of KEEP_A_CHANGELOG_HEADINGS) {
      const commits = rest.filter(c => keepAChangelogHeading(c, config) === heading)
      // Keep a Changelog lists dependency updates as a change.
      const entries = commits.map(c => entry(c, repoUrl, bullet))
      if (heading === 'Changed' && collapsed) entries.push(collapsed)
      if (entries.length > 0) push(heading, entries)
    }
  }
  return {
    groups,
    groupLevel: form.groupLevel ?? 3,
    ...(release.version ? { empty: NOTHING_TO_LIST } : {}),
  }
}

export function bodyText(body: SectionBody): string {
  const hashes = '#'.repeat(body.groupLevel ?? 3)
  if (body.groups.length === 0) return body.empty ? `${body.empty}\n` : ''
  return body.groups
    .map(g => `${hashes} ${g.heading}\n\n${g.entries.flatMap(e => e.lines).join('\n')}\n`)
    .join('\n')
}

/** The headings a style writes, in order (Breaking Changes first), in the file's names. */
export function canonicalHeadings(
  style: ChangelogStyle,
  config: ChangelogConfig,
  form?: HeadingForm,
): string[] {
  const names =
    style === 'keep-a-changelog'
      ? [BREAKING_HEADING, ...KEEP_A_CHANGELOG_HEADINGS]
      : [
          BREAKING_HEADING,
          ...config.groups.map(g => g.title),
          ...(config.otherTitle ? [config.otherTitle] : []),
          DEPENDENCIES_HEADING,
        ]
  return form ? names.map(n => fileHeading(n, form)) : names
}

/** The whole section: heading, a blank line, the groups. Ends with a newline. */
export function renderSection(release: SectionRelease, opts: RenderOptions): string {
  const body = bodyText(renderBody(release, opts))
  return `${headingLine(release, opts)}\n${body ? `\n${body}` : ''}`
}

export function utcDate(time: number | Date): string {
  const d = typeof time === 'number' ? new Date(time * 1000) : time
  return d.toISOString().slice(0, 10)
}
