/**
 * The GitHub REST client of the suite: octokit from @actions/github with the retry and throttling
 * plugins. 5xx and rate limits are retried, honouring Retry-After; other 4xx never are.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../log/index.ts'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  /** https://api.github.com, or GitHub Enterprise's /api/v3. */
  apiUrl: string
  logger: Logger
  /** Retries of 5xx and network errors (default 3). */
  retries?: number
  /** Rate-limit waits to sit out before giving up (default 3). */
  rateLimitRetries?: number
  /** Base delay of retries in ms (default 1000, as octokit's). Tests lower it. */
  retryBaseMs?: number
}

/** Statuses that are never retried: the request itself is wrong or not allowed. */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451]

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options
  const rateLimitRetries = options.rateLimitRetries ?? 3
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: 'release-actions',
      retry: {
        doNotRetry: DO_NOT_RETRY,
        retries: options.retries ?? 3,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
      },
      throttle: {
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          logger.warning(
            `GitHub rate limit reached for ${request.method} ${request.url}; retrying after ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`,
          )
          return retryCount < rateLimitRetries
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          logger.warning(
            `GitHub secondary rate limit for ${request.method} ${request.url}; retrying after ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`,
          )
          return retryCount < rateLimitRetries
        },
      },
    },
    retry,
    throttling,
  )
}

/** owner/repo, validated. */
export function splitRepository(repository: string): { owner: string; repo: string } | undefined {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository)
  if (!m || m[2] === '.' || m[2] === '..') return undefined
  return { owner: m[1] as string, repo: m[2] as string }
}
