/**
 * Errors, and the line between the user's or the world's errors and bugs. An OperationalError
 * (InputError, PreconditionError, GitError, ExecError, RegistryError, PlanError, SbomError and
 * the CLI's UsageError extend it; isOperationalError also counts an HTTP error of the GitHub API and
 * Node's network and file-system errors) is a bad input, or a repository, registry, API or process
 * that is not as required: the runner and the CLI print it as one line. Anything else
 * (a TypeError, a RangeError, an assertion) is a bug of release-actions: they print its stack,
 * marked as a bug, with the link to report it (bugReport). Also the text-escaping helpers every
 * message of an outside value goes through.
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

/**
 * The user's or the world's error, not a bug: a bad input, or a repository, registry, API or
 * process that is not as required. Printed as its message alone, one line, no stack.
 */
export class OperationalError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'OperationalError'
  }
}

/** A bad input: names the input, what was wrong, and the expected form. */
export class InputError extends OperationalError {
  readonly input: string
  readonly problem: string
  /**
   * Where in the input's value (a YAML document: a gate list, the config file) the problem is,
   * as keys and indexes from its top (`['gates', 2, 'with', 'paths']`), when the reader knows:
   * packages/config turns it into the line it names.
   */
  readonly at: readonly (string | number)[] | undefined
  constructor(input: string, problem: string, { at }: { at?: readonly (string | number)[] } = {}) {
    super(`Input '${input}': ${problem}`)
    this.name = 'InputError'
    this.input = input
    this.problem = problem
    this.at = at
  }
}

/** A precondition of the world (repository state, remote, registry) that does not hold. */
export class PreconditionError extends OperationalError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'PreconditionError'
  }
}

/** Network and file-system failures Node reports (ECONNREFUSED, ENOENT, EACCES, ENOSPC, …). */
function isSystemError(error: object): boolean {
  const e = error as { code?: unknown; syscall?: unknown; errno?: unknown }
  return (
    typeof e.code === 'string' && (typeof e.syscall === 'string' || typeof e.errno === 'number')
  )
}

/**
 * Whether `error` is the user's or the world's (printed as one line) rather than a bug (printed
 * with its stack and the link to report it): an OperationalError; an HTTP error answered by the
 * GitHub API (octokit's RequestError, named HttpError, with a status); a timeout or abort; a
 * network or file-system failure, also as the cause of fetch's `TypeError: fetch failed`.
 */
export function isOperationalError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  if (error instanceof OperationalError) return true
  const e = error as { name?: unknown; status?: unknown; cause?: unknown; message?: unknown }
  if (e.name === 'HttpError' && typeof e.status === 'number') return true
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true
  if (isSystemError(error)) return true
  // undici: `TypeError: fetch failed` whose cause is the network's error (ECONNREFUSED, …).
  if (error instanceof TypeError && e.message === 'fetch failed' && e.cause !== undefined)
    return isOperationalError(e.cause, depth + 1)
  return false
}

/** Where a bug of release-actions is reported. */
export const BUG_REPORT_URL = 'https://github.com/release-actions/release-actions/issues/new'

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/**
 * What the runner and the CLI print for a bug (an error that is not operational) before its one
 * error line: that it is a bug of release-actions, where to report it, and the stack.
 */
export function bugReport(error: unknown): string {
  const stack =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)
  return [
    `This is a bug in release-actions, not a problem with the inputs or the repository. Please report it at ${BUG_REPORT_URL} with the lines below (remove anything secret first):`,
    stack,
  ].join('\n')
}

/** The one error line of a bug: its message, marked as a bug, with the link. */
export function bugLine(error: unknown): string {
  return `${errorMessage(error)} (a bug in release-actions; please report it: ${BUG_REPORT_URL})`
}
