/**
 * version-alignment: each listed file states the release's version: a key of a JSON or YAML file
 * (Helm's Chart.yaml appVersion, package.json version), or the first match of a pattern. For a
 * pre-release, the stable version it is a candidate for is accepted too (1.3.0 for 1.3.0-rc.1):
 * a candidate is promoted on its own commit, so that commit's files already state the version
 * they will be released as.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { trimAscii } from '../inputs/index.ts'
import type { AlignedFile } from './spec.ts'

export interface AlignmentResult {
  path: string
  /** The value the file states, or undefined when it states none. */
  found: string | undefined
  expected: string
  ok: boolean
  problem?: string
}

function lookup(doc: unknown, key: string): unknown {
  let value: unknown = doc
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** The version a pre-release is a candidate for (1.3.0 for 1.3.0-rc.1), or undefined. */
function candidateOf(version: string): string | undefined {
  const m = /^(\d+\.\d+\.\d+)-[^+]+(\+.*)?$/.exec(version)
  return m?.[1]
}

export function checkFile(root: string, file: AlignedFile, version: string): AlignmentResult {
  const expected = `${file.prefix}${version}`
  const stable = candidateOf(version)
  const accepted = stable === undefined ? [expected] : [expected, `${file.prefix}${stable}`]
  const full = path.resolve(root, file.path)
  if (!existsSync(full))
    return { path: file.path, found: undefined, expected, ok: false, problem: 'does not exist' }
  const text = readFileSync(full, 'utf8')
  let found: string | undefined
  if (file.key !== undefined) {
    let doc: unknown
    try {
      doc = /\.json$/i.test(file.path) ? JSON.parse(text) : parse(text)
    } catch (error) {
      return {
        path: file.path,
        found: undefined,
        expected,
        ok: false,
        problem: `cannot be parsed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      }
    }
    const value = lookup(doc, file.key)
    found =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined
    if (found === undefined)
      return { path: file.path, found, expected, ok: false, problem: `has no value at ${file.key}` }
  } else if (file.pattern) {
    const m = file.pattern.exec(text)
    const matched = m?.groups?.version ?? m?.[1]
    found = matched === undefined ? undefined : trimAscii(matched)
    if (found === undefined)
      return {
        path: file.path,
        found,
        expected,
        ok: false,
        problem: `has no match of ${String(file.pattern)}`,
      }
  }
  return {
    path: file.path,
    found,
    expected: accepted.join(' or '),
    ok: found !== undefined && accepted.includes(found),
  }
}
