/**
 * Printing text from outside without letting it issue workflow commands. No @actions/core here:
 * the CLI's code paths (quality-gates' evaluate) may import this without loading the runtime.
 */
import { randomUUID } from 'node:crypto'

/**
 * Text the runner would read as a workflow command: `::` at the start of a line after whitespace,
 * or the old `##[` form anywhere in a line (actions/runner ActionCommand.cs). A line ends at \n
 * or \r for the runner.
 */
export const COMMAND_LIKE = /(?:^|[\r\n])\s*::|##\[/

/**
 * A stream of text from outside (a gate's output, served bodies, file names) printed with
 * workflow commands turned off: `::stop-commands::<random token>` before the first chunk, and the
 * token, on a line of its own, at `end()`. Nothing in between can issue a command, whatever it
 * prints, since it cannot know the token.
 */
export function commandFreeStream(
  write: (data: string | Uint8Array) => void = data => process.stdout.write(data),
): { write: (chunk: string | Uint8Array) => void; end: () => void } {
  let token: string | undefined
  let atLineStart = true
  return {
    write: chunk => {
      if (chunk.length === 0) return
      if (token === undefined) {
        token = randomUUID()
        write(`::stop-commands::${token}\n`)
      }
      write(chunk)
      const last = typeof chunk === 'string' ? chunk.charCodeAt(chunk.length - 1) : chunk.at(-1)
      atLineStart = last === 10 || last === 13
    },
    end: () => {
      if (token === undefined) return
      write(`${atLineStart ? '' : '\n'}::${token}::\n`)
      token = undefined
      atLineStart = true
    },
  }
}
