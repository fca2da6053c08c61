/**
 * The runner side of every JavaScript action, and the only package that imports @actions/core:
 * read inputs from the environment, run the action's main, then write outputs and the step
 * summary. One catch turns an error into exit code 1 and one `::error::` line: for the user's or the
 * world's errors (an InputError, a registry that refused, see isOperationalError) that line alone;
 * for anything else, a bug of release-actions, first its stack, marked as a bug with the link to
 * report it. Nothing is written to GITHUB_OUTPUT unless main returned.
 */
import * as core from '@actions/core'
import { envSource, githubContext, Inputs, type GithubContext } from '../inputs/index.ts'
import { bugLine, bugReport, errorMessage, isOperationalError } from '../errors/index.ts'
import type { Logger } from '../log/index.ts'
import { commandFreeStream, COMMAND_LIKE } from './commands.ts'

export { commandFreeStream } from './commands.ts'

export interface ActionResult {
  /** Output values by (kebab-case) name. Written only after main returns. */
  outputs: Record<string, string>
  /** Markdown for the step summary. */
  summary?: string
  /** Set to fail the step after outputs and summary are written (a gate that did not pass). */
  failure?: string
}

export interface ActionContext {
  inputs: Inputs
  github: GithubContext
  env: NodeJS.ProcessEnv
  logger: Logger
  /** Register a secret so the runner masks it in every later log line. */
  mask: (secret: string) => void
}

export type ActionMain = (context: ActionContext) => Promise<ActionResult>

function untrusted(text: string): void {
  const stream = commandFreeStream()
  stream.write(text.endsWith('\n') ? text : `${text}\n`)
  stream.end()
}

/**
 * A Logger over @actions/core. Untrusted text is printed with workflow commands turned off; an
 * info message that would read as a command is too (warning, notice and debug are escaped by
 * @actions/core, and `setFailed` as well).
 */
export const coreLogger: Logger = {
  debug: m => core.debug(m),
  info: m => (COMMAND_LIKE.test(m) ? untrusted(m) : core.info(m)),
  warning: m => core.warning(m),
  notice: m => core.notice(m),
  untrusted,
  group: (title, fn) => core.group(title, fn),
}

/**
 * Fail the step on `error`: one `::error::` line for the user's or the world's errors; for a bug,
 * its stack first (through the untrusted path: a message may quote text from outside), marked as
 * a bug with the link to report it, and the error line says so too.
 */
function fail(error: unknown, context = ''): void {
  if (isOperationalError(error)) core.setFailed(`${context}${errorMessage(error)}`)
  else {
    untrusted(bugReport(error))
    core.setFailed(`${context}${bugLine(error)}`)
  }
  process.exitCode = 1
}

export async function runAction(
  main: ActionMain,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  let result: ActionResult
  try {
    result = await main({
      inputs: new Inputs(envSource(env), { warn: m => core.warning(m) }),
      github: githubContext(env),
      env,
      logger: coreLogger,
      mask: secret => {
        if (secret !== '') core.setSecret(secret)
      },
    })
  } catch (error) {
    fail(error)
    return
  }
  try {
    // The summary first: if it cannot be written, no output has been written either.
    if (result.summary && env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(result.summary, true).write()
    }
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
  } catch (error) {
    fail(error, "Could not write the step's outputs: ")
    return
  }
  if (result.failure) {
    core.setFailed(result.failure)
    process.exitCode = 1
  }
}
