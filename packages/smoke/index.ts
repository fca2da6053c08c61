/**
 * The smoke check of a deployment: poll `<url><health-path>` until it answers 2xx and reports the
 * expected version (JSON field or header) — not merely 200, which an old revision answers too.
 */
import { trimAscii } from '../inputs/index.ts'
import { showValue } from '../errors/index.ts'
import type { Logger } from '../log/index.ts'
import { nullLogger } from '../log/index.ts'

export interface SmokeOptions {
  url: string
  expectedVersion: string
  attempts: number
  intervalMs: number
  /** Per-request timeout. */
  requestTimeoutMs: number
  /** Dotted JSON field that holds the version (default version). */
  versionField?: string
  /** Read the version from this response header instead of the body. */
  versionHeader?: string
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  logger?: Logger
}

export interface SmokeAttempt {
  attempt: number
  status: number | undefined
  /** The version the service reported, if it reported one. */
  served: string | undefined
  problem: string | undefined
  ms: number
}

export interface SmokeResult {
  ok: boolean
  attempts: SmokeAttempt[]
  /** One sentence for logs and errors. */
  message: string
}

/**
 * A version as a served revision reports it, the one grammar of `expected-version` (deploy-plan,
 * deploy-demo, smoke-check): a token of letters, digits and `._+-` (1.2.3, v1.3.0-rc.1, edge), at
 * most 128 characters. It reaches the log and the summary, so nothing else is accepted.
 */
export const REPORTED_VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/

/** What the expected-version inputs' errors say they want. */
export const REPORTED_VERSION_FORM =
  'a version as the revision reports it, such as 1.2.3, 1.3.0-rc.1 or edge (letters, digits and . _ + -, at most 128)'

const normalize = (v: string) => trimAscii(v).replace(/^v(?=\d)/, '')

/**
 * A served version as it is shown in the log and in errors: as served when it looks like a
 * version, else quoted and escaped (it comes from the service: newlines, `::` and look-alikes).
 */
export function shownVersion(served: string): string {
  return /^[\w.+-]{1,128}$/.test(served) ? served : showValue(served)
}

function field(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError')
      return `no answer within ${timeoutMs / 1000} s`
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    if (cause?.code === 'ECONNREFUSED') return 'connection refused'
    if (cause?.code === 'ENOTFOUND') return 'the host does not resolve'
    return cause?.message ?? error.message
  }
  return String(error)
}

export async function smokeCheck(opts: SmokeOptions): Promise<SmokeResult> {
  const doFetch = opts.fetch ?? fetch
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>(r => setTimeout(r, ms)))
  const logger = opts.logger ?? nullLogger
  const expected = normalize(opts.expectedVersion)
  const versionField = opts.versionField ?? 'version'
  const attempts: SmokeAttempt[] = []
  const started = Date.now()
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    const t0 = Date.now()
    const record: SmokeAttempt = {
      attempt,
      status: undefined,
      served: undefined,
      problem: undefined,
      ms: 0,
    }
    try {
      const response = await doFetch(opts.url, {
        headers: { Accept: 'application/json', 'Cache-Control': 'no-cache' },
        signal: AbortSignal.timeout(opts.requestTimeoutMs),
        redirect: 'follow',
      })
      record.status = response.status
      const body = await response.text()
      if (response.status < 200 || response.status > 299) record.problem = `HTTP ${response.status}`
      else if (opts.versionHeader) {
        const header = response.headers.get(opts.versionHeader)
        if (header === null) record.problem = `no ${opts.versionHeader} header`
        else record.served = trimAscii(header)
      } else {
        let doc: unknown
        try {
          doc = JSON.parse(body)
        } catch {
          record.problem = `the body is not JSON (${JSON.stringify(body.slice(0, 60))})`
        }
        if (record.problem === undefined) {
          const value = field(doc, versionField)
          if (typeof value === 'string' || typeof value === 'number') record.served = String(value)
          else record.problem = `the JSON has no ${versionField} field`
        }
      }
    } catch (error) {
      record.problem = describeError(error, opts.requestTimeoutMs)
    }
    record.ms = Date.now() - t0
    attempts.push(record)
    // What the service answered is text from outside: the untrusted path, and escaped.
    if (record.served !== undefined && normalize(record.served) === expected) {
      const message = `${opts.url} serves ${shownVersion(record.served)} (attempt ${attempt} of ${opts.attempts}).`
      logger.untrusted(message)
      return { ok: true, attempts, message }
    }
    logger.untrusted(
      `attempt ${attempt} of ${opts.attempts}: ${record.served !== undefined ? `serves ${shownVersion(record.served)}, expected ${expected}` : (record.problem ?? 'no answer')}`,
    )
    if (attempt < opts.attempts) await sleep(opts.intervalMs)
  }
  const seconds = Math.round((Date.now() - started) / 1000)
  const served = [...attempts].reverse().find(a => a.served !== undefined)?.served
  const last = attempts[attempts.length - 1]
  const message =
    served !== undefined
      ? `After ${attempts.length} attempts over ${seconds} s, ${opts.url} still serves version ${shownVersion(served)}, not ${expected}: the new revision is not the one answering.`
      : `After ${attempts.length} attempts over ${seconds} s, ${opts.url} never reported a version (last: ${last?.problem ?? 'no answer'}); expected ${expected}.`
  return { ok: false, attempts, message }
}
