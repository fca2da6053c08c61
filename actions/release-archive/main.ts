/**
 * One platform's release archive (internal to the suite's reusable release workflow): read the
 * inputs, write `<name>_v<version>_<os>_<arch>.tar.gz` (or .zip) from the files the build wrote
 * (packages/archive's writeArchive), write the outputs.
 */
import { writeArchive } from '../../packages/archive/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { archiveOutputs, summarize } from './outputs.ts'

export const main: ActionMain = ({ inputs, github, logger }) => {
  const opts = readInputs(inputs, github)
  const result = writeArchive(opts, logger)
  return Promise.resolve({ outputs: archiveOutputs(result), summary: summarize(result) })
}
