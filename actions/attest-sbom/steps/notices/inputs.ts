/**
 * notices' inputs: the only place they are read and validated. The SBOM is parsed here, so a
 * file that is not one is an error of the sbom input, before anything is written.
 */
import { readFileSync } from 'node:fs'
import {
  parseSbom,
  SbomError,
  type NoticesOptions,
  type ParsedSbom,
} from '../../../../packages/attest/index.ts'
import { InputError } from '../../../../packages/errors/index.ts'
import {
  existingFile,
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../../../packages/inputs/index.ts'

export interface NoticesInputs extends NoticesOptions {
  /** The SBOM file the sbom was read from. */
  sbomFile: string
}

export function readInputs(inputs: Inputs, github: GithubContext): NoticesInputs {
  const sbomValue = inputs.required('sbom', 'the path of an SPDX 2.x or CycloneDX JSON SBOM')
  const sbomFile = existingFile('sbom', sbomValue, github, 'the path of an SBOM file', {
    alsoUnder: [github.runnerTemp],
  })
  const output = resolveWorkspacePath(
    'output',
    inputs.string('output', 'THIRD_PARTY_NOTICES.md'),
    github,
    { alsoUnder: [github.runnerTemp] },
  )
  let sbom: ParsedSbom
  try {
    sbom = parseSbom(readFileSync(sbomFile, 'utf8'))
  } catch (error) {
    if (error instanceof SbomError)
      throw new InputError('sbom', `${sbomFile} is not an SBOM: ${error.message}`)
    throw error
  }
  return { sbom, sbomFile, output }
}
