/**
 * The JavaScript steps of attest-sbom as CLI commands: checksums, notices, provenance.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  claimsFromEnv,
  provenanceStatement,
  subjectsFromChecksums,
  writeChecksums,
  writeNotices,
} from '../../packages/attest/index.ts'
import { writeFileAtomic } from '../../packages/files/index.ts'
import { Inputs, mapSource } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { readInputs as readChecksumsInputs } from '../../actions/attest-sbom/steps/checksums/inputs.ts'
import { readInputs as readNoticesInputs } from '../../actions/attest-sbom/steps/notices/inputs.ts'
import { localContext, UsageError, type Parsed } from '../args.ts'

export async function checksums({ values, positionals }: Parsed, logger: Logger): Promise<number> {
  if (positionals.length === 0)
    throw new UsageError('expected one or more globs of files to checksum')
  const opts = readChecksumsInputs(
    new Inputs(
      mapSource({
        'subject-path': positionals.join('\n'),
        'checksums-file': values.output as string | undefined,
        base: values.base as string | undefined,
      }),
    ),
    localContext(),
  )
  const r = await writeChecksums(opts, logger)
  process.stdout.write(r.text)
  return 0
}

/** A repeated directory flag as the one-per-line list the action input takes. */
function dirList(value: unknown): string | undefined {
  return Array.isArray(value) && value.length > 0 ? value.join('\n') : undefined
}

export function notices({ values }: Parsed, logger: Logger): Promise<number> {
  const opts = readNoticesInputs(
    new Inputs(
      mapSource({
        sbom: values.sbom as string | undefined,
        output: values.output as string | undefined,
        'licence-texts': values['no-licence-texts'] === true ? 'false' : undefined,
        'node-modules': dirList(values['node-modules']),
        'go-mod-cache': dirList(values['go-mod-cache']),
        'cargo-home': dirList(values['cargo-home']),
        'site-packages': dirList(values['site-packages']),
      }),
    ),
    localContext(),
  )
  const r = writeNotices(opts)
  logger.info(`${r.packages} package(s) written to ${opts.output}`)
  return Promise.resolve(0)
}

export function provenance({ values }: Parsed, logger: Logger): Promise<number> {
  if (typeof values.subjects !== 'string')
    throw new UsageError('--subjects FILE is required: a sha256sum-format checksums file')
  const statement = provenanceStatement(
    subjectsFromChecksums(readFileSync(values.subjects, 'utf8')),
    claimsFromEnv(process.env),
    process.env.GITHUB_SERVER_URL ?? 'https://github.com',
  )
  const text = `${JSON.stringify(statement, null, 2)}\n`
  if (typeof values.output === 'string') {
    writeFileAtomic(path.resolve(values.output), text)
    logger.info(`${statement.subject.length} subject(s); provenance written to ${values.output}`)
  } else process.stdout.write(text)
  return Promise.resolve(0)
}
