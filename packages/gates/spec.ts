/**
 * The gates of a release, from YAML (the `gates` input, or the same list in a file): command gates
 * `{name, run, working-directory?, timeout-minutes?, env?}` and built-ins `{uses, with, name?}`.
 * Every key is checked before any gate runs: a malformed list fails with the item and key at fault.
 */
import { parse } from 'yaml'
import { trimAscii } from '../inputs/index.ts'
import { escapeText, InputError, showValue } from '../errors/index.ts'

export const BUILT_INS = [
  'license-headers',
  'clean-tree',
  'version-alignment',
  'required-checks',
  'chart-version-bumped',
] as const
export type BuiltIn = (typeof BUILT_INS)[number]

export interface CommandGate {
  kind: 'command'
  name: string
  run: string
  workingDirectory: string | undefined
  timeoutMinutes: number
  /**
   * What the gate's `env:` names: a value, or null to pass the variable on from the step's own
   * environment. A gate sees these and the ordinary variables only (see gateEnvironment).
   */
  env: Record<string, string | null>
}

/**
 * What a gate name may not contain: control characters (C0 with NUL and tab, DEL, C1), line and
 * paragraph separators, and the bidirectional overrides and isolates that reorder what is shown.
 */
const NAME_UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

export interface LicenseHeadersGate {
  kind: 'license-headers'
  name: string
  paths: string[]
  exclude: string[]
  /** A literal line, or a regular expression. */
  header: string | RegExp
  /** How many lines from the top the header may be in. */
  lines: number
  fix: boolean
  /** The text to insert with fix when header is a regular expression. */
  insert: string | undefined
}

export interface CleanTreeGate {
  kind: 'clean-tree'
  name: string
  path: string
  untracked: boolean
}

export interface AlignedFile {
  path: string
  /** A dotted key in a JSON or YAML file (appVersion, version, tool.version). */
  key?: string
  /** A regular expression with one capture group (or a group named version); ^ and $ match lines. */
  pattern?: RegExp
  /** Expected text before the version in this file (v for appVersion: v1.2.3). */
  prefix: string
}

export interface VersionAlignmentGate {
  kind: 'version-alignment'
  name: string
  version: string | undefined
  files: AlignedFile[]
}

export interface RequiredChecksGate {
  kind: 'required-checks'
  name: string
  /** Workflow names (or workflow file paths ending in .yml). */
  workflows: string[]
  /** Check-run names. */
  checks: string[]
  /** How long to wait for runs not completed (or not created) yet; 0 = don't wait. */
  waitMinutes: number
  /** How often to ask the GitHub API while waiting. */
  pollSeconds: number
}

/**
 * chart-version-bumped: each Helm chart whose directory changed since the previous release tag
 * has a higher Chart.yaml version than it had there.
 */
export interface ChartVersionBumpedGate {
  kind: 'chart-version-bumped'
  name: string
  /** Chart directories; none: every charts/<name>/ with a Chart.yaml. */
  charts: string[]
  /** The tag to compare with; undefined: the previous release tag (with tagPrefix) before HEAD. */
  since: string | undefined
  tagPrefix: string
}

export type Gate =
  | CommandGate
  | LicenseHeadersGate
  | CleanTreeGate
  | VersionAlignmentGate
  | RequiredChecksGate
  | ChartVersionBumpedGate

/** A key or built-in name in a message: as written when it is a plain word, else escaped. */
function shownKey(key: string): string {
  return /^[\w.-]{1,64}$/.test(key) ? `'${key}'` : showValue(key)
}

type Path = readonly (string | number)[]

/** The key path a reader's `what` names (`with.paths` → with, paths), for InputError.at. */
function keyPath(what: string): string[] {
  return /^[\w.-]+$/.test(what) ? what.split('.') : []
}

class SpecReader {
  readonly input: string
  readonly where: string
  /** Where the item is in the gate list (its index, and below it), for InputError.at. */
  readonly at: Path
  constructor(input: string, where: string, at: Path = []) {
    this.input = input
    this.where = where
    this.at = at
  }
  /** Fail naming the item (`where`); `key` is the path below the item of the value at fault. */
  fail(problem: string, ...key: (string | number)[]): never {
    throw new InputError(this.input, `${this.where}: ${problem}`, { at: [...this.at, ...key] })
  }
  /** Every key of `value` (at `under` below the item) is one of `allowed`. */
  keys(
    value: Record<string, unknown>,
    allowed: readonly string[],
    what: string,
    ...under: string[]
  ): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(
          `unknown key ${shownKey(key)} in ${what}; expected ${allowed.join(', ')}`,
          ...under,
          key,
        )
    }
  }
  string(value: unknown, what: string): string {
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    if (typeof value !== 'string' || trimAscii(value) === '')
      this.fail(`${what} must be a non-empty string`, ...keyPath(what))
    return value
  }
  /** A gate's name: one line of text, printed in the log, the summary and the outputs. */
  name(value: unknown): string {
    const name = this.string(value, 'name')
    if (NAME_UNSAFE.test(name))
      this.fail(
        `name must be one line of text without control characters, got ${showValue(name)}`,
        'name',
      )
    return name
  }
  list(value: unknown, what: string): string[] {
    if (value === undefined) return []
    if (typeof value === 'string') return [value]
    if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && trimAscii(v) !== ''))
      this.fail(`${what} must be a list of strings`, ...keyPath(what))
    return (value as string[]).map(v => trimAscii(v))
  }
  boolean(value: unknown, what: string, fallback: boolean): boolean {
    if (value === undefined) return fallback
    if (typeof value !== 'boolean') this.fail(`${what} must be true or false`, ...keyPath(what))
    return value
  }
  integer(value: unknown, what: string, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
      this.fail(`${what} must be a whole number from ${min} to ${max}`, ...keyPath(what))
    return n
  }
  regex(text: string, what: string): RegExp {
    const m = /^\/(.*)\/([gimsuy]*)$/s.exec(text)
    try {
      // Line anchors by default: ^(.+)$ matches a line, not only a whole file.
      return m ? new RegExp(m[1] as string, (m[2] ?? '').replace('g', '')) : new RegExp(text, 'm')
    } catch {
      return this.fail(
        `${what} ${showValue(text)} is not a valid regular expression`,
        ...keyPath(what),
      )
    }
  }
  positive(value: unknown, what: string, fallback: number, max: number): number {
    if (value === undefined) return fallback
    const n = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value
    if (typeof n !== 'number' || !(n > 0) || n > max)
      this.fail(`${what} must be a number of minutes above 0 and at most ${max}`, ...keyPath(what))
    return n
  }
  /** A number (decimals allowed, also as a string) from min to max, in the unit named. */
  decimal(
    value: unknown,
    what: string,
    {
      fallback,
      min,
      max,
      unit,
      example,
      note = '',
    }: {
      fallback: number
      min: number
      max: number
      unit: string
      example: string
      note?: string
    },
  ): number {
    if (value === undefined) return fallback
    const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
      const got =
        typeof value === 'string'
          ? showValue(value)
          : typeof value === 'number'
            ? String(value)
            : String(JSON.stringify(value))
      this.fail(
        `${what} must be a number of ${unit} from ${min} to ${max}, such as ${example}${note}; got ${got.slice(0, 80)}`,
        ...keyPath(what),
      )
    }
    return n
  }
  mapping(value: unknown, what: string): Record<string, unknown> {
    if (value === undefined || value === null) return {}
    if (typeof value !== 'object' || Array.isArray(value))
      this.fail(`${what} must be a mapping`, ...keyPath(what))
    return value as Record<string, unknown>
  }
}

function readGate(item: unknown, index: number, input: string, at: Path): Gate {
  const r = new SpecReader(input, `gate ${index + 1}`, [...at, index])
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    r.fail('must be a mapping with run (a command) or uses (a built-in)')
  }
  const g = item as Record<string, unknown>
  if ('uses' in g) {
    r.keys(g, ['uses', 'with', 'name'], 'a built-in gate')
    const uses = r.string(g.uses, 'uses')
    if (!(BUILT_INS as readonly string[]).includes(uses))
      r.fail(`unknown built-in ${shownKey(uses)}; expected one of ${BUILT_INS.join(', ')}`, 'uses')
    const name = g.name === undefined ? uses : r.name(g.name)
    const w = r.mapping(g.with, 'with')
    switch (uses as BuiltIn) {
      case 'license-headers': {
        r.keys(
          w,
          ['paths', 'exclude', 'header', 'lines', 'fix', 'insert'],
          'license-headers with',
          'with',
        )
        const paths = r.list(w.paths, 'with.paths')
        if (paths.length === 0)
          r.fail(
            'license-headers needs with.paths, the globs of the files to check (such as **/*.ts)',
            'with',
          )
        const headerText = r.string(w.header, 'with.header')
        const isRegex = /^\/.*\/[gimsuy]*$/s.test(headerText)
        const fix = r.boolean(w.fix, 'with.fix', false)
        const insert = w.insert === undefined ? undefined : r.string(w.insert, 'with.insert')
        if (fix && isRegex && insert === undefined)
          r.fail(
            'with.fix needs with.insert, the header text to insert, when with.header is a regular expression',
            'with',
            'fix',
          )
        return {
          kind: 'license-headers',
          name,
          paths,
          exclude: r.list(w.exclude, 'with.exclude'),
          header: isRegex ? r.regex(headerText, 'with.header') : headerText,
          lines: r.integer(w.lines, 'with.lines', 10, 1, 200),
          fix,
          insert: insert ?? (isRegex ? undefined : headerText),
        }
      }
      case 'clean-tree':
        r.keys(w, ['path', 'untracked'], 'clean-tree with', 'with')
        return {
          kind: 'clean-tree',
          name,
          path: w.path === undefined ? '.' : r.string(w.path, 'with.path'),
          untracked: r.boolean(w.untracked, 'with.untracked', true),
        }
      case 'version-alignment': {
        r.keys(w, ['version', 'files'], 'version-alignment with', 'with')
        if (!Array.isArray(w.files) || w.files.length === 0)
          r.fail(
            'version-alignment needs with.files, a list of {path, key} or {path, pattern}',
            'with',
          )
        const files = (w.files as unknown[]).map((f, i) => {
          const fr = new SpecReader(input, `gate ${index + 1}, with.files[${i}]`, [
            ...at,
            index,
            'with',
            'files',
            i,
          ])
          const file = fr.mapping(f, 'an entry')
          fr.keys(file, ['path', 'key', 'pattern', 'prefix'], 'a file entry')
          const out: AlignedFile = {
            path: fr.string(file.path, 'path'),
            prefix: file.prefix === undefined ? '' : fr.string(file.prefix, 'prefix'),
          }
          if ((file.key === undefined) === (file.pattern === undefined))
            fr.fail(
              'needs either key (JSON or YAML files) or pattern (a regular expression with one group)',
            )
          if (file.key !== undefined) out.key = fr.string(file.key, 'key')
          if (file.pattern !== undefined)
            out.pattern = fr.regex(fr.string(file.pattern, 'pattern'), 'pattern')
          return out
        })
        return {
          kind: 'version-alignment',
          name,
          version: w.version === undefined ? undefined : r.string(w.version, 'with.version'),
          files,
        }
      }
      case 'required-checks': {
        r.keys(
          w,
          ['workflows', 'checks', 'wait-minutes', 'poll-seconds'],
          'required-checks with',
          'with',
        )
        const workflows = r.list(w.workflows, 'with.workflows')
        const checks = r.list(w.checks, 'with.checks')
        if (workflows.length + checks.length === 0)
          r.fail(
            'required-checks needs with.workflows or with.checks, the names that must have succeeded',
          )
        return {
          kind: 'required-checks',
          name,
          workflows,
          checks,
          waitMinutes: r.decimal(w['wait-minutes'], 'with.wait-minutes', {
            fallback: 30,
            min: 0,
            max: 360,
            unit: 'minutes',
            example: '30 or 2.5',
            note: " (0: don't wait)",
          }),
          pollSeconds: r.decimal(w['poll-seconds'], 'with.poll-seconds', {
            fallback: 15,
            min: 0.1,
            max: 3600,
            unit: 'seconds',
            example: '15 or 0.5',
          }),
        }
      }
      case 'chart-version-bumped':
        r.keys(w, ['charts', 'since', 'tag-prefix'], 'chart-version-bumped with', 'with')
        return {
          kind: 'chart-version-bumped',
          name,
          charts: r.list(w.charts, 'with.charts'),
          since: w.since === undefined ? undefined : r.string(w.since, 'with.since'),
          tagPrefix:
            w['tag-prefix'] === undefined
              ? 'v'
              : typeof w['tag-prefix'] === 'string' && /^[\w./-]{0,32}$/.test(w['tag-prefix'])
                ? w['tag-prefix']
                : r.fail(
                    `with.tag-prefix must be a tag prefix such as v (letters, digits, . _ / -), got ${showValue(typeof w['tag-prefix'] === 'string' ? w['tag-prefix'] : (JSON.stringify(w['tag-prefix']) ?? ''))}`,
                    'with',
                    'tag-prefix',
                  ),
        }
    }
  }
  r.keys(g, ['name', 'run', 'working-directory', 'timeout-minutes', 'env'], 'a command gate')
  if (g.run === undefined) r.fail('needs run (a command) or uses (a built-in)')
  const env: Record<string, string | null> = {}
  for (const [k, v] of Object.entries(r.mapping(g.env, 'env'))) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
      r.fail(`env name ${showValue(k)} is not a valid variable name`, 'env', k)
    if (v === null) env[k] = null
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      const value = String(v)
      if (value.includes('\0')) r.fail(`env.${k} must not contain a NUL character`, 'env', k)
      env[k] = value
    } else r.fail(`env.${k} must be a string, or empty to pass on the step's ${k}`, 'env', k)
  }
  const run = r.string(g.run, 'run')
  return {
    kind: 'command',
    name: g.name === undefined ? nameOfCommand(run) : r.name(g.name),
    run,
    workingDirectory:
      g['working-directory'] === undefined
        ? undefined
        : r.string(g['working-directory'], 'working-directory'),
    timeoutMinutes: r.positive(g['timeout-minutes'], 'timeout-minutes', 30, 360),
    env,
  }
}

/**
 * The name of a gate without `name:`: the first line of its command, what a gate name may not
 * contain turned into spaces, at most 60 characters.
 */
function nameOfCommand(run: string): string {
  const first = trimAscii(run).split(/\r\n|\r|\n/)[0] ?? ''
  const name = trimAscii(
    first.replace(new RegExp(NAME_UNSAFE.source, 'gu'), ' ').replace(/ {2,}/g, ' '),
  )
  return [...name].slice(0, 60).join('') || 'command'
}

/**
 * Parse a gate list given as YAML text (the `gates` input). The text is a YAML list, or a mapping
 * whose `gates` key is the list. The config file is read by packages/config, with readGates.
 */
export function parseGates(text: string, input: string): Gate[] {
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new InputError(
      input,
      `is not valid YAML: ${escapeText(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))}`,
    )
  }
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'gates' in doc)
    return readGates(doc.gates, input, ['gates'])
  return readGates(doc, input)
}

/**
 * The gates of a parsed list (the `gates` value of the config file, or a YAML list): every item
 * and key checked, names unique. Errors are InputErrors of `input`; their `at` is the path of the
 * value at fault, below `at` (where the list is in its document).
 */
export function readGates(list: unknown, input: string, at: Path = []): Gate[] {
  if (!Array.isArray(list))
    throw new InputError(
      input,
      'expected a YAML list of gates (each {name, run} or {uses, with})',
      {
        at,
      },
    )
  const gates = list.map((item, i) => readGate(item, i, input, at))
  const seen = new Set<string>()
  gates.forEach((g, i) => {
    if (seen.has(g.name))
      throw new InputError(
        input,
        `two gates are named ${showValue(g.name)}; names must be unique`,
        {
          at: [...at, i],
        },
      )
    seen.add(g.name)
  })
  return gates
}
