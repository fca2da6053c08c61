/**
 * Evaluating a release's gates: every gate of the list run as runGates runs it, with the commit,
 * repository and version the built-in gates check against, and a GitHub client made only when a
 * required-checks gate needs one. quality-gates and `release-actions gates` both call this.
 */
import type { GitHubClient } from '../github/index.ts'
import type { Logger } from '../log/index.ts'
import { runGates, type GateResult } from './run.ts'
import type { Gate } from './spec.ts'

export interface EvaluateOptions {
  gates: Gate[]
  /** Stop at the first failure (the others are skipped). */
  failFast: boolean
  /** The commit required-checks looks at. */
  sha: string | undefined
  /** owner/repo for required-checks. */
  repository: string | undefined
  /** The release version, for version-alignment without with.version. */
  version: string | undefined
  /** A GitHub client, made when a required-checks gate needs one (it may throw: no token). */
  github: (logger: Logger) => GitHubClient
}

export interface EvaluateContext {
  /** The directory gates run in and paths are relative to. */
  workspace: string
  env: NodeJS.ProcessEnv
  logger: Logger
  /** Where a command gate's output goes, as it comes (text from outside). */
  output: (chunk: Buffer) => void
  /** Called when a command gate's output is complete. */
  endOutput?: () => void
}

export function evaluateGates(opts: EvaluateOptions, ctx: EvaluateContext): Promise<GateResult[]> {
  return runGates(
    opts.gates,
    {
      workspace: ctx.workspace,
      env: ctx.env,
      logger: ctx.logger,
      output: ctx.output,
      ...(ctx.endOutput ? { endOutput: ctx.endOutput } : {}),
      sha: opts.sha,
      repository: opts.repository,
      version: opts.version,
      github: () => opts.github(ctx.logger),
    },
    { failFast: opts.failFast },
  )
}

/** The gates that failed (a skipped gate is not a failure). */
export function failedGates(results: readonly GateResult[]): GateResult[] {
  return results.filter(r => r.status === 'failure')
}
