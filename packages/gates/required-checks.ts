/**
 * required-checks: for one commit, the newest run of each named workflow (and the newest check run
 * of each named check) concluded success. Read from the GitHub REST API. A run not completed yet,
 * or not created yet (CI right after a push), is waited for, polling, up to a bounded time; then it
 * is a failure with its name, state and URL. A run that concluded anything but success fails at
 * once.
 */
import type { GitHubClient } from '../github/index.ts'

export interface CheckVerdict {
  kind: 'workflow' | 'check'
  name: string
  ok: boolean
  /** The run has completed (it has a conclusion); false while it runs and when it is missing. */
  completed: boolean
  /** success, failure, in_progress, missing, … */
  state: string
  url: string | undefined
}

interface RunLike {
  name?: string | null
  path?: string
  status: string | null
  conclusion: string | null
  created_at?: string
  started_at?: string | null
  run_attempt?: number
  id: number
  html_url: string | null
}

function newest<T extends RunLike>(runs: T[]): T | undefined {
  return [...runs].sort((a, b) => {
    const ta = Date.parse(a.created_at ?? a.started_at ?? '') || 0
    const tb = Date.parse(b.created_at ?? b.started_at ?? '') || 0
    return tb - ta || (b.run_attempt ?? 0) - (a.run_attempt ?? 0) || b.id - a.id
  })[0]
}

function verdict(kind: CheckVerdict['kind'], name: string, run: RunLike | undefined): CheckVerdict {
  if (!run) return { kind, name, ok: false, completed: false, state: 'missing', url: undefined }
  if (run.status !== 'completed')
    return {
      kind,
      name,
      ok: false,
      completed: false,
      state: run.status ?? 'unknown',
      url: run.html_url ?? undefined,
    }
  return {
    kind,
    name,
    ok: run.conclusion === 'success',
    completed: true,
    state: run.conclusion ?? 'unknown',
    url: run.html_url ?? undefined,
  }
}

export async function requiredChecks(
  client: GitHubClient,
  {
    owner,
    repo,
    sha,
    workflows,
    checks,
  }: { owner: string; repo: string; sha: string; workflows: string[]; checks: string[] },
): Promise<CheckVerdict[]> {
  const verdicts: CheckVerdict[] = []
  if (workflows.length > 0) {
    const runs = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, {
      owner,
      repo,
      head_sha: sha,
      per_page: 100,
    })
    for (const name of workflows) {
      const byPath = /\.ya?ml$/.test(name)
      const matching = runs.filter(r =>
        byPath ? r.path.endsWith(name) || r.path.split('@')[0]?.endsWith(name) : r.name === name,
      )
      verdicts.push(verdict('workflow', name, newest(matching)))
    }
  }
  if (checks.length > 0) {
    const runs = await client.paginate(client.rest.checks.listForRef, {
      owner,
      repo,
      ref: sha,
      per_page: 100,
      filter: 'all',
    })
    for (const name of checks)
      verdicts.push(verdict('check', name, newest(runs.filter(r => r.name === name))))
  }
  return verdicts
}

/** The clock the wait runs on; tests hand in one that does not sleep. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const realClock: Clock = {
  // Monotonic: a wall-clock step does not cut the wait short or stretch it.
  now: () => performance.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
}

/** Not completed yet: queued, in_progress, waiting, requested, pending, or no run at all so far. */
export function isPending(v: CheckVerdict): boolean {
  return !v.completed
}

export interface WaitResult {
  /**
   * success: every one concluded success; failure: one concluded something else (not waiting for
   * the rest); timeout: some were still pending when the wait ran out (at once with waitMs 0).
   */
  outcome: 'success' | 'failure' | 'timeout'
  verdicts: CheckVerdict[]
  /** How long it waited: 0 when the first answer decided. */
  waitedMs: number
  polls: number
}

/** A duration for people: 45 s, 2.5 min. */
export function showDuration(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`
  return `${Math.round(ms / 6000) / 10} min`
}

function pendingLine(v: CheckVerdict): string {
  return `${v.name} (${v.state}${v.url ? `, ${v.url}` : ''})`
}

/**
 * Poll until every required run has completed, one concluded something other than success, or
 * `waitMs` has passed. A required run that does not exist yet counts as pending: right after a
 * push, CI may not have been created. Progress goes to `log` on each change of state, and at
 * most every `progressEveryMs` otherwise.
 */
export async function waitForRequiredChecks(
  client: GitHubClient,
  target: { owner: string; repo: string; sha: string; workflows: string[]; checks: string[] },
  {
    waitMs,
    pollMs,
    clock = realClock,
    log = () => {},
    progressEveryMs = 30_000,
  }: {
    waitMs: number
    pollMs: number
    clock?: Clock
    log?: (line: string) => void
    progressEveryMs?: number
  },
): Promise<WaitResult> {
  const started = clock.now()
  const deadline = started + waitMs
  let lastLine = ''
  let lastLogAt = -Infinity
  for (let polls = 1; ; polls++) {
    const verdicts = await requiredChecks(client, target)
    const now = clock.now()
    const waitedMs = polls === 1 ? 0 : now - started
    const pending = verdicts.filter(isPending)
    const failed = verdicts.filter(v => !v.ok && !isPending(v))
    if (failed.length > 0) return { outcome: 'failure', verdicts, waitedMs, polls }
    if (pending.length === 0) return { outcome: 'success', verdicts, waitedMs, polls }
    if (now >= deadline) return { outcome: 'timeout', verdicts, waitedMs, polls }
    const state = pending.map(pendingLine).join(', ')
    if (state !== lastLine || now - lastLogAt >= progressEveryMs) {
      const done = verdicts.length - pending.length
      log(
        `waiting for ${pending.length} of ${verdicts.length} required check(s) on ${target.sha.slice(0, 12)} (${done} succeeded; ${showDuration(waitedMs)} of ${showDuration(waitMs)}): ${state}`,
      )
      lastLine = state
      lastLogAt = now
    }
    await clock.sleep(Math.max(0, Math.min(pollMs, deadline - now)))
  }
}
