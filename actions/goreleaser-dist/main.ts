/**
 * A GoReleaser build's archives and checksums file as the release files (internal to the suite's
 * reusable release workflow): read the inputs, check and copy what dist/artifacts.json lists
 * (packages/archive's takeGoReleaserDist), write the outputs.
 */
import { takeGoReleaserDist } from '../../packages/archive/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { distOutputs, summarize } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const opts = readInputs(inputs, github)
  const d = await takeGoReleaserDist(opts.workspace, opts.dist, opts.outputDir, logger)
  return { outputs: distOutputs(d), summary: summarize(d) }
}
