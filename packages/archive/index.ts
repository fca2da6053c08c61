/**
 * packages/archive owns the release archives users download: one per platform, named
 * `<name>_v<version>_<os>_<arch>.tar.gz` (`.zip` for windows) as GoReleaser-built projects name
 * them, written deterministically by the suite's own tar.gz and zip writers (no external tools):
 * the same files and mtime always make the same bytes, so a re-run's checksums match; or, for a
 * GoReleaser build, its own archives and checksums file (goreleaser.ts).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { InputError, showValue } from '../errors/index.ts'
import { writeFileAtomic } from '../files/index.ts'
import type { Logger } from '../log/index.ts'
import { collectEntries, type ArchiveEntry } from './entries.ts'
import { tarGzBytes } from './tar.ts'
import { zipBytes } from './zip.ts'

export type { ArchiveEntry } from './entries.ts'
export { collectEntries } from './entries.ts'
export { ArchiveReadError, tarFile, tarFileNames } from './list.ts'
export { tarBytes, tarGzBytes } from './tar.ts'
export { zipBytes } from './zip.ts'

export interface Platform {
  os: string
  /** The architecture with its variant appended (arm/v7: armv7), as GoReleaser names it. */
  arch: string
}

/** os/arch[/variant] → {os, arch}; anything else names the input and the form. */
export function parsePlatform(input: string, value: string): Platform {
  const m = /^([a-z0-9]+)\/([a-z0-9]+)(?:\/([a-z0-9]+))?$/.exec(value)
  if (!m) throw new InputError(input, `${showValue(value)}: expected os/arch, such as linux/amd64`)
  return { os: m[1] as string, arch: `${m[2] as string}${m[3] ?? ''}` }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/

/** A project name fit for a file name (the repository's name is one). */
export function checkArchiveName(input: string, name: string): string {
  if (!NAME.test(name))
    throw new InputError(
      input,
      `${showValue(name)}: expected a file-name prefix of letters, digits, '.', '_', '+' or '-', such as myapp`,
    )
  return name
}

export function archiveFileName(name: string, version: string, platform: Platform): string {
  const ext = platform.os === 'windows' ? 'zip' : 'tar.gz'
  return `${name}_v${version}_${platform.os}_${platform.arch}.${ext}`
}

export function checksumsFileName(name: string, version: string): string {
  return `${name}_v${version}_checksums.txt`
}

export interface ArchiveOptions {
  workspace: string
  /** Globs of the platform's files (relative to the workspace). */
  patterns: string[]
  /** The directory the names inside the archive are relative to. */
  base: string
  /** Name the entries by their base names alone (sub-folders flattened, as release files are). */
  flatten?: boolean
  name: string
  version: string
  platform: Platform
  /** The directory to write the archive into. */
  outputDir: string
  /** Seconds since the epoch, the mtime of every entry (the commit time, or 0). */
  mtime: number
}

export interface ArchiveResult {
  file: string
  entries: string[]
}

export function archiveBytes(
  platform: Platform,
  entries: readonly ArchiveEntry[],
  mtime: number,
): Buffer {
  return platform.os === 'windows' ? zipBytes(entries, mtime) : tarGzBytes(entries, mtime)
}

export function writeArchive(opts: ArchiveOptions, logger: Logger): ArchiveResult {
  const entries = collectEntries(opts.workspace, opts.patterns, {
    base: opts.base,
    flatten: opts.flatten ?? false,
  })
  const file = path.join(opts.outputDir, archiveFileName(opts.name, opts.version, opts.platform))
  mkdirSync(opts.outputDir, { recursive: true })
  writeFileAtomic(file, archiveBytes(opts.platform, entries, opts.mtime))
  logger.info(`${path.basename(file)}: ${entries.map(e => e.name).join(', ')}`)
  return { file, entries: entries.map(e => e.name) }
}

export {
  checkGoReleaserChecksums,
  readGoReleaserDist,
  takeGoReleaserDist,
  type GoReleaserArtifact,
  type GoReleaserDist,
} from './goreleaser.ts'
