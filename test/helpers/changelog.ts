/**
 * Changelog helpers of tests: one commit as a section would list it, and the whole history's
 * sections at once.
 */
import {
  changelogCommit,
  eachHistorySection,
  type ChangelogCommit,
  type ChangelogConfig,
  type HistorySection,
} from '../../packages/changelog/index.ts'
import {
  classifyCommits,
  DEFAULT_COMMIT_RULES,
  type ClassifiedCommit,
  type CommitRules,
} from '../../packages/conventional/index.ts'
import type { Git } from '../../packages/git/index.ts'

/**
 * One commit as a changelog section would list it, for tests that render sections from messages:
 * classified by the commit rules (packages/conventional), as packages/changelog maps it. No range
 * around it, so no revert is cancelled.
 */
export function toChangelogCommit(
  sha: string,
  time: number,
  message: string,
  rules: CommitRules = DEFAULT_COMMIT_RULES,
): ChangelogCommit {
  const [classified] = classifyCommits([{ sha, time, message }], rules)
  return changelogCommit(
    classified as ClassifiedCommit<{ sha: string; time: number; message: string }>,
  )
}

/** Every section of the history at once (eachHistorySection, collected), newest first. */
export async function readHistory(
  git: Git,
  where: { to: string; prefix: string; paths?: readonly string[] },
  config: ChangelogConfig,
): Promise<HistorySection[]> {
  const out: HistorySection[] = []
  await eachHistorySection(git, where, config, s => out.push(s))
  return out
}
