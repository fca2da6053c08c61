/**
 * superseded-release: mark a bad release superseded and roll the rolling image aliases back.
 * Read the inputs, run the use case (packages/supersede: it prints the whole plan first; dry-run
 * stops there), write the outputs and the summary.
 */
import type { ActionMain } from '../../packages/runtime/index.ts'
import { supersedeRelease } from '../../packages/supersede/index.ts'
import { inputErrorOf, readInputs } from './inputs.ts'
import { summarize, supersedeOutputs } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger, mask }) => {
  const opts = readInputs(inputs, github)
  mask(opts.token)
  if (opts.password) mask(opts.password)
  const outcome = await supersedeRelease(opts, logger).catch((error: unknown) => {
    throw inputErrorOf(error)
  })
  for (const note of outcome.plan.aliases.filter(a => a.action === 'stuck'))
    logger.warning(`${note.image}:${note.alias} ${note.why}.`)
  return { outputs: supersedeOutputs(outcome), summary: summarize(outcome, opts.dryRun) }
}
