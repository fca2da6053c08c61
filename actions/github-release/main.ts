/**
 * The release job's GitHub Release (internal to the suite's reusable workflow, and this
 * repository's own release): read the inputs, publish the release (packages/release's
 * githubRelease: draft, assets, then publish; Latest only for the highest stable version;
 * optionally the action repository's major tag), write the outputs.
 */
import { githubRelease } from '../../packages/release/github-release.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { releaseOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger, mask }) => {
  const opts = readInputs(inputs, github)
  mask(opts.token)
  const result = await githubRelease(opts, logger)
  return { outputs: releaseOutputs(result), summary: summarize(opts, result) }
}
