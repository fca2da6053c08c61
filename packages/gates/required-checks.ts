/**
 * required-checks: for one commit, the newest run of each named workflow (and the newest check run
 * of each named check) concluded success. Read from the GitHub REST API; a missing or unfinished
 * one is a failure with its name and URL.
 */
import type { GitHubClient } from '../github/index.ts'

export interface CheckVerdict {
  kind: 'workflow' | 'check'
  name: string
  ok: boolean
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
  if (!run) return { kind, name, ok: false, state: 'missing', url: undefined }
  if (run.status !== 'completed')
    return { kind, name, ok: false, state: run.status ?? 'unknown', url: run.html_url ?? undefined }
  return {
    kind,
    name,
    ok: run.conclusion === 'success',
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
