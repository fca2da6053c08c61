/**
 * The JavaScript actions by their dist/ directory, each with the INPUT_* variables of a run that
 * the runner would start and that fails at once on an input check: the defaults of its action.yml
 * (those that are not expressions), with its required inputs left out, or, for an action with no
 * required input, one invalid value. Used by test/bundle (every stub loads and runs its action)
 * and bench/bundle (start-up time as the runner starts each action).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { envVarName } from '../../packages/inputs/index.ts'

/** One value that fails the input check of each action that has no required input. */
const INVALID: Record<string, Record<string, string>> = {
  'compute-version': { bump: 'nope' },
  'generate-changelog': { style: 'nope' },
  'goreleaser-dist': { dist: '../outside' },
  'helm-charts': { push: 'maybe' },
  'quality-gates': { 'fail-fast': 'maybe' },
  'verify-attestations': { verify: 'maybe' },
}

interface ActionFile {
  inputs?: Record<string, { required?: boolean; default?: unknown }>
  runs: { using: string; main?: string }
}

export interface BundledAction {
  /** dist/<name>/index.js */
  name: string
  /** The action.yml whose runs.main names it, relative to the root. */
  actionYml: string
  env: Record<string, string>
}

/** Every action.yml of the repository: public, the repository's own, the composites' steps. */
export function actionFiles(root: string): string[] {
  const dirs = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter(d => d.isDirectory())
          .map(d => path.join(dir, d.name))
      : []
  return [
    ...dirs(root),
    ...dirs(path.join(root, '.github/actions')),
    ...dirs(path.join(root, 'actions')).flatMap(d => dirs(path.join(d, 'steps'))),
  ]
    .map(d => path.join(d, 'action.yml'))
    .filter(f => existsSync(f))
}

export function bundledActions(root: string): BundledAction[] {
  const out: BundledAction[] = []
  for (const file of actionFiles(root)) {
    const meta = parse(readFileSync(file, 'utf8')) as ActionFile
    if (!meta.runs.main) continue
    const main = path.resolve(path.dirname(file), meta.runs.main)
    const name = path.basename(path.dirname(main))
    if (path.relative(root, main) !== path.join('dist', name, 'index.js'))
      throw new Error(`${file}: runs.main is ${meta.runs.main}, not a dist/<name>/index.js`)
    const inputs = Object.entries(meta.inputs ?? {})
    const invalid = INVALID[name] ?? {}
    if (!inputs.some(([, spec]) => spec.required) && Object.keys(invalid).length === 0)
      throw new Error(`${file}: no required input; give ${name} an invalid value in INVALID`)
    const env: Record<string, string> = {}
    for (const [input, spec] of inputs) {
      const d = spec.default
      const value =
        typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean' ? `${d}` : ''
      if (!value.includes('${{')) env[envVarName(input)] = value
    }
    for (const [input, value] of Object.entries(invalid)) env[envVarName(input)] = value
    out.push({ name, actionYml: path.relative(root, file), env })
  }
  return out.sort((a, b) => a.name.localeCompare(b.name))
}
