#!/usr/bin/env node
/**
 * The CLI's entry: runs main and turns a closed stdout into a quiet end. A reader that stops
 * reading (`release-actions changelog --all | head -1`) closes the pipe; that is not a failure of
 * the command, so it ends at once with status 0 and no stack trace. A closed stderr is ignored (the
 * exit code still tells).
 */
import { main } from './main.ts'

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

process.exitCode = await main(process.argv.slice(2))
