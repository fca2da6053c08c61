/**
 * Commit a formula to a Homebrew tap through GitHub's contents API: GET the file (its blob sha,
 * and its content to compare), then PUT the new content with a commit message (and the sha when
 * the file exists). Idempotent: the same content makes no commit.
 */
import { gitHubProblem, type GitHubClient } from '../github/index.ts'

export interface TapCommit {
  owner: string
  repo: string
  /** Formula/<name>.rb */
  path: string
  content: string
  message: string
  /** Default: the tap's default branch. */
  branch?: string
}

export interface TapResult {
  status: 'created' | 'updated' | 'unchanged'
  /** The commit made (empty when unchanged). */
  commit: string
  htmlUrl: string
}

export async function commitFormula(client: GitHubClient, c: TapCommit): Promise<TapResult> {
  const where = `${c.owner}/${c.repo}`
  let existing: { sha: string; content: string; htmlUrl: string } | undefined
  try {
    const { data } = await client.rest.repos.getContent({
      owner: c.owner,
      repo: c.repo,
      path: c.path,
      ...(c.branch ? { ref: c.branch } : {}),
    })
    if (Array.isArray(data) || data.type !== 'file')
      throw new Error(`${c.path} in ${where} is not a file`)
    existing = {
      sha: data.sha,
      content: Buffer.from(data.content ?? '', 'base64').toString('utf8'),
      htmlUrl: data.html_url ?? '',
    }
  } catch (error) {
    if ((error as { status?: number }).status !== 404)
      throw gitHubProblem(error, `read ${c.path} in the tap ${where}`, 'contents: read')
  }
  if (existing?.content === c.content)
    return { status: 'unchanged', commit: '', htmlUrl: existing.htmlUrl }
  try {
    const { data } = await client.rest.repos.createOrUpdateFileContents({
      owner: c.owner,
      repo: c.repo,
      path: c.path,
      message: c.message,
      content: Buffer.from(c.content, 'utf8').toString('base64'),
      ...(existing ? { sha: existing.sha } : {}),
      ...(c.branch ? { branch: c.branch } : {}),
    })
    return {
      status: existing ? 'updated' : 'created',
      commit: data.commit.sha ?? '',
      htmlUrl: data.content?.html_url ?? '',
    }
  } catch (error) {
    throw gitHubProblem(error, `commit ${c.path} to the tap ${where}`, 'contents: write')
  }
}
