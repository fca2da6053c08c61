/**
 * Argument parsing shared by the CLI commands. Flags are named like the action inputs they map
 * to (`--tag-prefix` ↔ `tag-prefix`), so a command can hand its flags to the action's own input
 * reader and validate exactly as the action does. The one difference is where paths may point:
 * a path named on the command line is used wherever it is (see localContext).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import {
  githubContext,
  mapSource,
  type GithubContext,
  type InputSource,
} from '../packages/inputs/index.ts'
import { OperationalError } from '../packages/errors/index.ts'

/** A command line that is not one of the command's forms: exit code 2, with its usage. */
export class UsageError extends OperationalError {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export type FlagSpec = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
>

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

export function parse(argv: readonly string[], flags: FlagSpec, allowPositionals = true): Parsed {
  try {
    const config: ParseArgsConfig = {
      args: [...argv],
      options: flags,
      strict: true,
      allowPositionals,
    }
    const { values, positionals } = parseArgs(config)
    return { values: values as Parsed['values'], positionals }
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

/** Flags as an InputSource: booleans become 'true'/'false', lists are joined by newlines. */
export function flagSource(
  values: Parsed['values'],
  rename: Record<string, string> = {},
): InputSource {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    const name = rename[key] ?? key
    out[name] = Array.isArray(value) ? value.join('\n') : String(value)
  }
  return mapSource(out)
}

/**
 * The context the CLI hands to the actions' input readers: the current directory as the
 * workspace, and `explicitPaths`, so that a path the user names (`--sbom /tmp/sbom.json`,
 * `--output /tmp/x`) is used wherever it is. Globs keep the workspace rule. `env` supplies the
 * GITHUB_* defaults a command takes from the environment (none unless it asks).
 */
export function localContext(env: NodeJS.ProcessEnv = {}): GithubContext {
  return { ...githubContext(env), workspace: process.cwd(), explicitPaths: true }
}
