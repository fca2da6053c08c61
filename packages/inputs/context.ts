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
  }
}

/**
 * Resolve a path input against the workspace. Paths may not leave the workspace unless
 * `allowOutside` is set (actions/checkout refuses the same).
 */
export function resolveWorkspacePath(
  input: string,
  value: string,
  workspace: string,
  { allowOutside = false }: { allowOutside?: boolean } = {},
): string {
  if (value.includes('\0')) throw new InputError(input, 'expected a path, got a NUL character')
  const resolved = path.resolve(workspace, value)
  const rel = path.relative(path.resolve(workspace), resolved)
  if (!allowOutside && (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))) {
    throw new InputError(
      input,
      `expected a path inside the workspace ${workspace}, got ${showValue(value)}`,
    )
  }
  return resolved
}
