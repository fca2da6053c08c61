/**
 * Rendering a changelog section in either style. Commit text is data: it is escaped so it never
 * becomes live markup (HTML, links, @mentions), and control and bidi characters are removed.
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

export interface HeadingForm {
  /** `## [1.2.3]` rather than `## 1.2.3`. */
  brackets: boolean
  /** The version written with the tag prefix (`## [v1.2.3]`). */
  prefixed: boolean
  prefix: string
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
}

/** A rendered section body: headings (in order) with their entries. */
export interface SectionBody {
  groups: { heading: string; entries: Entry[] }[]
}

export function compareUrl(repoUrl: string, from: string | undefined, to: string): string {
  return from ? `${repoUrl}/compare/${from}...${to}` : `${repoUrl}/commits/${to}`
}

export function headingLine(release: SectionRelease, opts: RenderOptions): string {
  const { form } = opts
  if (!release.version) return form.brackets ? '## [Unreleased]' : '## Unreleased'
  const name = `${form.prefixed ? form.prefix : ''}${formatVersion(release.version)}`
  const date = release.date ? ` - ${release.date}` : ''
  if (!form.brackets) return `## ${name}${date}`
  // grouped style links the version to its comparison; keep-a-changelog uses link references.
  if (opts.style === 'grouped' && opts.repoUrl && release.tag) {
    return `## [${name}](${compareUrl(opts.repoUrl, release.previousTag, release.tag)})${date}`
  }
  return `## [${name}]${date}`
}

function linkPullRequests(text: string, repoUrl: string | undefined): string {
  if (!repoUrl) return text
  return text.replace(/\(#(\d+)\)/g, (_, n: string) => `([#${n}](${repoUrl}/pull/${n}))`)
}

/** One entry: `- **scope:** subject (sha link)`, escaped. */
export function entryLine(c: ChangelogCommit, repoUrl: string | undefined): string {
  const scope = c.scope ? `**${escapeInline(c.scope)}:** ` : ''
  const subject = linkPullRequests(escapeInline(c.subject), repoUrl)
  const short = c.sha.slice(0, 7)
  const ref = repoUrl ? `[${short}](${repoUrl}/commit/${c.sha})` : short
  return `- ${scope}${subject} (${ref})`
}

function entry(c: ChangelogCommit, repoUrl: string | undefined): Entry {
  return { sha: c.sha, lines: [entryLine(c, repoUrl)] }
}

/** A breaking entry carries its migration note on the following, indented lines. */
function breakingEntry(c: ChangelogCommit, repoUrl: string | undefined): Entry {
  const lines = [entryLine(c, repoUrl)]
  for (const note of c.breakingNotes) {
    if (note.trim() === c.subject.trim()) continue
    for (const line of stripUnsafeCharacters(note).split('\n')) {
      if (line.trim() !== '') lines.push(`  ${escapeInline(line.trim())}`)
    }
  }
  return { sha: c.sha, lines }
}

function keepAChangelogHeading(c: ChangelogCommit, config: ChangelogConfig): string | undefined {
  if (c.scope?.toLowerCase() === 'security') return 'Security'
  return config.keepAChangelog[c.type]
}

export function renderBody(release: SectionRelease, opts: RenderOptions): SectionBody {
  const { config, repoUrl } = opts
  const breaking = release.commits.filter(c => c.breaking)
  const groups: SectionBody['groups'] = []
  if (breaking.length > 0) {
    groups.push({
      heading: BREAKING_HEADING,
      entries: breaking.map(c => breakingEntry(c, repoUrl)),
    })
  }
  const rest = release.commits.filter(c => !c.breaking)
  if (opts.style === 'grouped') {
    const listed = new Set<ChangelogCommit>()
    for (const group of config.groups) {
      const commits = rest.filter(c => group.types.includes(c.type))
      commits.forEach(c => listed.add(c))
      if (commits.length > 0)
        groups.push({ heading: group.title, entries: commits.map(c => entry(c, repoUrl)) })
    }
    const other = rest.filter(c => !listed.has(c))
    if (config.otherTitle && other.length > 0) {
      groups.push({ heading: config.otherTitle, entries: other.map(c => entry(c, repoUrl)) })
    }
  } else {
    for (const heading of KEEP_A_CHANGELOG_HEADINGS) {
      const commits = rest.filter(c => keepAChangelogHeading(c, config) === heading)
      if (commits.length > 0) groups.push({ heading, entries: commits.map(c => entry(c, repoUrl)) })
    }
  }
  return { groups }
}

export function bodyText(body: SectionBody): string {
  return body.groups
    .map(g => `### ${g.heading}\n\n${g.entries.flatMap(e => e.lines).join('\n')}\n`)
    .join('\n')
}

/** The headings a style writes, in order (Breaking Changes first). */
export function canonicalHeadings(style: ChangelogStyle, config: ChangelogConfig): string[] {
  if (style === 'keep-a-changelog') return [BREAKING_HEADING, ...KEEP_A_CHANGELOG_HEADINGS]
  return [
    BREAKING_HEADING,
    ...config.groups.map(g => g.title),
    ...(config.otherTitle ? [config.otherTitle] : []),
  ]
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
