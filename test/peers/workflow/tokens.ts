/**
 * Workflow and action files as GitHub reads them: parsed and validated against GitHub's schemas
 * by @actions/workflow-parser, then the template tokens evaluated where the runner evaluates them
 * (`${{ }}` anywhere in a value; a string with embedded expressions is GitHub's `format(...)`).
 */
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
} from '@actions/workflow-parser'
import type { WorkflowTemplate } from '@actions/workflow-parser'
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index'
import type { ActionTemplate } from '@actions/workflow-parser/actions/index'
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser'
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import { TokenType } from '@actions/workflow-parser/templates/tokens/types'
import { asString, evaluate, type EvalOptions, type Json } from './expressions.ts'

export type { MappingToken, TemplateToken }

export class WorkflowFileError extends Error {
  override name = 'WorkflowFileError'
}

export interface LoadedWorkflow {
  /** Where it was read from, for messages (`owner/repo/.github/workflows/x.yml@ref` or a path). */
  name: string
  template: WorkflowTemplate
  root: MappingToken
}

export interface LoadedAction {
  dir: string
  template: ActionTemplate
  root: MappingToken
}

/** Parses and converts a workflow file; any error GitHub would report refuses it. */
export async function loadWorkflow(name: string, content: string): Promise<LoadedWorkflow> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors()
  if (errors.length > 0 || !parsed.value)
    throw new WorkflowFileError(
      `${name}: ${errors.map(e => e.message).join('; ') || 'not a workflow'}`,
    )
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  if (template.errors?.length)
    throw new WorkflowFileError(`${name}: ${template.errors.map(e => e.Message).join('; ')}`)
  if (!isMapping(parsed.value)) throw new WorkflowFileError(`${name}: not a mapping`)
  return { name, template, root: parsed.value }
}

export function loadAction(dir: string, name: string, content: string): LoadedAction {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors()
  if (errors.length > 0 || !parsed.value)
    throw new WorkflowFileError(
      `${name}: ${errors.map(e => e.message).join('; ') || 'not an action'}`,
    )
  const template = convertActionTemplate(parsed.context, parsed.value)
  if (!isMapping(parsed.value)) throw new WorkflowFileError(`${name}: not a mapping`)
  return { dir, template, root: parsed.value }
}

/** The value of `key` in a mapping token (case-sensitive, as YAML keys are). */
export function find(
  token: TemplateToken | undefined,
  ...keys: string[]
): TemplateToken | undefined {
  let t = token
  for (const key of keys) {
    if (!t || !isMapping(t)) return undefined
    t = t.find(key)
  }
  return t
}

/** The keys and values of a mapping token, in file order. */
export function entries(token: TemplateToken | undefined): [string, TemplateToken][] {
  if (!token || !isMapping(token)) return []
  const out: [string, TemplateToken][] = []
  for (const pair of token) out.push([asString(literal(pair.key)), pair.value])
  return out
}

/** A literal token's value; expressions are refused (the caller expected no `${{ }}` here). */
export function literal(token: TemplateToken): Json {
  if (isString(token)) return token.value
  if (isBoolean(token)) return token.value
  if (isNumber(token)) return token.value
  if (token.templateTokenType === Number(TokenType.Null)) return null
  if (isSequence(token)) return [...token].map(literal)
  if (isMapping(token)) return Object.fromEntries(entries(token).map(([k, v]) => [k, literal(v)]))
  throw new WorkflowFileError(`an expression is not allowed here (line ${token.line ?? '?'})`)
}

/** Evaluates a token: every `${{ }}` in it, with the contexts of this place. */
export function evaluateToken(
  token: TemplateToken | undefined,
  contexts: Record<string, unknown>,
  options: EvalOptions = {},
): Json {
  if (!token) return null
  if (isBasicExpression(token)) return evaluate(token.expression, contexts, options)
  if (token.templateTokenType === Number(TokenType.InsertExpression))
    throw new WorkflowFileError('${{ insert }} is not supported by the test runner')
  if (isSequence(token)) return [...token].map(t => evaluateToken(t, contexts, options))
  if (isMapping(token)) {
    const out: Record<string, Json> = {}
    for (const pair of token) {
      const key = isBasicExpression(pair.key)
        ? asString(evaluate(pair.key.expression, contexts, options))
        : asString(literal(pair.key))
      out[key] = evaluateToken(pair.value, contexts, options)
    }
    return out
  }
  return literal(token)
}
