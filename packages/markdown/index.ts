/**
 * Markdown for step summaries and notes. Text that came from outside (commit messages, tag names,
 * command output) is data: escaped so it cannot become live markup, links, mentions or HTML.
 */

// Bidirectional overrides and isolates, zero-width and other invisible format characters.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g
// C0 and C1 controls except tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** Remove control, bidi-override and invisible characters. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '')
}

/**
 * A real @mention: `@name` at the start of a word (not an e-mail address, not `pkg@1.2.3`), not
 * followed by `/` (`@scope/package` and `@types/node` are package names, not people).
 */
const MENTION = /(?<![\w@./+-])@(?=[A-Za-z0-9][A-Za-z0-9-]*(?![A-Za-z0-9/_-]))/g

/** Escape text (no code spans in it) so that it renders literally. */
function escapeText(text: string): string {
  return text
    .replace(MENTION, '@\u200b')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>~]/g, ch => `\\${ch}`)
}

export interface InlinePart {
  /** A code span (backticks included), kept as written; else text to escape. */
  code: boolean
  text: string
}

/** Where the next run of exactly `n` backticks starts, at or after `from`; -1 if none. */
function closingRun(line: string, from: number, n: number): number {
  let j = from
  while (j < line.length) {
    if (line[j] !== '`') {
      j++
      continue
    }
    let k = j
    while (line[k] === '`') k++
    if (k - j === n) return j
    j = k
  }
  return -1
}

/**
 * Split one line into text and code spans as CommonMark reads them: a run of backticks opens a
 * span that the next run of the same length closes; a run without its match is literal text.
 */
export function splitCodeSpans(line: string): InlinePart[] {
  const parts: InlinePart[] = []
  let text = ''
  let i = 0
  while (i < line.length) {
    if (line[i] !== '`') {
      text += line[i]
      i++
      continue
    }
    let n = 1
    while (line[i + n] === '`') n++
    const run = '`'.repeat(n)
    const close = closingRun(line, i + n, n)
    if (close === -1) {
      text += run
      i += n
      continue
    }
    if (text) parts.push({ code: false, text })
    text = ''
    parts.push({ code: true, text: line.slice(i, close + n) })
    i = close + n
  }
  if (text) parts.push({ code: false, text })
  return parts
}

/**
 * Escape inline Markdown and HTML so the text renders literally: HTML, links, emphasis and real
 * @mentions become inert; code spans stay code (their content is literal already).
 */
export function escapeInline(
  text: string,
  transformText: (escaped: string) => string = t => t,
): string {
  const clean = stripUnsafeCharacters(text).replace(/\r?\n/g, ' ')
  return splitCodeSpans(clean)
    .map(p => (p.code ? p.text : transformText(escapeText(p.text))))
    .join('')
}

/** Inline code: picks a fence longer than any backtick run in the text. */
export function code(text: string): string {
  const clean = stripUnsafeCharacters(text).replace(/\n/g, ' ')
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean}${pad}${fence}`
}

/** A table. Cells are used as given (escape text with `escapeInline` or `code`); pipes are escaped
 * here, once, as GitHub wants even inside code spans in tables. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map(c => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A fenced code block whose fence cannot be closed by the content. */
export function codeBlock(text: string, lang = ''): string {
  const clean = stripUnsafeCharacters(text)
  const longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${clean}${clean.endsWith('\n') ? '' : '\n'}${fence}`
}
