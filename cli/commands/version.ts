import { Git } from '../../packages/git/index.ts'
import { githubContext, Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { computeVersion, decisionOutputs } from '../../packages/versioning/index.ts'
import { readInputs } from '../../actions/compute-version/inputs.ts'
import { flagSource, parse, type FlagSpec } from '../args.ts'

export const versionFlags: FlagSpec = {
  bump: { type: 'string' },
  ref: { type: 'string' },
  'from-tag': { type: 'string' },
  'tag-prefix': { type: 'string' },
  'prerelease-id': { type: 'string' },
  'prerelease-format': { type: 'string' },
  'rc-bump': { type: 'string' },
  'initial-version': { type: 'string' },
  'require-signed-tag': { type: 'boolean' },
  'allowed-signers': { type: 'string' },
  path: { type: 'string' },
}

export const usage = `release-actions version [--bump auto|patch|minor|major|rc|promote|tag] [--ref REF]
    [--from-tag TAG] [--tag-prefix v] [--prerelease-id rc] [--prerelease-format dotted|compact]
    [--rc-bump minor|patch|major] [--initial-version 0.1.0] [--require-signed-tag]
    [--allowed-signers FILE] [--path DIR]
  Print, as JSON, what compute-version would output for this repository.`

export async function version(argv: readonly string[], logger: Logger): Promise<number> {
  const { values } = parse(argv, versionFlags, false)
  const github = { ...githubContext(), workspace: process.cwd() }
  const options = readInputs(new Inputs(flagSource(values)), github)
  const decision = await computeVersion(new Git(options.path), options)
  for (const reason of decision.reasons) logger.info(reason)
  process.stdout.write(`${JSON.stringify(decisionOutputs(decision), null, 2)}\n`)
  return 0
}
