/**
 * A command gate: `bash -e -o pipefail -c <run>` (the one place where a shell is the point), its
 * output streamed to the caller as it comes and only a bounded tail kept, its exit code and
 * duration recorded. A timeout kills the whole process group. It runs in a clean environment
 * (gateEnvironment): no token and no `INPUT_*` reaches it unless its `env:` names it. The process
 * itself is started by packages/process (runProcess), as every process is.
 */
import { runProcess } from '../process/index.ts'
import type { CommandGate } from './spec.ts'

/**
 * The variables a gate gets from the step's environment without naming them: what programs need
 * to run (PATH, HOME, the locale, the temporary directory), the runner's description of itself, and
 * the GitHub context that is not a credential. Not: `INPUT_*` (the action's inputs, the token
 * among them), `ACTIONS_*` (the runtime, cache and OIDC request tokens), GITHUB_TOKEN, any other
 * secret the job put in its env, and the step's file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY), which are the step's, not a gate's.
 */
export const GATE_BASE_ENV: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'CI',
  // Windows: what a process needs to start at all.
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'PROGRAMDATA',
  'PROGRAMFILES',
  'PROGRAMFILES(X86)',
  // The runner.
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_TEMP',
  'RUNNER_TOOL_CACHE',
  'RUNNER_NAME',
  'RUNNER_ENVIRONMENT',
  'RUNNER_DEBUG',
  // The GitHub context (https://docs.github.com/actions/reference/variables-reference).
  'GITHUB_ACTIONS',
  'GITHUB_ACTOR',
  'GITHUB_ACTOR_ID',
  'GITHUB_TRIGGERING_ACTOR',
  'GITHUB_API_URL',
  'GITHUB_GRAPHQL_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_BASE_REF',
  'GITHUB_HEAD_REF',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_REF_TYPE',
  'GITHUB_REF_PROTECTED',
  'GITHUB_SHA',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_JOB',
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_ID',
  'GITHUB_REPOSITORY_OWNER',
  'GITHUB_REPOSITORY_OWNER_ID',
  'GITHUB_RETENTION_DAYS',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_WORKFLOW',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_WORKFLOW_SHA',
  'GITHUB_WORKSPACE',
]

const BASE = new Set(GATE_BASE_ENV)

/**
 * The environment of a gate: the ordinary variables of `parent` (GATE_BASE_ENV and the locale's
 * LC_*), then what the gate's `env:` names: a value as given, or (null) the parent's variable of
 * that name when it has one. The ordinary names compare case-insensitively, as Windows does (`Path`).
 */
export function gateEnvironment(
  parent: NodeJS.ProcessEnv,
  named: Readonly<Record<string, string | null>>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue
    const upper = name.toUpperCase()
    if (BASE.has(upper) || /^LC_[A-Z]+$/.test(upper)) env[name] = value
  }
  for (const [name, value] of Object.entries(named)) {
    if (value !== null) env[name] = value
    else if (parent[name] !== undefined) env[name] = parent[name]
  }
  return env
}

export interface CommandOutcome {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  durationMs: number
  /** The last bytes of the output (stdout and stderr interleaved). */
  tail: string
  /** How many bytes the command wrote in all. */
  bytes: number
}

export async function runCommandGate(
  gate: CommandGate,
  {
    cwd,
    env,
    onOutput,
    tailBytes = 64 * 1024,
    killGraceMs = 5000,
  }: {
    cwd: string
    /** The step's environment; the gate gets the part gateEnvironment lets through. */
    env: NodeJS.ProcessEnv
    onOutput: (chunk: Buffer) => void
    tailBytes?: number
    killGraceMs?: number
  },
): Promise<CommandOutcome> {
  const r = await runProcess('bash', ['-e', '-o', 'pipefail', '-c', gate.run], {
    cwd,
    env: gateEnvironment(env, gate.env),
    processGroup: true,
    timeoutMs: gate.timeoutMinutes * 60_000,
    killGraceMs,
    tailBytes,
    onOutput: chunk => onOutput(chunk),
    name: 'bash',
  })
  // The sink failed (not the command): the gate could not be run, which runGates reports.
  if (r.stopped !== undefined && !r.timedOut) throw new Error(r.stopped)
  return {
    exitCode: r.code,
    signal: r.signal,
    timedOut: r.timedOut,
    durationMs: r.durationMs,
    tail: r.tail,
    bytes: r.bytes,
  }
}
