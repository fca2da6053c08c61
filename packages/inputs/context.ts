import { existsSync } from 'node:fs'
import path from 'node:path'
import { InputError, showValue } from './errors.ts'

/** The parts of the GitHub Actions context that inputs default to, read from the runner's env. */
export interface GithubContext {
  ref: string | undefined
  sha: string | undefined
  eventName: string | undefined
  repository: string | undefined
  serverUrl: string
  apiUrl: string
  workspace: string
  runId: string | undefined
  workflowRef: string | undefined
  /** The runner's temporary directory, emptied at the start and end of each job. */
  runnerTemp: string | undefined
}

export function githubContext(env: NodeJS.ProcessEnv = process.env): GithubContext {
  return {
    ref: env.GITHUB_REF || undefined,
    sha: env.GITHUB_SHA || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    repository: env.GITHUB_REPOSITORY || undefined,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runId: env.GITHUB_RUN_ID || undefined,
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    runnerTemp: env.RUNNER_TEMP || undefined,
  }
}

/**
 * Resolve a path input against the workspace. Paths may not leave the workspace (actions/checkout
 * refuses the same) unless they are under one of `alsoUnder` (such as RUNNER_TEMP), or
 * `allowOutside` is set.
 */
export function resolveWorkspacePath(
  input: string,
  value: string,
  workspace: string,
  {
    allowOutside = false,
    alsoUnder = [],
  }: { allowOutside?: boolean; alsoUnder?: readonly (string | undefined)[] } = {},
): string {
  if (value.includes('\0')) throw new InputError(input, 'expected a path, got a NUL character')
  const resolved = path.resolve(workspace, value)
  const inside = (dir: string) => {
    const rel = path.relative(path.resolve(dir), resolved)
    return !(rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
  }
  if (!allowOutside && !inside(workspace) && !alsoUnder.some(d => d !== undefined && inside(d))) {
    const also = alsoUnder.filter((d): d is string => d !== undefined)
    throw new InputError(
      input,
      `expected a path inside the workspace ${workspace}${also.length ? ` or ${also.join(', ')}` : ''}, got ${showValue(value)}`,
    )
  }
  return resolved
}

/** A path input that must name an existing file (resolved as resolveWorkspacePath does). */
export function existingFile(
  input: string,
  value: string,
  workspace: string,
  expected: string,
  options: { allowOutside?: boolean; alsoUnder?: readonly (string | undefined)[] } = {},
): string {
  const file = resolveWorkspacePath(input, value, workspace, options)
  if (!existsSync(file))
    throw new InputError(input, `expected ${expected}; ${showValue(value)} does not exist`)
  return file
}
