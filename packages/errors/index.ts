/**
 * Errors that carry the name of the input at fault and the form that was expected.
 * Domain code throws these; the runtime turns them into one `::error::` line and exit code 1.
 */

/**
 * Text from outside (a parser's message) made one line of printable ASCII: every other character
 * as \uXXXX, so look-alike letters (Cyrillic 'в' for 'v'), bidi overrides and line breaks show.
 */
export function escapeText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Render a user-supplied value safely for an error message: quoted, escaped, truncated. */
export function showValue(value: string, max = 80): string {
  const cut = value.length > max ? value.slice(0, max) : value
  // JSON.stringify escapes quotes, backslashes and control characters; escapeText the rest.
  const escaped = escapeText(JSON.stringify(cut))
  return value.length > max ? `${escaped}... (${value.length} characters)` : escaped
}

/** A bad input: names the input, what was wrong, and the expected form. */
export class InputError extends Error {
  readonly input: string
  readonly problem: string
  constructor(input: string, problem: string) {
    super(`Input '${input}': ${problem}`)
    this.name = 'InputError'
    this.input = input
    this.problem = problem
  }
}

/** A precondition of the world (repository state, remote, registry) that does not hold. */
export class PreconditionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PreconditionError'
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
