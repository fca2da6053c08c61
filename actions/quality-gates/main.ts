/**
 * quality-gates: read the gate list and the context, evaluate every gate (packages/gates'
 * evaluateGates), report each one; the step fails when a gate does.
 */
import { evaluateGates } from '../../packages/gates/index.ts'
import { commandFreeStream } from '../../packages/runtime/commands.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { failure, gatesOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, env, logger, mask }) => {
  const opts = readInputs(inputs, github)
  if (opts.token) mask(opts.token)
  // A gate's output is the command's, not ours: it cannot issue workflow commands.
  const output = commandFreeStream()
  const results = await evaluateGates(opts, {
    workspace: github.workspace,
    env,
    logger,
    output: chunk => output.write(chunk),
    endOutput: () => output.end(),
  })
  const failed = failure(results)
  return {
    outputs: gatesOutputs(results),
    summary: summarize(results, opts.source),
    ...(failed !== undefined ? { failure: failed } : {}),
  }
}
