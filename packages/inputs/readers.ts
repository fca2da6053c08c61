import { InputError, showValue } from '../errors/index.ts'
import type { InputSource } from './source.ts'
import { urlProblem, type PlainHttp } from './url.ts'

/** Only ASCII whitespace is trimmed (DESIGN.md): a no-break space or a BOM stays visible. */
export function trimAscii(value: string): string {
  return value.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '')
}

/**
 * Typed readers over an InputSource. Every reader trims ASCII whitespace. An empty value is absent
 * (the fallback applies) except for `text`, the reader of inputs where empty is a valid value.
 */
export class Inputs {
  readonly source: InputSource
  /**
   * Where a reader says that it read a value other than as written (an image name lower-cased):
   * the runner's warning annotation in an action, stderr in the CLI.
   */
  readonly warn: (message: string) => void
  constructor(
    source: InputSource,
    {
      warn = message => process.stderr.write(`warning: ${message}\n`),
    }: { warn?: (message: string) => void } = {},
  ) {
    this.source = source
    this.warn = warn
  }

  /** The trimmed value, or undefined when absent or empty. */
  optional(name: string): string | undefined {
    const raw = this.source.get(name)
    if (raw === undefined) return undefined
    const value = trimAscii(raw)
    return value === '' ? undefined : value
  }

  /**
   * An input where the empty string is a valid value (`tag-prefix: ''` means no prefix): set to
   * '', it is ''; only an input that is not given at all takes the fallback. The runner passes an
   * input the workflow did not set with its action.yml default, so '' comes only from a workflow
   * (or a CLI flag) that set it.
   */
  text(name: string, fallback: string): string {
    const raw = this.source.get(name)
    return raw === undefined ? fallback : trimAscii(raw)
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback
  }

  required(name: string, expected: string): string {
    const value = this.optional(name)
    if (value === undefined) throw new InputError(name, `is required; expected ${expected}`)
    return value
  }

  /** YAML 1.2 core booleans only, as `core.getBooleanInput` accepts. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name)
    if (value === undefined) return fallback
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    throw new InputError(name, `expected true or false, got ${showValue(value)}`)
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.optional(name)
    if (value === undefined) return fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    throw new InputError(name, `expected one of ${allowed.join(' | ')}, got ${showValue(value)}`)
  }

  integer(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.optional(name)
    if (value === undefined) return fallback
    if (!/^-?\d+$/.test(value)) {
      throw new InputError(name, `expected a whole number, got ${showValue(value)}`)
    }
    const n = Number(value)
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InputError(name, `expected a whole number from ${min} to ${max}, got ${value}`)
    }
    return n
  }

  /** A calendar date, YYYY-MM-DD; default today (UTC). */
  date(name: string, now: Date = new Date()): string {
    const value = this.optional(name) ?? now.toISOString().slice(0, 10)
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
    if (!valid) throw new InputError(name, `expected a date as YYYY-MM-DD, got ${showValue(value)}`)
    return value
  }

  /**
   * The URL of a service the token is sent to (api-url): https, or plain http to this machine
   * only (127.0.0.0/8, ::1, localhost; the one rule is ./url.ts); without credentials, query or
   * fragment. Trailing slashes dropped.
   */
  url(name: string, fallback: string, example: string): string {
    return checkedUrl(name, this.optional(name) ?? fallback, example, 'loopback')
  }

  /**
   * A repository's web address (repo-url), which links point at: http(s), without credentials,
   * query or fragment (the rule of ./url.ts). Trailing slashes and `.git` dropped. Not given: the
   * fallback, as it is (a value of the GitHub context).
   */
  repositoryUrl(name: string, fallback: string | undefined): string | undefined {
    const value = this.optional(name)
    if (value === undefined) return fallback
    return checkedUrl(name, value, 'https://github.com/owner/repo', 'anywhere').replace(
      /\.git$/,
      '',
    )
  }

  /** Two inputs that go together (a user and its password): both, or neither. */
  pair(first: string, second: string): [string, string] | [undefined, undefined] {
    const a = this.optional(first)
    const b = this.optional(second)
    if ((a === undefined) !== (b === undefined))
      throw new InputError(
        a === undefined ? first : second,
        `expected both ${first} and ${second}, or neither`,
      )
    return a !== undefined && b !== undefined ? [a, b] : [undefined, undefined]
  }

  /** A list: one item per line; commas also separate. Blank items are dropped. */
  list(name: string): string[] {
    return splitList(this.source.get(name) ?? '')
  }
}

/** A URL input checked with the one rule (urlProblem), trailing slashes dropped. */
function checkedUrl(name: string, value: string, example: string, plainHttp: PlainHttp): string {
  if (urlProblem(value, plainHttp) !== undefined)
    throw new InputError(
      name,
      plainHttp === 'loopback'
        ? `expected an https URL (plain http only to this machine: 127.0.0.0/8, ::1, localhost) without credentials, query or fragment, such as ${example}, got ${showValue(value)}`
        : `expected an http(s) URL without credentials, query or fragment, such as ${example}, got ${showValue(value)}`,
    )
  return value.replace(/\/+$/, '')
}

export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map(item => trimAscii(item))
    .filter(item => item !== '')
}
