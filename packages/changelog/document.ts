/**
 * A CHANGELOG file as its maintainers wrote it, and the upsert of one section into it. A release
 * is any heading of level 1 to 3 that names a version (`# [21.2.0](url) (2025-06-01)`,
 * `## v1.2.3 - 2025-06-01`, `### 1.2.3`) or Unreleased, with the `<a name="…"></a>` anchor above it;
 * it ends at the next release heading or at the next other heading of its level or higher.
 *
 * Writing a section changes that section only — and, for a new newest release, the Unreleased
 * section whose entries move into it. Everything else is kept byte for byte: the header, hand
 * edits, HTML comments, unusual or duplicated headings, the line endings. A re-run of a section
 * keeps every line in it where it is and adds only the entries of commits it does not mention yet
 * (grouped style: and drops the generated entries of commits it no longer lists). Writing the same
 * section twice gives the same file.
 */
import { compareVersions, formatVersion, parseVersion, type Version } from '../versioning/index.ts'
import {
  BREAKING_HEADING,
  DEPENDENCY_LINE,
  dependencyLine,
  groupConcept,
  type Entry,
  NOTHING_TO_LIST,
  type ChangelogStyle,
  type HeadingForm,
  type SectionBody,
} from './render.ts'

export interface SectionInfo {
  /** First line: the heading, or the `<a name="…"></a>` anchor right above it. */
  start: number
  /** The heading line. */
  heading: number
  /** Exclusive. */
  end: number
  /** The heading's level (1 for `#`). */
  level: number
  kind: 'unreleased' | 'version' | 'other'
  version?: Version
}

export interface ParsedChangelog {
  /** Lines with their own line endings. */
  lines: string[]
  eol: '\n' | '\r\n'
  sections: SectionInfo[]
  /** Where the first section starts (or where one would go). */
  headerEnd: number
  /** Start of the trailing footer: an HTML comment and link references after the last section. */
  footerStart: number
  /** Start of the trailing link-reference lines, or lines.length when there are none. */
  refsStart: number
  /** How the file writes its releases; undefined when it has none yet. */
  form: HeadingForm | undefined
}

const ANCHOR = String.raw`<a\s[^>]*>\s*</a>\s*`
const VERSION_TEXT = new RegExp(
  String.raw`^(?:${ANCHOR})?(\[)?(?:(?:version|release)\s+)?([^\s[\]()]*?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(\])?(\([^)\s]*\))?(.*)$`,
  'i',
)
const UNRELEASED_TEXT = new RegExp(String.raw`^(?:${ANCHOR})?\[?unreleased\]?(?=$|[\s:(\-–—])`, 'i')
const ANCHOR_LINE = new RegExp(String.raw`^\s*${ANCHOR}$`)
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const DATE = /^(\s*(?:[-–—/:|]\s*)?\(?)(\d{4}-\d{2}-\d{2})(\)?)/
const LINK_REF = /^ {0,3}\[[^\]]+\]:\s*\S/
const COMMENT_LINE = /^\s*<!--.*-->\s*$/
const ITEM = /^ ?([-*+]|\d{1,9}[.)])[ \t]+\S/
/** The commit link a generated entry ends with: `(abc1234)` or `([abc1234](…/commit/…))`. */
const COMMIT_REF = /\(\s*\[?([0-9a-f]{7,40})\]?(?:\([^)\s]*\))?\s*\)\s*$/

export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

const bare = (line: string) => line.replace(/\r?\n$/, '')
const blank = (line: string | undefined) => line === undefined || bare(line).trim() === ''

type LineKind = 'heading' | 'code' | 'text'

/** What each line is: a Markdown heading, inside a code fence or HTML comment, or text. */
function lineKinds(lines: readonly string[]): LineKind[] {
  const kinds: LineKind[] = []
  let fence: string | undefined
  let comment = false
  for (const raw of lines) {
    const line = bare(raw)
    let kind: LineKind = 'text'
    if (fence) {
      kind = 'code'
      if (line.trimStart().startsWith(fence)) fence = undefined
    } else if (comment) {
      kind = 'code'
      if (line.includes('-->')) comment = false
    } else {
      const f = /^\s{0,3}(```+|~~~+)/.exec(line)
      if (f) {
        fence = f[1]
        kind = 'code'
      } else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) {
        comment = true
        kind = line.trimStart().startsWith('<!--') ? 'code' : 'text'
      } else if (/^#{1,6}(\s|$)/.test(line)) kind = 'heading'
    }
    kinds.push(kind)
  }
  return kinds
}

interface ReleaseHeading {
  kind: 'unreleased' | 'version'
  version?: Version
  brackets: boolean
  linked: boolean
  prefix: string
  date: HeadingForm['date']
}

/** A heading's text as a release: a version (in any of the common forms) or Unreleased. */
export function parseReleaseHeading(text: string): ReleaseHeading | undefined {
  if (UNRELEASED_TEXT.test(text)) {
    return {
      kind: 'unreleased',
      brackets: /^(?:<a\s[^>]*>\s*<\/a>\s*)?\[/i.test(text),
      linked: false,
      prefix: '',
      date: undefined,
    }
  }
  const m = VERSION_TEXT.exec(text)
  if (!m) return undefined
  const [, open, prefix = '', versionText = '', close, link, rest = ''] = m
  if (Boolean(open) !== Boolean(close) || (link && !open)) return undefined
  if (rest !== '' && !/^\s/.test(rest)) return undefined
  const version = parseVersion(versionText)
  if (!version) return undefined
  const d = DATE.exec(rest)
  const date: HeadingForm['date'] = d
    ? { before: d[1] ?? ' - ', after: d[3] ?? '' }
    : rest.trim() === ''
      ? 'none'
      : undefined
  return { kind: 'version', version, brackets: Boolean(open), linked: Boolean(link), prefix, date }
}

function atx(line: string): { level: number; text: string } | undefined {
  const m = ATX.exec(line)
  return m ? { level: m[1]?.length ?? 1, text: (m[2] ?? '').trim() } : undefined
}

export function parseChangelog(text: string): ParsedChangelog {
  const lines = splitLines(text)
  const crlf = lines.filter(l => l.endsWith('\r\n')).length
  const eol: '\n' | '\r\n' = crlf > lines.length / 2 ? '\r\n' : '\n'
  const kinds = lineKinds(lines)

  // Trailing link references (and blank lines among them).
  let refsStart = lines.length
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = bare(lines[i] ?? '')
    if (line.trim() === '') continue
    if (LINK_REF.test(line)) refsStart = i
    else break
  }
  // A trailing HTML comment (git-cliff writes `<!-- generated by git-cliff -->`) is footer too.
  let footerStart = refsStart
  let i = refsStart - 1
  while (i >= 0 && blank(lines[i])) i--
  if (
    i >= 0 &&
    bare(lines[i] ?? '')
      .trim()
      .endsWith('-->')
  ) {
    let j = i
    while (j >= 0 && !bare(lines[j] ?? '').includes('<!--')) j--
    if (j >= 0 && !kinds.slice(j, i + 1).includes('heading')) footerStart = j
  }

  const sections: SectionInfo[] = []
  let current: SectionInfo | undefined
  const found: { section: SectionInfo; heading: ReleaseHeading }[] = []
  for (let k = 0; k < footerStart; k++) {
    if (kinds[k] !== 'heading') continue
    const h = atx(bare(lines[k] ?? ''))
    if (!h) continue
    const release = h.level <= 3 ? parseReleaseHeading(h.text) : undefined
    if (release) {
      // The anchor lines (`<a name="1.2.3"></a>`) right above the heading belong to it.
      let start = k
      const floor = current ? current.heading + 1 : 0
      for (let j = k - 1; j >= floor; j--) {
        const line = bare(lines[j] ?? '')
        if (ANCHOR_LINE.test(line) && kinds[j] === 'text') start = j
        else if (line.trim() !== '') break
      }
      if (current) current.end = start
      current = { start, heading: k, end: footerStart, level: h.level, kind: release.kind }
      if (release.version) current.version = release.version
      sections.push(current)
      found.push({ section: current, heading: release })
    } else if (current && h.level <= current.level) {
      current.end = k
      current = { start: k, heading: k, end: footerStart, level: h.level, kind: 'other' }
      sections.push(current)
    }
  }
  const first = sections[0]
  const headerEnd = first ? first.start : footerStart
  return {
    lines,
    eol,
    sections,
    headerEnd,
    footerStart,
    refsStart,
    form: learnForm(lines, kinds, found),
  }
}

/** The file's style, from its newest release headings and the sections under them. */
function learnForm(
  lines: readonly string[],
  kinds: readonly LineKind[],
  found: readonly { section: SectionInfo; heading: ReleaseHeading }[],
): HeadingForm | undefined {
  const versions = found.filter(f => f.heading.kind === 'version')
  const source = versions[0] ?? found[0]
  if (!source) return undefined
  const h = source.heading
  const form: HeadingForm = {
    brackets: h.brackets,
    prefixed: h.prefix !== '',
    prefix: h.prefix,
  }
  if (h.kind === 'version') {
    form.linked = h.linked
    if (h.date) form.date = h.date
    if (source.section.start < source.section.heading)
      form.anchor = blank(lines[source.section.heading - 1]) ? 'gap' : 'tight'
  }
  const patch = versions.find(f => f.section.version && f.section.version.patch !== 0)
  const other = versions.find(f => f.section.version && f.section.version.patch === 0)
  const unreleased = found.find(f => f.heading.kind === 'unreleased')
  const fallback = source.section.level
  const levels = {
    patch: patch?.section.level ?? other?.section.level ?? fallback,
    other: other?.section.level ?? patch?.section.level ?? fallback,
    unreleased: 0,
  }
  levels.unreleased = unreleased?.section.level ?? Math.min(levels.patch, levels.other)
  form.levels = levels

  const names: Record<string, string> = {}
  for (const { section } of found) {
    for (let k = section.heading + 1; k < section.end; k++) {
      const line = bare(lines[k] ?? '')
      if (kinds[k] === 'heading') {
        const sub = atx(line)
        if (!sub || sub.level <= section.level) continue
        form.groupLevel ??= sub.level
        if (sub.level === form.groupLevel) names[groupConcept(sub.text)] ??= sub.text
      } else if (kinds[k] === 'text' && form.bullet === undefined) {
        const item = /^([-*+])[ \t]+\S/.exec(line)
        if (item) form.bullet = item[1] as '-' | '*' | '+'
      }
    }
  }
  form.groupLevel ??= Math.max(3, source.section.level + 1)
  form.groupNames = names
  return form
}

/**
 * The dependency-updates line for the updates a section does not mention one by one yet (lerna's
 * files list `fix(deps)` commits as entries); none when it mentions them all.
 */
function recount(e: Entry, mentioned: (sha: string) => boolean): string[] {
  const count = (e.shas ?? []).filter(s => !mentioned(s)).length
  const bullet = (e.lines[0] ?? '-')[0] ?? '-'
  return count > 0 ? [dependencyLine(count, bullet)] : []
}

/** The group level of a body: the file's, else one below its heading (at least `###`). */
function groupLevelOf(body: SectionBody): number {
  return body.groupLevel ?? 3
}

interface Blocks {
  preamble: string[]
  subsections: { heading: string; lines: string[] }[]
}

/** A section's body (bare lines) split at its group headings (code fences and comments respected). */
function blocksOf(lines: readonly string[], sectionLevel: number): Blocks {
  const kinds = lineKinds(lines)
  const out: Blocks = { preamble: [], subsections: [] }
  let current: string[] = out.preamble
  lines.forEach((line, i) => {
    const h = kinds[i] === 'heading' ? atx(line) : undefined
    if (h && h.level > sectionLevel) {
      const sub = { heading: h.text, lines: [] as string[] }
      out.subsections.push(sub)
      current = sub.lines
    } else current.push(line)
  })
  return out
}

function trimBlank(lines: readonly string[]): string[] {
  let a = 0
  let b = lines.length
  while (a < b && (lines[a] ?? '').trim() === '') a++
  while (b > a && (lines[b - 1] ?? '').trim() === '') b--
  return lines.slice(a, b)
}

/**
 * Merge entries written by hand (the Unreleased section moving into a new release) with generated
 * ones: hand text first and verbatim under its heading (matched by meaning: a hand `### Fixes`
 * takes the generated `Bug Fixes`); a generated entry is added only when its commit is not
 * already mentioned anywhere in the hand text.
 */
export function mergeBody(
  hand: Blocks,
  generated: SectionBody,
  canonical: readonly string[],
): string {
  const hashes = '#'.repeat(groupLevelOf(generated))
  const handText = [...hand.preamble, ...hand.subsections.flatMap(s => s.lines)].join('\n')
  const present = (sha: string) => handText.includes(sha.slice(0, 7))
  // The dependency-updates line is counted anew.
  const own = (lines: readonly string[]) => lines.filter(l => !DEPENDENCY_LINE.test(l))
  const handFor = (concept: string) =>
    trimBlank(
      hand.subsections
        .filter(s => groupConcept(s.heading) === concept)
        .flatMap(s => trimBlank(own(s.lines)).concat([''])),
    )
  const generatedFor = (concept: string) =>
    generated.groups
      .filter(g => groupConcept(g.heading) === concept)
      .flatMap(g => g.entries)
      .flatMap(e =>
        e.collapsed === undefined ? (present(e.sha) ? [] : e.lines) : recount(e, present),
      )
  // The name a concept is written with: the generated group's (the file's name), else the hand's.
  const nameOf = (concept: string, fallback: string) =>
    generated.groups.find(g => groupConcept(g.heading) === concept)?.heading ??
    hand.subsections.find(s => groupConcept(s.heading) === concept)?.heading ??
    fallback

  const parts: string[] = []
  const emit = (heading: string, lines: string[]) => {
    if (lines.length > 0) parts.push(`${hashes} ${heading}\n\n${lines.join('\n')}\n`)
  }
  const breaking = groupConcept(BREAKING_HEADING)
  // Breaking changes and migrations first, then any text the section starts with, then the lists.
  emit(nameOf(breaking, BREAKING_HEADING), [...handFor(breaking), ...generatedFor(breaking)])
  const preamble = trimBlank(hand.preamble)
  if (preamble.length > 0) parts.push(`${preamble.join('\n')}\n`)
  const concepts: { concept: string; name: string }[] = []
  const seen = new Set([breaking])
  for (const heading of [...canonical, ...generated.groups.map(g => g.heading)]) {
    const concept = groupConcept(heading)
    if (seen.has(concept)) continue
    seen.add(concept)
    concepts.push({ concept, name: nameOf(concept, heading) })
  }
  for (const { concept, name } of concepts)
    emit(name, [...handFor(concept), ...generatedFor(concept)])
  // Headings only the hand text has, in their order.
  for (const sub of hand.subsections) {
    const concept = groupConcept(sub.heading)
    if (seen.has(concept)) continue
    seen.add(concept)
    emit(sub.heading, handFor(concept))
  }
  return parts.join('\n')
}

export interface UpsertOptions {
  style: ChangelogStyle
  /** The section's heading line (without line ending); an existing section keeps its own. */
  heading: string
  version: Version | undefined
  /** The generated body. */
  body: SectionBody
  canonical: readonly string[]
  /**
   * Every commit of the release's range (full shas), listed or not: on a re-run (grouped), the
   * generated entry of a range commit the section no longer lists is dropped.
   */
  rangeShas?: readonly string[]
  /** Let the Unreleased section's entries move into a new newest release (default true). */
  moveUnreleased?: boolean
  /** Link reference maintenance: the label of this version and its URL, and the Unreleased URL. */
  refs?: { label: string; url: string; unreleasedUrl: string | undefined }
  /** Text for a file that does not exist yet (header, and `## [Unreleased]` for keep-a-changelog). */
  initial: string
}

export interface UpsertResult {
  text: string
  /** The section as written (heading and body). */
  section: string
}

function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol)
}

function sameVersion(a: Version, b: Version): boolean {
  return compareVersions(a, b) === 0 && formatVersion(a) === formatVersion(b)
}

/** Splice `replacement` (text, may be empty) over lines [start, end). */
function splice(doc: ParsedChangelog, start: number, end: number, replacement: string): string {
  return [...doc.lines.slice(0, start), replacement, ...doc.lines.slice(end)].join('')
}

function ensureBlankBefore(doc: ParsedChangelog, at: number): string {
  const before = doc.lines[at - 1]
  if (at === 0 || before === undefined) return ''
  if (!/\n$/.test(before)) return doc.eol + doc.eol
  return bare(before).trim() === '' ? '' : doc.eol
}

/** A list item of a section body: its lines [start, end) and the commit it links, if any. */
interface Item {
  start: number
  end: number
  sha: string | undefined
}

/** The list items of body lines (bare), with their indented continuation lines. */
function itemsOf(lines: readonly string[], kinds: readonly LineKind[]): Item[] {
  const items: Item[] = []
  let k = 0
  while (k < lines.length) {
    const line = lines[k] ?? ''
    if (kinds[k] !== 'text' || !ITEM.test(line)) {
      k++
      continue
    }
    let end = k + 1
    for (let j = k + 1; j < lines.length; j++) {
      const next = lines[j] ?? ''
      if (next.trim() === '') continue
      if (/^\s{2,}\S/.test(next) || kinds[j] === 'code') end = j + 1
      else break
    }
    items.push({ start: k, end, sha: COMMIT_REF.exec(line)?.[1] })
    k = end
  }
  return items
}

interface RerunOptions {
  body: SectionBody
  canonical: readonly string[]
  sectionLevel: number
  /** Generated entries (by their commit link) to drop: none, the range's unlisted ones, all unlisted. */
  drop: 'none' | 'range' | 'unlisted'
  rangeShas: readonly string[]
  eol: string
}

/** The group headings of body lines: where each starts and ends (the next group heading). */
function groupsOf(
  lines: readonly string[],
  sectionLevel: number,
): { at: number; end: number; heading: string }[] {
  const kinds = lineKinds(lines)
  const groups: { at: number; end: number; heading: string }[] = []
  lines.forEach((line, k) => {
    const h = kinds[k] === 'heading' ? atx(line) : undefined
    if (!h || h.level <= sectionLevel) return
    const last = groups[groups.length - 1]
    if (last) last.end = k
    groups.push({ at: k, end: lines.length, heading: h.text })
  })
  return groups
}

/**
 * A re-run of an existing section: every line stays where it is; the entries of commits it does not
 * mention yet are added at the end of their group (a new group goes where the style puts it);
 * generated entries of commits no longer listed are dropped as `drop` says.
 */
function rerun(raw: readonly string[], opts: RerunOptions): string[] {
  const { body, eol } = opts
  let trailing = raw.length
  while (trailing > 0 && blank(raw[trailing - 1])) trailing--
  const tail = raw.slice(trailing)
  type Line = { raw: string; text: string }
  const original: Line[] = raw.slice(0, trailing).map(l => ({ raw: l, text: bare(l) }))
  const line = (t: string): Line => ({ raw: `${t}${eol}`, text: t })
  const listed = body.groups.flatMap(g => g.entries.flatMap(e => [e.sha, ...(e.shas ?? [])]))
  const matches = (shas: readonly string[], short: string) => shas.some(s => s.startsWith(short))

  // 1. Generated entries of commits the section no longer lists, and a group they leave empty.
  const texts = original.map(l => l.text)
  const removed = new Set<number>()
  const collapsed = body.groups.flatMap(g => g.entries).find(e => e.collapsed !== undefined)
  const mentionedBefore = texts.join('\n')
  const recounted = collapsed
    ? recount(collapsed, sha => mentionedBefore.includes(sha.slice(0, 7)))
    : []
  // The dependency-updates line goes when no update is left to count.
  if (recounted.length === 0 && opts.drop !== 'none')
    texts.forEach((t, k) => DEPENDENCY_LINE.test(t) && removed.add(k))
  if (opts.drop !== 'none') {
    for (const item of itemsOf(texts, lineKinds(texts))) {
      if (!item.sha || matches(listed, item.sha)) continue
      if (opts.drop === 'unlisted' || matches(opts.rangeShas, item.sha))
        for (let k = item.start; k < item.end; k++) removed.add(k)
    }
    for (const g of groupsOf(texts, opts.sectionLevel)) {
      const inside = Array.from({ length: g.end - g.at - 1 }, (_, i) => g.at + 1 + i)
      if (inside.some(k => removed.has(k)) && inside.every(k => removed.has(k) || blank(texts[k])))
        for (let k = g.at; k < g.end; k++) removed.add(k)
    }
  }
  let lines = original.filter((_, k) => !removed.has(k))
  while (lines.length > 0 && blank(lines[lines.length - 1]?.text)) lines.pop()

  // 2. Entries of commits not mentioned yet, under their group.
  const mentioned = lines.map(l => l.text).join('\n')
  const order = [...opts.canonical, ...body.groups.map(g => g.heading)].map(groupConcept)
  const rank = (heading: string) => {
    const i = order.indexOf(groupConcept(heading))
    return i === -1 ? undefined : i
  }
  const hashes = '#'.repeat(groupLevelOf(body))
  // The dependency-updates line is counted anew, where it is.
  const dependencyAt = lines.findIndex(l => DEPENDENCY_LINE.test(l.text))
  if (recounted[0] !== undefined && dependencyAt !== -1) {
    const fresh = recounted[0]
    const old = lines[dependencyAt] as Line
    if (old.text !== fresh)
      lines[dependencyAt] = { raw: old.raw.replace(old.text, fresh), text: fresh }
  }
  for (const group of body.groups) {
    const entries = group.entries.flatMap(e => {
      if (e.collapsed !== undefined) return dependencyAt === -1 ? recounted : []
      return mentioned.includes(e.sha.slice(0, 7)) ? [] : e.lines
    })
    if (entries.length === 0) continue
    const subs = groupsOf(
      lines.map(l => l.text),
      opts.sectionLevel,
    )
    const target = subs.find(s => groupConcept(s.heading) === groupConcept(group.heading))
    if (target) {
      // After the group's last list item; without one, after its last line of text (a comment
      // line right above the next heading belongs to that heading).
      const texts = lines.map(l => l.text)
      const items = itemsOf(texts, lineKinds(texts)).filter(
        i => i.start > target.at && i.start < target.end,
      )
      let at = items.length > 0 ? (items[items.length - 1] as Item).end : target.end
      if (items.length === 0)
        while (
          at > target.at + 1 &&
          (blank(texts[at - 1]) || COMMENT_LINE.test(texts[at - 1] ?? ''))
        )
          at--
      lines.splice(at, 0, ...(at === target.at + 1 ? [line('')] : []), ...entries.map(line))
      continue
    }
    const mine = rank(group.heading) ?? Number.MAX_SAFE_INTEGER
    const lower = subs.filter(s => (rank(s.heading) ?? Number.MAX_SAFE_INTEGER) < mine).pop()
    const before = lower
      ? subs[subs.indexOf(lower) + 1]
      : (subs.find(s => (rank(s.heading) ?? -1) > mine) ?? subs[0])
    const block = [`${hashes} ${group.heading}`, '', ...entries].map(line)
    if (before) lines.splice(before.at, 0, ...block, line(''))
    else lines.push(...(lines.length > 0 ? [line('')] : []), ...block)
  }

  // 3. The nothing-to-list line goes when there is something, and comes when there is nothing.
  const isPlaceholder = (l: Line | undefined) => l?.text.trim() === NOTHING_TO_LIST
  const content = lines.filter(l => !blank(l.text) && !isPlaceholder(l))
  if (content.length > 0 && lines.some(isPlaceholder)) {
    lines = lines.filter(
      (l, k) => !isPlaceholder(l) && !(isPlaceholder(lines[k - 1]) && blank(l.text)),
    )
  } else if (content.length === 0 && !lines.some(isPlaceholder) && body.empty) {
    lines = [line(''), line(body.empty)]
  }
  // A body that was empty, or started with a blank line, has one under the heading.
  const blankFirst = original.length === 0 || blank(original[0]?.text)
  if (blankFirst && lines.length > 0 && !blank(lines[0]?.text)) lines.unshift(line(''))
  const result = lines.map(l => l.raw)
  const last = result.length - 1
  if (last >= 0 && !/\n$/.test(result[last] ?? '') && tail.length > 0) result[last] += eol
  return [...result, ...tail]
}

export function upsertSection(existing: string | undefined, opts: UpsertOptions): UpsertResult {
  let text = existing ?? opts.initial
  let doc = parseChangelog(text)
  const eol = doc.eol
  const version = opts.version
  const isTarget = (s: SectionInfo) =>
    version
      ? s.kind === 'version' && s.version !== undefined && sameVersion(s.version, version)
      : s.kind === 'unreleased'
  const target = doc.sections.find(isTarget)

  if (target) {
    // A re-run: this section only, its lines where they are. A release section without a generated
    // entry (no commit link, no line of ours: written by hand, or left empty) is left as it is.
    const headingLine = doc.lines[target.heading] ?? ''
    const own = doc.lines.slice(target.heading + 1, target.end).map(bare)
    const generated =
      itemsOf(own, lineKinds(own)).some(i => i.sha !== undefined) ||
      own.some(l => DEPENDENCY_LINE.test(l) || l.trim() === NOTHING_TO_LIST)
    if (target.kind === 'version' && !generated) {
      const section = `${[bare(headingLine), '', ...trimBlank(own)].join('\n')}\n`
      return { text, section: withEol(section, eol) }
    }
    const bodyLines = rerun(doc.lines.slice(target.heading + 1, target.end), {
      body: opts.body,
      canonical: opts.canonical,
      sectionLevel: target.level,
      drop:
        opts.style === 'keep-a-changelog'
          ? 'none'
          : target.kind === 'unreleased'
            ? 'unlisted'
            : 'range',
      rangeShas: opts.rangeShas ?? [],
      eol,
    })
    let heading = headingLine
    if (!/\n$/.test(heading) && bodyLines.length > 0) heading += eol
    text = [
      ...doc.lines.slice(0, target.heading),
      heading,
      ...bodyLines,
      ...doc.lines.slice(target.end),
    ].join('')
    const written = [bare(headingLine), ...trimBlank(bodyLines.map(bare))]
    // Keep the first blank line after the heading when the body has one.
    const section = `${written[0]}\n${written.length > 1 ? `\n${written.slice(1).join('\n')}\n` : ''}`
    return { text, section: withEol(section, eol) }
  }

  // A new section. When it is the newest release, the Unreleased entries move into it.
  const unreleased = doc.sections.find(s => s.kind === 'unreleased')
  const newest =
    version !== undefined &&
    !doc.sections.some(
      s => s.kind === 'version' && s.version && compareVersions(s.version, version) > 0,
    )
  const move =
    version !== undefined && unreleased !== undefined && newest && opts.moveUnreleased !== false
  let hand: string[] = []
  if (move && unreleased) {
    hand = doc.lines.slice(unreleased.heading + 1, unreleased.end).map(bare)
    if (opts.style === 'grouped') {
      // Generated entries of commits this release does not list are not carried into it.
      const listed = opts.body.groups.flatMap(g => g.entries.map(e => e.sha))
      const drop = new Set<number>()
      for (const item of itemsOf(hand, lineKinds(hand)))
        if (item.sha && !listed.some(s => s.startsWith(item.sha as string)))
          for (let k = item.start; k < item.end; k++) drop.add(k)
      hand = hand.filter((_, k) => !drop.has(k))
    }
  }
  const merged = mergeBody(blocksOf(hand, unreleased?.level ?? 2), opts.body, opts.canonical)
  const bodyText = merged || (opts.body.empty ? `${opts.body.empty}\n` : '')
  const section = `${opts.heading}\n${bodyText ? `\n${bodyText}` : ''}`

  if (move && unreleased) {
    // keep-a-changelog keeps a fresh, empty Unreleased heading; grouped drops the section.
    const keepHeading = opts.style === 'keep-a-changelog'
    const headingText = doc.lines[unreleased.heading] ?? ''
    text = splice(
      doc,
      unreleased.start,
      unreleased.end,
      keepHeading
        ? `${doc.lines.slice(unreleased.start, unreleased.heading).join('')}${headingText.endsWith('\n') ? headingText : headingText + eol}${eol}`
        : '',
    )
    doc = parseChangelog(text)
  }

  // A file that puts an anchor above its release headings gets one above this one too.
  const anchor =
    version && doc.form?.anchor
      ? `<a name="${formatVersion(version)}"></a>\n${doc.form.anchor === 'gap' ? '\n' : ''}`
      : ''
  const chunk = withEol(`${anchor}${section}`, eol)
  let at: number
  if (!version) at = doc.headerEnd
  else {
    const older = doc.sections.find(
      s => s.kind === 'version' && s.version && compareVersions(s.version, version) < 0,
    )
    if (older) at = older.start
    else {
      const releases = doc.sections.filter(s => s.kind === 'version' || s.kind === 'unreleased')
      at = releases.length > 0 ? (releases[releases.length - 1] as SectionInfo).end : doc.headerEnd
    }
  }
  const after = at < doc.lines.length ? eol : ''
  text = splice(doc, at, at, `${ensureBlankBefore(doc, at)}${chunk}${after}`)

  // Link references at the bottom, when the file keeps them; [Unreleased] moves on to a new newest.
  if (opts.refs)
    text = updateRefs(
      text,
      { ...opts.refs, unreleasedUrl: newest ? opts.refs.unreleasedUrl : undefined },
      eol,
    )
  return { text, section: withEol(section, eol) }
}

function updateRefs(text: string, refs: NonNullable<UpsertOptions['refs']>, eol: string): string {
  const label = (line: string) => /^ {0,3}\[([^\]]+)\]:/.exec(bare(line))?.[1]?.toLowerCase()
  // This version's reference: right after [Unreleased] (newest first), or first in the block.
  let doc = parseChangelog(text)
  let lines = [...doc.lines]
  const refLabels = lines.slice(doc.refsStart).map(label)
  if (!refLabels.includes(refs.label.toLowerCase())) {
    const newLine = `[${refs.label}]: ${refs.url}${eol}`
    const unreleasedAt = refLabels.indexOf('unreleased')
    if (unreleasedAt !== -1) lines.splice(doc.refsStart + unreleasedAt + 1, 0, newLine)
    else if (doc.refsStart < lines.length) lines.splice(doc.refsStart, 0, newLine)
    else {
      const last = lines[lines.length - 1] ?? ''
      if (last !== '' && !last.endsWith('\n')) lines[lines.length - 1] = last + eol
      if (last !== '' && bare(last).trim() !== '') lines.push(eol)
      lines.push(newLine)
    }
  }
  // [Unreleased] compares this release with HEAD.
  if (refs.unreleasedUrl) {
    doc = parseChangelog(lines.join(''))
    lines = [...doc.lines]
    const at = lines.findIndex((l, i) => i >= doc.refsStart && label(l) === 'unreleased')
    if (at !== -1)
      lines[at] =
        `${/^ {0,3}\[[^\]]+\]:/.exec(bare(lines[at] ?? ''))?.[0]} ${refs.unreleasedUrl}${eol}`
    else if (doc.sections.some(s => s.kind === 'unreleased'))
      lines.splice(doc.refsStart, 0, `[Unreleased]: ${refs.unreleasedUrl}${eol}`)
  }
  return lines.join('')
}

/** Does the file keep link references for its versions (`[1.2.3]: https://…`)? */
export function hasLinkRefs(doc: ParsedChangelog): boolean {
  return doc.refsStart < doc.lines.length
}

/** The base URL of the existing `[Unreleased]:` reference, when there is one. */
export function refsBaseUrl(doc: ParsedChangelog): string | undefined {
  for (const line of doc.lines.slice(doc.refsStart)) {
    const m = /^ {0,3}\[unreleased\]:\s*(\S+)/i.exec(bare(line))
    if (m) return m[1]?.replace(/\/compare\/.*$/, '')
  }
  return undefined
}
