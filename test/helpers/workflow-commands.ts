/**
 * The workflow commands a step's output would issue, read the way GitHub's runner reads them
 * (actions/runner src/Runner.Common/ActionCommand.cs and ActionCommandManager.cs, commit
 * 079cdb1d05fe0ec50f8c51de5a4fa51d0eb189b0): a line ends at \n, \r or \r\n (.NET ReadLine); a
 * `::name props::data` command may follow leading whitespace; the old `##[name props]data` form
 * may start anywhere in the line; `::stop-commands::TOKEN` ignores everything until `::TOKEN::`.
 * Stricter than test/peers/workflow/commands.ts on purpose: it is what an attacker can use.
 */

/** The commands the runner registers (ActionCommandManager's extensions). */
const REGISTERED = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'echo',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'stop-commands',
  'internal-set-repo-path',
])

export interface RunnerCommand {
  command: string
  data: string
  /** The raw line that issued it. */
  line: string
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function parse(line: string, registered: ReadonlySet<string>): RunnerCommand | undefined {
  const v2 = line.trimStart()
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2)
    if (end >= 0) {
      const info = v2.slice(2, end)
      const name = info.split(' ')[0] ?? ''
      if (registered.has(name))
        return { command: name, data: unescapeData(v2.slice(end + 2)), line }
    }
  }
  const at = line.indexOf('##[')
  if (at >= 0) {
    const rb = line.indexOf(']', at)
    if (rb >= 0) {
      const name = line.slice(at + 3, rb).split(' ')[0] ?? ''
      if (registered.has(name))
        return { command: name, data: unescapeData(line.slice(rb + 1)), line }
    }
  }
  return undefined
}

/** Every command the runner would process in `output` (stop-commands and its resume included). */
export function runnerCommands(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = []
  let stopToken: string | undefined
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (stopToken !== undefined) {
      const resume = parse(line, new Set([stopToken]))
      if (resume) stopToken = undefined
      continue
    }
    const c = parse(line, REGISTERED)
    if (!c) continue
    commands.push(c)
    if (c.command === 'stop-commands' && c.data !== '' && !REGISTERED.has(c.data))
      stopToken = c.data
  }
  return commands
}

/** The commands other than the ones every step issues (stop-commands and its resume). */
export function annotations(output: string, level = 'error'): string[] {
  return runnerCommands(output)
    .filter(c => c.command === level)
    .map(c => c.data)
}
