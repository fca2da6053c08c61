/**
 * attest-sbom's notices step (also `release-actions notices`): THIRD_PARTY_NOTICES.md from the SBOM.
 */
import { readFileSync } from 'node:fs'
import {
  parseSbom,
  renderNotices,
  SbomError,
  type ParsedSbom,
} from '../../../../packages/attest/index.ts'
import { writeFileAtomic } from '../../../../packages/files/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
  existingFile,
} from '../../../../packages/inputs/index.ts'
import { InputError } from '../../../../packages/errors/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'

export function readNoticesInputs(
  inputs: Inputs,
  github: GithubContext,
): { sbom: string; output: string } {
  const sbomValue = inputs.required('sbom', 'the path of an SPDX 2.x or CycloneDX JSON SBOM')
  const sbom = existingFile('sbom', sbomValue, github, 'the path of an SBOM file', {
    alsoUnder: [github.runnerTemp],
  })
  const output = resolveWorkspacePath(
    'output',
    inputs.string('output', 'THIRD_PARTY_NOTICES.md'),
    github,
    { alsoUnder: [github.runnerTemp] },
  )
  return { sbom, output }
}

export function writeNotices(sbomFile: string, output: string): ParsedSbom {
  let sbom: ParsedSbom
  try {
    sbom = parseSbom(readFileSync(sbomFile, 'utf8'))
  } catch (error) {
    if (error instanceof SbomError)
      throw new InputError('sbom', `${sbomFile} is not an SBOM: ${error.message}`)
    throw error
  }
  writeFileAtomic(output, renderNotices(sbom))
  return sbom
}

export const main: ActionMain = ({ inputs, github, logger }) => {
  const { sbom, output } = readNoticesInputs(inputs, github)
  const parsed = writeNotices(sbom, output)
  const review = parsed.packages.filter(p => p.license === 'NOASSERTION').length
  logger.info(
    `${parsed.packages.length} package(s) from ${parsed.format} in ${output}; ${review} without licence information`,
  )
  if (review > 0)
    logger.warning(
      `${review} package(s) have no licence information (NOASSERTION) and need review; they are flagged in ${output}.`,
    )
  return Promise.resolve({
    outputs: {
      'notices-file': output,
      packages: String(parsed.packages.length),
      'needs-review': String(review),
    },
    summary: `### notices\n\n${parsed.packages.length} third-party packages (${parsed.format}) in \`${output}\`; ${review} need licence review.\n`,
  })
}
