/**
 * The contract between the workflow runner of the tests and the stand-ins of third-party actions.
 * A stand-in does what its pinned action does (read from that action.yml and its source at the
 * pinned commit), in-process, against the local peers; the runner hands it the step's evaluated
 * inputs (action.yml defaults applied) and the step's environment, and collects what it sets.
 */

/** The GITHUB_TOKEN permissions of a job, as GitHub resolves them (absent scopes are 'none'). */
export type Permissions = Record<string, 'read' | 'write' | 'none'>

export interface StepIO {
  /** The step's inputs after the pinned action.yml's defaults are applied, as the runner passes them (strings). */
  inputs: Record<string, string>
  /** The step's process environment: what `process.env` is inside the action (GITHUB_*, RUNNER_*, PATH, HOME, step env, …). */
  env: Record<string, string>
  /** GITHUB_WORKSPACE of the job. */
  workspace: string
  /** RUNNER_TEMP of the job. */
  runnerTemp: string
  /** The `github` context of the step, as a plain object (event_name, ref, sha, repository, server_url, api_url, run_id, workflow_ref, job_workflow_ref, event, …). */
  github: Record<string, unknown>
  /** The job's effective GITHUB_TOKEN permissions. */
  permissions: Permissions
  /** One line of the step's log (the runner treats it as untrusted text, never as a workflow command). */
  log(text: string): void
  /** A warning annotation (`::warning::`). */
  warning(message: string): void
  setOutput(name: string, value: string): void
  /** Prepends a directory to PATH for the following steps (GITHUB_PATH). */
  addPath(dir: string): void
  /** Sets an environment variable for the following steps (GITHUB_ENV). */
  exportVariable(name: string, value: string): void
  /** Appends Markdown to the step summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): void
  /** Registers a secret so the runner masks it in logs (`::add-mask::`). */
  setSecret(value: string): void
}

/** A step fails when its stand-in throws: the runner prints `::error::<message>` and marks the step failed. */
export class StepFailure extends Error {
  override name = 'StepFailure'
}
