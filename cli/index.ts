#!/usr/bin/env node
/**
 * The CLI's entry: runs main and turns a closed stdout into a quiet end. A reader that stops
 * reading (`release-actions changelog --all | head -1`) closes the pipe; that is not a failure of
 * the command, so it ends at once with status 0 and no stack trace. A closed stderr is ignored (the
 * exit code still tells). An error that escapes main is reported as main reports one (cli/errors.ts:
 * one line for the user's or the world's errors, the stack and the link to report it for a bug).
 */
import { reportError } from './errors.ts'
import { main } from './main.ts'

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  process.exitCode = reportError(error, undefined)
}
