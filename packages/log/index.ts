/**
 * The logging port of domain code. Actions hand in a logger backed by @actions/core; the CLI one
 * that writes to stderr; tests a recording one (test/helpers/logger.ts). Domain code never imports
 * @actions/core.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  notice(message: string): void
  /** Print text that came from outside (commit messages, command output) without letting it
   * issue workflow commands such as `::add-mask::` or `::error::`. */
  untrusted(text: string): void
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

export const nullLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  notice: () => {},
  untrusted: () => {},
  group: (_title, fn) => fn(),
}

/** A logger for terminals: info to stdout, the rest to stderr, no workflow commands. */
export function consoleLogger({ verbose = false }: { verbose?: boolean } = {}): Logger {
  return {
    debug: m => {
      if (verbose) process.stderr.write(`debug: ${m}\n`)
    },
    info: m => process.stderr.write(`${m}\n`),
    warning: m => process.stderr.write(`warning: ${m}\n`),
    notice: m => process.stderr.write(`notice: ${m}\n`),
    untrusted: t => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    group: async (title, fn) => {
      process.stderr.write(`${title}\n`)
      return fn()
    },
  }
}
