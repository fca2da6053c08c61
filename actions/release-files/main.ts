/**
 * The release files of another release of the same commit, downloaded to ship again (internal to
 * the suite's reusable release workflow): read the inputs, download and check the files
 * (packages/release's downloadReleaseFiles), write the outputs.
 */
import { InputError } from '../../packages/errors/index.ts'
import { AssetNameError, downloadReleaseFiles } from '../../packages/release/release-files.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { filesOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const opts = readInputs(inputs, github)
  let result
  try {
    result = await downloadReleaseFiles(opts, logger)
  } catch (error) {
    // The release the tag names has an asset that is not a file name: the tag's problem.
    if (error instanceof AssetNameError) throw new InputError('tag', error.message)
    throw error
  }
  return { outputs: filesOutputs(result), summary: summarize(opts.tag, result) }
}
