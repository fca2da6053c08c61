/**
 * Expressions as GitHub evaluates them: GitHub's own lexer, parser and evaluator
 * (@actions/expressions), with the contexts of the place being evaluated and the status functions
 * (`success()`, `failure()`, `always()`, `cancelled()`) that the runner answers for a job or a
 * step, plus `hashFiles()`.
 */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import { globFiles } from './glob.ts'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** What the status functions answer where an expression is evaluated. */
export interface Status {
  /** No earlier step (or, for a job, no job of the dependency chain) failed or was cancelled or skipped. */
  success: boolean
  /** An earlier step (or a job of the dependency chain) failed. */
  failure: boolean
  /** The run was cancelled. */
  cancelled: boolean
}

export interface EvalOptions {
  status?: Status
  /** The workspace hashFiles() reads (GITHUB_WORKSPACE). */
  workspace?: string
}

export class ExpressionFailure extends Error {
  override name = 'ExpressionFailure'
}

type ExpressionData = data.ExpressionData

function toData(value: unknown): ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as ExpressionData
}

/** An expression result as plain JSON. */
export function fromData(value: ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Json
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'] as const

function functions(options: EvalOptions): Map<
  string,
  {
    name: string
    minArgs: number
    maxArgs: number
    call: (...args: ExpressionData[]) => ExpressionData
  }
> {
  const status = options.status ?? { success: true, failure: false, cancelled: false }
  const map = new Map<
    string,
    {
      name: string
      minArgs: number
      maxArgs: number
      call: (...args: ExpressionData[]) => ExpressionData
    }
  >()
  map.set('success', {
    name: 'success',
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(status.success && !status.cancelled),
  })
  map.set('failure', {
    name: 'failure',
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(status.failure),
  })
  map.set('always', {
    name: 'always',
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(true),
  })
  map.set('cancelled', {
    name: 'cancelled',
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(status.cancelled),
  })
  map.set('hashfiles', {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: (...args) =>
      new data.StringData(
        hashFiles(
          options.workspace ?? process.cwd(),
          args.map(a => a.coerceString()),
        ),
      ),
  })
  return map
}

/** hashFiles(): the SHA-256 of the SHA-256 of each matching file, in path order; '' when none match. */
function hashFiles(workspace: string, patterns: string[]): string {
  const files = globFiles(workspace, patterns).filter(f => statSync(f).isFile())
  if (files.length === 0) return ''
  const outer = createHash('sha256')
  for (const file of files.sort())
    outer.update(createHash('sha256').update(readFileSync(file)).digest())
  return outer.digest('hex')
}

/** Evaluates one expression (the text inside `${{ }}`) against the given contexts. */
export function evaluate(
  expression: string,
  contexts: Record<string, unknown>,
  options: EvalOptions = {},
): Json {
  const names = Object.keys(contexts)
  const extra = [...functions(options).values()].map(({ name, minArgs, maxArgs }) => ({
    name,
    minArgs,
    maxArgs,
  }))
  let ast
  try {
    const lexed = new Lexer(expression).lex()
    ast = new Parser(lexed.tokens, names, extra).parse()
  } catch (error) {
    throw new ExpressionFailure(
      `The expression is not valid: ${expression}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const dict = new data.Dictionary()
  for (const [k, v] of Object.entries(contexts)) dict.add(k, toData(v))
  try {
    return fromData(new Evaluator(ast, dict, functions(options)).evaluate())
  } catch (error) {
    throw new ExpressionFailure(
      `Error evaluating ${expression}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** What GitHub makes of an expression result used as a whole value (an env var, an input, an output). */
export function asString(value: Json): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean' || typeof value === 'number') return String(value)
  return JSON.stringify(value, null, 2)
}

/** Truthiness as the evaluator defines it (for `if:`). */
export function truthy(value: Json): boolean {
  if (value === null) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value)
  if (typeof value === 'string') return value !== ''
  return true
}

export { STATUS_FUNCTIONS }
export const relativeTo = (workspace: string, file: string) => path.relative(workspace, file)
