/**
 * The GitHub context inputs default to, and path inputs resolved against the workspace (the
 * "inside the workspace" rule itself is packages/files/paths.ts).
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { isInside } from '../files/paths.ts'
import { InputError, showValue } from '../errors/index.ts'

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
  /**
   * Path inputs were named by the user on a command line (the CLI): each is used wherever it
   * points, relative ones against `workspace` (the current directory). Unset for the actions,
   * whose path inputs must stay inside the workspace. Globs keep the workspace rule either way.
   */
  explicitPaths?: boolean
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
 * What path inputs are resolved against: the workspace directory (the rule applies), or a context
 * whose `explicitPaths` says the user named the paths (the CLI: used wherever they are).
 */
export type PathBase = string | Pick<GithubContext, 'workspace' | 'explicitPaths'>

/** The longest file or directory name file systems accept (NAME_MAX). */
const MAX_NAME_BYTES = 255

/**
 * Resolve a path input against the workspace. Paths may not leave the workspace (actions/checkout
 * refuses the same), compared as real paths (a symlink inside pointing outside is outside), unless
 * they are under one of `alsoUnder` (such as RUNNER_TEMP), `allowOutside` is set, or the user named
 * the path on a command line (`explicitPaths`).
 */
export function resolveWorkspacePath(
  input: string,
  value: string,
  base: PathBase,
  {
    allowOutside = false,
    alsoUnder = [],
  }: { allowOutside?: boolean; alsoUnder?: readonly (string | undefined)[] } = {},
): string {
  const workspace = typeof base === 'string' ? base : base.workspace
  const explicit = typeof base !== 'string' && base.explicitPaths === true
  if (value.includes('\0')) throw new InputError(input, 'expected a path, got a NUL character')
  const long = value.split(/[\\/]/).find(part => Buffer.byteLength(part) > MAX_NAME_BYTES)
  if (long !== undefined)
    throw new InputError(
      input,
      `expected a path whose names are at most ${MAX_NAME_BYTES} bytes, got ${showValue(value)} (a name of ${Buffer.byteLength(long)} bytes)`,
    )
  const resolved = path.resolve(workspace, value)
  if (explicit || allowOutside) return resolved
  const inside = (dir: string) => isInside(dir, resolved)
  let isInWorkspace: boolean
  try {
    isInWorkspace = inside(workspace) || alsoUnder.some(d => d !== undefined && inside(d))
  } catch (error) {
    // The file system refuses the path itself (a name over 255 bytes, a file used as a folder).
    throw new InputError(input, `expected a path, got ${showValue(value)}: ${pathProblem(error)}`)
  }
  if (!isInWorkspace) {
    const also = alsoUnder.filter((d): d is string => d !== undefined)
    throw new InputError(
      input,
      `expected a path inside the workspace ${workspace}${also.length ? ` or ${also.join(', ')}` : ''}, got ${showValue(value)}`,
    )
  }
  return resolved
}

function pathProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code
  if (code === 'ENAMETOOLONG') return 'a name in it is too long'
  if (code === 'ENOTDIR') return 'a part of it is a file, not a folder'
  if (code === 'ELOOP') return 'its symlinks form a loop'
  if (code === 'EACCES' || code === 'EPERM') return 'it cannot be read (permission denied)'
  return error instanceof Error ? error.message : String(error)
}

/** A path input that must name an existing file (resolved as resolveWorkspacePath does). */
export function existingFile(
  input: string,
  value: string,
  base: PathBase,
  expected: string,
  options: { allowOutside?: boolean; alsoUnder?: readonly (string | undefined)[] } = {},
): string {
  const file = resolveWorkspacePath(input, value, base, options)
  if (!existsSync(file))
    throw new InputError(input, `expected ${expected}; ${showValue(value)} does not exist`)
  if (!statSync(file).isFile())
    throw new InputError(input, `expected ${expected}; ${showValue(value)} is not a file`)
  return file
}
