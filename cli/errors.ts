/**
 * How the CLI ends on an error, on stderr: a usage error with the command's usage (exit code 2);
 * the user's or the world's error (see isOperationalError) as one line, an input named as its
 * flag (exit code 1); anything else, a bug of release-actions, with its stack marked as a bug and
 * the link to report it, then the same one line (exit code 1).
 */
import {
  bugLine,
  bugReport,
  errorMessage,
  InputError,
  isOperationalError,
} from '../packages/errors/index.ts'
import { UsageError } from './args.ts'

/** Write what `error` says to stderr; returns the exit code. */
export function reportError(
  error: unknown,
  usage: string | undefined,
  write: (text: string) => void = text => process.stderr.write(text),
): number {
  if (error instanceof UsageError) {
    write(`error: ${error.message}\n${usage === undefined ? '' : `\nUsage: ${usage}\n`}`)
    return 2
  }
  if (error instanceof InputError) {
    write(`error: --${error.input}: ${error.problem}\n`)
    return 1
  }
  if (isOperationalError(error)) {
    write(`error: ${errorMessage(error)}\n`)
    return 1
  }
  write(`${bugReport(error)}\nerror: ${bugLine(error)}\n`)
  return 1
}
