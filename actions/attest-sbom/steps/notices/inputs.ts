/**
 * notices' inputs: the only place they are read and validated. The SBOM is parsed here, so a
 * file that is not one is an error of the sbom input, before anything is written. The package
 * stores the licence files are read from default to where each ecosystem keeps them (node_modules
 * of the workspace, GOMODCACHE, CARGO_HOME); a store named in an input must be a directory.
 */
import { readFileSync, statSync } from 'node:fs'
import {
  defaultCargoHome,
  defaultGoModCache,
  parseSbom,
  SbomError,
  type LicenceStores,
  type NoticesOptions,
  type ParsedSbom,
} from '../../../../packages/attest/index.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
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
  return { sbom, sbomFile, output, stores: readStores(inputs, github) }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** The package stores (read only, so they may be outside the workspace); undefined with licence-texts: false. */
function readStores(inputs: Inputs, github: GithubContext): LicenceStores | undefined {
  if (!inputs.boolean('licence-texts', true)) return undefined
  const dirs = (input: string, fallback: string[]): string[] => {
    const given = inputs.list(input)
    if (given.length === 0)
      return fallback.map(d => resolveWorkspacePath(input, d, github, { allowOutside: true }))
    return given.map(value => {
      const dir = resolveWorkspacePath(input, value, github, { allowOutside: true })
      if (!isDirectory(dir))
        throw new InputError(
          input,
          `expected a directory, one per line; ${showValue(value)} (${showValue(dir, 4096)}) is not one`,
        )
      return dir
    })
  }
  return {
    nodeModules: dirs('node-modules', ['node_modules']),
    goModCache: dirs('go-mod-cache', [defaultGoModCache(process.env)]),
    cargoHome: dirs('cargo-home', [defaultCargoHome(process.env)]),
    sitePackages: dirs('site-packages', []),
  }
}
