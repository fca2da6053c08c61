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

/** Escape inline Markdown and HTML so the text renders literally. */
export function escapeInline(text: string): string {
  return stripUnsafeCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>~]/g, ch => `\\${ch}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/\n/g, ' ')
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
