/**
 * The JavaScript steps of attest-sbom as CLI commands: checksums, notices, provenance.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  claimsFromEnv,
  provenanceStatement,
  subjectsFromChecksums,
} from '../../packages/attest/index.ts'
import { writeFileAtomic } from '../../packages/files/index.ts'
import { githubContext, Inputs, mapSource } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { readInputs as readChecksumsInputs, writeChecksums } from '../../actions/checksums/main.ts'
import { readNoticesInputs, writeNotices } from '../../actions/notices/main.ts'
import { parse, UsageError } from '../args.ts'

function local() {
  return { ...githubContext({}), workspace: process.cwd(), runnerTemp: undefined }
}

export const checksumsUsage = `release-actions checksums [--output checksums.txt] [--base DIR] GLOB...
  SHA-256 checksums of the files matching the globs, in sha256sum format (sha256sum -c reads it),
  paths relative to --base (default: the current directory), sorted. Globs may not leave the
  current directory; symlinks pointing outside it are skipped and named.`

export async function checksums(argv: readonly string[], logger: Logger): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: 'string' },
    base: { type: 'string' },
  })
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
    local(),
  )
  const r = await writeChecksums(opts, logger)
  process.stdout.write(r.text)
  return 0
}

export const noticesUsage = `release-actions notices --sbom FILE [--output THIRD_PARTY_NOTICES.md]
  Third-party notices from an SPDX 2.x JSON or CycloneDX JSON SBOM, grouped by licence; packages
  without licence information are flagged for review.`

export function notices(argv: readonly string[], logger: Logger): Promise<number> {
  const { values } = parse(argv, { sbom: { type: 'string' }, output: { type: 'string' } }, false)
  const { sbom, output } = readNoticesInputs(
    new Inputs(
      mapSource({
        sbom: values.sbom as string | undefined,
        output: values.output as string | undefined,
      }),
    ),
    local(),
  )
  const parsed = writeNotices(sbom, output)
  logger.info(`${parsed.packages.length} package(s) written to ${output}`)
  return Promise.resolve(0)
}

export const provenanceUsage = `release-actions provenance --subjects checksums.txt [--output provenance.intoto.json]
  The SLSA v1 build provenance of the current GitHub Actions run (the predicate actions/attest
  makes), as an in-toto statement whose subjects are the checksums file's artifacts: for
  inspection, and for GitHub Enterprise Server, which has no attestation service. Reads the run
  from GITHUB_* variables.`

export function provenance(argv: readonly string[], logger: Logger): Promise<number> {
  const { values } = parse(
    argv,
    { subjects: { type: 'string' }, output: { type: 'string' } },
    false,
  )
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
