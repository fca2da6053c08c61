/**
 * Conventional Commits 1.0.0 parsing: https://www.conventionalcommits.org/en/v1.0.0/
 * `<type>[(scope)][!]: <description>`, an optional body, and footers (`Token: value`,
 * `Token #value`, `BREAKING CHANGE: value`). A footer's value runs until the next footer token
 * (spec rule 10), so a `BREAKING CHANGE:` footer keeps its paragraphs and bullet lists: the
 * whole migration note. Reverts (`Revert "<header>"` with `This reverts commit <sha>.`, or the
 * `revert:` type) name the commits they revert.
 */

export interface Footer {
  token: string
  value: string
}

/** What a revert commit reverts. */
export interface Revert {
  /** The reverted commit's header as quoted (`Revert "<header>"`) or the `revert:` subject. */
  header: string
  /** The reverted commits (7 to 40 hex digits, as written); empty when the message names none. */
  shas: string[]
}

export interface ConventionalCommit {
  /** Lower-cased type (`feat`, `fix`, …); empty when the header is not conventional. */
  type: string
  scope: string | undefined
  /** The description after `: ` (or the whole header for a non-conventional commit). */
  subject: string
  /** The text between the header and the footers, blank lines inside it kept. */
  body: string
  /** The footer section as written (empty when there is none). */
  footer: string
  footers: Footer[]
  breaking: boolean
  /**
   * The whole text of each `BREAKING CHANGE:` (or `BREAKING-CHANGE:`) footer, every paragraph
   * and list of it, up to the next footer token; the subject when only `!` marks the change.
   */
  breakingNotes: string[]
  conventional: boolean
  header: string
  /** Set when the commit reverts others. */
  revert: Revert | undefined
}

const HEADER_RE = /^([A-Za-z][A-Za-z0-9-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/
/** A footer line: `Token: value` or `Token #value` at the start of the line (git trailers). */
const FOOTER_RE = /^([A-Za-z][\w-]*)(?:: | #)(.*)$/
/**
 * A breaking-change footer: uppercase (spec rule 15), at the start of a line, or after `* ` as
 * squash-merge messages list their commits (conventional-commits-parser does the same).
 */
const BREAKING_RE = /^(?:\* +)?(BREAKING[ -]CHANGE):[ \t]*(.*)$/
const REVERT_HEADER_RE = /^(?:Revert|Reapply) "(.*)"(?: \(#\d+\))?$/
const REVERTS_SHA_RE = /This reverts commit ([0-9a-f]{7,40})\b/gi
const SHA_RE = /^[0-9a-f]{7,40}$/i

/** Drop blank lines at both ends; keep the ones inside. */
function trimBlankLines(lines: readonly string[]): string {
  let start = 0
  let end = lines.length
  while (start < end && (lines[start] ?? '').trim() === '') start++
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--
  return lines
    .slice(start, end)
    .map(l => l.replace(/\s+$/, ''))
    .join('\n')
}

/**
 * Where the footers begin: at the first breaking-change footer, or else at the trailing
 * paragraphs that each begin with a footer token (so a body paragraph that merely mentions
 * `Closes #1` mid-text stays body).
 */
function footerStart(lines: readonly string[]): number {
  const breakingAt = lines.findIndex(l => BREAKING_RE.test(l))
  let start = lines.length
  let i = lines.length
  for (;;) {
    while (i > 0 && (lines[i - 1] ?? '').trim() === '') i--
    if (i === 0) break
    let first = i - 1
    while (first > 0 && (lines[first - 1] ?? '').trim() !== '') first--
    if (!FOOTER_RE.test(lines[first] ?? '') && !BREAKING_RE.test(lines[first] ?? '')) break
    start = first
    i = first
  }
  return breakingAt === -1 ? start : Math.min(start, breakingAt)
}

function parseFooters(lines: readonly string[]): Footer[] {
  const footers: { token: string; lines: string[] }[] = []
  for (const line of lines) {
    const b = BREAKING_RE.exec(line)
    const m = b ? undefined : FOOTER_RE.exec(line)
    if (b) footers.push({ token: b[1] ?? '', lines: [b[2] ?? ''] })
    else if (m) footers.push({ token: m[1] ?? '', lines: [m[2] ?? ''] })
    else footers[footers.length - 1]?.lines.push(line)
  }
  return footers.map(f => ({ token: f.token, value: trimBlankLines(f.lines) }))
}

const BREAKING_TOKEN = /^BREAKING[ -]CHANGE$/

function parseRevert(
  header: string,
  type: string,
  subject: string,
  message: string,
  footers: readonly Footer[],
): Revert | undefined {
  const quoted = REVERT_HEADER_RE.exec(header)
  if (!quoted && type !== 'revert') return undefined
  const shas = [...message.matchAll(REVERTS_SHA_RE)].map(m => (m[1] ?? '').toLowerCase())
  if (!quoted) {
    // The specification's suggestion for the revert type: `Refs: 676104e, a215868`.
    for (const f of footers) {
      if (f.token.toLowerCase() !== 'refs') continue
      for (const word of f.value.split(/[\s,]+/))
        if (SHA_RE.test(word)) shas.push(word.toLowerCase())
    }
  }
  return { header: quoted ? (quoted[1] ?? '') : subject, shas: [...new Set(shas)] }
}

export function parseCommitMessage(message: string): ConventionalCommit {
  const all = message.replace(/\r\n?/g, '\n').split('\n')
  let first = 0
  while (first < all.length && (all[first] ?? '').trim() === '') first++
  const header = (all[first] ?? '').trim()
  const rest = all.slice(first + 1)
  const at = footerStart(rest)
  const body = trimBlankLines(rest.slice(0, at))
  const footer = trimBlankLines(rest.slice(at))
  const footers = parseFooters(rest.slice(at))
  const breakingFooters = footers.filter(f => BREAKING_TOKEN.test(f.token))
  const breakingNotes = breakingFooters.map(f => f.value).filter(v => v !== '')

  const m = HEADER_RE.exec(header)
  const bang = m?.[3] === '!'
  const type = (m?.[1] ?? '').toLowerCase()
  const subject = m ? (m[4] ?? '').trim() : header
  const breaking = bang || breakingFooters.length > 0
  if (breaking && breakingNotes.length === 0) breakingNotes.push(subject)
  const scope = m?.[2]?.trim()
  return {
    type,
    scope: scope === '' ? undefined : scope,
    subject,
    body,
    footer,
    footers,
    breaking,
    breakingNotes,
    conventional: m !== null,
    header,
    revert: parseRevert(header, type, subject, message, footers),
  }
}
