/**
 * packages/config: the project's configuration file, `.github/release-actions.yml` — found once
 * (findConfigFile), parsed once (yaml's parseDocument, which keeps where each key is), checked by
 * the rules of each part (the gates of packages/gates, the changelog section of
 * packages/changelog, the self-references of packages/pins) and by the JSON Schema that editors
 * use (schema/release-actions.schema.json), and returned as one typed result. Every error names
 * the file, the line and the key: `Input 'config': .github/release-actions.yml:12: changelog.hide
 * must be a list of strings`.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { DEFAULT_CHANGELOG_CONFIG, readChangelogConfig } from '../changelog/config.ts'
import type { ChangelogConfig } from '../changelog/config.ts'
import { escapeText, InputError } from '../errors/index.ts'
import { isInside } from '../files/paths.ts'
import { readGates, type Gate } from '../gates/spec.ts'
import { readSelfReferences } from '../pins/index.ts'
import schema from '../../schema/release-actions.schema.json' with { type: 'json' }
import { CONFIG_FILE } from './file.ts'
import { Validator, type Schema, type SchemaError } from './schema.ts'

export { CONFIG_FILE } from './file.ts'
export { checkSubset, Validator, type Schema, type SchemaError } from './schema.ts'

/** The JSON Schema of the file, as committed (schema/release-actions.schema.json). */
export const CONFIG_SCHEMA: Schema = schema

/** The top-level keys of the file. */
export const CONFIG_KEYS = ['gates', 'changelog', 'self-references'] as const

export interface ReleaseActionsConfig {
  /** The file read; undefined when there is none (every default). */
  file: string | undefined
  /** The `gates` list; undefined when the file has none. A file that is a list is the gates. */
  gates: Gate[] | undefined
  /** The `changelog` section, with defaults for what it does not set. */
  changelog: ChangelogConfig
  /** The `self-references` owner/repo names; [] when none. */
  selfReferences: string[]
}

export const DEFAULT_CONFIG: ReleaseActionsConfig = {
  file: undefined,
  gates: undefined,
  changelog: DEFAULT_CHANGELOG_CONFIG,
  selfReferences: [],
}

let validator: Validator | undefined
/** The schema's first problem with a parsed document, or undefined when it holds. */
export function schemaProblem(value: unknown): SchemaError | undefined {
  validator ??= new Validator(CONFIG_SCHEMA)
  return validator.validate(value)
}

/**
 * The config file that holds for `dir`: `.github/release-actions.yml` in `dir`, or in the nearest
 * folder above it that is still inside `top` (compared as real paths: packages/files/paths.ts);
 * `dir` itself is always looked in. Undefined when there is none.
 */
export function findConfigFile(dir: string, top: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const file = path.join(d, CONFIG_FILE)
    if (existsSync(file)) return file
    if (path.dirname(d) === d || path.resolve(d) === path.resolve(top) || !isInside(top, d))
      return undefined
  }
}

/** A path from the top of the document as the messages name it: gates[2].with.paths. */
export function keyPath(at: readonly (string | number)[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')
}

/** The line (1-based) of the value at `at`: of its key in a mapping, of the item in a list. */
function lineOf(doc: Document, lines: LineCounter, at: readonly (string | number)[]): number {
  let node: unknown = doc.contents
  let offset = (node as { range?: [number] } | null)?.range?.[0] ?? 0
  for (const key of at) {
    if (isMap(node)) {
      const pair = node.items.find(
        p => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key),
      )
      if (!pair) break
      offset = (pair.key as { range?: [number] } | null)?.range?.[0] ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key]
      if (!item) break
      offset = (item as { range?: [number] }).range?.[0] ?? offset
      node = item
    } else break
  }
  return lines.linePos(offset).line
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Read the config file; the defaults when it does not exist. Errors are InputErrors of `input`
 * (the input that named the file, or that it was found from) naming the file, the line and the key.
 */
export function loadConfig(file: string, input = 'config'): ReleaseActionsConfig {
  if (!existsSync(file)) return DEFAULT_CONFIG
  return parseConfig(readFileSync(file, 'utf8'), file, input)
}

/** The config file's text, read as loadConfig reads it (`file` names it in messages). */
export function parseConfig(text: string, file: string, input = 'config'): ReleaseActionsConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const fail = (line: number, problem: string): never => {
    throw new InputError(input, `${file}:${line}: ${problem}`)
  }
  const yamlError = doc.errors[0]
  if (yamlError) {
    const first = (yamlError.message.split('\n')[0] ?? '').replace(
      / at line \d+, column \d+:?$/,
      '',
    )
    fail(yamlError.linePos?.[0].line ?? 1, `is not valid YAML: ${escapeText(first)}`)
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    fail(
      1,
      `is not valid YAML: ${escapeText(error instanceof Error ? error.message : String(error))}`,
    )
  }
  const config = readConfig(value, input, (at, problem) => fail(lineOf(doc, lines, at), problem))
  // The schema holds for every file the rules accept (test/unit/config.test.ts); this is the
  // check that it does here too.
  const problem = schemaProblem(value)
  if (problem)
    fail(
      lineOf(doc, lines, problem.path),
      `${problem.path.length ? keyPath(problem.path) : 'the file'} ${problem.message}`,
    )
  return { ...config, file }
}

/** The rules of each part over the parsed document. */
function readConfig(
  value: unknown,
  input: string,
  fail: (at: readonly (string | number)[], problem: string) => never,
): ReleaseActionsConfig {
  const located = <T>(read: () => T): T => {
    try {
      return read()
    } catch (error) {
      if (error instanceof InputError && error.at !== undefined) fail(error.at, error.problem)
      throw error
    }
  }
  if (value === null || value === undefined) return DEFAULT_CONFIG
  if (Array.isArray(value))
    return { ...DEFAULT_CONFIG, gates: located(() => readGates(value, input)) }
  if (!isMapping(value))
    fail([], `expected a mapping at the top level (${CONFIG_KEYS.join(', ')}), or a list of gates`)
  for (const key of Object.keys(value))
    if (!(CONFIG_KEYS as readonly string[]).includes(key))
      fail([key], `unknown key '${key}' at the top level; expected ${CONFIG_KEYS.join(', ')}`)
  return {
    file: undefined,
    gates:
      value.gates === undefined
        ? undefined
        : located(() => readGates(value.gates, input, ['gates'])),
    changelog: located(() => readChangelogConfig(value.changelog, input)),
    selfReferences: located(() => readSelfReferences(value['self-references'], input)),
  }
}
