/**
 * A runner for the tests that executes workflow files the way GitHub does: parsed and validated by
 * GitHub's own @actions/workflow-parser, every expression evaluated by @actions/expressions; jobs
 * in `needs` order with the status functions of their dependency chain, matrices expanded, job
 * outputs, `workflow_call` nested (this suite's `owner/repo/...@ref` resolved to the checkout),
 * permissions checked against the caller's (GitHub's rule: downgrade only), `run:` steps through
 * their shell with GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY files per step, composite actions expanded
 * step by step, JavaScript actions run with Node 24 from their action.yml as the runner runs them,
 * and third-party actions replaced by stand-ins checked against their pinned action.yml.
 *
 * Jobs run one after another (GitHub runs independent jobs in parallel; the order of independent
 * jobs is not observable through `needs`).
 */
import { spawn } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { exec } from '../../../packages/process/index.ts'
import type { WorkflowTemplate } from '@actions/workflow-parser'
import type {
  ReusableWorkflowJob,
  Step,
  WorkflowJob,
} from '@actions/workflow-parser/model/workflow-template'
import {
  CommandProcessor,
  FileCommandError,
  mask,
  parseFileCommands,
  type Annotation,
} from './commands.ts'
import { contractFor, type Contract } from './contracts.ts'
import {
  refName,
  refType,
  repositoryPayload,
  type RepoSettings,
  type TriggerEvent,
} from './events.ts'
import { asString, evaluate, truthy, type Json, type Status } from './expressions.ts'
import { pushTriggers } from './filters.ts'
import { expandMatrix, type Combination } from './matrix.ts'
import { RESTRICTED_DEFAULT, excess, level, parsePermissions } from './permissions.ts'
import type { Permissions, StepIO } from './stand-in.ts'
import {
  entries,
  evaluateToken,
  find,
  literal,
  loadAction,
  loadWorkflow,
  type LoadedAction,
  type LoadedWorkflow,
  type MappingToken,
  type TemplateToken,
} from './tokens.ts'

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface StepRecord {
  id: string
  name: string
  uses?: string
  outcome: Result
  conclusion: Result
  outputs: Record<string, string>
  log: string[]
  annotations: Annotation[]
  summary: string
  /** The steps of a composite action. */
  steps?: StepRecord[]
  durationMs?: number
}

export interface JobRecord {
  /** `caller / job` for jobs of called workflows, with the matrix values in parentheses. */
  path: string
  id: string
  name: string
  workflow: string
  matrix?: Combination
  result: Result
  outputs: Record<string, string>
  permissions: Permissions
  steps: StepRecord[]
  summary: string
  annotations: Annotation[]
  durationMs?: number
}

/** A third-party action done in-process against the local peers. */
export type StandInFn = (io: StepIO, run: RunContext) => Promise<void>

/** A stand-in, with the post step its action runs at the end of the job (post-if: always()). */
export type StandIn = StandInFn | { main: StandInFn; post?: StandInFn }

/** What a stand-in knows about the run it is part of. */
export interface RunContext {
  runId: number
  /** Where upload-artifact keeps this run's artifacts (shared by called workflows). */
  artifactsDir: string
  repository: RepoSettings
  world: RunnerWorld
}

export interface OidcRegistration {
  requestUrl: string
  requestToken: string
}

/** The machine the runner works on: the peers a job can reach and the tools on its PATH. */
export interface RunnerWorld {
  /** The checkout of this suite: `<suiteRepository>/<path>@<ref>` resolves here. */
  suiteRoot: string
  suiteRepository: string
  /** Where run and job directories go. */
  dir: string
  serverUrl: string
  apiUrl: string
  /** The token a job's GITHUB_TOKEN is (with the job's permissions). */
  token(permissions: Permissions): string
  settings(repository: string): RepoSettings
  /** The bare repository that is `repository`'s origin. */
  origin(repository: string): string
  secrets(repository: string): Record<string, string>
  vars(repository: string): Record<string, string>
  /** The directories on a job's PATH, first first (stand-in tools, then the machine's). */
  path: string[]
  /** The Node 24 that runs `using: node24` actions (the runner's own node, not the one on PATH). */
  node24: string
  oidc?: (claims: Record<string, Json>) => OidcRegistration
  standIn(name: string): StandIn | undefined
}

export interface RunOptions {
  repository: string
  /** The workflow file in the repository, `.github/workflows/x.yml`. */
  workflow: string
  event: TriggerEvent
  actor?: string
  /** Cancel the run when this returns true (checked between steps). */
  cancelWhen?: () => boolean
}

export class RunResult {
  triggered = true
  /** A failure before any job ran (an invalid file, a permission a called workflow may not have). */
  error: string | undefined
  readonly jobs: JobRecord[] = []
  readonly runId: number
  readonly artifactsDir: string
  result: Result = 'success'
  github: Record<string, Json> = {}

  constructor(runId: number, artifactsDir: string) {
    this.runId = runId
    this.artifactsDir = artifactsDir
  }

  /** The job whose path is `path` or ends with ` / path` (matrix instances: the first, or all with `all`). */
  job(pathOrId: string): JobRecord {
    const found = this.findJobs(pathOrId)
    const job = found[0]
    if (!job) throw new Error(`no job ${pathOrId} in ${this.jobs.map(j => j.path).join(', ')}`)
    return job
  }

  findJobs(pathOrId: string): JobRecord[] {
    const base = (p: string) => p.replace(/ \(.*\)$/, '')
    const byPath = this.jobs.filter(
      j =>
        j.path === pathOrId || base(j.path) === pathOrId || base(j.path).endsWith(` / ${pathOrId}`),
    )
    return byPath.length > 0 ? byPath : this.jobs.filter(j => j.id === pathOrId)
  }

  step(job: string, idOrName: string): StepRecord {
    const j = this.job(job)
    const s = j.steps.find(x => x.id === idOrName || x.name === idOrName)
    if (!s) throw new Error(`no step ${idOrName} in ${job}: ${j.steps.map(x => x.id).join(', ')}`)
    return s
  }

  /** Every annotation of every step, `job: message`. */
  annotations(levelFilter?: Annotation['level']): string[] {
    return this.jobs.flatMap(j =>
      j.annotations
        .filter(a => !levelFilter || a.level === levelFilter)
        .map(a => `${j.path}: ${a.message}`),
    )
  }

  /** The whole log, for failure messages. */
  log(): string {
    const lines: string[] = []
    if (this.error) lines.push(`run error: ${this.error}`)
    const stepLines = (s: StepRecord, indent: string): void => {
      lines.push(
        `${indent}- ${s.name} [${s.outcome}]${s.durationMs !== undefined ? ` ${s.durationMs} ms` : ''}`,
      )
      for (const l of s.log) lines.push(`${indent}    ${l}`)
      for (const sub of s.steps ?? []) stepLines(sub, `${indent}  `)
    }
    for (const j of this.jobs) {
      lines.push(
        `== ${j.path}: ${j.result}${j.durationMs !== undefined ? ` ${j.durationMs} ms` : ''}`,
      )
      for (const s of j.steps) stepLines(s, '  ')
    }
    return lines.join('\n')
  }
}

export class RunFailure extends Error {
  override name = 'RunFailure'
}

interface WorkflowSource {
  /** The repository whose files `./` paths of this workflow resolve in. */
  repository: string
  /** Where the files are: the suite checkout, or a commit of an origin. */
  kind: 'suite' | 'origin'
  sha: string
  ref: string
}

interface Scope {
  run: RunState
  workflow: LoadedWorkflow
  /** `owner/repo/.github/workflows/x.yml@ref` of the file the jobs are defined in (OIDC job_workflow_ref). */
  jobWorkflowRef: string
  source: WorkflowSource
  github: Record<string, Json>
  inputs: Record<string, Json>
  secrets: Record<string, string>
  vars: Record<string, string>
  /** The caller job's permissions: the most a called workflow's jobs may have. */
  ceiling: Permissions | undefined
  prefix: string
}

interface RunState {
  id: number
  result: RunResult
  repo: RepoSettings
  options: RunOptions
  cancelled: boolean
  secrets: Set<string>
}

interface JobOutcome {
  result: Result
  outputs: Record<string, string>
}

interface StepState {
  outputs: Record<string, string>
  outcome: Result
  conclusion: Result
}

interface Machine {
  home: string
  workspace: string
  temp: string
  toolCache: string
  files: string
}

interface JobState {
  machine: Machine
  scope: Scope
  github: Record<string, Json>
  /** The env context: workflow and job env, then what GITHUB_ENV set. */
  env: Record<string, string>
  /** Directories GITHUB_PATH added, newest first. */
  path: string[]
  failed: boolean
  permissions: Permissions
  token: string
  oidc: OidcRegistration | undefined
  masks: Set<string>
  summary: string[]
  annotations: Annotation[]
  contexts: Record<string, unknown>
  defaults: { shell?: string; workingDirectory?: string }
  deadline: number
  /** Post steps of the actions that ran, run in reverse order at the end of the job. */
  posts: (() => Promise<StepRecord>)[]
}

/** The evaluation frame of a list of steps: a job's, or a composite action's. */
interface Frame {
  steps: Record<string, StepState>
  inputs: Record<string, Json>
  github: Record<string, Json>
  /** The env of the `uses:` step that called the composite (its steps inherit it). */
  env: Record<string, string>
  failed: boolean
  actionPath?: string
  composite: boolean
}

let nextRunId = 4_200_000_000

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
void sleep

function git(dir: string, ...args: string[]): Promise<string> {
  return exec('git', ['--git-dir', dir, ...args]).then(r => r.stdout)
}

function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function tokenString(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined
  const v = literal(token)
  return v === null ? undefined : asString(v)
}

export class WorkflowRunner {
  readonly world: RunnerWorld

  constructor(world: RunnerWorld) {
    this.world = world
  }

  /** Starts a workflow as GitHub would for the event, and runs it to the end. */
  async run(options: RunOptions): Promise<RunResult> {
    const runId = nextRunId++
    const runDir = path.join(this.world.dir, 'runs', String(runId))
    mkdirSync(path.join(runDir, 'artifacts'), { recursive: true })
    const result = new RunResult(runId, path.join(runDir, 'artifacts'))
    const repo = this.world.settings(options.repository)
    const origin = this.world.origin(options.repository)
    const event = options.event
    let ref: string
    if (event.name === 'push' || event.name === 'workflow_dispatch') ref = event.ref
    else if (event.name === 'schedule') ref = `refs/heads/${repo.defaultBranch}`
    else ref = `refs/pull/${event.number ?? 1}/merge`
    const commitish = event.name === 'pull_request' ? event.head : ref
    let sha: string
    try {
      sha = (await git(origin, 'rev-parse', '--verify', '--quiet', `${commitish}^{commit}`)).trim()
    } catch {
      throw new RunFailure(`${options.repository} has no ${commitish}`)
    }
    const content = await git(origin, 'show', `${sha}:${options.workflow}`)
    const workflowRef = `${options.repository}/${options.workflow}@${ref}`
    const workflow = await loadWorkflow(workflowRef, content)
    const state: RunState = {
      id: runId,
      result,
      repo,
      options,
      cancelled: false,
      secrets: new Set(),
    }

    if (!this.#triggers(workflow.template, event)) {
      result.triggered = false
      result.result = 'skipped'
      return result
    }
    const secrets = this.world.secrets(options.repository)
    for (const v of Object.values(secrets)) state.secrets.add(v)
    let inputs: Record<string, Json> = {}
    let eventInputs: Record<string, string> | undefined
    if (event.name === 'workflow_dispatch') {
      ;({ inputs, eventInputs } = this.#dispatchInputs(workflow, event.inputs ?? {}))
    }
    const github = this.#githubContext(
      options,
      repo,
      ref,
      sha,
      workflow,
      workflowRef,
      eventInputs,
      runId,
    )
    result.github = github
    const source: WorkflowSource = { repository: options.repository, kind: 'origin', sha, ref }
    const scope: Scope = {
      run: state,
      workflow,
      jobWorkflowRef: workflowRef,
      source,
      github,
      inputs,
      secrets,
      vars: this.world.vars(options.repository),
      ceiling: undefined,
      prefix: '',
    }
    try {
      await this.#checkPermissions(scope)
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error)
      result.result = 'failure'
      return result
    }
    const outcome = await this.#runWorkflow(scope)
    result.result = outcome.result
    return result
  }

  #triggers(template: WorkflowTemplate, event: TriggerEvent): boolean {
    const events = template.events
    if (event.name === 'push')
      return events.push !== undefined && pushTriggers(event.ref, events.push)
    if (event.name === 'workflow_dispatch') return events.workflow_dispatch !== undefined
    if (event.name === 'schedule') return events.schedule !== undefined
    return events.pull_request !== undefined
  }

  #dispatchInputs(
    workflow: LoadedWorkflow,
    given: Record<string, string | boolean>,
  ): { inputs: Record<string, Json>; eventInputs: Record<string, string> } {
    const declared = workflow.template.events.workflow_dispatch?.inputs ?? {}
    const unknown = Object.keys(given).filter(k => !(k in declared))
    if (unknown.length)
      throw new RunFailure(`Unexpected inputs provided: ${JSON.stringify(unknown)}`)
    const inputs: Record<string, Json> = {}
    const eventInputs: Record<string, string> = {}
    for (const [name, config] of Object.entries(declared)) {
      const raw = given[name] ?? config.default
      if (raw === undefined && config.required)
        throw new RunFailure(`Required input '${name}' not provided`)
      if (String(config.type) === 'boolean') {
        const b = raw === true || raw === 'true'
        if (raw !== undefined && typeof raw !== 'boolean' && raw !== 'true' && raw !== 'false')
          throw new RunFailure(
            `Provided value '${String(raw)}' for input '${name}' not in the list of allowed values`,
          )
        inputs[name] = b
        eventInputs[name] = String(b)
      } else {
        const s = raw === undefined ? '' : String(raw)
        if (
          String(config.type) === 'choice' &&
          config.options &&
          s !== '' &&
          !config.options.includes(s)
        )
          throw new RunFailure(
            `Provided value '${s}' for input '${name}' not in the list of allowed values`,
          )
        inputs[name] = s
        eventInputs[name] = s
      }
    }
    return { inputs, eventInputs }
  }

  #githubContext(
    options: RunOptions,
    repo: RepoSettings,
    ref: string,
    sha: string,
    workflow: LoadedWorkflow,
    workflowRef: string,
    eventInputs: Record<string, string> | undefined,
    runId: number,
  ): Record<string, Json> {
    const [owner = ''] = repo.repository.split('/')
    const actor = options.actor ?? 'octocat'
    const repository = repositoryPayload(repo, this.world.serverUrl)
    const sender = { login: actor, id: 583231, type: 'User' }
    const e = options.event
    let event: Record<string, Json>
    if (e.name === 'push')
      event = {
        ref,
        before: e.before ?? '0'.repeat(40),
        after: sha,
        created: true,
        deleted: false,
        forced: false,
        base_ref: null,
        commits: [],
        head_commit: { id: sha },
        pusher: { name: actor },
        repository,
        sender,
      }
    else if (e.name === 'workflow_dispatch')
      event = { inputs: eventInputs ?? {}, ref, repository, sender, workflow: options.workflow }
    else if (e.name === 'schedule') event = { schedule: e.cron ?? '17 3 * * *', repository }
    else
      event = {
        number: e.number ?? 1,
        pull_request: { head: { sha, ref: e.head }, base: { ref: e.base ?? repo.defaultBranch } },
        repository,
        sender,
      }
    const name = tokenString(find(workflow.root, 'name')) ?? options.workflow
    return {
      event_name: e.name,
      event,
      ref,
      ref_name: refName(ref),
      ref_type: refType(ref),
      ref_protected: false,
      sha,
      repository: repo.repository,
      repository_id: String(repo.id),
      repository_owner: owner,
      repository_owner_id: String(repo.ownerId),
      repositoryUrl: `git://github.com/${repo.repository}.git`,
      actor,
      actor_id: '583231',
      triggering_actor: actor,
      run_id: String(runId),
      run_number: String(runId % 1000),
      run_attempt: '1',
      retention_days: '90',
      server_url: this.world.serverUrl,
      api_url: this.world.apiUrl,
      graphql_url: `${this.world.apiUrl}/graphql`,
      workflow: name,
      workflow_ref: workflowRef,
      workflow_sha: sha,
      head_ref: e.name === 'pull_request' ? e.head : '',
      base_ref: e.name === 'pull_request' ? (e.base ?? repo.defaultBranch) : '',
      secret_source: 'Actions',
    }
  }

  // ---- permissions, checked for the whole tree of called workflows before any job runs ---------

  #jobToken(scope: Scope, jobId: string): TemplateToken | undefined {
    return find(scope.workflow.root, 'jobs', jobId)
  }

  #effectivePermissions(scope: Scope, jobId: string): Permissions {
    const own = parsePermissions(
      literalOrUndefined(find(this.#jobToken(scope, jobId), 'permissions')),
    )
    const workflowLevel = parsePermissions(
      literalOrUndefined(find(scope.workflow.root, 'permissions')),
    )
    return own ?? workflowLevel ?? scope.ceiling ?? RESTRICTED_DEFAULT
  }

  async #checkPermissions(scope: Scope): Promise<void> {
    for (const job of scope.workflow.template.jobs) {
      const id = job.id.value
      const asked = this.#effectivePermissions(scope, id)
      if (scope.ceiling) {
        const over = excess(asked, scope.ceiling)
        const first = over[0]
        if (first)
          throw new RunFailure(
            `Error calling workflow '${scope.workflow.name}'. The nested job '${id}' is requesting '${first.scope}: ${first.asked}', but is only allowed '${first.scope}: ${first.allowed}'.`,
          )
      }
      if (job.type === 'reusableWorkflowJob') {
        const called = await this.#loadCalled(scope, job)
        await this.#checkPermissions({ ...called.scope, ceiling: asked })
      }
    }
  }

  // ---- workflows and jobs -------------------------------------------------------------------------

  async #loadCalled(
    scope: Scope,
    job: ReusableWorkflowJob,
  ): Promise<{
    scope: Omit<Scope, 'inputs' | 'secrets' | 'ceiling' | 'prefix'> &
      Pick<Scope, 'inputs' | 'secrets' | 'ceiling' | 'prefix'>
  }> {
    const uses = job.ref.value
    let source: WorkflowSource
    let file: string
    let content: string
    let name: string
    const local = /^\.\/(.+)$/.exec(uses)
    const remote = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(uses)
    if (local) {
      source = scope.source
      file = local[1] as string
      name = `${source.repository}/${file}@${source.ref}`
    } else if (remote) {
      const [, repository = '', filePath = '', ref = ''] = remote
      file = filePath
      name = uses
      if (repository === this.world.suiteRepository)
        source = { repository, kind: 'suite', sha: 'suite', ref: fullRef(ref) }
      else {
        const origin = this.world.origin(repository)
        const sha = (await git(origin, 'rev-parse', `${ref}^{commit}`)).trim()
        source = { repository, kind: 'origin', sha, ref: fullRef(ref) }
      }
    } else throw new RunFailure(`Invalid workflow reference '${uses}'`)
    if (source.kind === 'suite') {
      const full = path.join(this.world.suiteRoot, file)
      if (!existsSync(full)) throw new RunFailure(`Unable to find reusable workflow '${uses}'`)
      content = readFileSync(full, 'utf8')
    } else
      content = await git(this.world.origin(source.repository), 'show', `${source.sha}:${file}`)
    const workflow = await loadWorkflow(name, content)
    if (!workflow.template.events.workflow_call)
      throw new RunFailure(
        `${uses}: workflow is not reusable as it is missing a \`on.workflow_call\` trigger`,
      )
    return {
      scope: {
        ...scope,
        workflow,
        source,
        jobWorkflowRef: `${source.repository}/${file}@${source.ref}`,
      },
    }
  }

  async #runWorkflow(scope: Scope): Promise<{ result: Result; jobs: Map<string, JobOutcome> }> {
    const jobs = scope.workflow.template.jobs
    const outcomes = new Map<string, JobOutcome>()
    const byId = new Map(jobs.map(j => [j.id.value, j]))
    const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
      for (const n of byId.get(id)?.needs ?? []) {
        if (!seen.has(n.value)) {
          seen.add(n.value)
          ancestors(n.value, seen)
        }
      }
      return seen
    }
    const pending = [...jobs]
    while (pending.length > 0) {
      const index = pending.findIndex(j => (j.needs ?? []).every(n => outcomes.has(n.value)))
      if (index < 0)
        throw new RunFailure(`cyclic needs among ${pending.map(j => j.id.value).join(', ')}`)
      const job = pending.splice(index, 1)[0] as WorkflowJob
      outcomes.set(
        job.id.value,
        await this.#runJob(scope, job, outcomes, [...ancestors(job.id.value)]),
      )
    }
    const results = [...outcomes.values()].map(o => o.result)
    const result: Result = results.includes('failure')
      ? 'failure'
      : results.includes('cancelled')
        ? 'cancelled'
        : 'success'
    return { result, jobs: outcomes }
  }

  async #runJob(
    scope: Scope,
    job: WorkflowJob,
    outcomes: Map<string, JobOutcome>,
    ancestors: string[],
  ): Promise<JobOutcome> {
    const id = job.id.value
    const needs = Object.fromEntries(
      (job.needs ?? []).map(n => {
        const o = outcomes.get(n.value)
        return [n.value, { result: o?.result ?? 'skipped', outputs: o?.outputs ?? {} }]
      }),
    )
    const status: Status = {
      success: ancestors.every(a => outcomes.get(a)?.result === 'success'),
      failure: ancestors.some(a => outcomes.get(a)?.result === 'failure'),
      cancelled: scope.run.cancelled,
    }
    const base = { github: scope.github, needs, inputs: scope.inputs, vars: scope.vars }
    const record = (name: string, result: Result, extra: Partial<JobRecord> = {}): JobRecord => {
      const r: JobRecord = {
        path: `${scope.prefix}${name}`,
        id,
        name,
        workflow: scope.workflow.name,
        result,
        outputs: {},
        permissions: this.#effectivePermissions(scope, id),
        steps: [],
        summary: '',
        annotations: [],
        ...extra,
      }
      scope.run.result.jobs.push(r)
      return r
    }
    const plainName = job.name ? asString(evaluateSafe(job.name, base)) || id : id
    let run: boolean
    try {
      run = truthy(evaluate(job.if.expression, base, { status }))
    } catch (error) {
      record(plainName, 'failure', { annotations: [{ level: 'error', message: String(error) }] })
      return { result: 'failure', outputs: {} }
    }
    if (!run) {
      record(plainName, 'skipped')
      return { result: 'skipped', outputs: {} }
    }
    let combos: Combination[]
    let failFast = true
    try {
      const strategy = evaluateToken(job.strategy, base) as Record<string, Json> | null
      combos = strategy ? expandMatrix(strategy.matrix ?? null) : [{}]
      if (strategy && strategy['fail-fast'] === false) failFast = false
    } catch (error) {
      record(plainName, 'failure', {
        annotations: [
          {
            level: 'error',
            message: `Error when evaluating 'strategy' for job '${id}'. ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      })
      return { result: 'failure', outputs: {} }
    }
    const hasMatrix = job.strategy !== undefined
    const results: Result[] = []
    const outputs: Record<string, string> = {}
    for (const [i, combo] of combos.entries()) {
      const strategyCtx = {
        'fail-fast': failFast,
        'job-index': i,
        'job-total': combos.length,
        'max-parallel': combos.length,
      }
      const ctx = { ...base, matrix: combo, strategy: strategyCtx }
      const shown = job.name
        ? asString(evaluateSafe(job.name, ctx)) || id
        : hasMatrix
          ? `${id} (${Object.values(combo)
              .map(v => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
              .join(', ')})`
          : id
      if (scope.run.cancelled || (failFast && results.includes('failure'))) {
        record(shown, 'cancelled', { matrix: combo })
        results.push('cancelled')
        continue
      }
      const outcome =
        job.type === 'job'
          ? await this.#runJobInstance(scope, job, ctx, shown, record)
          : await this.#runCalledWorkflow(scope, job, ctx, shown, record)
      results.push(outcome.result)
      for (const [k, v] of Object.entries(outcome.outputs)) if (v !== '') outputs[k] = v
    }
    const result: Result = results.includes('failure')
      ? 'failure'
      : results.includes('cancelled')
        ? 'cancelled'
        : 'success'
    return { result, outputs }
  }

  async #runCalledWorkflow(
    scope: Scope,
    job: ReusableWorkflowJob,
    ctx: Record<string, unknown>,
    shown: string,
    record: (name: string, result: Result, extra?: Partial<JobRecord>) => JobRecord,
  ): Promise<JobOutcome> {
    const fail = (message: string): JobOutcome => {
      record(shown, 'failure', { annotations: [{ level: 'error', message }] })
      return { result: 'failure', outputs: {} }
    }
    let called
    try {
      called = (await this.#loadCalled(scope, job)).scope
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
    const raw = this.#jobToken(scope, job.id.value)
    const call = called.workflow.template.events.workflow_call ?? {}
    const given = (evaluateToken(find(raw, 'with'), { ...ctx, secrets: undefined }) ??
      {}) as Record<string, Json>
    const inputs: Record<string, Json> = {}
    const declared = call.inputs ?? {}
    for (const name of Object.keys(given))
      if (!(name in declared))
        return fail(`Invalid input, ${name} is not defined in the referenced workflow.`)
    const rawInputs = find(called.workflow.root, 'on', 'workflow_call', 'inputs')
    for (const [name, config] of Object.entries(declared)) {
      const type = tokenString(find(rawInputs, name, 'type')) ?? 'string'
      let value: Json | undefined = given[name]
      if (value === undefined) {
        const d = find(rawInputs, name, 'default')
        value = d ? evaluateToken(d, { github: scope.github, inputs: {} }) : undefined
        if (value === undefined && config.required)
          return fail(`Input ${name} is required, but not provided while calling.`)
        value ??= type === 'boolean' ? false : type === 'number' ? 0 : ''
      }
      if (type === 'boolean' && typeof value !== 'boolean')
        return fail(
          `Unexpected type of value '${asString(value)}' for input '${name}', expected type: Boolean.`,
        )
      if (type === 'number' && typeof value !== 'number')
        return fail(
          `Unexpected type of value '${asString(value)}' for input '${name}', expected type: Number.`,
        )
      if (type === 'string' && typeof value !== 'string') value = asString(value)
      inputs[name] = value
    }
    // Secrets: only those passed (or all with `secrets: inherit`), plus GITHUB_TOKEN.
    const secretsToken = find(raw, 'secrets')
    let secrets: Record<string, string> = {}
    if (secretsToken && literalOrUndefined(secretsToken) === 'inherit')
      secrets = { ...scope.secrets }
    else if (secretsToken) {
      const values = evaluateToken(secretsToken, { ...ctx, secrets: scope.secrets }) as Record<
        string,
        Json
      >
      for (const [k, v] of Object.entries(values ?? {})) {
        if (!(k in (call.secrets ?? {})))
          return fail(`Invalid secret, ${k} is not defined in the referenced workflow.`)
        if (asString(v) !== '') secrets[k] = asString(v)
      }
    }
    for (const [k, config] of Object.entries(call.secrets ?? {}))
      if (config.required && !(k in secrets))
        return fail(`Secret ${k} is required, but not provided while calling.`)
    const permissions = this.#effectivePermissions(scope, job.id.value)
    const nested: Scope = {
      ...called,
      inputs,
      secrets,
      ceiling: permissions,
      prefix: `${scope.prefix}${shown} / `,
      vars: scope.vars,
    }
    const outcome = await this.#runWorkflow(nested)
    const jobsCtx = Object.fromEntries(
      [...outcome.jobs.entries()].map(([k, v]) => [k, { result: v.result, outputs: v.outputs }]),
    )
    const outputs: Record<string, string> = {}
    for (const [name, def] of entries(
      find(called.workflow.root, 'on', 'workflow_call', 'outputs'),
    )) {
      try {
        outputs[name] = asString(
          evaluateToken(find(def, 'value'), { github: scope.github, jobs: jobsCtx, inputs }),
        )
      } catch {
        outputs[name] = ''
      }
    }
    return { result: outcome.result, outputs }
  }

  async #runJobInstance(
    scope: Scope,
    job: Extract<WorkflowJob, { type: 'job' }>,
    ctx: Record<string, unknown>,
    shown: string,
    record: (name: string, result: Result, extra?: Partial<JobRecord>) => JobRecord,
  ): Promise<JobOutcome> {
    const id = job.id.value
    const raw = this.#jobToken(scope, id)
    const permissions = this.#effectivePermissions(scope, id)
    const rec = record(shown, 'success', { matrix: ctx.matrix as Combination })
    const started = Date.now()
    const jobDir = path.join(this.world.dir, 'runs', String(scope.run.id), randomUUID().slice(0, 8))
    const [, repoName = 'repo'] = scope.run.repo.repository.split('/')
    const machine: Machine = {
      home: path.join(jobDir, 'home'),
      workspace: path.join(jobDir, 'work', repoName, repoName),
      temp: path.join(jobDir, 'temp'),
      toolCache: path.join(jobDir, 'tool-cache'),
      files: path.join(jobDir, 'files'),
    }
    for (const d of [
      machine.home,
      machine.workspace,
      machine.temp,
      machine.toolCache,
      machine.files,
    ])
      mkdirSync(d, { recursive: true })
    const token = this.world.token(permissions)
    const github: Record<string, Json> = {
      ...scope.github,
      job: id,
      token,
      workspace: machine.workspace,
      event_path: path.join(machine.files, 'event.json'),
      action: '',
      action_path: '',
      action_repository: '',
      action_ref: '',
      path: '',
      env: '',
    }
    writeFileSync(path.join(machine.files, 'event.json'), JSON.stringify(scope.github.event))
    const masks = new Set<string>([...scope.run.secrets, token, ...Object.values(scope.secrets)])
    const runner = {
      name: 'GitHub Actions 1000000',
      os: 'Linux',
      arch: 'X64',
      temp: machine.temp,
      tool_cache: machine.toolCache,
      workspace: path.dirname(machine.workspace),
      environment: 'github-hosted',
      debug: '',
    }
    const secrets = { ...scope.secrets, GITHUB_TOKEN: token }
    const baseCtx = {
      ...ctx,
      github,
      secrets,
      runner,
      job: { status: 'success', container: {}, services: {} },
    }
    const state: JobState = {
      machine,
      scope,
      github,
      env: {},
      path: [],
      failed: false,
      permissions,
      token,
      oidc: undefined,
      masks,
      summary: [],
      annotations: rec.annotations,
      contexts: baseCtx,
      defaults: {},
      deadline: Date.now() + 60 * 60_000 * 6,
      posts: [],
    }
    const timeout = literalOrUndefined(find(raw, 'timeout-minutes'))
    if (typeof timeout === 'number') state.deadline = Date.now() + timeout * 60_000
    try {
      const wfEnv = evaluateToken(scope.workflow.template.env, {
        github,
        secrets,
        inputs: scope.inputs,
        vars: scope.vars,
      })
      const jobEnv = evaluateToken(job.env, { ...baseCtx, env: wfEnv })
      for (const source of [wfEnv, jobEnv])
        for (const [k, v] of Object.entries((source ?? {}) as Record<string, Json>))
          state.env[k] = asString(v)
      const wfDefaults = find(scope.workflow.root, 'defaults', 'run')
      const jobDefaults = find(raw, 'defaults', 'run')
      state.defaults = {
        shell: tokenString(find(jobDefaults, 'shell')) ?? tokenString(find(wfDefaults, 'shell')),
        workingDirectory:
          tokenString(find(jobDefaults, 'working-directory')) ??
          tokenString(find(wfDefaults, 'working-directory')),
      }
      if (job.environment) {
        // The name is evaluated when the job starts; the url (which may read steps) at its end.
        const nameToken = find(job.environment, 'name') ?? job.environment
        const envName = evaluateToken(nameToken, baseCtx)
        if (envName)
          baseCtx.job = { ...baseCtx.job, environment: asString(envName) } as typeof baseCtx.job
      }
      if (level(permissions, 'id-token') === 'write' && this.world.oidc) {
        state.oidc = this.world.oidc(this.#claims(state, baseCtx))
        masks.add(state.oidc.requestToken)
      }
    } catch (error) {
      rec.result = 'failure'
      rec.annotations.push({
        level: 'error',
        message: error instanceof Error ? error.message : String(error),
      })
      return { result: 'failure', outputs: {} }
    }
    const frame: Frame = {
      steps: {},
      inputs: scope.inputs,
      github,
      env: {},
      failed: false,
      composite: false,
    }
    const rawSteps = find(raw, 'steps')
    const rawList =
      rawSteps && 'count' in rawSteps ? [...(rawSteps as unknown as Iterable<TemplateToken>)] : []
    await this.#runSteps(job.steps, rawList, frame, state, rec.steps)
    for (const post of state.posts.reverse()) rec.steps.push(await post())
    rec.result = state.failed ? 'failure' : scope.run.cancelled ? 'cancelled' : 'success'
    // Job outputs, evaluated at the end of the job; one that holds a secret is skipped.
    const outputs: Record<string, string> = {}
    if (job.outputs) {
      const values = evaluateToken(job.outputs, {
        ...baseCtx,
        steps: frame.steps,
        env: state.env,
      }) as Record<string, Json>
      for (const [k, v] of Object.entries(values ?? {})) {
        const s = asString(v)
        if ([...masks].some(m => m.length > 0 && s.includes(m))) {
          rec.annotations.push({
            level: 'warning',
            message: `Skip output '${k}' since it may contain secret.`,
          })
          continue
        }
        outputs[k] = s
      }
    }
    rec.outputs = outputs
    rec.summary = state.summary.join('')
    rec.durationMs = Date.now() - started
    return { result: rec.result, outputs }
  }

  #claims(state: JobState, ctx: Record<string, unknown>): Record<string, Json> {
    const g = state.github
    const environment = (ctx.job as { environment?: string }).environment
    return {
      sub: environment
        ? `repo:${asString(g.repository ?? null)}:environment:${environment}`
        : `repo:${asString(g.repository ?? null)}:ref:${asString(g.ref ?? null)}`,
      repository: g.repository ?? '',
      repository_owner: g.repository_owner ?? '',
      repository_id: g.repository_id ?? '',
      repository_owner_id: g.repository_owner_id ?? '',
      repository_visibility: state.scope.run.repo.private ? 'private' : 'public',
      ref: g.ref ?? '',
      ref_type: g.ref_type ?? '',
      ref_protected: 'false',
      sha: g.sha ?? '',
      actor: g.actor ?? '',
      actor_id: g.actor_id ?? '',
      workflow: g.workflow ?? '',
      workflow_ref: g.workflow_ref ?? '',
      workflow_sha: g.workflow_sha ?? '',
      job_workflow_ref: state.scope.jobWorkflowRef,
      job_workflow_sha:
        state.scope.source.kind === 'suite' ? (g.workflow_sha ?? '') : state.scope.source.sha,
      event_name: g.event_name ?? '',
      run_id: g.run_id ?? '',
      run_number: g.run_number ?? '',
      run_attempt: g.run_attempt ?? '1',
      runner_environment: 'github-hosted',
      ...(environment ? { environment } : {}),
    }
  }

  // ---- steps ----------------------------------------------------------------------------------------

  async #runSteps(
    steps: Step[],
    rawSteps: TemplateToken[],
    frame: Frame,
    state: JobState,
    records: StepRecord[],
  ): Promise<void> {
    for (const [i, step] of steps.entries()) {
      const raw = rawSteps[i]
      if (state.scope.run.options.cancelWhen?.()) state.scope.run.cancelled = true
      const started = Date.now()
      const rec = await this.#runStep(step, raw, frame, state)
      rec.durationMs = Date.now() - started
      records.push(rec)
    }
  }

  #contexts(
    frame: Frame,
    state: JobState,
    stepEnv: Record<string, string>,
  ): Record<string, unknown> {
    return {
      ...state.contexts,
      github: frame.github,
      inputs: frame.inputs,
      steps: frame.steps,
      env: { ...state.env, ...frame.env, ...stepEnv },
      // Composite actions cannot read secrets.
      ...(frame.composite ? { secrets: undefined } : {}),
    }
  }

  async #runStep(
    step: Step,
    raw: TemplateToken | undefined,
    frame: Frame,
    state: JobState,
  ): Promise<StepRecord> {
    const uses = 'uses' in step ? step.uses.value : undefined
    const runToken = 'run' in step ? step.run : undefined
    const rec: StepRecord = {
      id: step.id,
      name: '',
      uses,
      outcome: 'success',
      conclusion: 'success',
      outputs: {},
      log: [],
      annotations: [],
      summary: '',
    }
    const failedBefore = frame.failed || state.failed
    const status: Status = {
      success: !failedBefore,
      failure: failedBefore,
      cancelled: state.scope.run.cancelled,
    }
    const preContexts = this.#contexts(frame, state, {})
    try {
      rec.name = step.name ? asString(evaluateToken(step.name, preContexts)) : ''
    } catch {
      rec.name = ''
    }
    if (!rec.name)
      rec.name = uses
        ? `Run ${uses}`
        : `Run ${String(runToken && 'value' in runToken ? runToken.value : '').split('\n')[0]}`
    const setState = () => {
      frame.steps[step.id] = {
        outputs: rec.outputs,
        outcome: rec.outcome,
        conclusion: rec.conclusion,
      }
    }
    const ifExpression = 'if' in step && step.if ? step.if.expression : 'success()'
    let shouldRun: boolean
    try {
      shouldRun = truthy(
        evaluate(ifExpression, preContexts, { status, workspace: state.machine.workspace }),
      )
    } catch (error) {
      return this.#failStep(rec, frame, state, error, setState)
    }
    if (!shouldRun) {
      rec.outcome = rec.conclusion = 'skipped'
      setState()
      return rec
    }
    let stepEnv: Record<string, string> = {}
    let continueOnError = false
    try {
      const evaluated = evaluateToken('env' in step ? step.env : undefined, preContexts) as Record<
        string,
        Json
      > | null
      stepEnv = { ...frame.env }
      for (const [k, v] of Object.entries(evaluated ?? {})) stepEnv[k] = asString(v)
      const coe = step['continue-on-error']
      continueOnError =
        typeof coe === 'boolean' ? coe : coe ? truthy(evaluateToken(coe, preContexts)) : false
    } catch (error) {
      return this.#failStep(rec, frame, state, error, setState)
    }
    const contexts = this.#contexts(frame, state, stepEnv)
    const timeout = literalOrUndefined(find(raw, 'timeout-minutes'))
    const deadline = Math.min(
      state.deadline,
      typeof timeout === 'number' ? Date.now() + timeout * 60_000 : Infinity,
    )
    let ok: boolean
    try {
      if (runToken)
        ok = await this.#runScript(
          step,
          raw,
          runToken,
          contexts,
          stepEnv,
          frame,
          state,
          rec,
          deadline,
        )
      else if (uses)
        ok = await this.#runUses(uses, raw, contexts, stepEnv, frame, state, rec, deadline)
      else throw new RunFailure(`step ${step.id} has neither run nor uses`)
    } catch (error) {
      rec.annotations.push({
        level: 'error',
        message: mask(error instanceof Error ? error.message : String(error), state.masks),
      })
      ok = false
    }
    state.annotations.push(...rec.annotations)
    if (!ok) {
      rec.outcome = 'failure'
      rec.conclusion = continueOnError ? 'success' : 'failure'
      if (!continueOnError) {
        frame.failed = true
        if (!frame.composite) state.failed = true
      }
    }
    setState()
    return rec
  }

  #failStep(
    rec: StepRecord,
    frame: Frame,
    state: JobState,
    error: unknown,
    setState: () => void,
  ): StepRecord {
    rec.annotations.push({
      level: 'error',
      message: error instanceof Error ? error.message : String(error),
    })
    state.annotations.push(...rec.annotations)
    rec.outcome = rec.conclusion = 'failure'
    frame.failed = true
    if (!frame.composite) state.failed = true
    setState()
    return rec
  }

  /** The files of one step's file commands, and the process environment the runner gives it. */
  #stepFiles(state: JobState): Record<string, string> {
    const id = randomBytes(6).toString('hex')
    const files: Record<string, string> = {}
    for (const name of [
      'GITHUB_OUTPUT',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_STATE',
    ]) {
      const file = path.join(state.machine.files, `${name.toLowerCase()}_${id}`)
      writeFileSync(file, '')
      files[name] = file
    }
    return files
  }

  #processEnv(
    state: JobState,
    frame: Frame,
    stepEnv: Record<string, string>,
    files: Record<string, string>,
    action: { name: string; repository?: string; ref?: string; path?: string },
  ): Record<string, string> {
    const g = state.github
    const env: Record<string, string> = {
      // The test machine's Node compile cache (vitest.config.ts sets it): the bundles start in a
      // third of the time. It changes how fast Node starts, not what it runs.
      ...(process.env.NODE_COMPILE_CACHE
        ? { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE }
        : {}),
      PATH: [...state.path, ...this.world.path].join(':'),
      HOME: state.machine.home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 1000000',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TEMP: state.machine.temp,
      RUNNER_TOOL_CACHE: state.machine.toolCache,
      RUNNER_WORKSPACE: path.dirname(state.machine.workspace),
      ImageOS: 'ubuntu24',
      LANG: 'C.UTF-8',
      GITHUB_WORKSPACE: state.machine.workspace,
      GITHUB_REPOSITORY: asString(g.repository ?? null),
      GITHUB_REPOSITORY_OWNER: asString(g.repository_owner ?? null),
      GITHUB_REPOSITORY_ID: asString(g.repository_id ?? null),
      GITHUB_REPOSITORY_OWNER_ID: asString(g.repository_owner_id ?? null),
      GITHUB_REF: asString(g.ref ?? null),
      GITHUB_REF_NAME: asString(g.ref_name ?? null),
      GITHUB_REF_TYPE: asString(g.ref_type ?? null),
      GITHUB_REF_PROTECTED: 'false',
      GITHUB_SHA: asString(g.sha ?? null),
      GITHUB_EVENT_NAME: asString(g.event_name ?? null),
      GITHUB_EVENT_PATH: asString(g.event_path ?? null),
      GITHUB_ACTOR: asString(g.actor ?? null),
      GITHUB_ACTOR_ID: asString(g.actor_id ?? null),
      GITHUB_TRIGGERING_ACTOR: asString(g.triggering_actor ?? null),
      GITHUB_RUN_ID: asString(g.run_id ?? null),
      GITHUB_RUN_NUMBER: asString(g.run_number ?? null),
      GITHUB_RUN_ATTEMPT: asString(g.run_attempt ?? null),
      GITHUB_RETENTION_DAYS: '90',
      GITHUB_SERVER_URL: asString(g.server_url ?? null),
      GITHUB_API_URL: asString(g.api_url ?? null),
      GITHUB_GRAPHQL_URL: asString(g.graphql_url ?? null),
      GITHUB_WORKFLOW: asString(g.workflow ?? null),
      GITHUB_WORKFLOW_REF: asString(g.workflow_ref ?? null),
      GITHUB_WORKFLOW_SHA: asString(g.workflow_sha ?? null),
      GITHUB_JOB: asString(g.job ?? null),
      GITHUB_HEAD_REF: asString(g.head_ref ?? null),
      GITHUB_BASE_REF: asString(g.base_ref ?? null),
      GITHUB_ACTION: action.name,
      GITHUB_ACTION_REPOSITORY: action.repository ?? '',
      GITHUB_ACTION_REF: action.ref ?? '',
      ...files,
      ...state.env,
      ...stepEnv,
    }
    if (action.path) env.GITHUB_ACTION_PATH = action.path
    if (state.oidc) {
      env.ACTIONS_ID_TOKEN_REQUEST_URL = state.oidc.requestUrl
      env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = state.oidc.requestToken
    }
    void frame
    return env
  }

  /** Applies a finished step's file commands to the job. */
  #collectFiles(files: Record<string, string>, state: JobState, rec: StepRecord): void {
    const read = (name: string) => readFileSync(files[name] as string, 'utf8')
    for (const [k, v] of parseFileCommands(read('GITHUB_OUTPUT'), 'GITHUB_OUTPUT'))
      rec.outputs[k] = v
    for (const [k, v] of parseFileCommands(read('GITHUB_ENV'), 'GITHUB_ENV')) {
      if (k.toUpperCase() === 'NODE_OPTIONS') {
        rec.annotations.push({
          level: 'warning',
          message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
        })
        continue
      }
      state.env[k] = v
    }
    for (const line of read('GITHUB_PATH').split('\n'))
      if (line.trim()) state.path.unshift(line.trim())
    const summary = read('GITHUB_STEP_SUMMARY')
    rec.summary += summary
    state.summary.push(summary)
  }

  async #spawn(
    command: string,
    args: string[],
    options: { cwd: string; env: Record<string, string>; deadline: number },
    state: JobState,
    rec: StepRecord,
  ): Promise<number> {
    const processor = new CommandProcessor(state.masks)
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
      const onData = (() => {
        let buffer = ''
        return (chunk: Buffer | null) => {
          buffer += chunk ? chunk.toString('utf8') : '\n'
          const lines = buffer.split('\n')
          buffer = lines.pop() ?? ''
          for (const l of lines) processor.line(l.replace(/\r$/, ''))
        }
      })()
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      const timer = setTimeout(
        () => {
          try {
            process.kill(-(child.pid ?? 0), 'SIGKILL')
          } catch {
            // gone already
          }
          rec.annotations.push({ level: 'error', message: 'The action has timed out.' })
        },
        Math.max(0, options.deadline - Date.now()),
      )
      child.on('error', reject)
      child.on('close', (c, signal) => {
        clearTimeout(timer)
        onData(null)
        resolve(c ?? (signal ? 128 : 1))
      })
    })
    for (const m of processor.masks) state.masks.add(m)
    rec.log.push(...processor.lines.filter((l, i, all) => l !== '' || i < all.length - 1))
    rec.annotations.push(...processor.annotations)
    return code
  }

  async #runScript(
    step: Step,
    raw: TemplateToken | undefined,
    runToken: TemplateToken,
    contexts: Record<string, unknown>,
    stepEnv: Record<string, string>,
    frame: Frame,
    state: JobState,
    rec: StepRecord,
    deadline: number,
  ): Promise<boolean> {
    const script = asString(evaluateToken(runToken, contexts))
    const shellName =
      tokenString(find(raw, 'shell')) ?? (frame.composite ? undefined : state.defaults.shell)
    if (frame.composite && !shellName)
      throw new RunFailure(
        `Required property is missing: shell (step ${step.id} of a composite action)`,
      )
    const workingDirectory =
      tokenString(find(raw, 'working-directory')) ??
      (frame.composite ? undefined : state.defaults.workingDirectory)
    const file = path.join(state.machine.temp, `${randomUUID()}.sh`)
    writeFileSync(file, script)
    let command: string
    let args: string[]
    switch (shellName) {
      case undefined:
        command = 'bash'
        args = ['-e', file]
        break
      case 'bash':
        command = 'bash'
        args = ['--noprofile', '--norc', '-eo', 'pipefail', file]
        break
      case 'sh':
        command = 'sh'
        args = ['-e', file]
        break
      case 'python':
        command = 'python3'
        args = [file]
        break
      default: {
        const parts = shellName.split(/\s+/)
        command = parts[0] as string
        args = parts.slice(1).map(p => (p === '{0}' ? file : p))
        if (!parts.includes('{0}')) args.push(file)
      }
    }
    const cwd = workingDirectory
      ? path.resolve(state.machine.workspace, workingDirectory)
      : state.machine.workspace
    if (!existsSync(cwd))
      throw new RunFailure(
        `An error occurred trying to start process '${command}' with working directory '${cwd}'. No such file or directory`,
      )
    const files = this.#stepFiles(state)
    const env = this.#processEnv(state, frame, stepEnv, files, {
      name: step.id,
      path: frame.actionPath,
    })
    const code = await this.#spawn(command, args, { cwd, env, deadline }, state, rec)
    try {
      this.#collectFiles(files, state, rec)
    } catch (error) {
      if (error instanceof FileCommandError) {
        rec.annotations.push({ level: 'error', message: error.message })
        return false
      }
      throw error
    }
    if (code !== 0)
      rec.annotations.push({ level: 'error', message: `Process completed with exit code ${code}.` })
    return code === 0
  }

  async #runUses(
    uses: string,
    raw: TemplateToken | undefined,
    contexts: Record<string, unknown>,
    stepEnv: Record<string, string>,
    frame: Frame,
    state: JobState,
    rec: StepRecord,
    deadline: number,
  ): Promise<boolean> {
    const withValues = (evaluateToken(find(raw, 'with'), contexts) ?? {}) as Record<string, Json>
    const given: Record<string, string> = {}
    for (const [k, v] of Object.entries(withValues)) given[k] = asString(v)
    if (uses.startsWith('docker://'))
      throw new RunFailure(`${uses}: container actions are not supported by the test runner`)
    const local = uses.startsWith('./') ? path.resolve(state.machine.workspace, uses) : undefined
    const remote = /^([^/@]+\/[^/@]+)((?:\/[^@]+)?)@(.+)$/.exec(uses)
    if (local) {
      return this.#runLocalAction(
        local,
        { name: uses },
        given,
        contexts,
        stepEnv,
        frame,
        state,
        rec,
        deadline,
      )
    }
    if (!remote) throw new RunFailure(`Expected format {org}/{repo}[/path]@ref. Actual '${uses}'`)
    const [, repository = '', subPath = '', ref = ''] = remote
    if (repository === this.world.suiteRepository) {
      const dir = path.join(this.world.suiteRoot, subPath)
      return this.#runLocalAction(
        dir,
        { name: uses, repository, ref },
        given,
        contexts,
        stepEnv,
        frame,
        state,
        rec,
        deadline,
      )
    }
    const contract = contractFor(`${repository}${subPath}`, ref)
    if (!contract)
      throw new RunFailure(
        `${uses}: no stand-in checked against the action.yml of this commit (test/fixtures/pinned-action-contracts.json)`,
      )
    const standIn = this.world.standIn(`${repository}${subPath}`)
    if (!standIn) throw new RunFailure(`${uses}: no stand-in for this action`)
    const inputs = this.#actionInputs(contract, given, contexts, rec)
    const main = typeof standIn === 'function' ? standIn : standIn.main
    const post = typeof standIn === 'function' ? undefined : standIn.post
    const action = { name: `__${repository.replace('/', '_')}`, repository, ref }
    const ok = await this.#runStandIn(main, contract, action, inputs, stepEnv, frame, state, rec)
    if (post)
      state.posts.push(async () => {
        const postRec: StepRecord = {
          id: `post-${rec.id}`,
          name: `Post ${rec.name}`,
          uses,
          outcome: 'success',
          conclusion: 'success',
          outputs: {},
          log: [],
          annotations: [],
          summary: '',
        }
        const contractNoOutputs = { ...contract, outputs: [] }
        const done = await this.#runStandIn(
          post,
          contractNoOutputs,
          action,
          inputs,
          stepEnv,
          frame,
          state,
          postRec,
        )
        state.annotations.push(...postRec.annotations)
        if (!done) {
          postRec.outcome = postRec.conclusion = 'failure'
          state.failed = true
        }
        return postRec
      })
    return ok
  }

  /** The inputs an action gets: `with:` over its action.yml defaults (evaluated); unknown inputs are warned about. */
  #actionInputs(
    contract: Pick<Contract, 'inputs'>,
    given: Record<string, string>,
    contexts: Record<string, unknown>,
    rec: StepRecord,
  ): Record<string, string> {
    const inputs: Record<string, string> = {}
    const declared = Object.keys(contract.inputs)
    const unexpected = Object.keys(given).filter(k => !declared.includes(k))
    if (unexpected.length)
      rec.annotations.push({
        level: 'warning',
        message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
      })
    for (const [name, def] of Object.entries(contract.inputs)) {
      if (name in given) inputs[name] = given[name] as string
      else if (def.default !== undefined) {
        const d = def.default
        const m = /^\$\{\{(.*)\}\}$/s.exec(d.trim())
        inputs[name] = m ? asString(evaluate(m[1] as string, contexts)) : d
      } else inputs[name] = ''
    }
    for (const k of unexpected) inputs[k] = given[k] as string
    return inputs
  }

  async #runStandIn(
    standIn: StandInFn,
    contract: Contract,
    action: { name: string; repository: string; ref: string },
    inputs: Record<string, string>,
    stepEnv: Record<string, string>,
    frame: Frame,
    state: JobState,
    rec: StepRecord,
  ): Promise<boolean> {
    const files = this.#stepFiles(state)
    const env = this.#processEnv(state, frame, stepEnv, files, action)
    for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v
    const io: StepIO = {
      inputs,
      env,
      workspace: state.machine.workspace,
      runnerTemp: state.machine.temp,
      github: {
        ...state.github,
        action: action.name,
        action_repository: action.repository,
        action_ref: action.ref,
      },
      permissions: state.permissions,
      log: text => {
        for (const line of text.split('\n')) rec.log.push(mask(line, state.masks))
      },
      warning: message =>
        rec.annotations.push({ level: 'warning', message: mask(message, state.masks) }),
      setOutput: (name, value) => {
        if (!contract.outputs.includes(name))
          throw new Error(`stand-in bug: ${action.repository} has no output ${name}`)
        rec.outputs[name] = value
      },
      addPath: dir => state.path.unshift(dir),
      exportVariable: (name, value) => {
        state.env[name] = value
      },
      appendSummary: md => {
        rec.summary += md
        state.summary.push(md)
      },
      setSecret: value => {
        if (value) state.masks.add(value)
      },
    }
    try {
      await standIn(io, {
        runId: state.scope.run.id,
        artifactsDir: state.scope.run.result.artifactsDir,
        repository: state.scope.run.repo,
        world: this.world,
      })
      return true
    } catch (error) {
      rec.annotations.push({
        level: 'error',
        message: mask(error instanceof Error ? error.message : String(error), state.masks),
      })
      return false
    }
  }

  async #runLocalAction(
    dir: string,
    action: { name: string; repository?: string; ref?: string },
    given: Record<string, string>,
    contexts: Record<string, unknown>,
    stepEnv: Record<string, string>,
    frame: Frame,
    state: JobState,
    rec: StepRecord,
    deadline: number,
  ): Promise<boolean> {
    const file = ['action.yml', 'action.yaml'].map(f => path.join(dir, f)).find(f => existsSync(f))
    if (!file)
      throw new RunFailure(
        `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${dir}'. Did you forget to run actions/checkout before running your local action?`,
      )
    const loaded: LoadedAction = loadAction(dir, file, readFileSync(file, 'utf8'))
    const declared: Contract['inputs'] = {}
    for (const input of loaded.template.inputs ?? []) {
      const d = input.default
      declared[input.id] = {
        ...(input.required ? { required: true } : {}),
        ...(d !== undefined
          ? {
              default: d.isExpression
                ? `\${{ ${(d as unknown as { expression: string }).expression} }}`
                : asString(literal(d)),
            }
          : {}),
      }
    }
    const inputs = this.#actionInputs({ inputs: declared }, given, contexts, rec)
    const runs = loaded.template.runs
    if (runs.using === 'composite') {
      const sub: Frame = {
        steps: {},
        inputs,
        github: {
          ...frame.github,
          action_path: dir,
          action_repository: action.repository ?? '',
          action_ref: action.ref ?? '',
        },
        env: stepEnv,
        failed: false,
        actionPath: dir,
        composite: true,
      }
      const rawSteps = find(loaded.root, 'runs', 'steps')
      const rawList =
        rawSteps && 'count' in rawSteps ? [...(rawSteps as unknown as Iterable<TemplateToken>)] : []
      rec.steps = []
      await this.#runSteps(runs.steps, rawList, sub, state, rec.steps)
      for (const out of loaded.template.outputs ?? []) {
        try {
          rec.outputs[out.id] = out.value
            ? asString(
                evaluateToken(out.value, { ...this.#contexts(sub, state, {}), steps: sub.steps }),
              )
            : ''
        } catch {
          rec.outputs[out.id] = ''
        }
      }
      return !sub.failed
    }
    if (runs.using === 'docker')
      throw new RunFailure(`${action.name}: container actions are not supported by the test runner`)
    if (runs.using !== 'node24')
      rec.annotations.push({
        level: 'warning',
        message: `${action.name} runs on ${runs.using}, which the runner no longer provides: it is run on Node 24.`,
      })
    const files = this.#stepFiles(state)
    const env = this.#processEnv(state, frame, stepEnv, files, {
      name: action.name,
      repository: action.repository,
      ref: action.ref,
    })
    for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v
    env.ACTIONS_RUNTIME_TOKEN = `runtime-${randomBytes(8).toString('hex')}`
    env.ACTIONS_RUNTIME_URL = `${this.world.apiUrl}/_runtime/`
    env.ACTIONS_RESULTS_URL = `${this.world.apiUrl}/_results/`
    state.masks.add(env.ACTIONS_RUNTIME_TOKEN)
    const code = await this.#spawn(
      this.world.node24,
      [path.join(dir, runs.main)],
      { cwd: state.machine.workspace, env, deadline },
      state,
      rec,
    )
    try {
      this.#collectFiles(files, state, rec)
    } catch (error) {
      if (error instanceof FileCommandError) {
        rec.annotations.push({ level: 'error', message: error.message })
        return false
      }
      throw error
    }
    return code === 0
  }
}

function literalOrUndefined(token: TemplateToken | undefined): Json | undefined {
  if (!token) return undefined
  try {
    return literal(token)
  } catch {
    return undefined
  }
}

function evaluateSafe(token: TemplateToken, contexts: Record<string, unknown>): Json {
  try {
    return evaluateToken(token, contexts)
  } catch {
    return null
  }
}

function fullRef(ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref) || ref.startsWith('refs/')) return ref
  return /^v\d/.test(ref) ? `refs/tags/${ref}` : `refs/heads/${ref}`
}

export type { MappingToken }
