/**
 * The GitHub REST client of the suite: octokit from @actions/github with the retry and throttling
 * plugins. 5xx, rate limits and requests that time out are retried, honouring Retry-After; other
 * 4xx never are.
 */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { type Inputs } from '../inputs/index.ts'
import { InputError, PreconditionError, showValue } from '../errors/index.ts'
import { isLoopbackHost } from '../inputs/url.ts'
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
  /**
   * Time between two writes (GitHub asks integrators to space mutating requests to stay clear of
   * the secondary rate limit; octokit's default is 1000 ms). Default: 1000 ms for GitHub, none for
   * an API on this machine (127.0.0.1, localhost), which is not GitHub's.
   */
  writeSpacingMs?: number
  /**
   * How long one request may wait for GitHub (default 30 s): for the answer to begin (plus the
   * time a request body takes at 1 MiB/s), and then between two pieces of the answer's body. A
   * request that times out fails as a 5xx does, so the retries above apply: a server that never
   * answers costs (retries + 1) × timeoutMs plus the backoff.
   */
  timeoutMs?: number
}

function isLoopback(apiUrl: string): boolean {
  try {
    return isLoopbackHost(new URL(apiUrl).hostname)
  } catch {
    return false
  }
}

/**
 * The slowest upload rate the timeout allows for (1 MiB/s): a request with a body may wait
 * timeoutMs plus the time its body takes at that rate, so a large release asset is not cut off
 * while it is still being sent.
 */
const MIN_UPLOAD_BYTES_PER_MS = (1024 * 1024) / 1000

function bodyBytes(body: unknown): number {
  if (typeof body === 'string') return Buffer.byteLength(body)
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength
  if (body instanceof Blob) return body.size
  return 0
}

/** Statuses whose Response has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([204, 205, 304])

/**
 * `fetch` with a per-request timeout. The body is read here, under the same timeout (re-armed by
 * each chunk), because octokit reads it after fetch returns and takes a body that breaks off for
 * an empty one: a stalled answer must fail the request, not come back as empty data.
 */
function timedFetch(base: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init = {}) => {
    const timer = new AbortController()
    let timedOut = false
    let timeout: ReturnType<typeof setTimeout> | undefined
    const arm = (ms = timeoutMs) => {
      clearTimeout(timeout)
      timeout = setTimeout(() => {
        timedOut = true
        timer.abort()
      }, ms)
    }
    const signal = init.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal
    const url = input instanceof Request ? input.url : String(input)
    arm(timeoutMs + Math.ceil(bodyBytes(init.body) / MIN_UPLOAD_BYTES_PER_MS))
    try {
      const response = await base(input, { ...init, signal })
      const chunks: Uint8Array[] = []
      if (response.body) {
        const reader = (response.body as ReadableStream<Uint8Array>).getReader()
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          chunks.push(value)
          arm()
        }
      }
      const copy = new Response(NULL_BODY.has(response.status) ? null : Buffer.concat(chunks), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
      Object.defineProperty(copy, 'url', { value: response.url })
      return copy
    } catch (error) {
      if (timedOut)
        throw new PreconditionError(
          `GitHub did not answer ${init.method ?? 'GET'} ${url} within ${timeoutMs / 1000} s`,
        )
      throw error
    } finally {
      clearTimeout(timeout)
    }
  }
}

/** The throttling plugin's write limiter: one write at a time, `spacingMs` apart. */
function writeLimiter(spacingMs: number) {
  let last = 0
  let queue: Promise<unknown> = Promise.resolve()
  const limiter = {
    schedule<T>(
      _options: unknown,
      fn: (...args: unknown[]) => Promise<T>,
      ...args: unknown[]
    ): Promise<T> {
      const run = queue.then(async () => {
        const wait = last + spacingMs - Date.now()
        if (wait > 0) await sleep(wait)
        last = Date.now()
        return fn(...args)
      })
      queue = run.catch(() => undefined)
      return run
    },
  }
  return { key: () => limiter }
}

/**
 * Statuses the retry plugin never retries: the request itself is wrong or not allowed — and 429,
 * which is a rate limit: the throttling plugin (primary and secondary limits) or the Retry-After
 * hook below waits as long as GitHub asks, instead of the retry plugin's own backoff.
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options
  const rateLimitRetries = options.rateLimitRetries ?? 3
  /** The throttling plugin's handlers: log, and wait as asked up to rateLimitRetries times. */
  const waitOut =
    (what: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      logger.warning(
        `GitHub ${what} for ${request.method} ${request.url}; retrying after ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`,
      )
      return retryCount < rateLimitRetries
    }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: 'release-actions',
      // The fetch @actions/github sets up (through the runner's proxy, if any), with a timeout.
      request: {
        fetch: timedFetch(
          (defaults.request?.fetch as typeof fetch | undefined) ?? fetch,
          options.timeoutMs ?? 30_000,
        ),
      },
      retry: {
        doNotRetry: DO_NOT_RETRY,
        retries: options.retries ?? 3,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
      },
      throttle: {
        write: writeLimiter(
          options.writeSpacingMs ?? (isLoopback(options.apiUrl) ? 0 : 1000),
        ) as never,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: waitOut('rate limit reached'),
        onSecondaryRateLimit: waitOut('secondary rate limit'),
      },
    },
    retry,
    throttling,
  )
  // A 429 that is neither the primary nor the secondary limit the throttling plugin knows: wait
  // as long as Retry-After says (GitHub: at least a minute without it), a bounded number of times.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let waited = 0; ; waited++) {
      try {
        return await request(requestOptions)
      } catch (error) {
        const e = error as {
          status?: number
          message?: string
          response?: { headers?: Record<string, string | undefined> }
        }
        const headers = e.response?.headers ?? {}
        const known =
          /\bsecondary rate\b/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0'
        if (e.status !== 429 || known || waited >= rateLimitRetries) throw error
        const seconds = Math.min(Number(headers['retry-after']) || 60, 900)
        logger.warning(
          `GitHub answered 429 for ${requestOptions.method} ${requestOptions.url}; retrying after ${seconds} s (retry ${waited + 1} of ${rateLimitRetries}).`,
        )
        await sleep(seconds * 1000)
      }
    }
  })
  return octokit
}

/** owner/repo, validated. */
export function splitRepository(repository: string): { owner: string; repo: string } | undefined {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository)
  if (!m || m[2] === '.' || m[2] === '..') return undefined
  return { owner: m[1] as string, repo: m[2] as string }
}

/**
 * A GitHub API error as the step's error: 401 says the token was refused, 403 names the
 * permission the job needs; anything else keeps GitHub's message. `doing` completes "while trying
 * to …".
 */
export function gitHubProblem(
  error: unknown,
  doing: string,
  permission: string,
): PreconditionError {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  if (status === 401)
    return new PreconditionError(
      `GitHub refused the token while trying to ${doing} (HTTP 401 ${message}): the token is not valid (expired, revoked, or for another GitHub host); pass a valid one.`,
    )
  if (status === 403)
    return new PreconditionError(
      `GitHub did not allow the token to ${doing} (HTTP 403 ${message}): the token needs ${permission} on the repository (permissions: ${permission} in the workflow job).`,
    )
  return new PreconditionError(`GitHub failed while trying to ${doing}: ${message}`)
}

/** The `repository` input (owner/repo), defaulting to github.repository. */
export function readRepository(
  inputs: Inputs,
  fallback: string | undefined,
): { owner: string; repo: string } {
  const repository = inputs.optional('repository') ?? fallback
  if (repository === undefined)
    throw new InputError('repository', 'is required outside GitHub Actions; expected owner/repo')
  const split = splitRepository(repository)
  if (!split)
    throw new InputError('repository', `expected owner/repo, got ${showValue(repository)}`)
  return split
}
