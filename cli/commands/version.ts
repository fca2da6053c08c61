/**
 * `release-actions version`: what compute-version would output for this repository, as JSON.
 */
import { Git } from '../../packages/git/index.ts'
import { Inputs } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { computeVersion, decisionText } from '../../packages/versioning/index.ts'
import { readInputs } from '../../actions/compute-version/inputs.ts'
import { flagSource, localContext, type Parsed } from '../args.ts'

export async function version({ values }: Parsed, logger: Logger): Promise<number> {
  const github = localContext(process.env)
  const options = readInputs(new Inputs(flagSource(values)), github)
  const decision = await computeVersion(new Git(options.path), options)
  for (const reason of decision.reasons) logger.info(reason)
  for (const warning of decision.warnings ?? []) logger.warning(warning)
  // The CLI's names are the fields in kebab-case, as its flags are: compute-version's outputs.
  const json = Object.fromEntries(
    Object.entries(decisionText(decision)).map(([field, value]) => [
      field.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`),
      value,
    ]),
  )
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  return 0
}
