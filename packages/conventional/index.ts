/**
 * Conventional Commits 1.0.0 parsing: https://www.conventionalcommits.org/en/v1.0.0/
 * `<type>[(scope)][!]: <description>`, an optional body, and footers (`Token: value`,
 * `Token #value`, `BREAKING CHANGE: value`).
 */

export interface Footer {
  token: string
  value: string
}

export interface ConventionalCommit {
  /** Lower-cased type (`feat`, `fix`, …); empty when the header is not conventional. */
  type: string
  scope: string | undefined
  /** The description after `: ` (or the whole header for a non-conventional commit). */
  subject: string
  body: string
  footers: Footer[]
  breaking: boolean
  /** The text of each BREAKING CHANGE footer; the subject when only `!` marks it. */
  breakingNotes: string[]
  conventional: boolean
  header: string
}

const HEADER_RE = /^([A-Za-z][A-Za-z0-9-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/
const FOOTER_RE = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?:: | #)(.*)$/
const BREAKING_TOKEN = /^BREAKING[ -]CHANGE$/

function parseFooters(lines: readonly string[]): Footer[] {
  const footers: Footer[] = []
  for (const line of lines) {
    const m = FOOTER_RE.exec(line)
    if (m) footers.push({ token: m[1] ?? '', value: m[2] ?? '' })
    else if (footers.length > 0) {
      const last = footers[footers.length - 1] as Footer
      last.value = last.value === '' ? line : `${last.value}\n${line}`
    }
  }
  for (const f of footers) f.value = f.value.replace(/\s+$/, '')
  return footers
}

export function parseCommitMessage(message: string): ConventionalCommit {
  const lines = message.replace(/\r\n?/g, '\n').split('\n')
  const header = (lines[0] ?? '').trim()
  const rest = lines.slice(1)
  // Paragraphs after the header; the trailing ones whose first line is a footer token are footers.
  const paragraphs: string[][] = []
  let current: string[] | undefined
  for (const line of rest) {
    if (line.trim() === '') current = undefined
    else {
      if (!current) paragraphs.push((current = []))
      current.push(line)
    }
  }
  let firstFooter = paragraphs.length
  while (firstFooter > 0 && FOOTER_RE.test(paragraphs[firstFooter - 1]?.[0] ?? '')) firstFooter--
  const body = paragraphs
    .slice(0, firstFooter)
    .map(p => p.join('\n'))
    .join('\n\n')
  const footers = parseFooters(paragraphs.slice(firstFooter).flat())

  const m = HEADER_RE.exec(header)
  const breakingNotes = footers.filter(f => BREAKING_TOKEN.test(f.token)).map(f => f.value)
  // Tools commonly also honour a BREAKING CHANGE line inside the body.
  for (const line of body.split('\n')) {
    const bm = /^BREAKING[ -]CHANGE: (.*)$/.exec(line)
    if (bm && !breakingNotes.includes(bm[1] ?? '')) breakingNotes.push(bm[1] ?? '')
  }
  if (!m) {
    return {
      type: '',
      scope: undefined,
      subject: header,
      body,
      footers,
      breaking: breakingNotes.length > 0,
      breakingNotes,
      conventional: false,
      header,
    }
  }
  const bang = m[3] === '!'
  const subject = (m[4] ?? '').trim()
  if (bang && breakingNotes.length === 0) breakingNotes.push(subject)
  const scope = m[2]?.trim()
  return {
    type: (m[1] ?? '').toLowerCase(),
    scope: scope === '' ? undefined : scope,
    subject,
    body,
    footers,
    breaking: bang || breakingNotes.length > 0,
    breakingNotes,
    conventional: true,
    header,
  }
}

export type ReleaseLevel = 'major' | 'minor' | 'patch'

/** The bump a set of commits calls for: breaking → major, feat → minor, anything else → patch. */
export function releaseLevel(commits: Iterable<ConventionalCommit>): ReleaseLevel | undefined {
  let level: ReleaseLevel | undefined
  for (const c of commits) {
    if (c.breaking) return 'major'
    if (c.type === 'feat') level = 'minor'
    else level ??= 'patch'
  }
  return level
}
