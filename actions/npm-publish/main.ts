/**
 * Publish the CLI package of a stable release to npm (internal to the self-release, from the job
 * that holds id-token, with the tarball the release attests): the registry's packument first, so
 * a version is published once and never with different content; then the real `npm publish`
 * with provenance (packages/npm). The token is masked before anything is logged.
 */
import { publishPackage } from '../../packages/npm/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { npmPublishOutputs, summarize, type NpmPublished } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, env, logger, mask }) => {
  const token = inputs.string('token', '')
  if (token !== '') mask(token)
  const o = readInputs(inputs, github)
  const result = await publishPackage(
    {
      tarball: o.tarball,
      pkg: o.pkg,
      registry: o.registry,
      token: o.token,
      provenance: o.provenance,
      access: o.access,
      ...(o.distTag === undefined ? {} : { distTag: o.distTag }),
      env,
      ...(github.runnerTemp === undefined ? {} : { tempRoot: github.runnerTemp }),
    },
    logger,
  )
  const done: NpmPublished = {
    ...result,
    pkg: o.pkg,
    registry: o.registry,
    provenance: o.provenance,
  }
  return { outputs: npmPublishOutputs(done), summary: summarize(done) }
}
