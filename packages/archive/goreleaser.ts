/**
 * The archives and checksums file of a GoReleaser build (`goreleaser release --clean
 * --skip=publish`), taken from its dist/artifacts.json instead of packing our own. The fields
 * read are the ones GoReleaser documents (https://goreleaser.com/customization/artifacts): `name`
 * (the file name), `path` (relative to the project), `goos`, `goarch` and `type` ("Archive" for an
 * archive, "Checksum" for the checksums file; other types are not release archives). Every archive
 * must be in the checksums file with its digest, and every path inside the workspace.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { sha256File } from '../attest/checksums.ts'
import { subjectsFromChecksums } from '../attest/provenance.ts'
import { InputError, PreconditionError, showValue } from '../errors/index.ts'
import { isUnder, realPath } from '../files/index.ts'
import type { Logger } from '../log/index.ts'

export interface GoReleaserArtifact {
  name: string
  /** The absolute path. */
  file: string
  goos?: string
  goarch?: string
}

export interface GoReleaserDist {
  archives: GoReleaserArtifact[]
  checksums: GoReleaserArtifact
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/

/** dist/artifacts.json, its archives and its checksums file, checked. */
export function readGoReleaserDist(
  workspace: string,
  dist: string,
  input = 'dist',
): GoReleaserDist {
  const manifest = path.join(dist, 'artifacts.json')
  if (!existsSync(manifest))
    throw new PreconditionError(
      `${path.relative(workspace, manifest)} does not exist: run GoReleaser in build-command (goreleaser release --clean --skip=publish), or set ${input} to its dist folder`,
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(manifest, 'utf8'))
  } catch (error) {
    throw new PreconditionError(`${manifest} is not JSON: ${(error as Error).message}`)
  }
  if (!Array.isArray(parsed))
    throw new PreconditionError(`${manifest}: expected GoReleaser's array of artifacts`)
  const root = realPath(workspace)
  const pick = (type: string): GoReleaserArtifact[] =>
    (parsed as Record<string, unknown>[])
      .filter(a => typeof a === 'object' && a !== null && a.type === type)
      .map(a => {
        const name = typeof a.name === 'string' ? a.name : ''
        const rel = typeof a.path === 'string' ? a.path : ''
        if (!FILE_NAME.test(name) || !rel)
          throw new PreconditionError(
            `${manifest}: the ${type} artifact ${showValue(name)} has no file name or path`,
          )
        const file = path.resolve(workspace, rel)
        if (!existsSync(file) || !isUnder(root, realPath(file)))
          throw new PreconditionError(
            `${manifest}: ${showValue(rel)} of ${name} is missing or outside the workspace`,
          )
        return {
          name,
          file,
          ...(typeof a.goos === 'string' ? { goos: a.goos } : {}),
          ...(typeof a.goarch === 'string' ? { goarch: a.goarch } : {}),
        }
      })
  const archives = pick('Archive')
  const checksums = pick('Checksum')
  if (archives.length === 0)
    throw new PreconditionError(`${manifest} lists no Archive: expected GoReleaser's archives`)
  if (checksums.length !== 1)
    throw new PreconditionError(
      `${manifest} lists ${checksums.length} Checksum artifacts; expected the one checksums file`,
    )
  return { archives, checksums: checksums[0] as GoReleaserArtifact }
}

/** Every archive is in the checksums file with the digest it has. */
export async function checkGoReleaserChecksums(d: GoReleaserDist): Promise<void> {
  const listed = new Map(
    subjectsFromChecksums(readFileSync(d.checksums.file, 'utf8')).map(s => [
      s.name,
      s.digest.sha256 ?? '',
    ]),
  )
  for (const a of d.archives) {
    const want = listed.get(a.name)
    const got = await sha256File(a.file)
    if (want !== got)
      throw new PreconditionError(
        `${a.name} has sha256 ${got}, but ${d.checksums.name} ${want ? `says ${want}` : 'does not list it'}`,
      )
  }
}

/** Copy GoReleaser's archives and checksums file into `outputDir`, checked first. */
export async function takeGoReleaserDist(
  workspace: string,
  dist: string,
  outputDir: string,
  logger: Logger,
  input = 'dist',
): Promise<GoReleaserDist> {
  if (!isUnder(realPath(workspace), realPath(dist)))
    throw new InputError(input, `${showValue(dist)} is outside the workspace`)
  const d = readGoReleaserDist(workspace, dist, input)
  await checkGoReleaserChecksums(d)
  mkdirSync(outputDir, { recursive: true })
  for (const a of [...d.archives, d.checksums]) {
    copyFileSync(a.file, path.join(outputDir, a.name))
    logger.info(`${a.name}${a.goos ? ` (${a.goos}/${a.goarch ?? ''})` : ''}`)
  }
  return d
}
