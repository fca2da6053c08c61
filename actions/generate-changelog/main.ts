/**
 * generate-changelog: read the inputs, generate the release's section and upsert it into the
 * changelog (packages/changelog's generateChangelog), write the outputs.
 */
import { generateChangelog } from '../../packages/changelog/index.ts'
import { Git } from '../../packages/git/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { changelogOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const options = readInputs(inputs, github)
  const result = await generateChangelog(new Git(options.path), options)
  logger.info(
    `${result.commits.length} commit(s) in ${result.from ?? 'the first commit'}..${result.to}; ${result.skipped} housekeeping commit(s) left out.`,
  )
  logger.info(
    options.file
      ? `${options.file}: ${result.changed ? 'updated' : 'unchanged'}`
      : 'No file written (file is empty).',
  )
  // The section is commit text: print it with workflow commands turned off.
  logger.untrusted(result.section)
  return {
    outputs: changelogOutputs(options, result),
    summary: summarize(options, result, github.workspace),
  }
}
