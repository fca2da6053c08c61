/**
 * The events that start a workflow and the `github` context of each, as GitHub documents them
 * ("Events that trigger workflows"): for `push`, GITHUB_REF is the pushed ref and GITHUB_SHA its
 * commit; for `workflow_dispatch`, the branch or tag the run was started on and its last commit;
 * for `schedule`, the default branch and its last commit.
 */
import type { Json } from './expressions.ts'

export type TriggerEvent =
  | { name: 'push'; ref: string; before?: string }
  | { name: 'workflow_dispatch'; ref: string; inputs?: Record<string, string | boolean> }
  | { name: 'schedule'; cron?: string }
  | { name: 'pull_request'; head: string; base?: string; number?: number }

export interface RepoSettings {
  /** owner/name */
  repository: string
  defaultBranch: string
  private: boolean
  ownerType: 'User' | 'Organization'
  id: number
  ownerId: number
}

export function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '')
}

export function refType(ref: string): 'tag' | 'branch' | '' {
  return ref.startsWith('refs/tags/') ? 'tag' : ref.startsWith('refs/heads/') ? 'branch' : ''
}

export function repositoryPayload(repo: RepoSettings, serverUrl: string): Record<string, Json> {
  const [owner = '', name = ''] = repo.repository.split('/')
  return {
    id: repo.id,
    name,
    full_name: repo.repository,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    default_branch: repo.defaultBranch,
    html_url: `${serverUrl}/${repo.repository}`,
    clone_url: `${serverUrl}/${repo.repository}.git`,
    owner: { login: owner, id: repo.ownerId, type: repo.ownerType },
  }
}
